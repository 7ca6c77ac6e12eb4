#include "UpdateTokenDialog.h"

#include "EncodingSelector.h"
#include "FieldError.h"
#include "PropertiesEditor.h"
#include "ScopesEditor.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

struct UpdateTokenDialog::Ui
{
    AccessToken token;
    ScopesEditor *scopesEditor = nullptr;
    QDateTimeEdit *accessExpiryEdit = nullptr;
    QDateTimeEdit *refreshExpiryEdit = nullptr;
    QCheckBox *persistentCheck = nullptr;
    PropertiesEditor *propertiesEditor = nullptr;
    FieldError *propertiesError = nullptr;
    QCheckBox *reissueCheck = nullptr;
    QCheckBox *accessExpiryOnScopeCheck = nullptr;
    QCheckBox *refreshExpiryOnScopeCheck = nullptr;
    EncodingSelector *encodingSelector = nullptr;
    QDialogButtonBox *buttonBox = nullptr;
    // A picker counts only once the user has changed it, so opening and confirming the dialog never
    // rewrites an expiry (not even by the milliseconds the picker cannot show).
    bool accessExpiryTouched = false;
    bool refreshExpiryTouched = false;
};

UpdateTokenDialog::UpdateTokenDialog(const AccessToken &token, const QStringList &knownScopes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui>())
{
    m_ui->token = token;
    setWindowTitle(tr("Update Access Token"));
    auto *layout = new QVBoxLayout(this);
    auto *summary =
        new QLabel(tr("Token of “%1”, client %2, hash %3")
                       .arg(token.subject, QString::number(token.clientId), token.accessTokenHash),
                   this);
    summary->setObjectName(QStringLiteral("tokenSummaryLabel"));
    summary->setAccessibleName(tr("Token to update"));
    summary->setAccessibleDescription(summary->text());
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_ui->scopesEditor = new ScopesEditor(this);
    m_ui->scopesEditor->setObjectName(QStringLiteral("scopesEditor"));
    m_ui->scopesEditor->setKnownScopes(knownScopes);
    m_ui->scopesEditor->setScopes(token.scopes);
    form->addRow(tr("Sco&pes:"), m_ui->scopesEditor);

    m_ui->accessExpiryEdit = newExpiryEdit(QStringLiteral("accessExpiryEdit"), tr("Access token expiry"),
                                           token.accessTokenExpiresAt);
    form->addRow(tr("&Access token expires:"), m_ui->accessExpiryEdit);
    m_ui->refreshExpiryEdit = newExpiryEdit(QStringLiteral("refreshExpiryEdit"), tr("Refresh token expiry"),
                                            token.refreshTokenExpiresAt);
    m_ui->refreshExpiryEdit->setEnabled(!token.refreshTokenHash.isEmpty());
    form->addRow(tr("Re&fresh token expires:"), m_ui->refreshExpiryEdit);

    // The token list does not say whether a token is persistent, so the third state leaves it as it is.
    m_ui->persistentCheck = new QCheckBox(tr("Persis&tent: the access token never expires"), this);
    m_ui->persistentCheck->setObjectName(QStringLiteral("persistentCheck"));
    m_ui->persistentCheck->setAccessibleName(tr("Persistent access token"));
    m_ui->persistentCheck->setTristate(true);
    m_ui->persistentCheck->setCheckState(Qt::PartiallyChecked);
    m_ui->persistentCheck->setToolTip(
        tr("Partly checked: unchanged. Checked: never expires. Unchecked: expires "
           "normally."));
    form->addRow(QString(), m_ui->persistentCheck);

    m_ui->propertiesEditor = new PropertiesEditor(this);
    m_ui->propertiesEditor->setObjectName(QStringLiteral("propertiesEditor"));
    m_ui->propertiesEditor->setProperties(token.properties);
    form->addRow(tr("Propert&ies:"), m_ui->propertiesEditor);
    m_ui->propertiesError = new FieldError(this);
    m_ui->propertiesError->setObjectName(QStringLiteral("propertiesError"));
    m_ui->propertiesError->setAccessibleName(tr("Problem with the properties"));
    form->addRow(QString(), m_ui->propertiesError);

    m_ui->reissueCheck = newCheck(QStringLiteral("reissueCheck"), tr("Issue a &new access token value"));
    m_ui->reissueCheck->setToolTip(tr("The service generates a new value; the old one stops working."));
    form->addRow(QString(), m_ui->reissueCheck);
    m_ui->accessExpiryOnScopeCheck =
        newCheck(QStringLiteral("accessExpiryOnScopeCheck"),
                 tr("Recompute the access token e&xpiry from the new scopes' durations"));
    m_ui->refreshExpiryOnScopeCheck =
        newCheck(QStringLiteral("refreshExpiryOnScopeCheck"),
                 tr("Recompute the refresh token expir&y from the new scopes' durations"));
    const QString onScopeHint =
        tr("Applies when the scopes change and the expiry is not set here: the smallest "
           "duration attribute among the new scopes wins.");
    for (QCheckBox *check : {m_ui->accessExpiryOnScopeCheck, m_ui->refreshExpiryOnScopeCheck}) {
        check->setToolTip(onScopeHint);
        form->addRow(QString(), check);
    }

    m_ui->encodingSelector = new EncodingSelector(this);
    m_ui->encodingSelector->setFormLimitation(
        tr("A form body cannot carry properties, so they are disabled. Choose JSON to change them."));
    m_ui->encodingSelector->setObjectName(QStringLiteral("encodingSelector"));
    form->addRow(tr("Request &body:"), m_ui->encodingSelector);

    m_ui->buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ui->buttonBox->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setText(tr("&Update"));
    okButton->setAccessibleName(tr("Update token"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_ui->buttonBox);

    // Connected after the prefill, so that only the user's changes mark a picker as touched.
    connect(m_ui->accessExpiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_ui->accessExpiryTouched = true;
        updateForm();
    });
    connect(m_ui->refreshExpiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_ui->refreshExpiryTouched = true;
        updateForm();
    });
    connect(m_ui->scopesEditor, &ScopesEditor::scopesChanged, this, &UpdateTokenDialog::updateForm);
    connect(m_ui->propertiesEditor, &PropertiesEditor::propertiesChanged, this,
            &UpdateTokenDialog::updateForm);
    connect(m_ui->encodingSelector, &EncodingSelector::encodingChanged, this, &UpdateTokenDialog::updateForm);
    for (QCheckBox *check : {m_ui->persistentCheck, m_ui->reissueCheck, m_ui->accessExpiryOnScopeCheck,
                             m_ui->refreshExpiryOnScopeCheck})
        connect(check, &QCheckBox::stateChanged, this, &UpdateTokenDialog::updateForm);
    updateForm();
}

