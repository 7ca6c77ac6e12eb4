#include "CreateTokenDialog.h"

#include "EncodingSelector.h"
#include "FieldError.h"
#include "PropertiesEditor.h"
#include "ScopesEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <array>
#include <limits>
#include <tuple>

namespace {

QPlainTextEdit *newTextEdit(const QString &objectName, const QString &accessibleName,
                            const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    return edit;
}

QLineEdit *newLineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QSpinBox *newDurationSpin(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, std::numeric_limits<int>::max());
    spin->setSuffix(CreateTokenDialog::tr(" s"));
    spin->setSpecialValueText(CreateTokenDialog::tr("Service setting"));
    return spin;
}

} // namespace

struct CreateTokenDialog::Ui
{
    QComboBox *grantTypeCombo = nullptr;
    QComboBox *clientCombo = nullptr;
    FieldError *clientError = nullptr;
    QLineEdit *subjectEdit = nullptr;
    FieldError *subjectError = nullptr;
    ScopesEditor *scopesEditor = nullptr;
    QSpinBox *accessDurationSpin = nullptr;
    QSpinBox *refreshDurationSpin = nullptr;
    QCheckBox *persistentCheck = nullptr;
    PropertiesEditor *propertiesEditor = nullptr;
    FieldError *propertiesError = nullptr;
    EncodingSelector *encodingSelector = nullptr;

    QGroupBox *advancedGroup = nullptr;
    QLineEdit *accessTokenValueEdit = nullptr;
    QLineEdit *refreshTokenValueEdit = nullptr;
    QLineEdit *certificateThumbprintEdit = nullptr;
    FieldError *certificateThumbprintError = nullptr;
    QLineEdit *dpopKeyThumbprintEdit = nullptr;
    FieldError *dpopKeyThumbprintError = nullptr;
    QPlainTextEdit *resourcesEdit = nullptr;
    FieldError *resourcesError = nullptr;
    QPlainTextEdit *authorizationDetailsEdit = nullptr;
    FieldError *authorizationDetailsError = nullptr;
    QPlainTextEdit *jwtAtClaimsEdit = nullptr;
    FieldError *jwtAtClaimsError = nullptr;
    QLineEdit *acrEdit = nullptr;
    QCheckBox *authTimeCheck = nullptr;
    QDateTimeEdit *authTimeEdit = nullptr;
    QButtonGroup *clientIdUsage = nullptr;
    QCheckBox *forExternalAttachmentCheck = nullptr;
    QLineEdit *sessionIdEdit = nullptr;

    QDialogButtonBox *buttonBox = nullptr;
};

namespace {

// Which of the mutually exclusive client-identity flags is set; ids of Ui::clientIdUsage.
enum ClientIdUsage { AsRegistered, AliasUsed, EntityIdUsed, MetadataDocumentUsed };

} // namespace

