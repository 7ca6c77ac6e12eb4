// The real client against the real sandbox, over loopback HTTP(S): every operation, JSON and form,
// with the server's state read back after each call, and the error paths. Then the same client over a
// scripted network: the exact requests it sends, and how it reads replies no sandbox gives on demand.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "ScriptedNetworkAccess.h"
#include "TestCertificate.h"
#include "TokenDeskVersion.h"
#include "TokenHash.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {

const QString kBearer = QStringLiteral("client-test-bearer");

// A client whose every request is answered in-process.
struct Scripted
{
    ScriptedNetworkAccess network;
    AuthleteClient client{&network};

    explicit Scripted(const ConnectionSettings &connection) { client.setConnection(connection); }
    const RecordedRequest &onlyRequest() const
    {
        if (network.requests().size() != 1)
            failHard(QStringLiteral("%1 requests, not one").arg(network.requests().size()));
        return network.requests().constFirst();
    }
};

ScriptedAnswer emptyList()
{
    return ScriptedAnswer::json({{QLatin1StringView("totalCount"), 0}});
}

TokenCreateRequest someCreation()
{
    TokenCreateRequest request;
    request.grantType = GrantType::AuthorizationCode;
    request.clientId = 1234;
    request.subject = QStringLiteral("alice");
    request.scopes = QStringList{QStringLiteral("openid"), QStringLiteral("profile")};
    return request;
}

// Starts the named operation with a small valid request.
ApiCall *startOperation(AuthleteClient &client, const QString &operation)
{
    if (operation == QLatin1StringView("list"))
        return client.list(TokenListQuery());
    if (operation == QLatin1StringView("create"))
        return client.create(someCreation());
    if (operation == QLatin1StringView("update")) {
        TokenUpdateRequest request;
        request.accessTokenHash = QStringLiteral("hash");
        request.scopes = QStringList{QStringLiteral("email")};
        return client.update(request);
    }
    if (operation == QLatin1StringView("revoke")) {
        TokenRevokeRequest request;
        request.subject = QStringLiteral("alice");
        return client.revoke(request);
    }
    if (operation == QLatin1StringView("delete"))
        return client.deleteToken(QStringLiteral("a/b c"));
    failHard(QStringLiteral("no operation ") + operation);
}

} // namespace

class TestAuthleteClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    AuthleteClient *m_client = nullptr;

    ConnectionSettings connectionTo(const SandboxProcess &sandbox) const
    {
        ConnectionSettings connection;
        connection.baseUrl = sandbox.baseUrl();
        connection.serviceId = sandbox.serviceId();
        connection.bearerToken = kBearer;
        connection.transferTimeoutMs = 10'000;
        return connection;
    }

    // The sandbox's credentials, sent to a server a test runs in-process on this port.
    ConnectionSettings connectionToTestServer(quint16 port) const
    {
        ConnectionSettings connection = connectionTo(m_sandbox);
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        return connection;
    }

    TokenListPage listOf(const QString &subject, const QString &client = QString())
    {
        TokenListQuery query;
        query.subject = subject;
        query.clientIdentifier = client;
        query.start = 0;
        query.end = 20;
        return *awaitOk(m_client->list(query)).listPage;
    }

    static bool contains(const TokenListPage &page, const QString &hash)
    {
        return std::any_of(page.accessTokens.cbegin(), page.accessTokens.cend(),
                           [&](const AccessToken &token) { return token.accessTokenHash == hash; });
    }

    AccessToken someToken()
    {
        TokenListQuery query;
        query.start = 0;
        query.end = 1;
        query.status = TokenListQuery::Status::Valid;
        const CallOutcome outcome = awaitOk(m_client->list(query));
        if (outcome.listPage->accessTokens.isEmpty())
            failHard(QStringLiteral("the sandbox holds no valid token"));
        return outcome.listPage->accessTokens.first();
    }

    TokenCreateRequest creationFor(const QString &subject)
    {
        TokenCreateRequest request;
        request.grantType = GrantType::AuthorizationCode;
        request.clientId = someToken().clientId;
        request.subject = subject;
        request.scopes = QStringList{QStringLiteral("openid"), QStringLiteral("profile")};
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(
            m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("400"), QStringLiteral("--subjects"),
                             QStringLiteral("30"), QStringLiteral("--clients"), QStringLiteral("5")},
                            kBearer));
        m_client = new AuthleteClient(&m_network, this);
        m_client->setConnection(connectionTo(m_sandbox));
    }

    // A sandbox of its own: the shared one holds what the other test functions created.
    void listUsesServerDefaultsAndWindows()
    {
        SandboxProcess fresh;
        QVERIFY(fresh.start({QStringLiteral("--tokens"), QStringLiteral("400")}, kBearer));
        AuthleteClient client(&m_network);
        client.setConnection(connectionTo(fresh));
        const CallOutcome defaults = await(client.list(TokenListQuery()));
        QVERIFY2(!defaults.error, qPrintable(defaults.error.message()));
        QCOMPARE(defaults.listPage->totalCount, 400);
        QCOMPARE(defaults.listPage->accessTokens.size(), 5);

        TokenListQuery query;
        query.start = 20;
        query.end = 40;
        const CallOutcome window = awaitOk(client.list(query));
        QCOMPARE(window.listPage->start, 20);
        QCOMPARE(window.listPage->accessTokens.size(), 20);
        for (qsizetype i = 1; i < window.listPage->accessTokens.size(); ++i)
            QVERIFY(window.listPage->accessTokens[i - 1].createdAt <=
                    window.listPage->accessTokens[i].createdAt);
    }

    void listFiltersBySubjectAndClient()
    {
        const AccessToken token = someToken();
        const TokenListPage bySubject = listOf(token.subject);
        QVERIFY(bySubject.totalCount > 0 && bySubject.totalCount < 400);
        QCOMPARE(bySubject.subject, token.subject);
        for (const AccessToken &item : bySubject.accessTokens)
            QCOMPARE(item.subject, token.subject);

        const TokenListPage byClient = listOf(QString(), QString::number(token.clientId));
        QVERIFY(byClient.client);
        QCOMPARE(byClient.client->clientId, token.clientId);
        for (const AccessToken &item : byClient.accessTokens)
            QCOMPARE(item.clientId, token.clientId);
    }

    void windowOverTheLimitIsRefused()
    {
        TokenListQuery query;
        query.start = 0;
        query.end = 50;
        const CallOutcome outcome = await(m_client->list(query));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 400);
        QVERIFY(!outcome.error.resultCode.isEmpty());
    }

    void create_data()
    {
        QTest::addColumn<AuthleteClient::BodyEncoding>("encoding");
        QTest::newRow("json") << AuthleteClient::BodyEncoding::Json;
        QTest::newRow("form") << AuthleteClient::BodyEncoding::Form;
    }

    void create()
    {
        QFETCH(AuthleteClient::BodyEncoding, encoding);
        const QString subject = QStringLiteral("created-") + QString::fromLatin1(QTest::currentDataTag());
        const CallOutcome outcome = await(m_client->create(creationFor(subject), encoding));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QVERIFY(!outcome.created->accessToken.isEmpty());
        QVERIFY(!outcome.created->refreshToken.isEmpty());
        QCOMPARE(outcome.created->scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("profile")}));

        const TokenListPage page = listOf(subject);
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.accessTokens.first().accessTokenHash, TokenHash::of(outcome.created->accessToken));
        QCOMPARE(page.accessTokens.first().refreshTokenHash, TokenHash::of(outcome.created->refreshToken));
    }

    // The client's %2B and the sandbox's form decoding, together: "alice+tag" and "alice tag" stay apart.
    void plusInASubjectSurvivesTheQuery()
    {
        const QString plus = QStringLiteral("alice+tag@example.com");
        const QString space = QStringLiteral("alice tag@example.com");
        for (const QString &subject : {plus, space})
            awaitOk(m_client->create(creationFor(subject)));
        for (const QString &subject : {plus, space}) {
            const TokenListPage page = listOf(subject);
            QCOMPARE(page.totalCount, 1);
            QCOMPARE(page.accessTokens.first().subject, subject);
        }
    }

    void createChecksItsInput()
    {
        TokenCreateRequest request = creationFor(QStringLiteral("x"));
        request.grantType = GrantType::fromName(QStringLiteral("NO_SUCH_GRANT"));
        QCOMPARE(await(m_client->create(request)).error.httpStatus, 400);

        request = creationFor(QString(QChar(0x00e9)));
        QCOMPARE(await(m_client->create(request)).error.httpStatus, 400);

        request = creationFor(QStringLiteral("x"));
        request.scopes = QStringList{QStringLiteral("not.a.supported.scope")};
        QCOMPARE(await(m_client->create(request)).error.httpStatus, 400);
    }

    void formBodyWithPropertiesIsRefusedBeforeSending()
    {
        TokenCreateRequest request = creationFor(QStringLiteral("with-properties"));
        request.properties = QList<Property>{{QStringLiteral("k"), QStringLiteral("v"), false}};
        const CallOutcome outcome = await(m_client->create(request, AuthleteClient::BodyEncoding::Form));
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(outcome.attempts, 0);
        QVERIFY(outcome.error.message().contains(QStringLiteral("properties")));
        QCOMPARE(listOf(QStringLiteral("with-properties")).totalCount, 0);
    }

    void update_data() { create_data(); }

    void update()
    {
        QFETCH(AuthleteClient::BodyEncoding, encoding);
        const QString subject = QStringLiteral("updated-") + QString::fromLatin1(QTest::currentDataTag());
        const CallOutcome created = await(m_client->create(creationFor(subject)));
        QVERIFY(created.created);
        const QString hash = TokenHash::of(created.created->accessToken);

        TokenUpdateRequest request;
        request.accessTokenHash = hash;
        request.scopes = QStringList{QStringLiteral("email"), QStringLiteral("no.such.scope")};
        const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 7 * 86'400'000LL;
        request.accessTokenExpiresAt = expiry;
        const CallOutcome outcome = await(m_client->update(request, encoding));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        // The server drops what it does not support, silently; the response tells what it kept.
        QCOMPARE(outcome.updated->scopes, QStringList{QStringLiteral("email")});

        const AccessToken stored = listOf(subject).accessTokens.value(0);
        QCOMPARE(stored.accessTokenHash, hash);
        QCOMPARE(stored.scopes, QStringList{QStringLiteral("email")});
        QCOMPARE(stored.accessTokenExpiresAt, expiry);
    }

    void updateCanReissueTheValue()
    {
        const CallOutcome created = awaitOk(m_client->create(creationFor(QStringLiteral("reissued"))));
        TokenUpdateRequest request;
        request.accessToken = created.created->accessToken;
        request.accessTokenValueUpdated = true;
        const CallOutcome outcome = await(m_client->update(request));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QVERIFY(outcome.updated->accessToken != created.created->accessToken);
        const TokenListPage page = listOf(QStringLiteral("reissued"));
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.accessTokens.first().accessTokenHash, TokenHash::of(outcome.updated->accessToken));
    }

    void updateOfAnUnknownTokenIs404()
    {
        TokenUpdateRequest request;
        request.accessTokenHash = QStringLiteral("no-such-hash");
        request.scopes = QStringList{QStringLiteral("email")};
        const CallOutcome outcome = await(m_client->update(request));
        QCOMPARE(outcome.error.httpStatus, 404);
        QCOMPARE(outcome.attempts, 1);
    }

    void revokeOne_data() { create_data(); }

    void revokeOne()
    {
        QFETCH(AuthleteClient::BodyEncoding, encoding);
        const QString subject = QStringLiteral("revoked-") + QString::fromLatin1(QTest::currentDataTag());
        const CallOutcome created = awaitOk(m_client->create(creationFor(subject)));
        const CallOutcome kept = awaitOk(m_client->create(creationFor(subject)));
        TokenRevokeRequest request;
        request.accessTokenIdentifier = TokenHash::of(created.created->accessToken);
        const CallOutcome outcome = await(m_client->revoke(request, encoding));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.revoked->count, 1);
        const TokenListPage page = listOf(subject);
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.accessTokens.first().accessTokenHash, TokenHash::of(kept.created->accessToken));
    }

    void revokeAllOfASubject()
    {
        const QString subject = QStringLiteral("lost-device");
        for (int i = 0; i < 3; ++i)
            QVERIFY(await(m_client->create(creationFor(subject))).created);
        TokenRevokeRequest request;
        request.subject = subject;
        const CallOutcome outcome = awaitOk(m_client->revoke(request));
        QCOMPARE(outcome.revoked->count, 3);
        QCOMPARE(listOf(subject).totalCount, 0);

        const CallOutcome none = awaitOk(m_client->revoke(request));
        QCOMPARE(none.revoked->count, 0);
    }

    void revokeOfAnUnknownTokenIs404()
    {
        TokenRevokeRequest request;
        request.accessTokenIdentifier = QStringLiteral("no-such-token");
        QCOMPARE(await(m_client->revoke(request)).error.httpStatus, 404);
    }

    void deleteToken()
    {
        const CallOutcome created = awaitOk(m_client->create(creationFor(QStringLiteral("deleted"))));
        const QString hash = TokenHash::of(created.created->accessToken);
        const CallOutcome outcome = await(m_client->deleteToken(hash));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(listOf(QStringLiteral("deleted")).totalCount, 0);
        QCOMPARE(await(m_client->deleteToken(hash)).error.httpStatus, 404);
    }

    void wrongBearerIs401()
    {
        ConnectionSettings connection = connectionTo(m_sandbox);
        connection.bearerToken = QStringLiteral("wrong");
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 401);
        QVERIFY(outcome.error.message().contains(QStringLiteral("401")));
        QCOMPARE(outcome.attempts, 1);
    }

    void wrongServiceIs403()
    {
        ConnectionSettings connection = connectionTo(m_sandbox);
        connection.serviceId = QStringLiteral("1");
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        QCOMPARE(await(client.list(TokenListQuery())).error.httpStatus, 403);
    }

    void plainHttpOnlyToLoopback()
    {
        ConnectionSettings connection = connectionTo(m_sandbox);
        connection.baseUrl = QUrl(QStringLiteral("http://authlete.example.com"));
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(outcome.attempts, 0);
    }

    void timeoutIsReported()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({QStringLiteral("--tokens"), QStringLiteral("10"), QStringLiteral("--latency-ms"),
                            QStringLiteral("3000")},
                           kBearer));
        ConnectionSettings connection = connectionTo(slow);
        connection.transferTimeoutMs = 300;
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        client.setRetryPolicy(RetryPolicy::none());
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QVERIFY(outcome.error.isAmbiguous());
        // A list changed nothing; a change may have been made, and the message says so.
        QCOMPARE(outcome.error.message(),
                 QStringLiteral("The server did not answer in time (nothing came for 0.3 s)."));
        TokenRevokeRequest revoke;
        revoke.subject = QStringLiteral("someone");
        const CallOutcome revoked = await(client.revoke(revoke));
        QCOMPARE(revoked.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(revoked.error.message().contains(QStringLiteral("may or may not have been made")),
                 qPrintable(revoked.error.message()));
    }

    void cancelEndsTheCallOnce()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({QStringLiteral("--tokens"), QStringLiteral("10"), QStringLiteral("--latency-ms"),
                            QStringLiteral("3000")},
                           kBearer));
        AuthleteClient client(&m_network);
        client.setConnection(connectionTo(slow));
        ApiCall *call = client.list(TokenListQuery());
        QSignalSpy finished(call, &ApiCall::finished);
        QPointer<ApiCall> guard(call);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(guard.isNull()); // it deleted itself, so no second outcome can follow
    }

    void transientFailuresAreRetriedOnlyWhereSafe()
    {
        int requests = 0;
        QHttpServer unavailable;
        unavailable.setMissingHandler(
            [&requests](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                ++requests;
                responder.write(QByteArray(R"({"resultCode":"A001101","resultMessage":"down"})"),
                                QByteArray("application/json"),
                                QHttpServerResponder::StatusCode::ServiceUnavailable);
            });
        const quint16 port = unavailable.listen(QHostAddress::LocalHost);
        ConnectionSettings connection = connectionToTestServer(port);
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        // Fewer attempts without an answer must not cut short the retries of a server that answers.
        client.setRetryPolicy({4, 5, 20, 2.0, 2});
        const CallOutcome list = await(client.list(TokenListQuery()));
        QCOMPARE(list.error.httpStatus, 503);
        QCOMPARE(list.attempts, 4);
        QCOMPARE(requests, 4);

        requests = 0;
        TokenRevokeRequest revoke;
        revoke.subject = QStringLiteral("someone");
        const CallOutcome revoked = await(client.revoke(revoke));
        QCOMPARE(revoked.error.httpStatus, 503);
        // A 5xx may have come after the server acted: never repeated blindly.
        QCOMPARE(revoked.attempts, 1);
        QCOMPARE(requests, 1);
    }

    // A server that does not answer is reported after fewer attempts than one that answers 503.
    void noAnswerIsRetriedFewerTimes()
    {
        quint16 port = 0;
        {
            QTcpServer closed; // a port that was free a moment ago: connections to it are refused
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        AuthleteClient client(&m_network);
        client.setConnection(connectionToTestServer(port));
        client.setRetryPolicy({6, 5, 20, 2.0, 3});
        const CallOutcome list = await(client.list(TokenListQuery()));
        QCOMPARE(list.error.kind, ApiError::Kind::Network);
        QCOMPARE(list.attempts, 3);
    }

    void rateLimitIsHonoured()
    {
        SandboxProcess limited;
        QVERIFY(limited.start({QStringLiteral("--tokens"), QStringLiteral("50"),
                               QStringLiteral("--rate-limit"), QStringLiteral("5")},
                              kBearer));
        AuthleteClient client(&m_network);
        client.setConnection(connectionTo(limited));
        client.setRetryPolicy({6, 50, 5'000, 2.0});
        QList<std::shared_ptr<CallOutcome>> outcomes;
        for (int i = 0; i < 12; ++i)
            outcomes.append(watch(client.list(TokenListQuery())));
        const auto allFinished = [&] {
            return std::all_of(outcomes.cbegin(), outcomes.cend(),
                               [](const auto &outcome) { return outcome->finished; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 20'000);
        int retried = 0;
        for (const auto &outcome : std::as_const(outcomes)) {
            QVERIFY2(!outcome->error, qPrintable(outcome->error.message()));
            retried += outcome->attempts > 1 ? 1 : 0;
        }
        QVERIFY(retried > 0);
    }

    void selfSignedCertificateIsRefusedUnlessItsCaIsGiven()
    {
        QTemporaryDir dir;
        const TestCertificate certificate = TestCertificate::create(dir.path());
        if (!certificate.isValid())
            QSKIP("openssl could not make a test certificate");
        SandboxProcess secure;
        QVERIFY(secure.start({QStringLiteral("--tokens"), QStringLiteral("10"), QStringLiteral("--tls-cert"),
                              certificate.certificateFile, QStringLiteral("--tls-key"), certificate.keyFile},
                             kBearer));
        QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));

        ConnectionSettings connection = connectionTo(secure);
        AuthleteClient untrusting(&m_network);
        untrusting.setConnection(connection);
        const CallOutcome refused = await(untrusting.list(TokenListQuery()));
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
        QVERIFY2(refused.error.detail.contains(QStringLiteral("TokenDesk Test")),
                 qPrintable(refused.error.detail));

        connection.caCertificateFile = certificate.certificateFile;
        AuthleteClient trusting(&m_network);
        trusting.setConnection(connection);
        const CallOutcome accepted = await(trusting.list(TokenListQuery()));
        QVERIFY2(!accepted.error, qPrintable(accepted.error.message()));
        QCOMPARE(accepted.listPage->totalCount, 10);

        connection.caCertificateFile = dir.filePath(QStringLiteral("missing.pem"));
        AuthleteClient misconfigured(&m_network);
        misconfigured.setConnection(connection);
        QCOMPARE(await(misconfigured.list(TokenListQuery())).error.kind, ApiError::Kind::InvalidRequest);
    }

    void untrustworthyCertificateIsRefusedEvenWithItsCa_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QStringList>("detailNames"); // what the refusal must show of the certificate
        QTest::newRow("another host")
            << false << QStringList{QStringLiteral("host name"), QStringLiteral("TokenDesk Test")};
        QTest::newRow("expired") << true
                                 << QStringList{QStringLiteral("expired"),
                                                QStringLiteral("TokenDesk Expired"),
                                                // the end of its validity, in the locale's format
                                                QStringLiteral("2021")};
    }

    // The CA file is given, so the certificate is trusted, but it is for another host or out of date.
    void untrustworthyCertificateIsRefusedEvenWithItsCa()
    {
        QFETCH(bool, expired);
        QFETCH(QStringList, detailNames);
        QTemporaryDir dir;
        const TestCertificate certificate =
            expired ? TestCertificate::createExpired(dir.path())
                    : TestCertificate::create(dir.path(), QStringLiteral("DNS:elsewhere.example"));
        if (!certificate.isValid())
            QSKIP("openssl could not make a test certificate");
        SandboxProcess secure;
        QVERIFY(secure.start({QStringLiteral("--tokens"), QStringLiteral("3"), QStringLiteral("--tls-cert"),
                              certificate.certificateFile, QStringLiteral("--tls-key"), certificate.keyFile},
                             kBearer));
        ConnectionSettings connection = connectionTo(secure);
        connection.caCertificateFile = certificate.certificateFile;
        QNetworkAccessManager network; // a connection of its own, not one a trusting test left open
        AuthleteClient client(&network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        for (const QString &name : std::as_const(detailNames))
            QVERIFY2(outcome.error.detail.contains(name), qPrintable(outcome.error.detail));
        QVERIFY(outcome.error.message().contains(outcome.error.detail));
        QCOMPARE(outcome.attempts, 1);
    }

    void credentialNeverFollowsARedirectToAnotherOrigin()
    {
        int requestsElsewhere = 0;
        QByteArray authorizationElsewhere;
        QHttpServer elsewhere;
        elsewhere.route(QStringLiteral("/<arg>"), [&](const QString &, const QHttpServerRequest &request) {
            ++requestsElsewhere;
            authorizationElsewhere = request.value("Authorization");
            return QHttpServerResponse(QByteArray("{\"totalCount\":0}"), QHttpServerResponse::StatusCode::Ok);
        });
        const quint16 elsewherePort = elsewhere.listen(QHostAddress::LocalHost);
        QVERIFY(elsewherePort != 0);

        QHttpServer redirecting;
        redirecting.setMissingHandler([&](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write({{"Location", QByteArray("http://127.0.0.1:") +
                                              QByteArray::number(elsewherePort) + "/stolen"}},
                            QHttpServerResponder::StatusCode::Found);
        });
        const quint16 port = redirecting.listen(QHostAddress::LocalHost);

        ConnectionSettings connection = connectionToTestServer(port);
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
        QVERIFY(outcome.error.message().contains(QString::number(elsewherePort)));
        QCOMPARE(requestsElsewhere, 0);
        QVERIFY(authorizationElsewhere.isEmpty());
    }

    void redirectWithinTheOriginIsFollowed()
    {
        QByteArray authorizationSeen;
        QHttpServer server;
        server.route(QStringLiteral("/moved/<arg>"), [&](const QString &, const QHttpServerRequest &request) {
            authorizationSeen = request.value("Authorization");
            return QHttpServerResponse(QByteArray("application/json"), QByteArray("{\"totalCount\":7}"));
        });
        server.setMissingHandler([&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            responder.write({{"Location", "/moved/" + request.url().path().toLatin1().replace('/', '_')}},
                            QHttpServerResponder::StatusCode::TemporaryRedirect);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        ConnectionSettings connection = connectionToTestServer(port);
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.listPage->totalCount, 7);
        QCOMPARE(authorizationSeen, QByteArray("Bearer ") + kBearer.toUtf8());
    }

    void undecodableReplyIsAnError()
    {
        QHttpServer server;
        server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(QByteArray("<html>maintenance</html>"), QByteArray("text/html"));
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        ConnectionSettings connection = connectionToTestServer(port);
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Undecodable);
        QVERIFY(outcome.error.message().contains(QStringLiteral("not JSON")));
    }

    void legacyV2UsesBasicAuthentication()
    {
        qputenv("TOKENDESK_SANDBOX_API_SECRET", "v2-secret");
        SandboxProcess legacy;
        const bool started = legacy.start({QStringLiteral("--tokens"), QStringLiteral("25"),
                                           QStringLiteral("--api-key"), QStringLiteral("v2-key")},
                                          kBearer);
        qunsetenv("TOKENDESK_SANDBOX_API_SECRET");
        QVERIFY(started);
        ConnectionSettings connection = connectionTo(legacy);
        connection.apiVersion = ConnectionSettings::ApiVersion::V2;
        connection.apiKey = QStringLiteral("v2-key");
        connection.apiSecret = QStringLiteral("v2-secret");
        AuthleteClient client(&m_network);
        client.setConnection(connection);
        const CallOutcome outcome = await(client.list(TokenListQuery()));
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.listPage->totalCount, 25);

        connection.apiSecret = QStringLiteral("wrong");
        client.setConnection(connection);
        QCOMPARE(await(client.list(TokenListQuery())).error.httpStatus, 401);
    }

    // From here on, a scripted network: the requests are read as a server would receive them.

    void sentPathOfEachOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("v2");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const QString base = QStringLiteral("https://authlete.test");
        const auto v3 = [](const char *endpoint) -> QString {
            return QStringLiteral("/api/715948317/auth/token/") + QLatin1StringView(endpoint);
        };
        const auto v2 = [](const char *endpoint) -> QString {
            return QStringLiteral("/api/auth/token/") + QLatin1StringView(endpoint);
        };
        QTest::newRow("v3 list") << "list" << false << base << QByteArray("GET") << v3("get/list");
        QTest::newRow("v3 under a base path")
            << "list" << false << QStringLiteral("https://authlete.test/gateway//") << QByteArray("GET")
            << QString(QStringLiteral("/gateway") + v3("get/list"));
        QTest::newRow("v3 create") << "create" << false << base << QByteArray("POST") << v3("create");
        QTest::newRow("v3 update") << "update" << false << base << QByteArray("POST") << v3("update");
        QTest::newRow("v3 revoke") << "revoke" << false << base << QByteArray("POST") << v3("revoke");
        QTest::newRow("v3 delete") << "delete" << false << base << QByteArray("DELETE")
                                   << v3("delete/a%2Fb%20c");
        QTest::newRow("v2 list") << "list" << true << base << QByteArray("GET") << v2("get/list");
        QTest::newRow("v2 create") << "create" << true << base << QByteArray("POST") << v2("create");
        QTest::newRow("v2 delete") << "delete" << true << base << QByteArray("DELETE")
                                   << v2("delete/a%2Fb%20c");
    }

    void sentPathOfEachOperation()
    {
        QFETCH(QString, operation);
        QFETCH(bool, v2);
        QFETCH(QString, baseUrl);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        ConnectionSettings connection = scriptedConnection(kBearer);
        connection.baseUrl = QUrl(baseUrl);
        if (v2) {
            connection.apiVersion = ConnectionSettings::ApiVersion::V2;
            connection.apiKey = QStringLiteral("v2-key");
            connection.apiSecret = QStringLiteral("v2-secret");
        }
        Scripted scripted(connection);
        scripted.network.enqueue(ScriptedAnswer::apiError(400));
        QCOMPARE(await(startOperation(scripted.client, operation)).error.httpStatus, 400);
        const RecordedRequest &sent = scripted.onlyRequest();
        QCOMPARE(sent.method, method);
        QCOMPARE(sent.url.scheme(), QStringLiteral("https"));
        QCOMPARE(sent.url.host(), QStringLiteral("authlete.test"));
        QCOMPARE(sent.url.path(QUrl::FullyEncoded), path);
    }

    void sentHeaders_data()
    {
        QTest::addColumn<bool>("v2");
        QTest::addColumn<QString>("bearer");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("v3 bearer") << false << kBearer << QByteArray("Bearer " + kBearer.toUtf8());
        // As the official SDK accepts it: not prefixed a second time.
        QTest::newRow("v3 bearer pasted with its scheme")
            << false << QStringLiteral(" bearer abc ") << QByteArray("bearer abc");
        QTest::newRow("v2 basic") << true << QString()
                                  << QByteArray("Basic " + QByteArray("v2-key:v2-secret").toBase64());
    }

    void sentHeaders()
    {
        QFETCH(bool, v2);
        QFETCH(QString, bearer);
        QFETCH(QByteArray, authorization);
        ConnectionSettings connection = scriptedConnection(bearer);
        connection.transferTimeoutMs = 12'345;
        if (v2) {
            connection.apiVersion = ConnectionSettings::ApiVersion::V2;
            connection.apiKey = QStringLiteral("v2-key");
            connection.apiSecret = QStringLiteral("v2-secret");
        }
        Scripted scripted(connection);
        scripted.network.enqueue(emptyList());
        QVERIFY(awaitOk(scripted.client.list(TokenListQuery())).listPage);
        const RecordedRequest &sent = scripted.onlyRequest();
        QCOMPARE(sent.header("Authorization"), authorization);
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.header("User-Agent"), QByteArray("TokenDesk/" TOKENDESK_VERSION));
        QVERIFY(!sent.request.hasRawHeader("Content-Type")); // a GET has no body
        QVERIFY(sent.body.isEmpty());
        QCOMPARE(sent.request.transferTimeout(), 12'345);
        QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::UserVerifiedRedirectPolicy));
    }

    void sentListQuery()
    {
        Scripted scripted(scriptedConnection(kBearer));
        scripted.network.enqueue(emptyList());
        TokenListQuery query;
        query.subject = QStringLiteral("zoë & co");
        query.clientIdentifier = QStringLiteral("client 7");
        query.start = 20;
        query.end = 40;
        query.status = TokenListQuery::Status::Valid;
        QVERIFY(awaitOk(scripted.client.list(query)).listPage);
        const QUrlQuery sent = scripted.onlyRequest().query();
        QCOMPARE(sent.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), query.subject);
        QCOMPARE(sent.queryItemValue(QStringLiteral("clientIdentifier"), QUrl::FullyDecoded),
                 query.clientIdentifier);
        QCOMPARE(sent.queryItemValue(QStringLiteral("start")), QStringLiteral("20"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("end")), QStringLiteral("40"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("tokenStatus")), QStringLiteral("VALID"));
        QCOMPARE(sent.queryItems().size(), 5);
    }

    void sentBodyEncodings()
    {
        Scripted scripted(scriptedConnection(kBearer));
        scripted.network.enqueue(ScriptedAnswer::apiError(400));
        scripted.network.enqueue(ScriptedAnswer::apiError(400));
        await(scripted.client.create(someCreation(), AuthleteClient::BodyEncoding::Json));
        await(scripted.client.create(someCreation(), AuthleteClient::BodyEncoding::Form));
        QCOMPARE(scripted.network.requests().size(), 2);

        const RecordedRequest &json = scripted.network.requests().at(0);
        QCOMPARE(json.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(json.body, QByteArray(R"({"clientId":1234,"grantType":"AUTHORIZATION_CODE",)"
                                       R"("scopes":["openid","profile"],"subject":"alice"})"));

        const RecordedRequest &form = scripted.network.requests().at(1);
        QCOMPARE(form.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(
            form.body,
            QByteArray("clientId=1234&grantType=AUTHORIZATION_CODE&scopes=openid%20profile&subject=alice"));
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("delta-seconds") << QByteArray("0");
        QTest::newRow("HTTP date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
    }

    // The backoff alone would wait ten minutes before the second attempt: the server's word wins.
    void retryAfterIsHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        Scripted scripted(scriptedConnection(kBearer));
        scripted.client.setRetryPolicy({3, 600'000, 600'000, 2.0});
        scripted.network.enqueue(ScriptedAnswer::apiError(429).withHeader("Retry-After", retryAfter));
        scripted.network.enqueue(emptyList());
        const CallOutcome outcome = awaitOk(scripted.client.list(TokenListQuery()));
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(scripted.network.requests().size(), 2);
    }

    // A pause longer than the policy's longest is not hidden from the user: the 429 is the outcome.
    void retryAfterBeyondTheLongestDelayEndsTheCall()
    {
        Scripted scripted(scriptedConnection(kBearer));
        scripted.client.setRetryPolicy({3, 5, 30'000, 2.0});
        scripted.network.enqueue(ScriptedAnswer::apiError(429).withHeader("Retry-After", "3600"));
        const CallOutcome outcome = await(scripted.client.list(TokenListQuery()));
        QCOMPARE(outcome.error.httpStatus, 429);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(scripted.network.requests().size(), 1);
    }

    void redirectRule_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("followed");
        QTest::newRow("relative path") << "/moved/here" << true;
        QTest::newRow("same origin, default port spelt out")
            << "https://AUTHLETE.test:443/moved/here" << true;
        QTest::newRow("another host") << "https://elsewhere.test/moved/here" << false;
        QTest::newRow("another port") << "https://authlete.test:8443/moved/here" << false;
        QTest::newRow("plain http") << "http://authlete.test/moved/here" << false;
    }

    // The credential goes only where it was meant for: a redirect leaves the origin only as an error.
    void redirectRule()
    {
        QFETCH(QString, location);
        QFETCH(bool, followed);
        Scripted scripted(scriptedConnection(kBearer));
        scripted.network.enqueue(ScriptedAnswer::redirect(QUrl(location), 307));
        scripted.network.enqueue(ScriptedAnswer::json({{QLatin1StringView("totalCount"), 7}}));
        const CallOutcome outcome = await(scripted.client.list(TokenListQuery()));
        const QList<RecordedRequest> &requests = scripted.network.requests();
        if (followed) {
            QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
            QCOMPARE(outcome.listPage->totalCount, 7);
            QCOMPARE(requests.size(), 2);
            QCOMPARE(requests.at(1).url.path(), QStringLiteral("/moved/here"));
            QCOMPARE(requests.at(1).header("Authorization"), QByteArray("Bearer ") + kBearer.toUtf8());
        } else {
            QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
            QVERIFY2(outcome.error.message().contains(QUrl(location).host()),
                     qPrintable(outcome.error.message()));
            QCOMPARE(requests.size(), 1);
        }
    }

    void replyCutMidBody_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("attempts");
        QTest::newRow("a list is read again") << "list" << 2;
        QTest::newRow("a create is not repeated") << "create" << 1;
    }

    // A 200 whose body broke off is no answer: its half JSON is never decoded as one.
    void replyCutMidBody()
    {
        QFETCH(QString, operation);
        QFETCH(int, attempts);
        Scripted scripted(scriptedConnection(kBearer));
        scripted.client.setRetryPolicy({3, 1, 1, 1.0});
        const ScriptedAnswer whole =
            ScriptedAnswer::json({{QLatin1StringView("totalCount"), 3},
                                  {QLatin1StringView("action"), QStringLiteral("OK")},
                                  {QLatin1StringView("accessToken"), QStringLiteral("v")}});
        scripted.network.enqueue(ScriptedAnswer::cutAfter(whole, whole.body.size() / 2));
        scripted.network.enqueue(whole);
        const CallOutcome outcome = await(startOperation(scripted.client, operation));
        QCOMPARE(outcome.attempts, attempts);
        QCOMPARE(scripted.network.requests().size(), attempts);
        if (attempts == 1) {
            QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
            QVERIFY(outcome.error.isAmbiguous());
        } else {
            QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        }
    }

    // The transfer timeout is Qt's: a reply held past it ends as a timeout, in-process.
    void heldReplyTimesOut()
    {
        ConnectionSettings connection = scriptedConnection(kBearer);
        connection.transferTimeoutMs = 50;
        Scripted scripted(connection);
        scripted.client.setRetryPolicy(RetryPolicy::none());
        const CallOutcome outcome = await(scripted.client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(scripted.network.requests().size(), 1);
    }

    void tlsFailureNamesTheCertificateProblem()
    {
        Scripted scripted(scriptedConnection(kBearer));
        scripted.client.setRetryPolicy(RetryPolicy::none());
        scripted.network.enqueue(ScriptedAnswer::tlsFailure({QSslError(QSslError::SelfSignedCertificate)}));
        const CallOutcome outcome = await(scripted.client.list(TokenListQuery()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
        QCOMPARE(outcome.error.detail, QSslError(QSslError::SelfSignedCertificate).errorString());
    }

    void cancelAbortsTheHeldReply()
    {
        Scripted scripted(scriptedConnection(kBearer));
        ApiCall *call = scripted.client.list(TokenListQuery());
        QSignalSpy finished(call, &ApiCall::finished);
        QCOMPARE(scripted.network.heldReplies().size(), 1);
        QPointer<ScriptedReply> reply = scripted.network.heldReplies().constFirst();
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(scripted.network.heldReplies().isEmpty());
        QTRY_VERIFY(reply.isNull()); // the call let go of it
    }
};

QTEST_GUILESS_MAIN(TestAuthleteClient)
#include "tst_authleteclient.moc"
