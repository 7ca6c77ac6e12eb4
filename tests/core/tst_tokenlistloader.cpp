// The whole-list loader against the real sandbox: every token exactly once and in order, under
// failures, rate limits, small server windows, filters and cancellation. Then over a scripted network,
// where the test decides which window answers when.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "ScriptedNetworkAccess.h"
#include "TokenListLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("loader-test-bearer");

struct LoadResult
{
    QList<AccessToken> tokens;
    ApiError error;
    int finishedCount = 0;
    int progressCount = 0;
};

// The server's list for the scripted cases: `count` tokens in its order.
QList<AccessToken> serverTokens(int count)
{
    QList<AccessToken> tokens;
    for (int i = 0; i < count; ++i) {
        AccessToken token;
        token.accessTokenHash = QStringLiteral("hash-%1").arg(i, 4, 10, QLatin1Char('0'));
        token.createdAt = 1'750'000'000'000 + i;
        token.clientId = 1234;
        token.subject = QStringLiteral("alice");
        tokens.append(token);
    }
    return tokens;
}

int queryInt(const RecordedRequest &request, const char *name)
{
    return request.query().queryItemValue(QString::fromLatin1(name)).toInt();
}

// The window the request asks for, `shift` positions earlier (tokens created meanwhile push the list on).
ScriptedAnswer windowOf(const QList<AccessToken> &tokens, const RecordedRequest &request, int shift = 0)
{
    const int start = queryInt(request, "start");
    const int end = queryInt(request, "end");
    QJsonArray array;
    for (int i = qMax(0, start - shift); i < qMin(end - shift, int(tokens.size())); ++i)
        array.append(tokens.at(i).toJson());
    return ScriptedAnswer::json({{QLatin1StringView("start"), start},
                                 {QLatin1StringView("end"), end},
                                 {QLatin1StringView("totalCount"), int(tokens.size())},
                                 {QLatin1StringView("accessTokens"), array}});
}

// A window of `tokens` that claims `totalCount` in all.
ScriptedAnswer windowClaiming(const QList<AccessToken> &tokens, const RecordedRequest &request,
                              qint64 totalCount)
{
    ScriptedAnswer answer = windowOf(tokens, request);
    QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    json.insert(QLatin1StringView("totalCount"), totalCount);
    return ScriptedAnswer::json(json);
}

// The held reply of the window that starts at `start`.
ScriptedReply *heldWindow(const ScriptedNetworkAccess &network, int start)
{
    const QList<ScriptedReply *> held = network.heldReplies();
    for (ScriptedReply *reply : held) {
        if (queryInt(reply->sent(), "start") == start)
            return reply;
    }
    failHard(QStringLiteral("no held request for the window at %1").arg(start));
}

} // namespace

