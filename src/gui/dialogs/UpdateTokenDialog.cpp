#include "UpdateTokenDialog.h"

#include "ServerText.h"
#include "ui_UpdateTokenDialog.h"

#include <QPushButton>

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void showExpiry(QDateTimeEdit *edit, qint64 expiresAtMs)
{
    // The API reads zero or less as "unchanged", so a chosen expiry must lie after the epoch.
    edit->setMinimumDateTime(QDateTime::fromSecsSinceEpoch(1));
    edit->setDateTime(expiresAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(expiresAtMs)
                                      : QDateTime::currentDateTime());
}

} // namespace

UpdateTokenDialog::UpdateTokenDialog(const AccessToken &token, const QStringList &knownScopes,
                                     AuthleteClient::BodyEncoding encoding, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdateTokenDialog>())
    , m_token(token)
    , m_json(encoding == AuthleteClient::BodyEncoding::Json)
{
    m_ui->setupUi(this);
    m_ui->formLimitationLabel->setVisible(!m_json);
    // The subject and hash are the server's: plain, cut, and wrapped within the dialog.
    m_ui->tokenSummaryLabel->setTextFormat(Qt::PlainText);
    m_ui->tokenSummaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->tokenSummaryLabel->setText(tr("Token of “%1”, client %2, hash %3")
                                         .arg(ServerText::bounded(token.subject, 200),
                                              QString::number(token.clientId),
                                              ServerText::bounded(token.accessTokenHash, 100)));
    m_ui->tokenSummaryLabel->setAccessibleDescription(m_ui->tokenSummaryLabel->text());
    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setText(tr("&Update"));
    okButton->setAccessibleName(tr("Update token"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_ui->scopesEditor->setKnownScopes(knownScopes);
    m_ui->scopesEditor->setScopes(token.scopes);
    showExpiry(m_ui->accessExpiryEdit, token.accessTokenExpiresAt);
    showExpiry(m_ui->refreshExpiryEdit, token.refreshTokenExpiresAt);
    m_ui->refreshExpiryEdit->setEnabled(!token.refreshTokenHash.isEmpty());
    // The token list does not say whether a token is persistent, so the third state leaves it as it is.
    m_ui->persistentCheck->setCheckState(Qt::PartiallyChecked);
    m_ui->propertiesEditor->setProperties(token.properties);

    // Connected after the prefill, so that only the user's changes mark a picker as touched.
    connect(m_ui->accessExpiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_accessExpiryTouched = true;
        updateForm();
    });
    connect(m_ui->refreshExpiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_refreshExpiryTouched = true;
        updateForm();
    });
    connect(m_ui->scopesEditor, &ScopesEditor::scopesChanged, this, &UpdateTokenDialog::updateForm);
    connect(m_ui->propertiesEditor, &PropertiesEditor::propertiesChanged, this,
            &UpdateTokenDialog::updateForm);
    for (QCheckBox *check : {m_ui->persistentCheck, m_ui->reissueCheck, m_ui->accessExpiryOnScopeCheck,
                             m_ui->refreshExpiryOnScopeCheck})
        connect(check, &QCheckBox::stateChanged, this, &UpdateTokenDialog::updateForm);
    updateForm();
}

UpdateTokenDialog::~UpdateTokenDialog() = default;

void UpdateTokenDialog::updateForm()
{
    m_ui->propertiesEditor->setEnabled(m_json);
    m_ui->accessExpiryEdit->setEnabled(m_ui->persistentCheck->checkState() != Qt::Checked);
    m_ui->propertiesError->setProblem(m_json ? m_ui->propertiesEditor->problem() : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(validationError().isEmpty());
}

QString UpdateTokenDialog::validationError() const
{
    if (m_json) {
        if (QString problem = m_ui->propertiesEditor->problem(); !problem.isEmpty())
            return problem;
    }
    if (!request().changesSomething())
        return tr("Nothing has been changed.");
    return {};
}

TokenUpdateRequest UpdateTokenDialog::request() const
{
    TokenUpdateRequest request;
    request.accessTokenHash = m_token.accessTokenHash;
    if (const QStringList scopes = m_ui->scopesEditor->scopes(); sorted(scopes) != sorted(m_token.scopes))
        request.scopes = scopes;
    const Qt::CheckState persistent = m_ui->persistentCheck->checkState();
    if (persistent != Qt::PartiallyChecked)
        request.accessTokenPersistent = persistent == Qt::Checked;
    if (m_accessExpiryTouched && persistent != Qt::Checked)
        request.accessTokenExpiresAt = m_ui->accessExpiryEdit->dateTime().toMSecsSinceEpoch();
    if (m_refreshExpiryTouched && m_ui->refreshExpiryEdit->isEnabled())
        request.refreshTokenExpiresAt = m_ui->refreshExpiryEdit->dateTime().toMSecsSinceEpoch();
    if (const QList<Property> properties = m_ui->propertiesEditor->properties();
        m_json && properties != m_token.properties)
        request.properties = properties;
    if (m_ui->reissueCheck->isChecked())
        request.accessTokenValueUpdated = true;
    if (m_ui->accessExpiryOnScopeCheck->isChecked())
        request.accessTokenExpiresAtUpdatedOnScopeUpdate = true;
    if (m_ui->refreshExpiryOnScopeCheck->isChecked())
        request.refreshTokenExpiresAtUpdatedOnScopeUpdate = true;
    return request;
}
