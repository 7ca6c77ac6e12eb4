// Nothing lost when the app dies mid-action: the test runs itself again as a child process that opens
// the real window on a sandbox, selects every token and starts a bulk revoke; the parent kills the child
// with SIGKILL half-way. The audit log must still read, and must hold every revocation the app had
// confirmed: each logged one is gone from the server, and the server revoked at most as many more as
// there were requests on the wire at the time of the kill. The credential, handed over in the
// environment, appears neither on the child's command line nor in its stderr.
#include "AuditLog.h"
#include "BulkTokenAction.h"
#include "ClientTestSupport.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScopedConfirmation.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

const QString kBearer = QStringLiteral("crash-test-bearer-81d3e7");
const QString kProfile = QStringLiteral("Crash");
constexpr int kTokens = 400;
constexpr int kKillAfterEntries = 40;

// What the parent hands the child, all through the environment: never a secret on a command line.
const char *const kChildVariable = "TOKENDESK_CRASH_CHILD";
const char *const kUrlVariable = "TOKENDESK_CRASH_URL";
const char *const kServiceVariable = "TOKENDESK_CRASH_SERVICE";
const char *const kBearerVariable = "TOKENDESK_CRASH_BEARER";
const char *const kProfilesVariable = "TOKENDESK_CRASH_PROFILES";

// The child: the real window, a bulk revoke of everything, then the event loop until it is killed.
// Its only output is the line naming the audit log, or a line saying why it could not get that far.
int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_bulkrevokecrash"));
    SessionProfiles profiles(qEnvironmentVariable(kProfilesVariable));
    profiles.add(kProfile, QUrl(qEnvironmentVariable(kUrlVariable)), qEnvironmentVariable(kServiceVariable),
                 qEnvironmentVariable(kBearerVariable));

    QNetworkAccessManager network;
    MainWindow window(&network, profiles.profiles(), profiles.credentials());
    window.show();
    window.openProfile(kProfile);
    TokenListSession *session = window.listSession();
    if (!QTest::qWaitFor([&] { return window.currentProfile() == kProfile && session->isTotalKnown(); },
                         30'000)) {
        std::puts("error: the profile did not open");
        return 1;
    }
    window.findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
    if (!QTest::qWaitFor([&] { return session->isComplete() && !session->isLoading(); }, 60'000)) {
        std::puts("error: the tokens did not load");
        return 1;
    }
    auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectAll();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    // Over 100 tokens: the confirmation takes the count typed.
    ScopedConfirmation::setNextTypedAnswer(QString::number(table->selectionModel()->selectedRows().size()));
    std::printf("audit %s\n", qPrintable(window.auditLog()->path()));
    std::fflush(stdout);
    window.findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    return app.exec();
}

} // namespace

class TestBulkRevokeCrash : public QObject
{
    Q_OBJECT

private slots:
    void auditLogKeepsEveryConfirmedRevocation()
    {
        SandboxProcess sandbox;
        // Slow enough replies that the kill lands with the revoke half done.
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QString::number(kTokens),
                               QStringLiteral("--latency-ms"), QStringLiteral("100")},
                              kBearer));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        environment.insert(QString::fromLatin1(kUrlVariable), sandbox.baseUrl().toString());
        environment.insert(QString::fromLatin1(kServiceVariable), sandbox.serviceId());
        environment.insert(QString::fromLatin1(kBearerVariable), kBearer);
        environment.insert(QString::fromLatin1(kProfilesVariable),
                           home.filePath(QStringLiteral("profiles.ini")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());

        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 90'000);
        const QByteArray line = child.readLine().trimmed();
        QVERIFY2(line.startsWith("audit "),
                 qPrintable(QStringLiteral("the child said \"%1\"; its stderr:\n%2")
                                .arg(QString::fromLocal8Bit(line),
                                     QString::fromLocal8Bit(child.readAllStandardError()))));
        const AuditLog log(QString::fromLocal8Bit(line.mid(6)));
        QVERIFY(log.path().startsWith(home.path()));

        QTRY_VERIFY_WITH_TIMEOUT(log.readAll().size() >= kKillAfterEntries, 60'000);
#ifdef Q_OS_LINUX
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(child.processId()));
        QVERIFY(commandLine.open(QIODevice::ReadOnly));
        QVERIFY(!commandLine.readAll().contains(kBearer.toUtf8()));
#endif
        child.kill();
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray childErrors = child.readAllStandardError();
        QVERIFY2(!childErrors.contains(kBearer.toUtf8()), "the credential reached the child's stderr");

        int skipped = -1;
        const QList<AuditEntry> entries = log.readAll(&skipped);
        QVERIFY2(skipped <= 1, "at most the line being written at the kill may be torn");
        QVERIFY2(entries.size() < kTokens, "the kill came after the revoke finished: nothing was tested");

        QNetworkAccessManager network;
        const std::unique_ptr<AuthleteClient> client = clientFor(&network, sandbox, kBearer);
        QSet<QString> remaining;
        for (const AccessToken &token : loadEverything(client.get()))
            remaining.insert(token.accessTokenHash);
        QSet<QString> logged;
        for (const AuditEntry &entry : entries) {
            QCOMPARE(entry.operation, AuditEntry::Operation::Revoke);
            QCOMPARE(entry.outcome, AuditEntry::Outcome::Ok);
            QCOMPARE(entry.profile, kProfile);
            QVERIFY2(!remaining.contains(entry.accessTokenHash),
                     "logged as revoked, but still on the server");
            logged.insert(entry.accessTokenHash);
        }
        QCOMPARE(logged.size(), entries.size());
        const int revokedOnServer = kTokens - int(remaining.size());
        qInfo("killed after %lld audit entries (%d torn line(s)); the server revoked %d", entries.size(),
              skipped, revokedOnServer);
        QVERIFY(revokedOnServer >= logged.size());
        // The rest were on the wire when the app died: answered by the server, never heard by the app.
        QVERIFY(revokedOnServer - logged.size() <= BulkTokenAction::kDefaultConcurrency);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestBulkRevokeCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bulkrevokecrash.moc"
