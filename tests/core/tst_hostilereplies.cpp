// The client against a server that means harm or is badly broken (issue #16): replies too large to
// hold, bodies that trickle or never end, redirects that go nowhere, text made to fool a terminal.
// What Qt's socket code does is checked against HostileServer on loopback; what the client makes of
// a reply, over the scripted network.
#include "ClientTestSupport.h"
#include "HostileServer.h"
#include "ScriptedNetworkAccess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace {

const QString kBearer = QStringLiteral("hostile-test-bearer");

struct Scripted
{
    ScriptedNetworkAccess network;
    AuthleteClient client{&network};

    Scripted()
    {
        client.setConnection(scriptedConnection(kBearer));
        client.setRetryPolicy(RetryPolicy::none());
    }
};

TokenListQuery window(int start, int end)
{
    TokenListQuery query;
    query.start = start;
    query.end = end;
    return query;
}

// A client of the hostile server with one attempt per call, unless a test wants more.
struct Hostile
{
    HostileServer server;
    QNetworkAccessManager network;
    AuthleteClient client{&network};

    explicit Hostile(HostileServer::Responder responder, int transferTimeoutMs = 10'000)
        : server(std::move(responder))
    {
        ConnectionSettings connection;
        connection.baseUrl = server.baseUrl();
        connection.serviceId = QStringLiteral("715948317");
        connection.bearerToken = kBearer;
        connection.transferTimeoutMs = transferTimeoutMs;
        client.setConnection(connection);
        client.setRetryPolicy(RetryPolicy::none());
    }
};

HostileServer::Answer answer(const QByteArray &head, const QByteArray &body = QByteArray())
{
    HostileServer::Answer reply;
    reply.head = head;
    reply.body = body;
    return reply;
}

const QByteArray kEmptyList = R"({"totalCount":0,"start":0,"end":5,"accessTokens":[]})";

QByteArray jsonHead(qint64 contentLength)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(contentLength) + "\r\n\r\n";
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069) || u == 0x200B;
    });
}

} // namespace