CreateTokenDialog::CreateTokenDialog(const QList<ClientLimited> &knownClients, const QStringList &knownScopes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui>())
{
    setWindowTitle(tr("Create Access Token"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(buildMainForm(knownClients, knownScopes));
    contentLayout->addWidget(buildAdvancedGroup());
    contentLayout->addStretch();

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidget(content);

    m_ui->buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ui->buttonBox->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setText(tr("C&reate"));
    okButton->setAccessibleName(tr("Create token"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollArea);
    layout->addWidget(m_ui->buttonBox);
    resize(720, 760);

    connectInputs();
    updateForm();
}

CreateTokenDialog::~CreateTokenDialog() = default;

QFormLayout *CreateTokenDialog::buildMainForm(const QList<ClientLimited> &knownClients,
                                              const QStringList &knownScopes)
{
    auto *form = new QFormLayout;

    m_ui->grantTypeCombo = new QComboBox(this);
    m_ui->grantTypeCombo->setObjectName(QStringLiteral("grantTypeCombo"));
    m_ui->grantTypeCombo->setAccessibleName(tr("Grant type"));
    for (const GrantType &grantType : GrantType::all())
        m_ui->grantTypeCombo->addItem(grantType.name(), int(grantType.value()));
    form->addRow(tr("&Grant type:"), m_ui->grantTypeCombo);

    m_ui->clientCombo = new QComboBox(this);
    m_ui->clientCombo->setObjectName(QStringLiteral("clientCombo"));
    m_ui->clientCombo->setAccessibleName(tr("Client ID or alias"));
    m_ui->clientCombo->setEditable(true);
    m_ui->clientCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const ClientLimited &client : knownClients) {
        const QString id = QString::number(client.clientId);
        const QString name = client.displayName();
        m_ui->clientCombo->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), client.clientId);
    }
    m_ui->clientCombo->setCurrentIndex(-1);
    m_ui->clientCombo->lineEdit()->setPlaceholderText(tr("Client ID, alias, or a known client"));
    form->addRow(tr("C&lient:"), m_ui->clientCombo);
    m_ui->clientError = new FieldError(QStringLiteral("clientError"), this);
    form->addRow(QString(), m_ui->clientError);

    m_ui->subjectEdit = newLineEdit(QStringLiteral("subjectEdit"), tr("Subject"), this);
    form->addRow(tr("&Subject:"), m_ui->subjectEdit);
    m_ui->subjectError = new FieldError(QStringLiteral("subjectError"), this);
    form->addRow(QString(), m_ui->subjectError);

    m_ui->scopesEditor = new ScopesEditor(this);
    m_ui->scopesEditor->setObjectName(QStringLiteral("scopesEditor"));
    m_ui->scopesEditor->setKnownScopes(knownScopes);
    form->addRow(tr("Sco&pes:"), m_ui->scopesEditor);

    m_ui->accessDurationSpin =
        newDurationSpin(QStringLiteral("accessDurationSpin"), tr("Access token duration in seconds"), this);
    form->addRow(tr("&Access token duration:"), m_ui->accessDurationSpin);
    m_ui->refreshDurationSpin =
        newDurationSpin(QStringLiteral("refreshDurationSpin"), tr("Refresh token duration in seconds"), this);
    form->addRow(tr("Re&fresh token duration:"), m_ui->refreshDurationSpin);

    m_ui->persistentCheck = new QCheckBox(tr("Persis&tent: the access token never expires"), this);
    m_ui->persistentCheck->setObjectName(QStringLiteral("persistentCheck"));
    m_ui->persistentCheck->setAccessibleName(tr("Persistent access token"));
    form->addRow(QString(), m_ui->persistentCheck);

    m_ui->propertiesEditor = new PropertiesEditor(this);
    m_ui->propertiesEditor->setObjectName(QStringLiteral("propertiesEditor"));
    form->addRow(tr("Propert&ies:"), m_ui->propertiesEditor);
    m_ui->propertiesError = new FieldError(QStringLiteral("propertiesError"), this);
    form->addRow(QString(), m_ui->propertiesError);

    m_ui->encodingSelector = new EncodingSelector(
        tr("A form body cannot carry properties or authorization details, so they are disabled. Choose JSON "
           "to set them."),
        this);
    m_ui->encodingSelector->setObjectName(QStringLiteral("encodingSelector"));
    form->addRow(tr("Request &body:"), m_ui->encodingSelector);
    return form;
}

