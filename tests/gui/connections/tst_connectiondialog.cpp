#include "ConnectionDialog.h"
#include "CredentialStore.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Runs offscreen with a session bus address that leads nowhere (see CMakeLists.txt), so the keychain
// is unavailable and saving goes through the session-only path that the user is asked about.
class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newProfileValidation();
    void customUrlMustBeHttpsOrLoopback();
    void v2AsksForKeyAndSecret();
    void duplicateName();
    void saveKeepsSecretForSession();
    void saveDeclinedKeepsNothing();
    void editLoadsMaskedSecretAndDoesNotRewriteIt();
    void renameMovesTheSecret();
    void removeAsksAndForgets();
    void removeCancelled();
    void testConnectionCountsTokens();
    void aFieldChangeClearsTheTestResult();
    void testingCanBeCancelled();
    void closingWithUnsavedEditsAsks();
    void everyControlHasAnAccessibleName();

private:
    void openDialog();
    template<typename T> T *widget(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    QPushButton *saveButton() const { return widget<QPushButton>("saveButton"); }
    QString validation() const
    {
        const QLabel *label = widget<QLabel>("validationLabel");
        return label->isVisible() ? label->text() : QString();
    }
    void typeInto(const char *name, const QString &text);
    void fillV3Form(const QString &name, const QUrl &url, const QString &serviceId, const QString &bearer);
    void storeProfile(const QString &name, const QString &secret);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    QNetworkAccessManager m_network;
    std::unique_ptr<ConnectionDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
};

void tst_ConnectionDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
}