class TestTokenListLoader : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<AuthleteClient> clientFor(const SandboxProcess &sandbox)
    {
        return ::clientFor(&m_network, sandbox, kBearer);
    }

    static LoadResult load(TokenListLoader &loader, int firstIndex = 0, int endIndex = -1)
    {
        LoadResult result;
        QObject context;
        QObject::connect(&loader, &TokenListLoader::tokensLoaded, &context,
                         [&](const QList<AccessToken> &tokens) { result.tokens += tokens; });
        QObject::connect(&loader, &TokenListLoader::progress, &context, [&] { ++result.progressCount; });
        QObject::connect(&loader, &TokenListLoader::finished, &context, [&](const ApiError &error) {
            result.error = error;
            ++result.finishedCount;
        });
        loader.start(firstIndex, endIndex);
        if (!QTest::qWaitFor([&] { return result.finishedCount > 0; }, 120'000))
            failHard(QStringLiteral("the load did not finish"));
        return result;
    }

    static void verifyEachOnceInOrder(const QList<AccessToken> &tokens, int expected)
    {
        QCOMPARE(tokens.size(), expected);
        QSet<QString> hashes;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            hashes.insert(tokens[i].accessTokenHash);
            if (i > 0) {
                const AccessToken &a = tokens[i - 1];
                const AccessToken &b = tokens[i];
                QVERIFY(a.createdAt < b.createdAt ||
                        (a.createdAt == b.createdAt && a.accessTokenHash < b.accessTokenHash));
            }
        }
        QCOMPARE(hashes.size(), expected);
    }

private slots:
    void loadsEveryTokenOnceInOrder()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("2000")}, kBearer));
        auto client = clientFor(sandbox);
        TokenListLoader loader(client.get());
        QSignalSpy total(&loader, &TokenListLoader::totalCountChanged);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().first().toInt(), 2000);
        QCOMPARE(result.progressCount, 100);
        verifyEachOnceInOrder(result.tokens, 2000);
        QCOMPARE(loader.deliveredCount(), 2000);
    }

    void survivesServerFailures()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("1000"),
                               QStringLiteral("--fail-rate"), QStringLiteral("0.3")},
                              kBearer));
        auto client = clientFor(sandbox);
        TokenListLoader loader(client.get());
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        verifyEachOnceInOrder(result.tokens, 1000);
    }

    void survivesRateLimiting()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("600"),
                               QStringLiteral("--rate-limit"), QStringLiteral("10")},
                              kBearer));
        auto client = clientFor(sandbox);
        client->setRetryPolicy({10, 50, 3'000, 2.0});
        TokenListLoader loader(client.get());
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        verifyEachOnceInOrder(result.tokens, 600);
    }

    void fallsBackToSmallerWindows()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("300"),
                               QStringLiteral("--max-range"), QStringLiteral("5")},
                              kBearer));
        auto client = clientFor(sandbox);
        TokenListLoader loader(client.get());
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(loader.windowSize(), 5);
        verifyEachOnceInOrder(result.tokens, 300);
    }

    void loadsOneSubject()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("3000"),
                               QStringLiteral("--subjects"), QStringLiteral("10")},
                              kBearer));
        auto client = clientFor(sandbox);
        TokenListQuery first;
        first.start = 0;
        first.end = 20;
        const CallOutcome probe = awaitOk(client->list(first));
        TokenListQuery filter;
        for (const AccessToken &token : probe.listPage->accessTokens) {
            if (filter.subject.isEmpty())
                filter.subject = token.subject; // tokens of client credentials have none
        }
        QVERIFY(!filter.subject.isEmpty());
        TokenListLoader loader(client.get());
        loader.setFilter(filter);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QVERIFY(!result.tokens.isEmpty());
        QCOMPARE(result.tokens.size(), loader.totalCount());
        for (const AccessToken &token : result.tokens)
            QCOMPARE(token.subject, filter.subject);
    }

    void continuesAfterRowsAlreadyLoaded()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("200")}, kBearer));
        auto client = clientFor(sandbox);
        TokenListLoader all(client.get());
        const QList<AccessToken> everything = load(all).tokens;
        QCOMPARE(everything.size(), 200);

        QSet<QString> known;
        for (qsizetype i = 0; i < 40; ++i)
            known.insert(everything[i].accessTokenHash);
        TokenListLoader rest(client.get());
        rest.setKnownHashes(known);
        const LoadResult result = load(rest, 40);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.tokens, everything.mid(40));

        // A refresh reloads just the rows the user had, not the whole list.
        TokenListLoader range(client.get());
        const LoadResult first45 = load(range, 0, 45);
        QVERIFY2(!first45.error, qPrintable(first45.error.message()));
        QCOMPARE(first45.tokens, everything.mid(0, 45));
    }

    void cancelStopsDelivery()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("2000"),
                               QStringLiteral("--latency-ms"), QStringLiteral("50")},
                              kBearer));
        auto client = clientFor(sandbox);
        TokenListLoader loader(client.get());
        QSignalSpy loaded(&loader, &TokenListLoader::tokensLoaded);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QVERIFY(loaded.wait(10'000));
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        const qsizetype deliveries = loaded.size();
        // Replies already on their way must not reach the caller after cancel().
        QVERIFY(!loaded.wait(300));
        QCOMPARE(loaded.size(), deliveries);
        QVERIFY(loader.deliveredCount() < 2000);
    }

    void errorStopsTheLoad()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("100")}, kBearer));
        auto client = clientFor(sandbox);
        ConnectionSettings connection = client->connection();
        connection.bearerToken = QStringLiteral("rotated");
        client->setConnection(connection);
        TokenListLoader loader(client.get());
        const LoadResult result = load(loader);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.finishedCount, 1);
        QVERIFY(result.tokens.isEmpty());
    }

    // From here on, a scripted network: the order in which windows answer is the test's.

    void windowsAnsweringOutOfOrderAreDeliveredInOrder_data()
    {
        QTest::addColumn<QList<int>>("order"); // of the windows after the first
        QTest::newRow("in order") << QList<int>{20, 40, 60, 80};
        QTest::newRow("reversed") << QList<int>{80, 60, 40, 20};
        QTest::newRow("interleaved") << QList<int>{40, 80, 20, 60};
    }

    void windowsAnsweringOutOfOrderAreDeliveredInOrder()
    {
        QFETCH(QList<int>, order);
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        QList<AccessToken> delivered;
        connect(&loader, &TokenListLoader::tokensLoaded, this,
                [&](const QList<AccessToken> &more) { delivered += more; });
        QSignalSpy progress(&loader, &TokenListLoader::progress);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        heldWindow(network, 0)->release(windowOf(tokens, network.requests().constLast()));
        QTRY_COMPARE(progress.size(), 1);
        QCOMPARE(delivered, tokens.mid(0, 20));
        QCOMPARE(network.heldReplies().size(), 4); // the rest at once, within the concurrency

        QSet<int> answered{0};
        for (const int start : std::as_const(order)) {
            ScriptedReply *reply = heldWindow(network, start);
            reply->release(windowOf(tokens, reply->sent()));
            answered.insert(start);
            QTRY_COMPARE(progress.size(), int(answered.size()));
            // Delivered up to the first window still missing, never past it.
            int contiguous = 0;
            while (answered.contains(contiguous))
                contiguous += 20;
            QCOMPARE(delivered, tokens.mid(0, contiguous));
        }
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.constFirst().constFirst().value<ApiError>());
        QCOMPARE(network.requests().size(), 5);
        QCOMPARE(loader.deliveredCount(), 100);
    }

    // One window answers 30 ms after the later ones (through a timer): the load waits for it, in order.
    void slowWindowIsWaitedFor()
    {
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) -> std::optional<ScriptedAnswer> {
            if (queryInt(request, "start") == 20)
                return std::nullopt;
            return windowOf(tokens, request);
        });
        connect(&network, &ScriptedNetworkAccess::requested, this, [&](ScriptedReply *reply) {
            if (reply->isHeld())
                reply->releaseAfter(30, windowOf(tokens, reply->sent()));
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.tokens, tokens);
        QCOMPARE(network.requests().size(), 5);
    }

    // Tokens created during the load push the list on: a later window repeats the end of an earlier one.
    void tokenRepeatedByAShiftedWindowIsDeliveredOnce()
    {
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            return windowOf(tokens, request, queryInt(request, "start") > 0 ? 1 : 0);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.tokens, tokens.mid(0, 99)); // the last one moved past the end of the list
    }

    void windowFailingOnceIsLoadedOnRetry_data()
    {
        QTest::addColumn<ScriptedAnswer>("failure");
        QTest::newRow("503") << ScriptedAnswer::apiError(503);
        QTest::newRow("429 with Retry-After") << ScriptedAnswer::apiError(429).withHeader("Retry-After", "0");
        QTest::newRow("connection reset") << ScriptedAnswer::noAnswer(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("cut mid-body") << ScriptedAnswer::cutAfter(
            windowOf(serverTokens(100),
                     {"GET", QUrl(QStringLiteral("https://authlete.test/?start=40&end=60")), {}, {}}),
            100);
    }

    void windowFailingOnceIsLoadedOnRetry()
    {
        QFETCH(ScriptedAnswer, failure);
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        bool failed = false;
        network.setResponder([&](const RecordedRequest &request) {
            if (queryInt(request, "start") == 40 && !std::exchange(failed, true))
                return failure;
            return windowOf(tokens, request);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        client.setRetryPolicy({3, 1, 1, 1.0});
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.tokens, tokens);
        QCOMPARE(result.finishedCount, 1);
        const auto windowsAt40 =
            std::count_if(network.requests().cbegin(), network.requests().cend(),
                          [](const RecordedRequest &r) { return queryInt(r, "start") == 40; });
        QCOMPARE(windowsAt40, 2);
        QCOMPARE(network.requests().size(), 6);
    }

    void refusedWindowSizeIsHalvedUntilAccepted()
    {
        const QList<AccessToken> tokens = serverTokens(23);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            if (queryInt(request, "end") - queryInt(request, "start") > 5)
                return ScriptedAnswer::apiError(400, QStringLiteral("A001215"));
            return windowOf(tokens, request);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(loader.windowSize(), 5);
        QCOMPARE(result.tokens, tokens);
        QList<int> sizes;
        for (const RecordedRequest &request : network.requests())
            sizes.append(queryInt(request, "end") - queryInt(request, "start"));
        QCOMPARE(sizes, (QList<int>{20, 10, 5, 5, 5, 5, 5}));
    }

    // A server claiming more tokens than any service holds (2^31 - 1 overflowed the window arithmetic
    // once) is refused at its first window, with the figure.
    void implausibleTotalIsAnError_data()
    {
        QTest::addColumn<qint64>("totalCount");
        QTest::newRow("INT_MAX") << qint64(std::numeric_limits<int>::max());
        QTest::newRow("past INT_MAX") << qint64(5'000'000'000);
        QTest::newRow("just past the bound") << qint64(TokenListPage::kMaxPlausibleTotal) + 1;
    }

    void implausibleTotalIsAnError()
    {
        QFETCH(qint64, totalCount);
        const QList<AccessToken> tokens = serverTokens(20);
        ScriptedNetworkAccess network;
        network.setResponder(
            [&](const RecordedRequest &request) { return windowClaiming(tokens, request, totalCount); });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QCOMPARE(result.error.kind, ApiError::Kind::Undecodable);
        QCOMPARE(result.finishedCount, 1);
        QVERIFY(result.tokens.isEmpty());
        QCOMPARE(network.requests().size(), 1);
        const QString message = result.error.message();
        QVERIFY2(message.contains(QLocale().toString(totalCount)) &&
                     message.contains(QLatin1StringView("more than any service holds")),
                 qPrintable(message));
    }

    // At the bound itself the load goes on, in 64-bit arithmetic: the windows are counted right.
    void totalAtTheBoundIsCountedInWindows()
    {
        const QList<AccessToken> tokens = serverTokens(20);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            return windowClaiming(tokens, request, TokenListPage::kMaxPlausibleTotal);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        QSignalSpy progress(&loader, &TokenListLoader::progress);
        loader.start();
        QVERIFY(progress.wait(10'000));
        QCOMPARE(progress.constFirst().at(0).toInt(), 1);
        QCOMPARE(progress.constFirst().at(1).toInt(), TokenListPage::kMaxPlausibleTotal / 20);
        loader.cancel();
    }

    // A total that grows window by window would keep a load going for ever: past what tokens created
    // meanwhile explain, the load stops and says so.
    void totalGrowingPastBeliefIsAnError()
    {
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            return windowClaiming(tokens, request, 100 + qint64(queryInt(request, "start")) * 100);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QCOMPARE(result.error.kind, ApiError::Kind::Undecodable);
        QVERIFY2(
            result.error.message().contains(QLatin1StringView("the total grew from 100 to 2,100 tokens")),
            qPrintable(result.error.message()));
        QCOMPARE(result.tokens, tokens.mid(0, 20));
    }

    // Tokens created meanwhile may grow the total a little: that is no error.
    void totalGrowingALittleIsLoaded()
    {
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            return windowClaiming(tokens, request, queryInt(request, "start") > 0 ? 100 : 95);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.tokens, tokens);
    }

    void pageLargerThanItsWindowStopsTheLoad()
    {
        const QList<AccessToken> tokens = serverTokens(100);
        ScriptedNetworkAccess network;
        network.setResponder([&](const RecordedRequest &request) {
            RecordedRequest wider = request;
            wider.url = QUrl(QStringLiteral("https://authlete.test/?start=0&end=25"));
            return windowOf(tokens, wider);
        });
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        const LoadResult result = load(loader);
        QCOMPARE(result.error.kind, ApiError::Kind::Undecodable);
        QVERIFY2(result.error.message().contains(
                     QLatin1StringView("the server sent 25 tokens for a window of 20")),
                 qPrintable(result.error.message()));
        QVERIFY(result.tokens.isEmpty());
        QCOMPARE(network.requests().size(), 1);
    }

    void cancelWhileRepliesAreHeld()
    {
        const QList<AccessToken> tokens = serverTokens(200);
        ScriptedNetworkAccess network;
        AuthleteClient client(&network);
        client.setConnection(scriptedConnection(kBearer));
        TokenListLoader loader(&client);
        QSignalSpy loaded(&loader, &TokenListLoader::tokensLoaded);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        heldWindow(network, 0)->release(windowOf(tokens, network.requests().constLast()));
        QTRY_COMPARE(loaded.size(), 1);
        const QList<ScriptedReply *> held = network.heldReplies();
        QCOMPARE(held.size(), TokenListLoader::kDefaultConcurrency);
        QList<QPointer<ScriptedReply>> guards(held.cbegin(), held.cend());

        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!loader.isRunning());
        QVERIFY(network.heldReplies().isEmpty());
        for (const QPointer<ScriptedReply> &reply : std::as_const(guards)) {
            QVERIFY(reply);
            QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
            reply->release(windowOf(tokens, reply->sent())); // the server's late answer goes nowhere
        }
        QTRY_VERIFY(std::all_of(guards.cbegin(), guards.cend(), [](const auto &reply) { return !reply; }));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(network.requests().size(), 1 + TokenListLoader::kDefaultConcurrency);
        QCOMPARE(loader.deliveredCount(), 20);
    }
};

QTEST_GUILESS_MAIN(TestTokenListLoader)
#include "tst_tokenlistloader.moc"
