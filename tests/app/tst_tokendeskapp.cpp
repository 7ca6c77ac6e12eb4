// The tokendesk executable's scripted check, against a real sandbox: it reports what it finds in one
// line, exits with a code a script can test, and never echoes the credential it was handed in its
// environment, whether the check succeeds or the server refuses it.
#include "SandboxProcess.h"

#include <QProcess>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("app-test-bearer-3a9e61");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run checkConnection(const SandboxProcess &sandbox, const QString &bearer)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the check must not need a display
    if (!bearer.isNull())
        environment.insert(QStringLiteral("AUTHLETE_BEARER"), bearer);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(TOKENDESK_EXECUTABLE),
              {QStringLiteral("--check-connection"), sandbox.baseUrl().toString(),
               QStringLiteral("--service-id"), sandbox.serviceId()});
    if (!app.waitForFinished(30'000) || app.exitStatus() != QProcess::NormalExit)
        return {};
    return {app.exitCode(), app.readAllStandardOutput(), app.readAllStandardError()};
}

} // namespace

class TestTokenDeskApp : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("42")}, kBearer));
    }

    void checkConnectionReportsTheTokenCount()
    {
        const Run run = checkConnection(m_sandbox, kBearer);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("Connected: 42 tokens"));
        QVERIFY(!run.out.contains(kBearer.toUtf8()));
        QVERIFY(!run.err.contains(kBearer.toUtf8()));
    }

    void refusedCredentialIsNamedButNeverShown()
    {
        const QString wrong = QStringLiteral("rotated-bearer-77c0d4");
        const Run run = checkConnection(m_sandbox, wrong);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("(401)"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.contains(wrong.toUtf8()));
    }

    void missingCredentialIsAUsageError()
    {
        const Run run = checkConnection(m_sandbox, QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("AUTHLETE_BEARER"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTokenDeskApp)
#include "tst_tokendeskapp.moc"
