#include "CredentialStore.h"
#include "ProfileStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using Status = CredentialStore::Result::Status;

// Runs against the Secret Service that run-with-keyring.sh starts; noKeychain() runs this
// executable again, as noKeychainChild(), with a session bus address that leads nowhere.
class tst_CredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void writeReadOverwriteRemove();
    void readMissing();
    void removeMissing();
    void sessionSecret();
    void sessionSecretComesFirst();
    void sessionOnlyIsSaidOnTheNextStart();
    void callbackSkippedWhenContextIsGone();
    void storeDeletedWhileJobsRun();
    void secretNotInFiles();
    void noKeychain();
    void noKeychainChild();

private:
    QString uniqueSecret() const
    {
        return QStringLiteral("td-secret-") + QUuid::createUuid().toString(QUuid::Id128);
    }
    // Files under the temporary directory that contain the secret, in UTF-8 or UTF-16.
    QStringList filesContaining(const QString &secret) const;

    QTemporaryDir m_dir;
    // Each test gets its own keychain entries.
    const QString m_service = QStringLiteral("TokenDeskTest-") + QUuid::createUuid().toString(QUuid::Id128);
};

namespace {

const char kChildVariable[] = "TOKENDESK_TEST_NO_KEYCHAIN_SECRET";
const QString kNoKeychainMessage = QStringLiteral(
    "No keychain (Secret Service or KWallet) is available, so TokenDesk cannot store the credential.");

// Starts one CredentialStore call and waits for its callback.
template<typename Start> CredentialStore::Result await(Start start)
{
    std::optional<CredentialStore::Result> result;
    QObject context;
    start(&context, [&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return {Status::Failed, QString(), QStringLiteral("the keychain did not answer in time")};
    return *result;
}

CredentialStore::Result readSecret(CredentialStore &store, const QString &name)
{
    return await([&](QObject *context, auto callback) { store.read(name, context, callback); });
}

CredentialStore::Result writeSecret(CredentialStore &store, const QString &name, const QString &secret)
{
    return await([&](QObject *context, auto callback) { store.write(name, secret, context, callback); });
}

CredentialStore::Result removeSecret(CredentialStore &store, const QString &name)
{
    return await([&](QObject *context, auto callback) { store.remove(name, context, callback); });
}

} // namespace

// A credential kept in memory only (no keychain, or a refused one) is missing at the next start; the
// read then says why, until the credential reaches the keychain.
void tst_CredentialStore::sessionOnlyIsSaidOnTheNextStart()
{
    QSettings notes(m_dir.filePath(QStringLiteral("notes.ini")), QSettings::IniFormat);
    const QString name = QStringLiteral("Kept for a session");
    const QString secret = uniqueSecret();
    {
        CredentialStore first(m_service);
        first.setSessionNotes(&notes);
        first.keepForSession(name, secret);
        QCOMPARE(readSecret(first, name).secret, secret);
    }
    CredentialStore next(m_service);
    next.setSessionNotes(&notes);
    const CredentialStore::Result missing = readSecret(next, name);
    QCOMPARE(missing.status, Status::NotFound);
    QVERIFY2(missing.errorMessage.contains(QStringLiteral("kept for the last session only")),
             qPrintable(missing.errorMessage));
    QCOMPARE(writeSecret(next, name, secret).status, Status::Ok);
    CredentialStore after(m_service);
    after.setSessionNotes(&notes);
    QCOMPARE(readSecret(after, name).secret, secret);
    QCOMPARE(removeSecret(after, name).status, Status::Ok);
    QVERIFY(!notes.allKeys().isEmpty());
    QCOMPARE(notes.value(notes.allKeys().first()).toStringList(), QStringList());
    // The names only, never the secret.
    notes.sync();
    QVERIFY(!filesContaining(secret).contains(notes.fileName()));
}

void tst_CredentialStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
    // The child writes where its parent looks afterwards.
    if (qEnvironmentVariableIsSet(kChildVariable))
        return;
    // Where QSettings, and QtKeychain's plain-text fallback if it were ever on, would write.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through run-with-keyring.sh (ctest does)");
}

QStringList tst_CredentialStore::filesContaining(const QString &secret) const
{
    QStringList found;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(file.fileName() + QStringLiteral(" (unreadable)"));
            continue;
        }
        const QByteArray content = file.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        if (content.contains(secret.toUtf8()) || content.contains(utf16))
            found.append(file.fileName());
    }
    return found;
}

