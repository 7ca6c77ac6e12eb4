#include "CreateTokenDialog.h"

#include "MessageBox.h"
#include "ui_CreateTokenDialog.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>

CreateTokenDialog::CreateTokenDialog(const QList<ClientLimited> &knownClients, const QStringList &knownScopes,
                                     AuthleteClient::BodyEncoding encoding, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateTokenDialog>())
    , m_json(encoding == AuthleteClient::BodyEncoding::Json)
{
    m_ui->setupUi(this);
    m_ui->formLimitationLabel->setVisible(!m_json);
    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setText(tr("Create"));
    okButton->setAccessibleName(tr("Create token"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    for (const GrantType &grantType : GrantType::all())
        m_ui->grantTypeCombo->addItem(grantType.name(), int(grantType.value()));
    for (const ClientLimited &client : knownClients) {
        const QString id = QString::number(client.clientId);
        const QString name = client.displayName();
        m_ui->clientCombo->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), client.clientId);
    }
    m_ui->clientCombo->setCurrentIndex(-1);
    // The line edit is what takes the keyboard, so a screen reader names it too.
    m_ui->clientCombo->lineEdit()->setAccessibleName(m_ui->clientCombo->accessibleName());
    m_ui->clientCombo->lineEdit()->setPlaceholderText(tr("Client ID, alias, or a known client"));
    m_ui->scopesEditor->setKnownScopes(knownScopes);
    for (QPlainTextEdit *edit :
         {m_ui->resourcesEdit, m_ui->authorizationDetailsEdit, m_ui->jwtAtClaimsEdit}) {
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
        // Tab moves on, as in every other field; a tab character has no place in these texts.
        edit->setTabChangesFocus(true);
    }
    m_ui->authTimeEdit->setDateTime(QDateTime::currentDateTime());
    // Checking the group both reveals its fields and makes them count, so nothing hidden can block OK.
    m_ui->advancedFields->hide();
    connect(m_ui->advancedGroup, &QGroupBox::toggled, m_ui->advancedFields, &QWidget::setVisible);

    connectInputs();
    updateForm();
    // The dialog opens on its first field, whatever the style thinks comes first.
    m_ui->grantTypeCombo->setFocus(Qt::OtherFocusReason);
}

CreateTokenDialog::~CreateTokenDialog() = default;