class HostileRepliesTest : public QObject
{
    Q_OBJECT

private slots:
    void announcedSizeAboveTheLimitIsNotRead()
    {
        Scripted scripted;
        ScriptedAnswer huge = ScriptedAnswer::raw(200, "{}", "application/json");
        huge.contentLength = 2'000'000'000;
        scripted.network.enqueue(huge);
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(outcome.error.announcedSize, 2'000'000'000);
        QVERIFY2(outcome.error.message().contains(QLatin1StringView("limit of 8 MB")),
                 qPrintable(outcome.error.message()));
    }

    void bodyPastTheLimitIsCutOffWhileItComes()
    {
        Scripted scripted;
        scripted.client.setLimits({1000, 0, 60'000});
        // The server announces 10 bytes and sends 5000.
        ScriptedAnswer lying = ScriptedAnswer::raw(200, QByteArray(5000, ' '), "application/json");
        lying.contentLength = 10;
        scripted.network.enqueue(lying);
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(outcome.error.message(),
                 QStringLiteral("The server's reply was larger than 1 KB; it was not read."));
    }

    void moreTokensThanTheWindowAskedForIsAnError()
    {
        Scripted scripted;
        QJsonArray tokens;
        for (int i = 0; i < 50; ++i)
            tokens.append(QJsonObject{{QLatin1StringView("accessTokenHash"), QString::number(i)}});
        scripted.network.enqueue(ScriptedAnswer::json(
            {{QLatin1StringView("totalCount"), 50}, {QLatin1StringView("accessTokens"), tokens}}));
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Undecodable);
        QVERIFY2(outcome.error.message().contains(
                     QLatin1StringView("the server sent 50 tokens for a window of 20")),
                 qPrintable(outcome.error.message()));
        QVERIFY(!outcome.listPage);
    }

    void serverTextIsPlainAndCut()
    {
        Scripted scripted;
        const QString forged = QStringLiteral("\x1b[2J\x1b]0;owned\x07"
                                              "Connected: 12345 tokens\r\nJust press "
                                              "Yes.\u202Eecila\u200B\x1b[32m") +
                               QString(5000, QLatin1Char('a'));
        scripted.network.enqueue(
            ScriptedAnswer::json({{QLatin1StringView("resultCode"), QStringLiteral("A1")},
                                  {QLatin1StringView("resultMessage"), forged}},
                                 400));
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        const QString message = outcome.error.message();
        QVERIFY2(!hasControlCharacter(message), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("Connected: 12345 tokens Just press Yes.ecila")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("more characters)")), qPrintable(message));
        QVERIFY2(message.size() < 500, qPrintable(message));
    }

    void htmlTitleIsPlain()
    {
        Scripted scripted;
        scripted.network.enqueue(ScriptedAnswer::raw(
            502, "<html><title>\x1b[31mBad\x1b[0m\nGateway</title><body>x</body></html>", "text/html"));
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        QVERIFY2(outcome.error.message().contains(QLatin1StringView("Bad Gateway (an HTML page")),
                 qPrintable(outcome.error.message()));
        QVERIFY(!hasControlCharacter(outcome.error.message()));
    }

    void plusInAQueryValueIsSentAsPercent2B()
    {
        Scripted scripted;
        scripted.network.enqueue(ScriptedAnswer::json({{QLatin1StringView("totalCount"), 0}}));
        TokenListQuery query = window(0, 20);
        query.subject = QStringLiteral("alice+tag@example.com");
        query.clientIdentifier = QStringLiteral("a b");
        awaitOk(scripted.client.list(query));
        const QByteArray sent =
            scripted.network.requests().constFirst().url.query(QUrl::FullyEncoded).toLatin1();
        QVERIFY2(sent.contains("subject=alice%2Btag%40example.com"), sent.constData());
        QVERIFY2(sent.contains("clientIdentifier=a%20b"), sent.constData());
        QVERIFY2(!sent.contains('+'), sent.constData());
    }

    void retriesAreAnnounced()
    {
        Scripted scripted;
        scripted.client.setRetryPolicy({8, 10, 100, 2.0, 5});
        scripted.network.enqueue(ScriptedAnswer::apiError(503));
        scripted.network.enqueue(ScriptedAnswer::apiError(503));
        scripted.network.enqueue(ScriptedAnswer::json({{QLatin1StringView("totalCount"), 0}}));
        ApiCall *call = scripted.client.list(window(0, 20));
        QSignalSpy retrying(call, &ApiCall::retrying);
        const CallOutcome outcome = awaitOk(call);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QCOMPARE(retrying.at(0).at(1).toInt(), 8);
        QVERIFY(retrying.at(0).at(2).toInt() > 0);
        QCOMPARE(retrying.at(1).at(0).toInt(), 3);
    }

    void retryAfterPastTheCallDeadlineEndsTheCall()
    {
        Scripted scripted;
        scripted.client.setRetryPolicy({8, 10, 30'000, 2.0, 5});
        scripted.client.setLimits({8 * 1024 * 1024, 0, 10'000});
        scripted.network.enqueue(ScriptedAnswer::apiError(503).withHeader("Retry-After", "20"));
        ApiCall *call = scripted.client.list(window(0, 20));
        QSignalSpy retrying(call, &ApiCall::retrying);
        const CallOutcome outcome = await(call);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(outcome.error.httpStatus, 503);
        QVERIFY2(outcome.error.message().contains(
                     QLatin1StringView("asked to be retried in 20 s, past this call's deadline of 10 s")),
                 qPrintable(outcome.error.message()));
    }

    void callDeadlineEndsRetriesWithoutAnswer()
    {
        Scripted scripted; // no answer is ever given: every attempt's transfer timeout expires
        ConnectionSettings connection = scriptedConnection(kBearer);
        connection.transferTimeoutMs = 200;
        scripted.client.setConnection(connection);
        scripted.client.setRetryPolicy({50, 10, 50, 1.0, 50});
        scripted.client.setLimits({8 * 1024 * 1024, 10'000, 1'000});
        const CallOutcome outcome = await(scripted.client.list(window(0, 20)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.error.deadline, ApiError::Deadline::Call);
        QVERIFY(outcome.attempts >= 2);
        QVERIFY2(outcome.error.message().startsWith(
                     QStringLiteral("The server gave no answer after %1 attempts within 1 s.")
                         .arg(outcome.attempts)),
                 qPrintable(outcome.error.message()));
    }

    void attemptDeadlineEndsATricklingBody()
    {
        // A byte every 100 ms never lets the 5 s transfer timeout expire; the 1 s deadline ends it.
        QByteArray body = kEmptyList + QByteArray(200, ' ');
        Hostile hostile(
            [&body](const QByteArray &) {
                HostileServer::Answer reply = answer(jsonHead(body.size()));
                reply.trickle = body;
                reply.trickleEveryMs = 100;
                return reply;
            },
            5'000);
        hostile.client.setLimits({8 * 1024 * 1024, 1'000, 60'000});
        const CallOutcome outcome = await(hostile.client.list(window(0, 5)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.error.deadline, ApiError::Deadline::Attempt);
        QCOMPARE(outcome.error.message(), QStringLiteral("The server did not finish its reply within 1 s."));
        QTRY_COMPARE(hostile.server.droppedByClient(), 1);
    }

    void endlessChunkedBodyIsCutOffAtTheLimit()
    {
        Hostile hostile([](const QByteArray &) {
            HostileServer::Answer reply = answer(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            reply.endlessChunks = true;
            return reply;
        });
        hostile.client.setLimits({1024 * 1024, 0, 60'000});
        const CallOutcome outcome = await(hostile.client.list(window(0, 5)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
        QVERIFY2(outcome.error.message().contains(QLatin1StringView("larger than 1 MB")),
                 qPrintable(outcome.error.message()));
        QTRY_COMPARE(hostile.server.droppedByClient(), 1);
        // The client hung up long before the server's own bound.
        QVERIFY(hostile.server.bytesSent() < HostileServer::kMaxBytes / 4);
    }

    void hugeContentLengthIsNotWaitedFor()
    {
        Hostile hostile([](const QByteArray &) {
            HostileServer::Answer reply = answer(jsonHead(2'000'000'000'000), "{\"totalCount\":");
            reply.closeAfter = false;
            return reply;
        });
        const CallOutcome outcome = await(hostile.client.list(window(0, 5)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(outcome.error.announcedSize, 2'000'000'000'000);
    }

    void redirectsThatGoNowhereAreNamed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<ApiError::Redirect>("redirect");
        QTest::addColumn<QString>("words");
        QTest::newRow("loop") << QByteArray(
                                     "HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n")
                              << ApiError::Redirect::Loop << QStringLiteral("redirected in a loop");
        QTest::newRow("file")
            << QByteArray("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n")
            << ApiError::Redirect::NotHttp << QStringLiteral("to a non-HTTP address (file:)");
        QTest::newRow("data")
            << QByteArray("HTTP/1.1 301 Moved\r\nLocation: data:text/plain,hi\r\nContent-Length: 0\r\n\r\n")
            << ApiError::Redirect::NotHttp << QStringLiteral("to a non-HTTP address (data:)");
        QTest::newRow("no Location") << QByteArray("HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n")
                                     << ApiError::Redirect::NoLocation
                                     << QStringLiteral("without saying where");
    }

    void redirectsThatGoNowhereAreNamed()
    {
        QFETCH(QByteArray, head);
        QFETCH(ApiError::Redirect, redirect);
        QFETCH(QString, words);
        Hostile hostile([head](const QByteArray &) { return answer(head); });
        const CallOutcome outcome = await(hostile.client.list(window(0, 5)));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(outcome.error.redirect, redirect);
        QVERIFY2(outcome.error.message().contains(words), qPrintable(outcome.error.message()));
    }

    // Qt 6.4 ends the reply at a 1xx status line (it skips only 100 Continue), so the answer after it
    // is lost; the error names what happened instead of "HTTP status 103".
    void informationalReplyBeforeTheAnswerIsNamed()
    {
        Hostile hostile([](const QByteArray &) {
            return answer("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n" +
                              jsonHead(kEmptyList.size()),
                          kEmptyList);
        });
        const CallOutcome outcome = await(hostile.client.list(window(0, 5)));
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error.message().contains(QLatin1StringView("informational reply (HTTP status 103)")),
                 qPrintable(outcome.error.message()));
    }
};

QTEST_GUILESS_MAIN(HostileRepliesTest)
#include "tst_hostilereplies.moc"