void tst_ConnectionDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("TokenDesk.ini")));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("TokenDesk.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("TokenDeskDialogTest"));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_ConnectionDialog::cleanup()
{
    m_listTester.reset();
    m_dialog.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_settings.reset();
}

void tst_ConnectionDialog::openDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(m_profiles.get(), m_credentials.get(), &m_network);
    m_listTester = std::make_unique<QAbstractItemModelTester>(
        widget<QListWidget>("profileList")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->resize(800, 560);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectionDialog::typeInto(const char *name, const QString &text)
{
    auto *edit = widget<QLineEdit>(name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_ConnectionDialog::fillV3Form(const QString &name, const QUrl &url, const QString &serviceId,
                                      const QString &bearer)
{
    typeInto("nameEdit", name);
    QTest::keyClick(widget<QComboBox>("regionCombo"), Qt::Key_End); // "Custom URL…"
    typeInto("urlEdit", url.toString());
    typeInto("serviceIdEdit", serviceId);
    typeInto("bearerEdit", bearer);
}

void tst_ConnectionDialog::storeProfile(const QString &name, const QString &secret)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.regionName = QStringLiteral("EU");
    profile.baseUrl = QUrl(QStringLiteral("https://eu.authlete.com"));
    profile.serviceId = QStringLiteral("4242");
    m_profiles->save(profile);
    m_credentials->keepForSession(name, secret);
}

void tst_ConnectionDialog::newProfileValidation()
{
    openDialog();
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    QCOMPARE(widget<QComboBox>("regionCombo")->currentText(), QStringLiteral("US"));
    QVERIFY(!widget<QLineEdit>("urlEdit")->isEnabled());
    QCOMPARE(widget<QLineEdit>("urlEdit")->text(), QStringLiteral("https://us.authlete.com"));
    QCOMPARE(widget<QLineEdit>("bearerEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!widget<QPushButton>("removeButton")->isEnabled());

    QCOMPARE(validation(), QStringLiteral("Enter a name for the connection."));
    QVERIFY(!saveButton()->isEnabled());
    typeInto("nameEdit", QStringLiteral("Production"));
    QCOMPARE(validation(), QStringLiteral("Enter the service ID."));
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!widget<QPushButton>("testButton")->isEnabled());
    typeInto("serviceIdEdit", QStringLiteral("715948317"));
    QCOMPARE(validation(), QStringLiteral("Enter the bearer token."));
    typeInto("bearerEdit", QStringLiteral("secret"));
    QCOMPARE(validation(), QString());
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(widget<QPushButton>("testButton")->isEnabled());

    typeInto("nameEdit", QStringLiteral("   "));
    QCOMPARE(validation(), QStringLiteral("Enter a name for the connection."));
    QVERIFY(!saveButton()->isEnabled());
}

void tst_ConnectionDialog::customUrlMustBeHttpsOrLoopback()
{
    openDialog();
    fillV3Form(QStringLiteral("Custom"), QUrl(QStringLiteral("http://authlete.example.com")),
               QStringLiteral("1"), QStringLiteral("secret"));
    QVERIFY(widget<QLineEdit>("urlEdit")->isEnabled());
    QCOMPARE(validation(),
             QStringLiteral(
                 "The server URL must start with https:// (plain http is allowed only to this computer)."));
    QVERIFY(!saveButton()->isEnabled());

    typeInto("urlEdit", QString());
    QCOMPARE(validation(), QStringLiteral("Enter the server URL."));
    for (const QString &allowed :
         {QStringLiteral("https://authlete.example.com"), QStringLiteral("http://127.0.0.1:8080"),
          QStringLiteral("http://localhost:8080"), QStringLiteral("http://[::1]:8080")}) {
        typeInto("urlEdit", allowed);
        QVERIFY2(validation().isEmpty(), qPrintable(allowed + QStringLiteral(": ") + validation()));
        QVERIFY(saveButton()->isEnabled());
    }
}

void tst_ConnectionDialog::v2AsksForKeyAndSecret()
{
    openDialog();
    typeInto("nameEdit", QStringLiteral("Legacy"));
    QTest::keyClick(widget<QComboBox>("apiVersionCombo"), Qt::Key_End);
    QVERIFY(!widget<QLineEdit>("serviceIdEdit")->isVisible());
    QVERIFY(!widget<QLineEdit>("bearerEdit")->isVisible());
    QVERIFY(widget<QLineEdit>("apiKeyEdit")->isVisible());
    QVERIFY(widget<QLineEdit>("apiSecretEdit")->isVisible());
    QCOMPARE(widget<QLineEdit>("apiSecretEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(widget<QLineEdit>("urlEdit")->text(), QStringLiteral("https://api.authlete.com"));

    QCOMPARE(validation(), QStringLiteral("Enter the API key."));
    typeInto("apiKeyEdit", QStringLiteral("12345"));
    QCOMPARE(validation(), QStringLiteral("Enter the API secret."));
    typeInto("apiSecretEdit", QStringLiteral("s3cret"));
    QCOMPARE(validation(), QString());
    QVERIFY(saveButton()->isEnabled());
}

void tst_ConnectionDialog::duplicateName()
{
    storeProfile(QStringLiteral("Prod"), QStringLiteral("x"));
    openDialog();
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Prod"));
    // Its own name is no duplicate.
    QTRY_COMPARE(validation(), QString());

    QTest::mouseClick(widget<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    fillV3Form(QStringLiteral("Prod"), QUrl(QStringLiteral("https://a.example")), QStringLiteral("1"),
               QStringLiteral("y"));
    QCOMPARE(validation(), QStringLiteral("A connection named “Prod” already exists."));
    QVERIFY(!saveButton()->isEnabled());
}

void tst_ConnectionDialog::saveKeepsSecretForSession()
{
    openDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    fillV3Form(QStringLiteral("Staging"), QUrl(QStringLiteral("https://authlete.staging.example")),
               QStringLiteral("99"), QStringLiteral("staging-bearer-value"));
    widget<QSpinBox>("timeoutSpin")->setValue(12);
    widget<QLineEdit>("caFileEdit")->setText(QStringLiteral("/etc/ssl/staging-ca.pem"));
    auto *environment = widget<QComboBox>("environmentCombo");
    QCOMPARE(environment->currentText(), QStringLiteral("(not labelled)"));
    environment->setCurrentIndex(environment->findText(QStringLiteral("staging")));
    // The wire format is the connection's, in its advanced part.
    auto *encoding = widget<QComboBox>("bodyEncodingCombo");
    QCOMPARE(encoding->currentData().toInt(), int(ConnectionSettings::BodyEncoding::Json));
    encoding->setCurrentIndex(encoding->findData(int(ConnectionSettings::BodyEncoding::Form)));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toString(), QStringLiteral("Staging"));
    QVERIFY(MessageBox::lastText().startsWith(
        QStringLiteral("No keychain (Secret Service or KWallet) is available")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("for this run only")));
    QVERIFY(
        widget<QLabel>("statusLabel")->text().contains(QStringLiteral("kept only until TokenDesk quits")));

    const std::optional<ConnectionProfile> profile = m_profiles->profile(QStringLiteral("Staging"));
    QVERIFY(profile);
    QCOMPARE(profile->baseUrl, QUrl(QStringLiteral("https://authlete.staging.example")));
    QVERIFY(profile->regionName.isEmpty());
    QCOMPARE(profile->serviceId, QStringLiteral("99"));
    QCOMPARE(profile->caCertificateFile, QStringLiteral("/etc/ssl/staging-ca.pem"));
    QCOMPARE(profile->transferTimeoutMs, 12'000);
    QCOMPARE(profile->environment, ConnectionSettings::Environment::Staging);
    QCOMPARE(profile->bodyEncoding, ConnectionSettings::BodyEncoding::Form);
    QVERIFY(m_credentials->hasSessionSecret(QStringLiteral("Staging")));
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Staging"));
    QCOMPARE(widget<QListWidget>("profileList")->currentItem()->text(), QStringLiteral("Staging"));

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("staging-bearer-value"));
}

void tst_ConnectionDialog::saveDeclinedKeepsNothing()
{
    openDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    fillV3Form(QStringLiteral("Declined"), QUrl(QStringLiteral("https://a.example")), QStringLiteral("1"),
               QStringLiteral("b"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_VERIFY(widget<QLabel>("statusLabel")->text().startsWith(QStringLiteral("Not saved: No keychain")));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_profiles->profile(QStringLiteral("Declined")));
    QVERIFY(!m_credentials->hasSessionSecret(QStringLiteral("Declined")));
    QVERIFY(saveButton()->isEnabled());
}

void tst_ConnectionDialog::editLoadsMaskedSecretAndDoesNotRewriteIt()
{
    storeProfile(QStringLiteral("First"), QStringLiteral("first-secret"));
    storeProfile(QStringLiteral("Second"), QStringLiteral("second-secret"));
    openDialog();
    m_dialog->selectProfile(QStringLiteral("Second"));
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Second"));
    QCOMPARE(widget<QComboBox>("regionCombo")->currentText(), QStringLiteral("EU"));
    QCOMPARE(widget<QLineEdit>("serviceIdEdit")->text(), QStringLiteral("4242"));
    QTRY_COMPARE(widget<QLineEdit>("bearerEdit")->text(), QStringLiteral("second-secret"));
    QCOMPARE(widget<QLineEdit>("bearerEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(widget<QPushButton>("removeButton")->isEnabled());

    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    typeInto("serviceIdEdit", QStringLiteral("4343"));
    // A rewrite of the secret would fail for want of a keychain and ask; an answer of No would then
    // leave the profile unsaved.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_profiles->profile(QStringLiteral("Second"))->serviceId, QStringLiteral("4343"));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_ConnectionDialog::renameMovesTheSecret()
{
    storeProfile(QStringLiteral("Old name"), QStringLiteral("kept-secret"));
    openDialog();
    QTRY_COMPARE(widget<QLineEdit>("bearerEdit")->text(), QStringLiteral("kept-secret"));
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    typeInto("nameEdit", QStringLiteral("New name"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait());

    QCOMPARE(m_profiles->profiles().size(), 1);
    QVERIFY(m_profiles->profile(QStringLiteral("New name")));
    QVERIFY(m_credentials->hasSessionSecret(QStringLiteral("New name")));
    QTRY_VERIFY(!m_credentials->hasSessionSecret(QStringLiteral("Old name")));
    const QListWidget *list = widget<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New name"));
}

void tst_ConnectionDialog::removeAsksAndForgets()
{
    storeProfile(QStringLiteral("Alpha"), QStringLiteral("a"));
    storeProfile(QStringLiteral("Beta"), QStringLiteral("b"));
    m_profiles->setLastUsed(QStringLiteral("Beta"));
    openDialog();
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Beta"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(widget<QPushButton>("removeButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("“Beta”")));
    QVERIFY(!m_profiles->profile(QStringLiteral("Beta")));
    QVERIFY(!m_credentials->hasSessionSecret(QStringLiteral("Beta")));
    QCOMPARE(widget<QListWidget>("profileList")->count(), 1);
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Alpha"));
    QTRY_COMPARE(widget<QLineEdit>("bearerEdit")->text(), QStringLiteral("a"));
    QCOMPARE(widget<QLabel>("statusLabel")->text(), QStringLiteral("Removed “Beta”."));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(widget<QPushButton>("removeButton"), Qt::LeftButton);
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    QVERIFY(!widget<QPushButton>("removeButton")->isEnabled());
}

void tst_ConnectionDialog::removeCancelled()
{
    storeProfile(QStringLiteral("Keep"), QStringLiteral("k"));
    openDialog();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(widget<QPushButton>("removeButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("“Keep”")));
    QVERIFY(m_profiles->profile(QStringLiteral("Keep")));
    QVERIFY(m_credentials->hasSessionSecret(QStringLiteral("Keep")));
    QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("Keep"));
}

void tst_ConnectionDialog::testConnectionCountsTokens()
{
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--tokens"), QStringLiteral("42")}, QStringLiteral("right-bearer")));
    openDialog();
    fillV3Form(QStringLiteral("Sandbox"), sandbox.baseUrl(), sandbox.serviceId(),
               QStringLiteral("right-bearer"));
    auto *result = widget<QLabel>("testResultLabel");
    QTest::mouseClick(widget<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected: 42 tokens"), 15'000);

    typeInto("bearerEdit", QStringLiteral("wrong-bearer"));
    QTest::mouseClick(widget<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("(401)")), 15'000);
    QVERIFY(!result->text().contains(QStringLiteral("wrong-bearer")));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void tst_ConnectionDialog::aFieldChangeClearsTheTestResult()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("3")}, QStringLiteral("b")));
    openDialog();
    fillV3Form(QStringLiteral("Sandbox"), sandbox.baseUrl(), sandbox.serviceId(), QStringLiteral("b"));
    auto *result = widget<QLabel>("testResultLabel");
    QTest::mouseClick(widget<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected: 3 tokens"), 15'000);
    QTest::keyClicks(widget<QLineEdit>("serviceIdEdit"), QStringLiteral("9"));
    QCOMPARE(result->text(), QString());
    QTest::mouseClick(widget<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->text() != QStringLiteral("Testing…"),
                             15'000);
    widget<QSpinBox>("timeoutSpin")->stepUp();
    QCOMPARE(result->text(), QString());
}

void tst_ConnectionDialog::testingCanBeCancelled()
{
    // A server that takes the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    openDialog();
    fillV3Form(QStringLiteral("Silent"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
               QStringLiteral("1"), QStringLiteral("b"));
    auto *button = widget<QPushButton>("testButton");
    auto *result = widget<QLabel>("testResultLabel");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(result->text(), QStringLiteral("Testing…"));
    QCOMPARE(button->text(), QStringLiteral("Cance&l test"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(result->text(), QStringLiteral("Test cancelled."));
    QCOMPARE(button->text(), QStringLiteral("Test c&onnection"));
    // Nothing late overwrites it.
    QTest::qWait(200);
    QCOMPARE(result->text(), QStringLiteral("Test cancelled."));
}

void tst_ConnectionDialog::closingWithUnsavedEditsAsks()
{
    storeProfile(QStringLiteral("Kept"), QStringLiteral("kept-secret"));
    openDialog();
    m_dialog->selectProfile(QStringLiteral("Kept"));
    QTRY_COMPARE(widget<QLineEdit>("bearerEdit")->text(), QStringLiteral("kept-secret"));
    // Nothing changed: it closes without a question.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);

    m_listTester.reset();
    openDialog();
    m_dialog->selectProfile(QStringLiteral("Kept"));
    QTRY_COMPARE(widget<QLineEdit>("bearerEdit")->text(), QStringLiteral("kept-secret"));
    typeInto("serviceIdEdit", QStringLiteral("4343"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("unsaved changes to “Kept”")),
             qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_profiles->profile(QStringLiteral("Kept"))->serviceId, QStringLiteral("4242"));
}

void tst_ConnectionDialog::everyControlHasAnAccessibleName()
{
    openDialog();
    for (QWidget *child : m_dialog->findChildren<QWidget *>()) {
        // The line edit inside a spin box is part of it, named through it.
        const bool part = qobject_cast<QAbstractSpinBox *>(child->parentWidget());
        if (part || !(child->focusPolicy() & Qt::TabFocus))
            continue;
        QVERIFY2(!child->accessibleName().isEmpty(),
                 qPrintable(child->objectName() + QLatin1Char(' ') +
                            QString::fromLatin1(child->metaObject()->className())));
    }
}

int main(int argc, char **argv)
{
    QApplication::setAttribute(Qt::AA_Use96Dpi);
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    tst_ConnectionDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectiondialog.moc"
