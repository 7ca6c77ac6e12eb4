// The whole-list loader against the real sandbox: every token exactly once and in order, under
// failures, rate limits, small server windows, filters and cancellation.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TokenListLoader.h"

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
            qWarning("the load did not finish");
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
        const CallOutcome probe = await(client->list(first));
        QVERIFY(probe.listPage);
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
};

QTEST_GUILESS_MAIN(TestTokenListLoader)
#include "tst_tokenlistloader.moc"