void tst_CredentialStore::writeReadOverwriteRemove()
{
    CredentialStore store(m_service);
    const QString name = QStringLiteral("Production (US)");

    QCOMPARE(writeSecret(store, name, QStringLiteral("first-secret")).status, Status::Ok);
    QVERIFY(!store.hasSessionSecret(name));
    CredentialStore::Result read = readSecret(store, name);
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("first-secret"));

    QCOMPARE(writeSecret(store, name, QStringLiteral("second-secret")).status, Status::Ok);
    // Another store, as after a restart: the secret comes from the keychain, not from memory.
    CredentialStore restarted(m_service);
    read = readSecret(restarted, name);
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("second-secret"));

    // Entries are per service: another application's entry of the same name is not ours.
    CredentialStore otherService(m_service + QStringLiteral("-other"));
    QCOMPARE(readSecret(otherService, name).status, Status::NotFound);

    QCOMPARE(removeSecret(store, name).status, Status::Ok);
    read = readSecret(store, name);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void tst_CredentialStore::readMissing()
{
    CredentialStore store(m_service);
    const CredentialStore::Result read = readSecret(store, QStringLiteral("never stored"));
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void tst_CredentialStore::removeMissing()
{
    CredentialStore store(m_service);
    QCOMPARE(removeSecret(store, QStringLiteral("never stored")).status, Status::Ok);
}

void tst_CredentialStore::sessionSecret()
{
    CredentialStore store(m_service);
    const QString name = QStringLiteral("session only");
    store.keepForSession(name, QStringLiteral("in-memory"));
    QVERIFY(store.hasSessionSecret(name));

    CredentialStore::Result read = readSecret(store, name);
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("in-memory"));
    CredentialStore restarted(m_service);
    QCOMPARE(readSecret(restarted, name).status, Status::NotFound);

    // Once the keychain holds it, the memory copy goes.
    QCOMPARE(writeSecret(store, name, QStringLiteral("in-keychain")).status, Status::Ok);
    QVERIFY(!store.hasSessionSecret(name));
    QCOMPARE(readSecret(store, name).secret, QStringLiteral("in-keychain"));

    store.keepForSession(name, QStringLiteral("again"));
    QCOMPARE(removeSecret(store, name).status, Status::Ok);
    QVERIFY(!store.hasSessionSecret(name));
    QCOMPARE(readSecret(store, name).status, Status::NotFound);
}

void tst_CredentialStore::sessionSecretComesFirst()
{
    CredentialStore store(m_service);
    const QString name = QStringLiteral("both");
    QCOMPARE(writeSecret(store, name, QStringLiteral("stored")).status, Status::Ok);
    store.keepForSession(name, QStringLiteral("typed this run"));
    QCOMPARE(readSecret(store, name).secret, QStringLiteral("typed this run"));
    QCOMPARE(removeSecret(store, name).status, Status::Ok);
}

void tst_CredentialStore::callbackSkippedWhenContextIsGone()
{
    CredentialStore store(m_service);
    store.keepForSession(QStringLiteral("in memory"), QStringLiteral("x"));
    bool called = false;
    auto *context = new QObject;
    const auto mark = [&called](const CredentialStore::Result &) { called = true; };
    store.read(QStringLiteral("in memory"), context, mark);
    store.read(QStringLiteral("never stored"), context, mark);
    store.write(QStringLiteral("written"), QStringLiteral("y"), context, mark);
    delete context;

    // The keychain runs jobs in order: once this one answers, the ones above have finished too.
    QCOMPARE(removeSecret(store, QStringLiteral("written")).status, Status::Ok);
    QVERIFY(!called);
}

void tst_CredentialStore::storeDeletedWhileJobsRun()
{
    auto *store = new CredentialStore(m_service);
    QObject context;
    store->write(QStringLiteral("orphan"), QStringLiteral("z"), &context,
                 [](const CredentialStore::Result &) {});
    store->read(QStringLiteral("orphan"), &context, [](const CredentialStore::Result &) {});
    delete store;

    // The jobs finish on their own; the backend's late answers must find them alive.
    CredentialStore survivor(m_service);
    QCOMPARE(readSecret(survivor, QStringLiteral("orphan")).secret, QStringLiteral("z"));
    QCOMPARE(removeSecret(survivor, QStringLiteral("orphan")).status, Status::Ok);
}

void tst_CredentialStore::secretNotInFiles()
{
    const QString secret = uniqueSecret();
    QSettings settings(m_dir.filePath(QStringLiteral("config/TokenDesk.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Files");
    profile.baseUrl = QUrl(QStringLiteral("https://us.authlete.com"));
    profile.serviceId = QStringLiteral("1");
    profiles.save(profile);

    CredentialStore store(m_service);
    QCOMPARE(writeSecret(store, profile.name, secret).status, Status::Ok);
    QCOMPARE(readSecret(store, profile.name).secret, secret);
    settings.sync();
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QCOMPARE(filesContaining(secret), QStringList());
}

void tst_CredentialStore::noKeychain()
{
    const QString secret = uniqueSecret();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QString::fromLatin1(kChildVariable), secret);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
    QVERIFY(child.waitForFinished(60'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_CredentialStore::noKeychainChild()"), output.constData());
    QCOMPARE(filesContaining(secret), QStringList());
}

void tst_CredentialStore::noKeychainChild()
{
    const QString secret = qEnvironmentVariable(kChildVariable);
    if (secret.isEmpty())
        QSKIP("runs only as the child process of noKeychain()");

    CredentialStore store(m_service);
    const QString name = QStringLiteral("no keychain");
    CredentialStore::Result result = writeSecret(store, name, secret);
    QCOMPARE(result.status, Status::NoKeychain);
    QCOMPARE(result.errorMessage, kNoKeychainMessage);
    QCOMPARE(readSecret(store, name).status, Status::NoKeychain);
    QCOMPARE(removeSecret(store, name).status, Status::NoKeychain);

    store.keepForSession(name, secret);
    result = readSecret(store, name);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.secret, secret);
    QCOMPARE(removeSecret(store, name).status, Status::Ok);
    QVERIFY(!store.hasSessionSecret(name));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