void CreateTokenDialog::connectInputs()
{
    const auto touch = [this](Field field) {
        return [this, field] {
            m_touched.insert(field);
            updateForm();
        };
    };
    for (const auto &[edit, field] :
         {std::pair{m_ui->clientCombo->lineEdit(), Field::Client},
          std::pair{m_ui->subjectEdit, Field::Subject},
          std::pair{m_ui->certificateThumbprintEdit, Field::CertificateThumbprint},
          std::pair{m_ui->dpopKeyThumbprintEdit, Field::DpopKeyThumbprint}})
        connect(edit, &QLineEdit::textChanged, this, touch(field));
    for (QLineEdit *edit : {m_ui->accessTokenValueEdit, m_ui->refreshTokenValueEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateTokenDialog::updateForm);
    for (const auto &[edit, field] : {std::pair{m_ui->resourcesEdit, Field::Resources},
                                      std::pair{m_ui->authorizationDetailsEdit, Field::AuthorizationDetails},
                                      std::pair{m_ui->jwtAtClaimsEdit, Field::JwtAtClaims}})
        connect(edit, &QPlainTextEdit::textChanged, this, touch(field));
    for (QCheckBox *check : {m_ui->persistentCheck, m_ui->authTimeCheck})
        connect(check, &QCheckBox::toggled, this, &CreateTokenDialog::updateForm);
    connect(m_ui->grantTypeCombo, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::updateForm);
    connect(m_ui->propertiesEditor, &PropertiesEditor::propertiesChanged, this, touch(Field::Properties));
    connect(m_ui->advancedGroup, &QGroupBox::toggled, this, &CreateTokenDialog::updateForm);
}

GrantType CreateTokenDialog::grantType() const
{
    return GrantType::Value(m_ui->grantTypeCombo->currentData().toInt());
}

bool CreateTokenDialog::advancedUsed() const
{
    return m_ui->advancedGroup->isChecked();
}

void CreateTokenDialog::updateForm()
{
    const GrantType grant = grantType();
    m_ui->subjectEdit->setPlaceholderText(
        grant == GrantType::ClientCredentials
            ? tr("Optional for CLIENT_CREDENTIALS")
            : tr("The resource owner's user ID (ASCII, at most 100 characters)"));
    m_ui->accessDurationSpin->setEnabled(!m_ui->persistentCheck->isChecked());
    m_ui->refreshDurationSpin->setEnabled(grant.issuesRefreshToken());
    m_ui->refreshTokenValueEdit->setEnabled(grant.issuesRefreshToken());
    m_ui->propertiesEditor->setEnabled(m_json);
    m_ui->authorizationDetailsEdit->setEnabled(m_json);
    m_ui->authTimeEdit->setEnabled(m_ui->authTimeCheck->isChecked());

    const QMap<Field, QString> found = problems();
    const std::pair<Field, FieldError *> labels[] = {
        {Field::Client, m_ui->clientError},
        {Field::Subject, m_ui->subjectError},
        {Field::Properties, m_ui->propertiesError},
        {Field::CertificateThumbprint, m_ui->certificateThumbprintError},
        {Field::DpopKeyThumbprint, m_ui->dpopKeyThumbprintError},
        {Field::Resources, m_ui->resourcesError},
        {Field::AuthorizationDetails, m_ui->authorizationDetailsError},
        {Field::JwtAtClaims, m_ui->jwtAtClaimsError},
    };
    for (const auto &[field, label] : labels)
        label->setProblem(m_createPressed || m_touched.count(field) > 0 ? found.value(field) : QString());
}

QWidget *CreateTokenDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Client:
        return m_ui->clientCombo;
    case Field::Subject:
        return m_ui->subjectEdit;
    case Field::Properties:
        return m_ui->propertiesEditor;
    case Field::CertificateThumbprint:
        return m_ui->certificateThumbprintEdit;
    case Field::DpopKeyThumbprint:
        return m_ui->dpopKeyThumbprintEdit;
    case Field::Resources:
        return m_ui->resourcesEdit;
    case Field::AuthorizationDetails:
        return m_ui->authorizationDetailsEdit;
    case Field::JwtAtClaims:
        return m_ui->jwtAtClaimsEdit;
    case Field::AccessTokenDuration:
        return m_ui->accessDurationSpin;
    case Field::RefreshTokenDuration:
        return m_ui->refreshDurationSpin;
    case Field::GrantType:
        break;
    }
    return m_ui->grantTypeCombo;
}

