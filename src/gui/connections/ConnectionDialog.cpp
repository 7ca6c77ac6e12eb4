#include "ConnectionDialog.h"

#include "ApiCall.h"
#include "AuthleteClient.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "ui_ConnectionDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

namespace {

using ApiVersion = ConnectionSettings::ApiVersion;
using Status = CredentialStore::Result::Status;

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_client(new AuthleteClient(network, this))
{
    m_ui->setupUi(this);
    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setAccessibleName(tr("Save connection"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    for (const ConnectionSettings::Region &region : ConnectionSettings::regions())
        m_ui->regionCombo->addItem(region.name, region.name);
    m_ui->regionCombo->addItem(tr("Custom URL…"), QString());
    m_ui->apiVersionCombo->addItem(tr("v3: Bearer token"), int(ApiVersion::V3));
    m_ui->apiVersionCombo->addItem(tr("v2: API key and secret"), int(ApiVersion::V2));

    // What the service is for: confirmations name it, and a production one stands out.
    m_environmentCombo = new QComboBox(this);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setAccessibleName(tr("Environment"));
    for (const ConnectionSettings::Environment environment : ConnectionSettings::environments()) {
        const QString name = ConnectionSettings::environmentName(environment);
        m_environmentCombo->addItem(name.isEmpty() ? tr("(not labelled)") : name, int(environment));
    }
    auto *environmentLabel = new QLabel(tr("En&vironment:"), this);
    environmentLabel->setBuddy(m_environmentCombo);
    m_ui->formLayout->insertRow(1, environmentLabel, m_environmentCombo);
    setTabOrder(m_ui->nameEdit, m_environmentCombo);

    // Advanced, next to the CA and the timeout: Authlete takes create, update and revoke bodies as JSON
    // or form-encoded, and an on-premises gateway may pass only one of them.
    m_bodyEncodingCombo = new QComboBox(this);
    m_bodyEncodingCombo->setObjectName(QStringLiteral("bodyEncodingCombo"));
    m_bodyEncodingCombo->setAccessibleName(tr("Request body encoding"));
    m_bodyEncodingCombo->addItem(tr("JSON (application/json)"), int(ConnectionSettings::BodyEncoding::Json));
    m_bodyEncodingCombo->addItem(tr("Form (application/x-www-form-urlencoded)"),
                                 int(ConnectionSettings::BodyEncoding::Form));
    m_bodyEncodingCombo->setToolTip(
        tr("How create, update and revoke requests send their bodies. A form body cannot carry token "
           "properties or authorization details."));
    auto *bodyEncodingLabel = new QLabel(tr("Re&quest body:"), this);
    bodyEncodingLabel->setBuddy(m_bodyEncodingCombo);
    m_ui->formLayout->addRow(bodyEncodingLabel, m_bodyEncodingCombo);
    setTabOrder(m_ui->timeoutSpin, m_bodyEncodingCombo);

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            &ConnectionDialog::onCurrentItemChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker blocker(m_ui->profileList);
            m_ui->profileList->setCurrentItem(nullptr);
            m_ui->profileList->clearSelection();
        }
        startNewProfile();
        m_ui->nameEdit->setFocus();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    // A test result speaks of the fields as they were tested: any change makes it stale.
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->serviceIdEdit, m_ui->bearerEdit,
                            m_ui->apiKeyEdit, m_ui->apiSecretEdit, m_ui->caFileEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateForm);
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::forgetTestResult);
    }
    for (QComboBox *combo :
         {m_ui->regionCombo, m_ui->apiVersionCombo, m_environmentCombo, m_bodyEncodingCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateForm);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::forgetTestResult);
    }
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::forgetTestResult);

    populateList();
    const QString lastUsed = m_profiles->lastUsed();
    if (m_profiles->profile(lastUsed))
        selectProfile(lastUsed);
    else if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        startNewProfile();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> found = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_ui->profileList->setCurrentItem(found.first());
}

void ConnectionDialog::populateList()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profileList);
        if (profile.name == m_editingName)
            m_ui->profileList->setCurrentItem(item);
    }
}