UpdateTokenDialog::~UpdateTokenDialog() = default;

QDateTimeEdit *UpdateTokenDialog::newExpiryEdit(const QString &objectName, const QString &accessibleName,
                                                qint64 expiresAtMs)
{
    auto *edit = new QDateTimeEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // The API reads zero or less as "unchanged", so a chosen expiry must lie after the epoch.
    edit->setMinimumDateTime(QDateTime::fromSecsSinceEpoch(1));
    edit->setDateTime(expiresAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(expiresAtMs)
                                      : QDateTime::currentDateTime());
    return edit;
}

QCheckBox *UpdateTokenDialog::newCheck(const QString &objectName, const QString &text)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(objectName);
    check->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return check;
}

void UpdateTokenDialog::updateForm()
{
    const bool json = !m_ui->encodingSelector->isForm();
    m_ui->propertiesEditor->setEnabled(json);
    m_ui->accessExpiryEdit->setEnabled(m_ui->persistentCheck->checkState() != Qt::Checked);
    m_ui->propertiesError->setProblem(json ? m_ui->propertiesEditor->problem() : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(validationError().isEmpty());
}

QString UpdateTokenDialog::validationError() const
{
    if (!m_ui->encodingSelector->isForm()) {
        if (const QString problem = m_ui->propertiesEditor->problem(); !problem.isEmpty())
            return problem;
    }
    if (!request().changesSomething())
        return tr("Nothing has been changed.");
    return {};
}

TokenUpdateRequest UpdateTokenDialog::request() const
{
    TokenUpdateRequest request;
    request.accessTokenHash = m_ui->token.accessTokenHash;
    if (const QStringList scopes = m_ui->scopesEditor->scopes(); sorted(scopes) != sorted(m_ui->token.scopes))
        request.scopes = scopes;
    const Qt::CheckState persistent = m_ui->persistentCheck->checkState();
    if (persistent != Qt::PartiallyChecked)
        request.accessTokenPersistent = persistent == Qt::Checked;
    if (m_ui->accessExpiryTouched && persistent != Qt::Checked)
        request.accessTokenExpiresAt = m_ui->accessExpiryEdit->dateTime().toMSecsSinceEpoch();
    if (m_ui->refreshExpiryTouched && m_ui->refreshExpiryEdit->isEnabled())
        request.refreshTokenExpiresAt = m_ui->refreshExpiryEdit->dateTime().toMSecsSinceEpoch();
    if (const QList<Property> properties = m_ui->propertiesEditor->properties();
        !m_ui->encodingSelector->isForm() && properties != m_ui->token.properties)
        request.properties = properties;
    if (m_ui->reissueCheck->isChecked())
        request.accessTokenValueUpdated = true;
    if (m_ui->accessExpiryOnScopeCheck->isChecked())
        request.accessTokenExpiresAtUpdatedOnScopeUpdate = true;
    if (m_ui->refreshExpiryOnScopeCheck->isChecked())
        request.refreshTokenExpiresAtUpdatedOnScopeUpdate = true;
    return request;
}

AuthleteClient::BodyEncoding UpdateTokenDialog::encoding() const
{
    return m_ui->encodingSelector->encoding();
}