void CreateTokenDialog::accept()
{
    m_createPressed = true;
    updateForm();
    const QMap<Field, QString> found = problems();
    if (!found.isEmpty()) {
        // Every problem is now shown; the keyboard goes to the first.
        fieldWidget(found.firstKey())->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_ui->scopesEditor->scopes().isEmpty() &&
        MessageBox::question(this, tr("Create Token Without Scopes?"),
                             tr("The token will carry no scopes, so it grants nothing that needs one. "
                                "Create it without scopes?"),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

QMap<CreateTokenDialog::Field, QString> CreateTokenDialog::problems() const
{
    QMap<Field, QString> found = request().problems();
    // Text that does not parse never reaches the request, so its problem is the parser's.
    if (const QString details = authorizationDetailsText(); !details.isEmpty()) {
        QString problem;
        if (!AuthorizationDetails::parse(details, &problem))
            found.insert(Field::AuthorizationDetails, problem);
    }
    return found;
}

QString CreateTokenDialog::validationError() const
{
    const QMap<Field, QString> found = problems();
    return found.isEmpty() ? QString() : found.first();
}

QString CreateTokenDialog::authorizationDetailsText() const
{
    if (!advancedUsed() || !m_json)
        return {};
    return m_ui->authorizationDetailsEdit->toPlainText().trimmed();
}

QStringList CreateTokenDialog::resources() const
{
    return m_ui->resourcesEdit->toPlainText().split(QRegularExpression(QStringLiteral("\\s+")),
                                                    Qt::SkipEmptyParts);
}

TokenCreateRequest CreateTokenDialog::request() const
{
    TokenCreateRequest request;
    request.grantType = grantType();

    const QString client = m_ui->clientCombo->currentText().trimmed();
    const int clientIndex = m_ui->clientCombo->findText(client);
    bool isNumber = false;
    const qint64 clientId = client.toLongLong(&isNumber);
    if (clientIndex >= 0)
        request.clientId = m_ui->clientCombo->itemData(clientIndex).toLongLong();
    else if (isNumber)
        request.clientId = clientId;
    else
        request.clientIdentifier = client;

    request.subject = m_ui->subjectEdit->text().trimmed();
    if (const QStringList scopes = m_ui->scopesEditor->scopes(); !scopes.isEmpty())
        request.scopes = scopes;
    if (m_ui->persistentCheck->isChecked())
        request.accessTokenPersistent = true;
    else if (m_ui->accessDurationSpin->value() > 0)
        request.accessTokenDuration = m_ui->accessDurationSpin->value();
    if (request.grantType.issuesRefreshToken() && m_ui->refreshDurationSpin->value() > 0)
        request.refreshTokenDuration = m_ui->refreshDurationSpin->value();
    if (const QList<Property> properties = m_ui->propertiesEditor->properties();
        m_json && !properties.isEmpty())
        request.properties = properties;

    if (!advancedUsed())
        return request;
    request.accessToken = m_ui->accessTokenValueEdit->text().trimmed();
    if (request.grantType.issuesRefreshToken())
        request.refreshToken = m_ui->refreshTokenValueEdit->text().trimmed();
    request.certificateThumbprint = m_ui->certificateThumbprintEdit->text().trimmed();
    request.dpopKeyThumbprint = m_ui->dpopKeyThumbprintEdit->text().trimmed();
    if (const QStringList resources = this->resources(); !resources.isEmpty())
        request.resources = resources;
    if (const QString details = authorizationDetailsText(); !details.isEmpty()) {
        QString problem;
        request.authorizationDetails = AuthorizationDetails::parse(details, &problem);
    }
    request.jwtAtClaims = m_ui->jwtAtClaimsEdit->toPlainText().trimmed();
    // Compact, so that a form body does not carry the user's line breaks; text that is not an object
    // stays as typed, for problems() to explain.
    if (const QJsonDocument claims = QJsonDocument::fromJson(request.jwtAtClaims.toUtf8()); claims.isObject())
        request.jwtAtClaims = QString::fromUtf8(claims.toJson(QJsonDocument::Compact));
    request.acr = m_ui->acrEdit->text().trimmed();
    if (m_ui->authTimeCheck->isChecked())
        request.authTime = m_ui->authTimeEdit->dateTime().toSecsSinceEpoch();
    // One flag at most: the radio buttons are exclusive.
    if (m_ui->clientIdAliasUsedRadio->isChecked())
        request.clientIdAliasUsed = true;
    if (m_ui->clientEntityIdUsedRadio->isChecked())
        request.clientEntityIdUsed = true;
    if (m_ui->metadataDocumentUsedRadio->isChecked())
        request.metadataDocumentUsed = true;
    if (m_ui->forExternalAttachmentCheck->isChecked())
        request.forExternalAttachment = true;
    request.sessionId = m_ui->sessionIdEdit->text().trimmed();
    return request;
}