void ConnectionDialog::onCurrentItemChanged(QListWidgetItem *item)
{
    const std::optional<ConnectionProfile> profile = item ? m_profiles->profile(item->text()) : std::nullopt;
    if (profile)
        loadProfile(*profile);
    else
        startNewProfile();
}

void ConnectionDialog::startNewProfile()
{
    ConnectionProfile profile;
    profile.regionName = ConnectionSettings::regions().first().name;
    loadProfile(profile);
}

void ConnectionDialog::loadProfile(const ConnectionProfile &profile)
{
    m_editingName = profile.name;
    m_storedSecret.clear();
    ++m_secretRequest;

    m_ui->nameEdit->setText(profile.name);
    const int regionIndex = m_ui->regionCombo->findData(profile.regionName);
    m_ui->regionCombo->setCurrentIndex(regionIndex >= 0 ? regionIndex : m_ui->regionCombo->count() - 1);
    m_ui->urlEdit->setText(profile.baseUrl.toString());
    m_ui->apiVersionCombo->setCurrentIndex(m_ui->apiVersionCombo->findData(int(profile.apiVersion)));
    m_ui->serviceIdEdit->setText(profile.serviceId);
    m_ui->apiKeyEdit->setText(profile.apiKey);
    m_ui->bearerEdit->clear();
    m_ui->apiSecretEdit->clear();
    m_ui->caFileEdit->setText(profile.caCertificateFile);
    m_ui->timeoutSpin->setValue(profile.transferTimeoutMs / 1000);
    m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(int(profile.environment)));
    m_bodyEncodingCombo->setCurrentIndex(m_bodyEncodingCombo->findData(int(profile.bodyEncoding)));
    forgetTestResult();
    m_ui->statusLabel->clear();
    m_savedForm = formProfile();
    m_savedSecret.clear();
    if (!m_editingName.isEmpty())
        loadSecret(profile);
    updateForm();
}

void ConnectionDialog::loadSecret(const ConnectionProfile &profile)
{
    const int request = m_secretRequest;
    m_credentials->read(profile.name, this, [this, request, profile](const CredentialStore::Result &result) {
        if (request != m_secretRequest)
            return;
        switch (result.status) {
        case Status::Ok:
            m_storedSecret = result.secret;
            // The user may have typed a new secret while the keychain was answering.
            if (QLineEdit *edit = secretEdit(profile.apiVersion); edit->text().isEmpty()) {
                edit->setText(result.secret);
                m_savedSecret = result.secret;
            }
            break;
        case Status::NotFound:
            m_ui->statusLabel->setText(
                result.errorMessage.isEmpty()
                    ? tr("No credential is stored for “%1”. Enter it and save.").arg(profile.name)
                    : result.errorMessage);
            break;
        case Status::NoKeychain:
        case Status::Refused:
        case Status::Failed:
            m_ui->statusLabel->setText(
                tr("The credential of “%1” could not be read: %2").arg(profile.name, result.errorMessage));
            break;
        }
        updateForm();
    });
}

bool ConnectionDialog::isCustomUrl() const
{
    return m_ui->regionCombo->currentData().toString().isEmpty();
}

ConnectionSettings::ApiVersion ConnectionDialog::formApiVersion() const
{
    return ApiVersion(m_ui->apiVersionCombo->currentData().toInt());
}

QLineEdit *ConnectionDialog::secretEdit(ConnectionSettings::ApiVersion version) const
{
    return version == ApiVersion::V3 ? m_ui->bearerEdit : m_ui->apiSecretEdit;
}

ConnectionProfile ConnectionDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.regionName = m_ui->regionCombo->currentData().toString();
    profile.apiVersion = formApiVersion();
    if (isCustomUrl()) {
        profile.baseUrl = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    } else if (profile.apiVersion == ApiVersion::V2) {
        profile.baseUrl = ConnectionSettings::v2Url();
    } else {
        const QList<ConnectionSettings::Region> regions = ConnectionSettings::regions();
        profile.baseUrl = regions.at(m_ui->regionCombo->currentIndex()).url;
    }
    if (profile.apiVersion == ApiVersion::V3)
        profile.serviceId = m_ui->serviceIdEdit->text().trimmed();
    else
        profile.apiKey = m_ui->apiKeyEdit->text().trimmed();
    profile.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    profile.transferTimeoutMs = m_ui->timeoutSpin->value() * 1000;
    profile.environment = ConnectionSettings::Environment(m_environmentCombo->currentData().toInt());
    profile.bodyEncoding = ConnectionSettings::BodyEncoding(m_bodyEncodingCombo->currentData().toInt());
    return profile;
}