QGroupBox *CreateTokenDialog::buildAdvancedGroup()
{
    m_ui->advancedGroup = new QGroupBox(tr("Ad&vanced"), this);
    m_ui->advancedGroup->setObjectName(QStringLiteral("advancedGroup"));
    m_ui->advancedGroup->setAccessibleName(tr("Use advanced settings"));
    // Checking the group both reveals its fields and makes them count, so nothing hidden can block OK.
    m_ui->advancedGroup->setCheckable(true);
    m_ui->advancedGroup->setChecked(false);
    auto *groupLayout = new QVBoxLayout(m_ui->advancedGroup);
    auto *fields = new QWidget(m_ui->advancedGroup);
    fields->setObjectName(QStringLiteral("advancedFields"));
    fields->hide();
    groupLayout->addWidget(fields);
    connect(m_ui->advancedGroup, &QGroupBox::toggled, fields, &QWidget::setVisible);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);

    m_ui->accessTokenValueEdit =
        newLineEdit(QStringLiteral("accessTokenValueEdit"), tr("Custom access token value"), fields);
    m_ui->accessTokenValueEdit->setPlaceholderText(
        tr("Generated by the service (set only to migrate a token)"));
    form->addRow(tr("Access token &value:"), m_ui->accessTokenValueEdit);
    m_ui->refreshTokenValueEdit =
        newLineEdit(QStringLiteral("refreshTokenValueEdit"), tr("Custom refresh token value"), fields);
    m_ui->refreshTokenValueEdit->setPlaceholderText(m_ui->accessTokenValueEdit->placeholderText());
    form->addRow(tr("Refresh token val&ue:"), m_ui->refreshTokenValueEdit);

    m_ui->certificateThumbprintEdit =
        newLineEdit(QStringLiteral("certificateThumbprintEdit"), tr("Certificate thumbprint"), fields);
    m_ui->certificateThumbprintEdit->setPlaceholderText(tr("SHA-256, base64url (mutual TLS binding)"));
    form->addRow(tr("&Certificate thumbprint:"), m_ui->certificateThumbprintEdit);
    m_ui->certificateThumbprintError = new FieldError(QStringLiteral("certificateThumbprintError"), fields);
    form->addRow(QString(), m_ui->certificateThumbprintError);
    m_ui->dpopKeyThumbprintEdit =
        newLineEdit(QStringLiteral("dpopKeyThumbprintEdit"), tr("DPoP key thumbprint"), fields);
    m_ui->dpopKeyThumbprintEdit->setPlaceholderText(tr("JWK thumbprint, base64url (makes the token DPoP)"));
    form->addRow(tr("&DPoP key thumbprint:"), m_ui->dpopKeyThumbprintEdit);
    m_ui->dpopKeyThumbprintError = new FieldError(QStringLiteral("dpopKeyThumbprintError"), fields);
    form->addRow(QString(), m_ui->dpopKeyThumbprintError);

    m_ui->resourcesEdit = newTextEdit(QStringLiteral("resourcesEdit"), tr("Resources"),
                                      tr("One absolute URI per line"), fields);
    form->addRow(tr("Reso&urces:"), m_ui->resourcesEdit);
    m_ui->resourcesError = new FieldError(QStringLiteral("resourcesError"), fields);
    form->addRow(QString(), m_ui->resourcesError);

    m_ui->authorizationDetailsEdit =
        newTextEdit(QStringLiteral("authorizationDetailsEdit"), tr("Authorization details"),
                    tr("{\"elements\": [{\"type\": \"...\"}]} or an RFC 9396 array"), fields);
    form->addRow(tr("Authori&zation details:"), m_ui->authorizationDetailsEdit);
    m_ui->authorizationDetailsError = new FieldError(QStringLiteral("authorizationDetailsError"), fields);
    form->addRow(QString(), m_ui->authorizationDetailsError);

    m_ui->jwtAtClaimsEdit =
        newTextEdit(QStringLiteral("jwtAtClaimsEdit"), tr("Extra JWT access token claims"),
                    tr("A JSON object; used when the service issues JWT access tokens"), fields);
    form->addRow(tr("&JWT access token claims:"), m_ui->jwtAtClaimsEdit);
    m_ui->jwtAtClaimsError = new FieldError(QStringLiteral("jwtAtClaimsError"), fields);
    form->addRow(QString(), m_ui->jwtAtClaimsError);

    m_ui->acrEdit =
        newLineEdit(QStringLiteral("acrEdit"), tr("Authentication context class reference"), fields);
    form->addRow(tr("AC&R:"), m_ui->acrEdit);

    m_ui->authTimeCheck = new QCheckBox(tr("Set"), fields);
    m_ui->authTimeCheck->setObjectName(QStringLiteral("authTimeCheck"));
    m_ui->authTimeCheck->setAccessibleName(tr("Set the authentication time"));
    m_ui->authTimeEdit = new QDateTimeEdit(QDateTime::currentDateTime(), fields);
    m_ui->authTimeEdit->setObjectName(QStringLiteral("authTimeEdit"));
    m_ui->authTimeEdit->setAccessibleName(tr("Authentication time"));
    m_ui->authTimeEdit->setCalendarPopup(true);
    m_ui->authTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    auto *authTimeRow = new QHBoxLayout;
    authTimeRow->addWidget(m_ui->authTimeCheck);
    authTimeRow->addWidget(m_ui->authTimeEdit, 1);
    form->addRow(tr("Authentication &time:"), authTimeRow);

    auto *clientIdBox = new QWidget(fields);
    auto *clientIdLayout = new QVBoxLayout(clientIdBox);
    clientIdLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->clientIdUsage = new QButtonGroup(this);
    const std::array<std::tuple<ClientIdUsage, QString, QString>, 4> usages{{
        {AsRegistered, QStringLiteral("clientIdAsRegisteredRadio"), tr("As registered (no flag)")},
        {AliasUsed, QStringLiteral("clientIdAliasUsedRadio"), tr("The client ID alias was used")},
        {EntityIdUsed, QStringLiteral("clientEntityIdUsedRadio"), tr("The client's entity ID was used")},
        {MetadataDocumentUsed, QStringLiteral("metadataDocumentUsedRadio"),
         tr("A client ID metadata document was used")},
    }};
    for (const auto &[id, objectName, text] : usages) {
        auto *radio = new QRadioButton(text, clientIdBox);
        radio->setObjectName(objectName);
        radio->setAccessibleName(text);
        m_ui->clientIdUsage->addButton(radio, id);
        clientIdLayout->addWidget(radio);
    }
    m_ui->clientIdUsage->button(AsRegistered)->setChecked(true);
    form->addRow(tr("Client identified by:"), clientIdBox);

    m_ui->forExternalAttachmentCheck =
        new QCheckBox(tr("For an e&xternal attachment (OpenID for IDA)"), fields);
    m_ui->forExternalAttachmentCheck->setObjectName(QStringLiteral("forExternalAttachmentCheck"));
    m_ui->forExternalAttachmentCheck->setAccessibleName(tr("For an external attachment"));
    form->addRow(QString(), m_ui->forExternalAttachmentCheck);

    m_ui->sessionIdEdit = newLineEdit(QStringLiteral("sessionIdEdit"), tr("Session ID"), fields);
    m_ui->sessionIdEdit->setPlaceholderText(tr("The user's authentication session (Native SSO)"));
    form->addRow(tr("Sess&ion ID:"), m_ui->sessionIdEdit);
    return m_ui->advancedGroup;
}

