// The request trace of tokendesk.api: off by default; when enabled, one line per attempt with the
// method, the path, the status, the attempt and the milliseconds, and never the credential, a token
// value, a body, or a query value that names a person.
#include "ClientTestSupport.h"
#include "Logging.h"
#include "ScriptedNetworkAccess.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("trace-bearer-9f3c2a");
const QString kSubject = QStringLiteral("alice.secret@example.com");
const QString kClient = QStringLiteral("client-4711");
const QString kTokenValue = QStringLiteral("at-value-5b1e77");

QStringList g_lines; // the messages of tokendesk.api

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1StringView(context.category) == QLatin1StringView("tokendesk.api"))
        g_lines.append(message);
}

// While it lives, tokendesk.api's debug messages are on and collected in g_lines, as a user's
// QT_LOGGING_RULES="tokendesk.api.debug=true" would turn them on.
class TraceCapture
{
public:
    TraceCapture()
    {
        g_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.api.debug=true"));
        m_previousHandler = qInstallMessageHandler(capture);
    }
    ~TraceCapture()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
    TraceCapture(const TraceCapture &) = delete;
    TraceCapture &operator=(const TraceCapture &) = delete;

private:
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

class TestApiTrace : public QObject
{
    Q_OBJECT

private:
    // Fails unless no line holds any of the secrets.
    static void verifyNothingSecret(const QStringList &secrets)
    {
        for (const QString &line : std::as_const(g_lines)) {
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

private slots:
    void debugIsOffByDefault()
    {
        if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
            QSKIP("QT_LOGGING_RULES is set in this environment");
        QVERIFY(!lcApi().isDebugEnabled());
        QVERIFY(lcApi().isInfoEnabled());
        QVERIFY(!lcLoader().isDebugEnabled());
        QVERIFY(!lcKeychain().isDebugEnabled());
        QVERIFY(!lcSandbox().isDebugEnabled());
    }

    void listTraceHidesTheSubject()
    {
        const TraceCapture trace;
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        client.setRetryPolicy({3, 1, 1, 1.0});
        network.enqueue(ScriptedAnswer::apiError(503));
        network.enqueue(ScriptedAnswer::json(
            {{QLatin1StringView("totalCount"), 1}, {QLatin1StringView("subject"), kSubject}}));
        TokenListQuery query;
        query.subject = kSubject;
        query.clientIdentifier = kClient;
        query.start = 0;
        query.end = 20;
        QCOMPARE(awaitOk(client.list(query)).attempts, 2);

        const QStringList attempts = g_lines.filter(QRegularExpression(QStringLiteral("^GET /.* -> ")));
        QCOMPARE(attempts.size(), 2);
        const QString path = QStringLiteral("/api/715948317/auth/token/get/list?");
        for (const QString &line : attempts) {
            QVERIFY2(line.startsWith(QStringLiteral("GET ") + path), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("subject=…")), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("clientIdentifier=…")), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("start=0&end=20&tokenStatus=ALL")), qPrintable(line));
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral(", \\d+ ms$"))), qPrintable(line));
        }
        QVERIFY2(attempts.at(0).contains(QStringLiteral("-> 503, attempt 1")), qPrintable(attempts.at(0)));
        QVERIFY2(attempts.at(1).contains(QStringLiteral("-> 200, attempt 2")), qPrintable(attempts.at(1)));
        QCOMPARE(g_lines
                     .filter(QStringLiteral("get/list?clientIdentifier=…&subject=…&start=0&end=20&"
                                            "tokenStatus=ALL: attempt 2 in "))
                     .size(),
                 1);
        verifyNothingSecret({kBearer, kSubject, QString::fromLatin1(QUrl::toPercentEncoding(kSubject)),
                             kClient, QStringLiteral("totalCount")});
    }

    void createTraceHidesTheTokenValue()
    {
        const TraceCapture trace;
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        network.enqueue(ScriptedAnswer::json({{QLatin1StringView("action"), QStringLiteral("OK")},
                                              {QLatin1StringView("accessToken"), kTokenValue},
                                              {QLatin1StringView("subject"), kSubject}}));
        TokenCreateRequest request;
        request.grantType = GrantType::AuthorizationCode;
        request.clientId = 1234;
        request.subject = kSubject;
        request.accessToken = kTokenValue;
        QCOMPARE(awaitOk(client.create(request)).created->accessToken, kTokenValue);

        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.first().startsWith(
                     QStringLiteral("POST /api/715948317/auth/token/create -> 200, attempt 1, ")),
                 qPrintable(g_lines.first()));
        verifyNothingSecret({kBearer, kSubject, kTokenValue});
    }

    void deleteTraceHidesTheTokenItNames()
    {
        const TraceCapture trace;
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        network.enqueue(ScriptedAnswer::raw(204, QByteArray(), QByteArray()));
        awaitOk(client.deleteToken(kTokenValue));

        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(
            g_lines.first().startsWith(QStringLiteral("DELETE /api/715948317/auth/token/delete/… -> 204")),
            qPrintable(g_lines.first()));
        verifyNothingSecret({kBearer, kTokenValue});
    }

    void noAnswerIsNamed()
    {
        const TraceCapture trace;
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        client.setRetryPolicy(RetryPolicy::none());
        network.enqueue(ScriptedAnswer::noAnswer(QNetworkReply::ConnectionRefusedError));
        QCOMPARE(await(client.list(TokenListQuery())).error.kind, ApiError::Kind::Network);
        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.first().contains(QStringLiteral("-> ConnectionRefusedError, attempt 1")),
                 qPrintable(g_lines.first()));
    }
};

QTEST_GUILESS_MAIN(TestApiTrace)
#include "tst_apitrace.moc"