QString ConnectionDialog::formSecret() const
{
    return secretEdit(formApiVersion())->text();
}

QString ConnectionDialog::connectionProblem() const
{
    const ConnectionProfile profile = formProfile();
    if (isCustomUrl()) {
        if (m_ui->urlEdit->text().trimmed().isEmpty())
            return tr("Enter the server URL.");
        if (QString problem = ConnectionSettings::urlProblem(profile.baseUrl); !problem.isEmpty())
            return problem;
    }
    if (profile.apiVersion == ApiVersion::V3) {
        if (profile.serviceId.isEmpty())
            return tr("Enter the service ID.");
        if (formSecret().isEmpty())
            return tr("Enter the bearer token.");
    } else {
        if (profile.apiKey.isEmpty())
            return tr("Enter the API key.");
        if (formSecret().isEmpty())
            return tr("Enter the API secret.");
    }
    return QString();
}

QString ConnectionDialog::inputProblem() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the connection.");
    if (name != m_editingName && m_profiles->profile(name))
        return tr("A connection named “%1” already exists.").arg(name);
    return connectionProblem();
}

void ConnectionDialog::updateForm()
{
    const bool v3 = formApiVersion() == ApiVersion::V3;
    m_ui->formLayout->setRowVisible(m_ui->serviceIdEdit, v3);
    m_ui->formLayout->setRowVisible(m_ui->bearerEdit, v3);
    m_ui->formLayout->setRowVisible(m_ui->apiKeyEdit, !v3);
    m_ui->formLayout->setRowVisible(m_ui->apiSecretEdit, !v3);

    const bool custom = isCustomUrl();
    m_ui->urlEdit->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blocker(m_ui->urlEdit);
        m_ui->urlEdit->setText(formProfile().baseUrl.toString());
    }
    m_ui->regionCombo->setToolTip(
        v3 ? QString()
           : tr("API v2 has one endpoint for every region: %1").arg(ConnectionSettings::v2Url().toString()));

    const QString problem = inputProblem();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    m_ui->testButton->setEnabled(connectionProblem().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_saving);
    // While the keychain stores a secret, the profile it belongs to must stay in the editor.
    m_ui->profileList->setEnabled(!m_saving);
    m_ui->addButton->setEnabled(!m_saving);
    m_ui->removeButton->setEnabled(!m_editingName.isEmpty() && !m_saving);
}

void ConnectionDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileEdit->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

bool ConnectionDialog::hasUnsavedEdits() const
{
    return !(formProfile() == m_savedForm) || formSecret() != m_savedSecret;
}