void CreateTokenDialog::connectInputs()
{
    for (QLineEdit *edit :
         {m_ui->clientCombo->lineEdit(), m_ui->subjectEdit, m_ui->accessTokenValueEdit,
          m_ui->refreshTokenValueEdit, m_ui->certificateThumbprintEdit, m_ui->dpopKeyThumbprintEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateTokenDialog::updateForm);
    for (QPlainTextEdit *edit : {m_ui->resourcesEdit, m_ui->authorizationDetailsEdit, m_ui->jwtAtClaimsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &CreateTokenDialog::updateForm);
    for (QCheckBox *check : {m_ui->persistentCheck, m_ui->authTimeCheck})
        connect(check, &QCheckBox::toggled, this, &CreateTokenDialog::updateForm);
    connect(m_ui->grantTypeCombo, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::updateForm);
    connect(m_ui->propertiesEditor, &PropertiesEditor::propertiesChanged, this,
            &CreateTokenDialog::updateForm);
    connect(m_ui->encodingSelector, &EncodingSelector::encodingChanged, this, &CreateTokenDialog::updateForm);
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
    const bool json = !m_ui->encodingSelector->isForm();
    m_ui->subjectEdit->setPlaceholderText(
        grant == GrantType::ClientCredentials
            ? tr("Optional for CLIENT_CREDENTIALS")
            : tr("The resource owner's user ID (ASCII, at most 100 characters)"));
    m_ui->accessDurationSpin->setEnabled(!m_ui->persistentCheck->isChecked());
    m_ui->refreshDurationSpin->setEnabled(grant.issuesRefreshToken());
    m_ui->refreshTokenValueEdit->setEnabled(grant.issuesRefreshToken());
    m_ui->propertiesEditor->setEnabled(json);
    m_ui->authorizationDetailsEdit->setEnabled(json);
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
        label->setProblem(found.value(field));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
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
    if (!advancedUsed() || m_ui->encodingSelector->isForm())
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
    const bool json = !m_ui->encodingSelector->isForm();
    if (const QList<Property> properties = m_ui->propertiesEditor->properties();
        json && !properties.isEmpty())
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
    switch (ClientIdUsage(m_ui->clientIdUsage->checkedId())) {
    case AsRegistered:
        break;
    case AliasUsed:
        request.clientIdAliasUsed = true;
        break;
    case EntityIdUsed:
        request.clientEntityIdUsed = true;
        break;
    case MetadataDocumentUsed:
        request.metadataDocumentUsed = true;
        break;
    }
    if (m_ui->forExternalAttachmentCheck->isChecked())
        request.forExternalAttachment = true;
    request.sessionId = m_ui->sessionIdEdit->text().trimmed();
    return request;
}

AuthleteClient::BodyEncoding CreateTokenDialog::encoding() const
{
    return m_ui->encodingSelector->encoding();
}
