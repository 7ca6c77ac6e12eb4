// The list session against the real sandbox: what it asks the server for and what it reports, with
// no model in between. Tests that change the server's tokens start a sandbox of their own.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TokenListSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString kBearer = QStringLiteral("session-test-bearer");
constexpr int kTokens = 500;
constexpr int kClients = 6;

// What the session reported, in the order it came.
struct Received
{
    QList<AccessToken> appended;
    int appendedSignals = 0;
    int clearedSignals = 0;
    QList<QList<AccessToken>> replaced;

    void watch(TokenListSession &session, QObject *context)
    {
        QObject::connect(&session, &TokenListSession::rowsAppended, context,
                         [this](const QList<AccessToken> &tokens) {
                             appended += tokens;
                             ++appendedSignals;
                         });
        QObject::connect(&session, &TokenListSession::rowsReplaced, context,
                         [this](const QList<AccessToken> &tokens) { replaced.append(tokens); });
        QObject::connect(&session, &TokenListSession::cleared, context, [this] {
            appended.clear();
            ++clearedSignals;
        });
    }

    QSet<QString> hashes() const
    {
        QSet<QString> set;
        for (const AccessToken &token : appended)
            set.insert(token.accessTokenHash);
        return set;
    }
};

QStringList hashesOf(const QList<AccessToken> &tokens)
{
    QStringList hashes;
    for (const AccessToken &token : tokens)
        hashes.append(token.accessTokenHash);
    return hashes;
}

} // namespace

