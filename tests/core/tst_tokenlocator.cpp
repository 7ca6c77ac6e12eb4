// The look-up of one token by its hash (after a create or update, or an ambiguous failure) against a
// scripted server: found, absent, and bounded in tokens read and in time whatever total the server
// claims, with its progress told and a cancel that ends it at once.
#include "ClientTestSupport.h"
#include "ScriptedNetworkAccess.h"
#include "TokenLocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace {

const QString kBearer = QStringLiteral("locator-test-bearer");

AccessToken tokenNumber(int i)
{
    AccessToken token;
    token.accessTokenHash = QStringLiteral("hash-%1").arg(i, 6, 10, QLatin1Char('0'));
    token.createdAt = 1'750'000'000'000 + i;
    token.clientId = 1234;
    token.subject = QStringLiteral("alice");
    return token;
}

// The window the request asks for out of a list of `totalCount` numbered tokens (made up as asked).
ScriptedAnswer windowOf(const RecordedRequest &request, qint64 totalCount)
{
    const int start = request.query().queryItemValue(QStringLiteral("start")).toInt();
    const int end = request.query().queryItemValue(QStringLiteral("end")).toInt();
    QJsonArray array;
    for (qint64 i = start; i < qMin<qint64>(end, totalCount); ++i)
        array.append(tokenNumber(int(i)).toJson());
    return ScriptedAnswer::json({{QLatin1StringView("start"), start},
                                 {QLatin1StringView("end"), end},
                                 {QLatin1StringView("totalCount"), totalCount},
                                 {QLatin1StringView("accessTokens"), array}});
}

struct Scripted
{
    ScriptedNetworkAccess network;
    AuthleteClient client{&network};
    TokenLocator locator{&client};

    explicit Scripted(std::optional<qint64> totalCount)
    {
        client.setConnection(scriptedConnection(kBearer));
        client.setRetryPolicy(RetryPolicy::none());
        if (totalCount)
            network.setResponder(
                [total = *totalCount](const RecordedRequest &request) { return windowOf(request, total); });
    }

    // Finds the hash; the result comes within the test's patience or the test fails hard.
    TokenLocator::Result find(const QString &hash, int timeoutMs = 20'000)
    {
        std::optional<TokenLocator::Result> result;
        locator.find(hash, QStringLiteral("alice"), 1234, [&](const TokenLocator::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            failHard(QStringLiteral("the look-up did not end within %1 ms").arg(timeoutMs));
        return *result;
    }
};

} // namespace

class TestTokenLocator : public QObject
{
    Q_OBJECT

private slots:
    void findsTheTokenAndTellsProgress()
    {
        Scripted scripted(100);
        QSignalSpy progress(&scripted.locator, &TokenLocator::progress);
        QSignalSpy searching(&scripted.locator, &TokenLocator::searchingChanged);
        const TokenLocator::Result result = scripted.find(tokenNumber(57).accessTokenHash);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QVERIFY(result.token);
        QCOMPARE(result.token->accessTokenHash, tokenNumber(57).accessTokenHash);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(1).toInt(), 100);
        QCOMPARE(searching.size(), 2);
        QCOMPARE(searching.at(0).at(0).toBool(), true);
        QCOMPARE(searching.at(1).at(0).toBool(), false);
        QVERIFY(!scripted.locator.isSearching());
        QCOMPARE(scripted.network.requests().constFirst().query().queryItemValue(QStringLiteral("subject")),
                 QStringLiteral("alice"));
    }

    void absentTokenIsNoError()
    {
        Scripted scripted(45);
        const TokenLocator::Result result = scripted.find(QStringLiteral("no-such-hash"));
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QVERIFY(!result.token);
        QCOMPARE(scripted.network.requests().size(), 3);
    }

    // The case: 2^31 - 1 claimed, 20,774 requests in 12 s before. Now the first window says
    // it: no server holds that many.
    void totalOfIntMaxEndsAtOnce()
    {
        Scripted scripted(std::numeric_limits<int>::max());
        const TokenLocator::Result result = scripted.find(QStringLiteral("no-such-hash"));
        QCOMPARE(result.error.kind, ApiError::Kind::Undecodable);
        QVERIFY2(result.error.message().contains(QLatin1StringView("2,147,483,647")),
                 qPrintable(result.error.message()));
        QCOMPARE(scripted.network.requests().size(), 1);
    }

    // A plausible but large total: the search reads its bound of tokens and stops, saying how far it
    // looked, rather than paging through fifty million.
    void largeListIsSearchedUpToTheBound()
    {
        Scripted scripted(50'000'000);
        scripted.locator.setLimits({200, 30'000});
        QSignalSpy progress(&scripted.locator, &TokenLocator::progress);
        const TokenLocator::Result result = scripted.find(QStringLiteral("no-such-hash"));
        QCOMPARE(result.error.kind, ApiError::Kind::SearchLimit);
        QVERIFY(!result.error.isAmbiguous());
        QCOMPARE(result.error.message(),
                 QStringLiteral("TokenDesk stopped looking for the token: it was not among the first 200 of "
                                "the 50,000,000 tokens listed for its subject and client. Refresh to see the "
                                "current state."));
        QCOMPARE(scripted.network.requests().size(), 10);
        QCOMPARE(progress.constLast().at(0).toInt(), 200);
        QCOMPARE(progress.constLast().at(1).toInt(), 200);
    }

    // A server that never answers: the search ends at its time bound, not at the calls' deadlines.
    void silentServerEndsAtTheTimeBound()
    {
        Scripted scripted(std::nullopt); // every reply is held
        scripted.locator.setLimits({2000, 300});
        const TokenLocator::Result result = scripted.find(QStringLiteral("no-such-hash"), 10'000);
        QCOMPARE(result.error.kind, ApiError::Kind::SearchLimit);
        QVERIFY2(result.error.message().contains(QLatin1StringView("it was not found within 0.3 s")),
                 qPrintable(result.error.message()));
        QTRY_VERIFY(scripted.network.heldReplies().isEmpty()); // its call was cancelled
    }

    void cancelEndsEverySearch()
    {
        Scripted scripted(std::nullopt);
        QList<TokenLocator::Result> results;
        for (const QString &hash : {QStringLiteral("a"), QStringLiteral("b")})
            scripted.locator.find(hash, QString(), 0,
                                  [&](const TokenLocator::Result &r) { results.append(r); });
        QSignalSpy searching(&scripted.locator, &TokenLocator::searchingChanged);
        QTRY_COMPARE(scripted.network.heldReplies().size(), 2);
        QVERIFY(scripted.locator.isSearching());
        scripted.locator.cancel();
        QCOMPARE(results.size(), 2);
        for (const TokenLocator::Result &result : std::as_const(results))
            QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(searching.size(), 1);
        QVERIFY(!scripted.locator.isSearching());
        QTRY_VERIFY(scripted.network.heldReplies().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenLocator)
#include "tst_tokenlocator.moc"
