// The real client against the real sandbox, over loopback HTTP(S): every operation, JSON and form,
// with the server's state read back after each call, and the error paths.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TestCertificate.h"
#include "TokenHash.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {

const QString kBearer = QStringLiteral("client-test-bearer");

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
        const CallOutcome outcome = await(m_client->list(query));
        [&] { QVERIFY2(!outcome.error, qPrintable(outcome.error.message())); }();
        return outcome.listPage.value_or(TokenListPage());
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
        const CallOutcome outcome = await(m_client->list(query));
        return outcome.listPage && !outcome.listPage->accessTokens.isEmpty()
                   ? outcome.listPage->accessTokens.first()
                   : AccessToken();
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

    void listUsesServerDefaultsAndWindows()
    {
        const CallOutcome defaults = await(m_client->list(TokenListQuery()));
        QVERIFY2(!defaults.error, qPrintable(defaults.error.message()));
        QCOMPARE(defaults.listPage->totalCount, 400);
        QCOMPARE(defaults.listPage->accessTokens.size(), 5);

        TokenListQuery query;
        query.start = 20;
        query.end = 40;
        const CallOutcome window = await(m_client->list(query));
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
        const CallOutcome created = await(m_client->create(creationFor(QStringLiteral("reissued"))));
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
        const CallOutcome created = await(m_client->create(creationFor(subject)));
        const CallOutcome kept = await(m_client->create(creationFor(subject)));
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
        const CallOutcome outcome = await(m_client->revoke(request));
        QCOMPARE(outcome.revoked->count, 3);
        QCOMPARE(listOf(subject).totalCount, 0);

        const CallOutcome none = await(m_client->revoke(request));
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
        const CallOutcome created = await(m_client->create(creationFor(QStringLiteral("deleted"))));
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
        QCOMPARE(outcome.error.message(), QStringLiteral("The server did not answer in time."));
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
                                                QStringLiteral("2021-01-01")};
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
};

QTEST_GUILESS_MAIN(TestAuthleteClient)
#include "tst_authleteclient.moc"
