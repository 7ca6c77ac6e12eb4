// The tokendesk executable's scripted check, against a real sandbox: it reports what it finds in one
// line, exits with a code a script can test, and never echoes the credential it was handed in its
// environment, whether the check succeeds or the server refuses it.
#include "HostileServer.h"
#include "SandboxProcess.h"
#include "TokenDeskVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
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

// Runs tokendesk without a display, waiting with the event loop running so that a server in this
// process (HostileServer) can answer it.
Run runApp(const QStringList &arguments, const QString &bearer = QString(), bool withRuntimeDir = true)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the check must not need a display
    environment.remove(QStringLiteral("DISPLAY"));
    if (!withRuntimeDir)
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!bearer.isNull())
        environment.insert(QStringLiteral("AUTHLETE_BEARER"), bearer);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(TOKENDESK_EXECUTABLE), arguments);
    if (!QTest::qWaitFor([&app] { return app.state() == QProcess::NotRunning; }, 30'000) ||
        app.exitStatus() != QProcess::NormalExit)
        return {};
    return {app.exitCode(), app.readAllStandardOutput(), app.readAllStandardError()};
}

Run checkConnection(const QUrl &url, const QString &serviceId, const QString &bearer)
{
    return runApp(
        {QStringLiteral("--check-connection"), url.toString(), QStringLiteral("--service-id"), serviceId},
        bearer);
}

Run checkConnection(const SandboxProcess &sandbox, const QString &bearer)
{
    return checkConnection(sandbox.baseUrl(), sandbox.serviceId(), bearer);
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

    // No "QStandardPaths: XDG_RUNTIME_DIR not set" or any other line before or after the answer.
    void versionPrintsOnlyTheVersion()
    {
        const Run run = runApp({QStringLiteral("--version")}, QString(), false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("TokenDesk " TOKENDESK_VERSION "\n"));
        QCOMPARE(run.err, QByteArray());
    }

    // A server's escape sequences (clear screen, a window title, colours) and line breaks never
    // reach the terminal: one plain line.
    void checkConnectionPrintsNoControlCharacters()
    {
        const QString forged = QStringLiteral("\x1b[2J\x1b]0;owned\x07"
                                              "\x1b[32mConnected: 12345 tokens\r\nAll good") +
                               QChar(0x9B) + QStringLiteral("1m");
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("resultCode"), QStringLiteral("A001")},
                                      {QStringLiteral("resultMessage"), forged}})
                .toJson(QJsonDocument::Compact);
        HostileServer server([&body](const QByteArray &) {
            HostileServer::Answer answer;
            answer.head = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n";
            answer.body = body;
            return answer;
        });
        const Run run = checkConnection(server.baseUrl(), QStringLiteral("1"), kBearer);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
        const QString printed = QString::fromUtf8(run.err.chopped(1));
        for (const QChar c : printed)
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() <= 0x9F),
                     run.err.constData());
        QVERIFY2(printed.contains(QLatin1StringView("Connected: 12345 tokens All good")),
                 run.err.constData());
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