void ConnectionDialog::reject()
{
    if (m_saving || !hasUnsavedEdits()) {
        QDialog::reject();
        return;
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString question = name.isEmpty() ? tr("Discard the new connection you have not saved?")
                                            : tr("Discard the unsaved changes to “%1”?").arg(name);
    if (MessageBox::question(this, tr("Unsaved changes"), question,
                             QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Cancel) == QMessageBox::Discard)
        QDialog::reject();
}

void ConnectionDialog::cancelTest()
{
    if (m_testCall) {
        m_testCall->disconnect(this);
        m_testCall->cancel();
    }
    m_ui->testButton->setText(tr("Test c&onnection"));
}

void ConnectionDialog::forgetTestResult()
{
    cancelTest();
    m_ui->testResultLabel->clear();
}

void ConnectionDialog::testConnection()
{
    // While a test runs, the same button cancels it.
    if (m_testCall) {
        cancelTest();
        m_ui->testResultLabel->setText(tr("Test cancelled."));
        return;
    }
    m_client->setConnection(formProfile().toSettings(formSecret()));
    // An empty window: the server counts the tokens without sending any.
    TokenListQuery query;
    query.start = 0;
    query.end = 0;
    ApiCall *call = m_client->list(query);
    m_testCall = call;
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testButton->setText(tr("Cance&l test"));
    connect(call, &ApiCall::finished, this, [this, call] {
        m_ui->testButton->setText(tr("Test c&onnection"));
        showTestResult(*call);
    });
}

void ConnectionDialog::showTestResult(const ApiCall &call)
{
    if (call.error())
        m_ui->testResultLabel->setText(call.error().message());
    else
        m_ui->testResultLabel->setText(tr("Connected: %Ln tokens", nullptr, call.listPage()->totalCount));
}

void ConnectionDialog::save()
{
    const ConnectionProfile profile = formProfile();
    const QString secret = formSecret();
    if (profile.name == m_editingName && !m_storedSecret.isEmpty() && secret == m_storedSecret) {
        commit(profile, secret, tr("Saved “%1”.").arg(profile.name));
        return;
    }
    m_saving = true;
    m_ui->statusLabel->setText(tr("Saving…"));
    updateForm();
    m_credentials->write(profile.name, secret, this,
                         [this, profile, secret](const CredentialStore::Result &result) {
                             m_saving = false;
                             onSecretWritten(profile, secret, result);
                             updateForm();
                         });
}

void ConnectionDialog::onSecretWritten(const ConnectionProfile &profile, const QString &secret,
                                       const CredentialStore::Result &result)
{
    switch (result.status) {
    case Status::Ok:
        commit(profile, secret,
               tr("Saved “%1”; its credential is in the system keychain.").arg(profile.name));
        return;
    case Status::NoKeychain:
    case Status::Refused:
        if (MessageBox::question(
                this, result.status == Status::Refused ? tr("Keychain refused") : tr("No keychain"),
                tr("%1\n\nKeep the credential of “%2” in memory for this run only? You will "
                   "have to enter it again after TokenDesk quits.")
                    .arg(result.errorMessage, profile.name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            m_credentials->keepForSession(profile.name, secret);
            commit(profile, secret,
                   (result.status == Status::Refused
                        ? tr("Saved “%1”. The keychain refused its credential, so it is kept only until "
                             "TokenDesk quits.")
                        : tr("Saved “%1”. No keychain is available, so its credential is kept only until "
                             "TokenDesk quits."))
                       .arg(profile.name));
        } else {
            m_ui->statusLabel->setText(tr("Not saved: %1").arg(result.errorMessage));
        }
        return;
    case Status::NotFound:
    case Status::Failed:
        m_ui->statusLabel->setText(
            tr("Not saved: the keychain did not store the credential: %1").arg(result.errorMessage));
        return;
    }
}

void ConnectionDialog::commit(const ConnectionProfile &profile, const QString &secret, const QString &status)
{
    const QString previousName = m_editingName;
    m_profiles->save(profile);
    m_editingName = profile.name;
    m_storedSecret = secret;
    m_savedForm = profile;
    m_savedSecret = secret;
    m_ui->statusLabel->setText(status);
    if (!previousName.isEmpty() && previousName != profile.name) {
        m_profiles->remove(previousName);
        forgetSecret(previousName);
    }
    populateList();
    updateForm();
    emit profileSaved(profile.name);
}

void ConnectionDialog::removeProfile()
{
    const QString name = m_editingName;
    const QString question =
        tr("Remove the connection “%1”? Its credential is deleted from the system keychain too.").arg(name);
    if (MessageBox::question(this, tr("Remove connection"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = m_ui->profileList->currentRow();
    m_profiles->remove(name);
    forgetSecret(name);
    m_editingName.clear();
    populateList();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(std::min(row, m_ui->profileList->count() - 1));
    else
        startNewProfile();
    m_ui->statusLabel->setText(tr("Removed “%1”.").arg(name));
}

void ConnectionDialog::forgetSecret(const QString &name)
{
    m_credentials->remove(name, this, [this, name](const CredentialStore::Result &result) {
        if (result.status != Status::Ok)
            m_ui->statusLabel->setText(tr("The credential of “%1” could not be deleted from the keychain: %2")
                                           .arg(name, result.errorMessage));
    });
}