class TestTokenListSession : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox; // read only: no test changes its tokens
    std::unique_ptr<AuthleteClient> m_client;

    static void waitLoaded(const TokenListSession &session)
    {
        QTRY_VERIFY_WITH_TIMEOUT(session.isTotalKnown() && !session.isLoading(), 30'000);
    }

    static QString subjectOf(const QList<AccessToken> &tokens, const QString &other = QString())
    {
        for (const AccessToken &token : tokens) {
            if (!token.subject.isEmpty() && token.subject != other)
                return token.subject;
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QString::number(kTokens),
                                 QStringLiteral("--clients"), QString::number(kClients),
                                 QStringLiteral("--subjects"), QStringLiteral("20")},
                                kBearer));
        m_client = clientFor(&m_network, m_sandbox, kBearer);
    }

    void firstWindow()
    {
        TokenListSession session(m_client.get());
        Received received;
        received.watch(session, this);
        QSignalSpy totals(&session, &TokenListSession::totalCountChanged);
        QSignalSpy loading(&session, &TokenListSession::loadingChanged);
        session.setQuery(TokenListQuery());
        QVERIFY(session.isLoading());
        QVERIFY(!session.canFetchMore());
        waitLoaded(session);
        QCOMPARE(received.clearedSignals, 1);
        QCOMPARE(received.appended.size(), TokenListSession::kWindowSize);
        QCOMPARE(session.totalCount(), kTokens);
        QCOMPARE(totals.last().first().toInt(), kTokens);
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
        QVERIFY(!session.isComplete());
        QVERIFY(session.canFetchMore());
    }

    void fetchMoreAsksForTheNextWindowOnce()
    {
        TokenListSession session(m_client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        session.fetchMore();
        QVERIFY(session.isLoading());
        QVERIFY(!session.canFetchMore()); // the loading guard
        session.fetchMore();
        waitLoaded(session);
        QCOMPARE(received.appendedSignals, 2);
        QCOMPARE(received.appended.size(), 2 * TokenListSession::kWindowSize);
        QCOMPARE(received.hashes().size(), 2 * TokenListSession::kWindowSize);
        const QList<AccessToken> server = loadEverything(m_client.get());
        QCOMPARE(hashesOf(received.appended), hashesOf(server.mid(0, 2 * TokenListSession::kWindowSize)));
    }

    void loadAllBringsEveryTokenOnce()
    {
        TokenListSession session(m_client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        QSignalSpy progress(&session, &TokenListSession::loadAllProgress);
        QSignalSpy finished(&session, &TokenListSession::loadAllFinished);
        session.loadAll();
        QVERIFY(session.isLoadingAll());
        QVERIFY(!session.canFetchMore());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().value<ApiError>());
        QCOMPARE(received.appended.size(), kTokens);
        QCOMPARE(received.hashes().size(), kTokens);
        QVERIFY(!progress.isEmpty());
        QVERIFY(session.isComplete());
        QVERIFY(!session.isLoading());
        QVERIFY(!session.canFetchMore());
    }

    void cancelLoadAll()
    {
        TokenListSession session(m_client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        QSignalSpy finished(&session, &TokenListSession::loadAllFinished);
        QSignalSpy errors(&session, &TokenListSession::errorOccurred);
        session.loadAll();
        session.cancelLoadAll();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(errors.isEmpty());
        QVERIFY(!session.isLoading());
        QVERIFY(!session.isComplete());
        QVERIFY(received.appended.size() < kTokens);
        QVERIFY(session.canFetchMore());
    }

    void refreshKeepsTheRowsUntilTheNewOnesCame()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("100")}, kBearer));
        const auto client = clientFor(&m_network, sandbox, kBearer);
        TokenListSession session(client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        session.fetchMore();
        waitLoaded(session);
        QCOMPARE(received.appended.size(), 40);
        const QString revoked = received.appended.at(3).accessTokenHash;
        TokenRevokeRequest revoke;
        revoke.accessTokenIdentifier = revoked;
        QVERIFY(!await(client->revoke(revoke)).error);

        session.refresh();
        QVERIFY(session.isLoading());
        QVERIFY(!session.isLoadingAll()); // a refresh is no load all: no progress, no "Load all" offer
        QSignalSpy replaced(&session, &TokenListSession::rowsReplaced);
        QVERIFY(replaced.wait(30'000));
        QCOMPARE(received.clearedSignals, 1); // only the first query's
        QCOMPARE(received.appendedSignals, 2);
        QCOMPARE(received.replaced.size(), 1);
        const QList<AccessToken> server = loadEverything(client.get());
        QCOMPARE(hashesOf(received.replaced.first()), hashesOf(server.mid(0, 40)));
        QVERIFY(!hashesOf(received.replaced.first()).contains(revoked));
        QCOMPARE(session.totalCount(), 99);
        QVERIFY(!session.isLoading());
        // The next window follows the refreshed ones.
        session.fetchMore();
        waitLoaded(session);
        QCOMPARE(hashesOf(received.appended.mid(40)), hashesOf(server.mid(40, 20)));
    }

    void removedTokensShiftTheNextWindow()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("100")}, kBearer));
        const auto client = clientFor(&m_network, sandbox, kBearer);
        TokenListSession session(client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        const QString revoked = received.appended.at(5).accessTokenHash;
        TokenRevokeRequest revoke;
        revoke.accessTokenIdentifier = revoked;
        QVERIFY(!await(client->revoke(revoke)).error);
        session.noteRemoved({revoked});
        QCOMPARE(session.totalCount(), 99);

        session.fetchMore();
        waitLoaded(session);
        const QList<AccessToken> server = loadEverything(client.get());
        // Nothing skipped and nothing twice: the window starts one earlier on the server's list.
        QCOMPARE(hashesOf(received.appended.mid(TokenListSession::kWindowSize)),
                 hashesOf(server.mid(TokenListSession::kWindowSize - 1, TokenListSession::kWindowSize)));
    }

    void createdTokenIsHeldUntilItsWindowComes()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("30")}, kBearer));
        const auto client = clientFor(&m_network, sandbox, kBearer);
        TokenListSession session(client.get());
        Received received;
        received.watch(session, this);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        const QStringList before = hashesOf(loadEverything(client.get()));
        TokenCreateRequest create;
        create.grantType = GrantType(GrantType::ClientCredentials);
        create.clientId = received.appended.first().clientId;
        QVERIFY(await(client->create(create)).created);
        const QList<AccessToken> server = loadEverything(client.get());
        QCOMPARE(server.size(), 31);
        const auto created = std::find_if(server.cbegin(), server.cend(), [&](const AccessToken &token) {
            return !before.contains(token.accessTokenHash);
        });
        QVERIFY(created != server.cend());
        session.noteCreated(*created);
        QCOMPARE(session.totalCount(), 31);
        QVERIFY(session.canFetchMore());

        session.fetchMore();
        waitLoaded(session);
        // The last window brings the rest, the created token among it, and then there is no more.
        QCOMPARE(hashesOf(received.appended), hashesOf(server));
        QVERIFY(session.isComplete());
        QVERIFY(!session.canFetchMore());
    }

    void aNewQueryDropsTheRepliesOfTheOldOne()
    {
        // A slow server keeps the first query's replies on their way while the second one starts.
        SandboxProcess sandbox;
        QVERIFY(
            sandbox.start({QStringLiteral("--tokens"), QStringLiteral("200"), QStringLiteral("--subjects"),
                           QStringLiteral("5"), QStringLiteral("--latency-ms"), QStringLiteral("150")},
                          kBearer));
        const auto client = clientFor(&m_network, sandbox, kBearer);
        const QList<AccessToken> server = loadEverything(client.get());
        const QString first = subjectOf(server);
        const QString second = subjectOf(server, first);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        TokenListSession session(client.get());
        Received received;
        received.watch(session, this);
        QSignalSpy finished(&session, &TokenListSession::loadAllFinished);
        TokenListQuery byFirst;
        byFirst.subject = first;
        session.setQuery(byFirst);
        waitLoaded(session);
        session.loadAll();
        TokenListQuery bySecond;
        bySecond.subject = second;
        session.setQuery(bySecond);
        // The stopped load all ends, as cancelled, so that its progress does not stay on show.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        session.fetchMore(); // the guard: the second query's first window is on its way
        waitLoaded(session);
        session.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(session.isComplete() && !session.isLoading(), 30'000);
        QCOMPARE(session.query().subject, second);
        QVERIFY(!received.appended.isEmpty());
        for (const AccessToken &token : std::as_const(received.appended))
            QCOMPARE(token.subject, second);
        QCOMPARE(received.hashes().size(), session.totalCount());
    }

    void clientNamesAreLookedUpOncePerClient()
    {
        QMap<QString, int> lookups; // client ID -> empty, client-filtered list calls
        const QMetaObject::Connection counting =
            connect(&m_network, &QNetworkAccessManager::finished, this, [&lookups](QNetworkReply *reply) {
                const QUrlQuery query(reply->url());
                if (query.hasQueryItem(QStringLiteral("clientIdentifier")))
                    ++lookups[query.queryItemValue(QStringLiteral("clientIdentifier"))];
            });
        TokenListSession session(m_client.get());
        Received received;
        received.watch(session, this);
        QSignalSpy named(&session, &TokenListSession::clientNamed);
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        session.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(session.isComplete() && !session.isLoading(), 60'000);
        QSet<qint64> clientIds;
        for (const AccessToken &token : std::as_const(received.appended))
            clientIds.insert(token.clientId);
        QTRY_COMPARE(session.clients().size(), clientIds.size());
        disconnect(counting);
        QCOMPARE(lookups.size(), clientIds.size());
        for (auto it = lookups.cbegin(); it != lookups.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(named.size(), clientIds.size());
        for (const qint64 clientId : std::as_const(clientIds)) {
            QVERIFY(session.client(clientId));
            QVERIFY(!session.client(clientId)->clientName.isEmpty());
        }

        // A new query on the same server asks for no name again.
        lookups.clear();
        const QMetaObject::Connection again =
            connect(&m_network, &QNetworkAccessManager::finished, this, [&lookups](QNetworkReply *reply) {
                if (QUrlQuery(reply->url()).hasQueryItem(QStringLiteral("clientIdentifier")))
                    ++lookups[QString()];
            });
        session.setQuery(TokenListQuery());
        waitLoaded(session);
        disconnect(again);
        QVERIFY(lookups.isEmpty());
        QCOMPARE(session.clients().size(), clientIds.size());
    }

    void errorsAreReported()
    {
        AuthleteClient wrong(&m_network);
        ConnectionSettings connection = m_client->connection();
        connection.bearerToken = QStringLiteral("rotated-away");
        wrong.setConnection(connection);
        TokenListSession session(&wrong);
        QSignalSpy errors(&session, &TokenListSession::errorOccurred);
        session.setQuery(TokenListQuery());
        QVERIFY(errors.wait(20'000));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().httpStatus, 401);
        QVERIFY(!session.isLoading());
        QVERIFY(!session.isTotalKnown());
        QVERIFY(!session.canFetchMore());
    }
};

QTEST_MAIN(TestTokenListSession)
#include "tst_tokenlistsession.moc"
