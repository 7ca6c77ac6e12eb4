// The client against the golden fixtures of tests/fixtures/api, written from the API reference: it
// must encode exactly the documented requests and read every member of the documented replies into
// the field of that name. The sandbox is held to the same fixtures (tests/sandbox/tst_sandboxfixtures).
#include "ApiError.h"
#include "ApiFixtures.h"
#include "FormCodec.h"
#include "TokenCreateRequest.h"
#include "TokenCreateResponse.h"
#include "TokenListPage.h"
#include "TokenListQuery.h"
#include "TokenRevokeRequest.h"
#include "TokenRevokeResponse.h"
#include "TokenUpdateRequest.h"
#include "TokenUpdateResponse.h"

#include <QTest>

namespace {

constexpr qint64 kClientId = 26888344961664;
const QString kAccessToken = QStringLiteral("Z5a40U6dWvw2gMoCOAFbZcM85q4HC0Z--0YKD9-Nf6Q");
const QString kRefreshToken = QStringLiteral("9beh15GWkGLseBBO1tPobnsGpKLHV3mTkm0EWnNBa4g");
const QString kTokenId = QStringLiteral("kOw2h3VXQDaV7mZ4gHmT1w");
const QString kCertificateThumbprint = QStringLiteral("A4DtL2JmUMhAsvJj5tKyn64SqzmuXbMrJa0n761y5v0");
const QString kDpopThumbprint = QStringLiteral("L8SbGaBtTV6jPtqgmbwbNrgEBG6U-EJDsjRqTxWa6tk");

QStringList historyAndTimeline()
{
    return {QStringLiteral("history.read"), QStringLiteral("timeline.read")};
}

QList<Property> createProperties()
{
    return {{QStringLiteral("device"), QStringLiteral("ios-17"), false},
            {QStringLiteral("risk_score"), QStringLiteral("0.12"), true}};
}

AuthorizationDetails paymentDetails()
{
    return {{{QStringLiteral("payment_initiation"),
              {QStringLiteral("https://example.com/payments")},
              {QStringLiteral("initiate"), QStringLiteral("status")},
              {QStringLiteral("account")},
              QStringLiteral("account-123"),
              {QStringLiteral("owner")},
              QStringLiteral(R"({"instructedAmount":{"currency":"EUR","amount":"123.50"}})")}}};
}

AuthorizationDetails accountDetails()
{
    return {{{QStringLiteral("account_information"),
              {QStringLiteral("https://example.com/accounts")},
              {QStringLiteral("list_accounts"), QStringLiteral("read_balances")},
              {QStringLiteral("balance")},
              QStringLiteral("account-123"),
              {QStringLiteral("reader")},
              QStringLiteral(R"({"period":"P30D"})")}}};
}

TokenCreateRequest exampleCreateRequest()
{
    TokenCreateRequest request;
    request.grantType = GrantType::AuthorizationCode;
    request.clientId = kClientId;
    request.subject = QStringLiteral("john");
    request.scopes = historyAndTimeline();
    return request;
}

TokenUpdateRequest exampleUpdateRequest()
{
    TokenUpdateRequest request;
    request.accessToken = kAccessToken;
    request.scopes = QStringList{QStringLiteral("history.read")};
    return request;
}

} // namespace

class TestApiFixtures : public QObject
{
    Q_OBJECT

private slots:
    void listQuery()
    {
        TokenListQuery query;
        query.clientIdentifier = QString::number(kClientId);
        query.subject = QStringLiteral("john");
        query.start = 0;
        query.end = 3;
        QCOMPARE(ApiFixtures::formItems(query.toUrlQuery().query(QUrl::FullyEncoded).toUtf8()),
                 ApiFixtures::formItems(ApiFixtures::bytes("list-request.query")));
    }

    void listQueryTokenStatus_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<TokenListQuery::Status>("status");
        QTest::newRow("VALID") << "list-request-valid.query" << TokenListQuery::Status::Valid;
        QTest::newRow("INVALID") << "list-request-invalid.query" << TokenListQuery::Status::Invalid;
    }

    void listQueryTokenStatus()
    {
        QFETCH(QString, fixture);
        QFETCH(TokenListQuery::Status, status);
        TokenListQuery query;
        query.status = status;
        QCOMPARE(ApiFixtures::formItems(query.toUrlQuery().query(QUrl::FullyEncoded).toUtf8()),
                 ApiFixtures::formItems(ApiFixtures::bytes(qPrintable(fixture))));
    }

    void grantTypes()
    {
        const QJsonObject fixture = ApiFixtures::json("grant-types.json");
        QStringList names;
        for (const GrantType &grantType : GrantType::all()) {
            names.append(grantType.name());
            QCOMPARE(grantType.oauthValue(), fixture.value(grantType.name()).toString());
        }
        names.sort();
        QCOMPARE(names, fixture.keys());
        for (const QString &name : fixture.keys())
            QVERIFY2(GrantType::fromName(name).isKnown(), qPrintable(name));
    }

    void listReply()
    {
        const QJsonObject fixture = ApiFixtures::json("list-reply.json");
        const std::optional<TokenListPage> page = TokenListPage::fromJson(fixture);
        QVERIFY(page);
        QCOMPARE(page->start, 0);
        QCOMPARE(page->end, 3);
        QCOMPARE(page->totalCount, 3);
        QCOMPARE(page->subject, QStringLiteral("john"));

        QVERIFY(page->client);
        const ClientLimited &client = *page->client;
        QCOMPARE(client.number, std::optional<qint64>(6260));
        QCOMPARE(client.clientId, kClientId);
        QCOMPARE(client.clientIdAlias, QStringLiteral("my-device-flow-client"));
        QCOMPARE(client.clientIdAliasEnabled, std::optional<bool>(false));
        QCOMPARE(client.clientName, QStringLiteral("My Device Flow Client"));
        QCOMPARE(client.clientNames,
                 (QList<TaggedValue>{{QStringLiteral("ja"), QStringLiteral("デバイスフロークライアント")}}));
        QCOMPARE(client.description, QStringLiteral("A client of the device flow."));
        QCOMPARE(client.descriptions, (QList<TaggedValue>{{QStringLiteral("ja"),
                                                           QStringLiteral("デバイスフローのクライアント")}}));
        QCOMPARE(client.clientType, QStringLiteral("CONFIDENTIAL"));

        QCOMPARE(page->accessTokens.size(), 1);
        const AccessToken &token = page->accessTokens.constFirst();
        QCOMPARE(token.accessTokenHash, QStringLiteral("tC5hpjGylLiiw-vsd5_tqVHtYSUHblAGimEJ-5xqAco"));
        QCOMPARE(token.accessTokenExpiresAt, Q_INT64_C(1642048149000));
        QCOMPARE(token.refreshTokenHash, QStringLiteral("jv4B_7_kpY-Rez_E7bYIxGYnZk43w18uigkaeUe6tc4"));
        QCOMPARE(token.refreshTokenExpiresAt, Q_INT64_C(1642048149000));
        QCOMPARE(token.createdAt, Q_INT64_C(1642044549000));
        QCOMPARE(token.lastRefreshedAt, Q_INT64_C(0));
        QCOMPARE(token.clientId, kClientId);
        QCOMPARE(token.subject, QStringLiteral("john"));
        QCOMPARE(token.grantType.value(), GrantType::AuthorizationCode);
        QCOMPARE(token.scopes, QStringList{QStringLiteral("history.read")});
        QCOMPARE(token.properties, createProperties());
        QCOMPARE(token.refreshTokenScopes,
                 std::optional<QStringList>(QStringList{QStringLiteral("history.read")}));

        QCOMPARE(page->toJson(), fixture);
    }

    void createRequest()
    {
        const QJsonObject json = exampleCreateRequest().toJson();
        QCOMPARE(json, ApiFixtures::json("create-request.json"));
        const FormCodec::Encoded form = FormCodec::encode(json);
        QVERIFY(form.unsupportedMember.isEmpty());
        QCOMPARE(ApiFixtures::formItems(form.body),
                 ApiFixtures::formItems(ApiFixtures::bytes("create-request.form")));
    }

    void createRequestFull()
    {
        TokenCreateRequest request = exampleCreateRequest();
        request.clientIdentifier = QStringLiteral("my-device-flow-client");
        request.accessTokenDuration = 3600;
        request.refreshTokenDuration = 86400;
        request.properties = createProperties();
        request.clientIdAliasUsed = true;
        request.clientEntityIdUsed = false;
        request.metadataDocumentUsed = false;
        request.accessToken = kAccessToken;
        request.refreshToken = kRefreshToken;
        request.accessTokenPersistent = false;
        request.certificateThumbprint = kCertificateThumbprint;
        request.dpopKeyThumbprint = kDpopThumbprint;
        request.authorizationDetails = paymentDetails();
        request.resources = QStringList{QStringLiteral("https://api.example.com/history")};
        request.forExternalAttachment = false;
        request.jwtAtClaims = QStringLiteral(R"({"department":"sales"})");
        request.acr = QStringLiteral("urn:mace:incommon:iap:silver");
        request.authTime = 1642044540;
        request.sessionId = QStringLiteral("sid-5b1a2c");
        QCOMPARE(request.toJson(), ApiFixtures::json("create-request-full.json"));
        // properties and authorizationDetails are JSON only (§2.2, §9): no form body carries them.
        QVERIFY(!FormCodec::encode(request.toJson()).unsupportedMember.isEmpty());
    }

    void createReply()
    {
        const QJsonObject fixture = ApiFixtures::json("create-reply.json");
        const std::optional<TokenCreateResponse> reply = TokenCreateResponse::fromJson(fixture);
        QVERIFY(reply);
        QCOMPARE(reply->resultCode, QStringLiteral("A109001"));
        QCOMPARE(reply->resultMessage,
                 QStringLiteral("[A109001] An access token was created successfully: authorization_code, "
                                "client = 26888344961664"));
        QCOMPARE(reply->action, QStringLiteral("OK"));
        QCOMPARE(reply->accessToken, kAccessToken);
        QCOMPARE(reply->refreshToken, kRefreshToken);
        QCOMPARE(reply->clientId, kClientId);
        QCOMPARE(reply->expiresAt, Q_INT64_C(1642048148973));
        QCOMPARE(reply->expiresIn, Q_INT64_C(3600));
        QCOMPARE(reply->grantType, QStringLiteral("AUTHORIZATION_CODE"));
        QCOMPARE(reply->scopes, historyAndTimeline());
        QCOMPARE(reply->subject, QStringLiteral("john"));
        QCOMPARE(reply->tokenType, QStringLiteral("Bearer"));
        QCOMPARE(reply->tokenId, kTokenId);
        QCOMPARE(reply->refreshTokenScopes, std::optional<QStringList>(historyAndTimeline()));
        QCOMPARE(reply->toJson(), fixture);
    }

    void createReplyFull()
    {
        const QJsonObject fixture = ApiFixtures::json("create-reply-full.json");
        const std::optional<TokenCreateResponse> reply = TokenCreateResponse::fromJson(fixture);
        QVERIFY(reply);
        QCOMPARE(reply->accessToken, kAccessToken);
        QCOMPARE(reply->refreshToken, kRefreshToken);
        QCOMPARE(reply->clientId, kClientId);
        QCOMPARE(reply->clientIdentifier, QStringLiteral("my-device-flow-client"));
        QCOMPARE(reply->expiresAt, Q_INT64_C(1642048148973));
        QCOMPARE(reply->expiresIn, Q_INT64_C(3600));
        QCOMPARE(reply->grantType, QStringLiteral("AUTHORIZATION_CODE"));
        QCOMPARE(reply->properties, createProperties());
        QCOMPARE(reply->scopes, historyAndTimeline());
        QCOMPARE(reply->subject, QStringLiteral("john"));
        QCOMPARE(reply->tokenType, QStringLiteral("DPoP"));
        QCOMPARE(reply->jwtAccessToken,
                 QStringLiteral("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJqb2huIn0.c2lnbmF0dXJl"));
        QCOMPARE(reply->authorizationDetails, std::optional<AuthorizationDetails>(paymentDetails()));
        QCOMPARE(reply->forExternalAttachment, std::optional<bool>(false));
        QCOMPARE(reply->tokenId, kTokenId);
        QCOMPARE(reply->refreshTokenScopes, std::optional<QStringList>(historyAndTimeline()));
        QCOMPARE(reply->sessionId, QStringLiteral("sid-5b1a2c"));
        QCOMPARE(reply->toJson(), fixture);
    }

    void updateRequest()
    {
        const QJsonObject json = exampleUpdateRequest().toJson();
        QCOMPARE(json, ApiFixtures::json("update-request.json"));
        const FormCodec::Encoded form = FormCodec::encode(json);
        QVERIFY(form.unsupportedMember.isEmpty());
        QCOMPARE(ApiFixtures::formItems(form.body),
                 ApiFixtures::formItems(ApiFixtures::bytes("update-request.form")));
    }

    void updateRequestFull()
    {
        TokenUpdateRequest request;
        request.accessToken = kAccessToken;
        request.accessTokenHash = QStringLiteral("3CP_di16FN6x6TkB2tS0jYTxNyoo6Kb03FQCBgj2liI");
        request.tokenId = kTokenId;
        request.accessTokenExpiresAt = Q_INT64_C(1642051749000);
        request.refreshTokenExpiresAt = Q_INT64_C(1642134549000);
        request.scopes = historyAndTimeline();
        request.properties = QList<Property>{{QStringLiteral("device"), QStringLiteral("android-14"), false}};
        request.accessTokenExpiresAtUpdatedOnScopeUpdate = false;
        request.refreshTokenExpiresAtUpdatedOnScopeUpdate = false;
        request.accessTokenValueUpdated = false;
        request.accessTokenPersistent = false;
        request.certificateThumbprint = kCertificateThumbprint;
        request.dpopKeyThumbprint = kDpopThumbprint;
        request.authorizationDetails = accountDetails();
        request.forExternalAttachment = true;
        QCOMPARE(request.toJson(), ApiFixtures::json("update-request-full.json"));
    }

    void updateReply()
    {
        const QJsonObject fixture = ApiFixtures::json("update-reply.json");
        const std::optional<TokenUpdateResponse> reply = TokenUpdateResponse::fromJson(fixture);
        QVERIFY(reply);
        QCOMPARE(reply->resultCode, QStringLiteral("A135001"));
        QCOMPARE(reply->resultMessage, QStringLiteral("[A135001] Updated the access token successfully."));
        QCOMPARE(reply->action, QStringLiteral("OK"));
        QCOMPARE(reply->accessToken, kAccessToken);
        QCOMPARE(reply->accessTokenExpiresAt, Q_INT64_C(1642048149000));
        QCOMPARE(reply->refreshTokenExpiresAt, Q_INT64_C(1642130948973));
        QCOMPARE(reply->scopes, QStringList{QStringLiteral("history.read")});
        QCOMPARE(reply->tokenType, QStringLiteral("Bearer"));
        QCOMPARE(reply->tokenId, kTokenId);
        QCOMPARE(reply->toJson(), fixture);
    }

    void updateReplyFull()
    {
        const QJsonObject fixture = ApiFixtures::json("update-reply-full.json");
        const std::optional<TokenUpdateResponse> reply = TokenUpdateResponse::fromJson(fixture);
        QVERIFY(reply);
        QCOMPARE(reply->accessToken, kAccessToken);
        QCOMPARE(reply->accessTokenExpiresAt, Q_INT64_C(1642051749000));
        QCOMPARE(reply->refreshTokenExpiresAt, Q_INT64_C(1642134549000));
        QCOMPARE(reply->properties,
                 (QList<Property>{{QStringLiteral("device"), QStringLiteral("android-14"), false}}));
        QCOMPARE(reply->scopes, historyAndTimeline());
        QCOMPARE(reply->authorizationDetails, std::optional<AuthorizationDetails>(accountDetails()));
        QCOMPARE(reply->tokenType, QStringLiteral("DPoP"));
        QCOMPARE(reply->forExternalAttachment, std::optional<bool>(true));
        QCOMPARE(reply->tokenId, kTokenId);
        QCOMPARE(reply->toJson(), fixture);
    }

    void revokeRequest_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("accessTokenIdentifier");
        QTest::addColumn<QString>("refreshTokenIdentifier");
        QTest::addColumn<QString>("clientIdentifier");
        QTest::addColumn<QString>("subject");
        QTest::newRow("access token")
            << "revoke-request-access-token.json"
            << "tC5hpjGylLiiw-vsd5_tqVHtYSUHblAGimEJ-5xqAco" << QString() << QString() << QString();
        QTest::newRow("refresh token")
            << "revoke-request-refresh-token.json" << QString()
            << "jv4B_7_kpY-Rez_E7bYIxGYnZk43w18uigkaeUe6tc4" << QString() << QString();
        QTest::newRow("client and subject")
            << "revoke-request-client-subject.json" << QString() << QString() << "26888344961664"
            << "john";
        QTest::newRow("client") << "revoke-request-client.json" << QString() << QString()
                                << "my-device-flow-client" << QString();
        QTest::newRow("subject") << "revoke-request-subject.json" << QString() << QString() << QString()
                                 << "john";
    }

    void revokeRequest()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, accessTokenIdentifier);
        QFETCH(QString, refreshTokenIdentifier);
        QFETCH(QString, clientIdentifier);
        QFETCH(QString, subject);
        const TokenRevokeRequest request{accessTokenIdentifier, refreshTokenIdentifier, clientIdentifier,
                                         subject};
        QCOMPARE(request.toJson(), ApiFixtures::json(qPrintable(fixture)));
    }

    void revokeForm()
    {
        const TokenRevokeRequest request{QString(), QString(), QString::number(kClientId),
                                         QStringLiteral("john")};
        const FormCodec::Encoded form = FormCodec::encode(request.toJson());
        QVERIFY(form.unsupportedMember.isEmpty());
        QCOMPARE(ApiFixtures::formItems(form.body),
                 ApiFixtures::formItems(ApiFixtures::bytes("revoke-request.form")));
    }

    void revokeReply()
    {
        const QJsonObject fixture = ApiFixtures::json("revoke-reply.json");
        const std::optional<TokenRevokeResponse> reply = TokenRevokeResponse::fromJson(fixture);
        QVERIFY(reply);
        QCOMPARE(reply->resultCode, QStringLiteral("A312001"));
        QCOMPARE(reply->resultMessage, QStringLiteral("Revoked 1 access token(s)."));
        QCOMPARE(reply->count, 1);
        QCOMPARE(reply->toJson(), fixture);
    }

    void errorReplies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("resultCode");
        QTest::addColumn<QString>("resultMessage");
        QTest::newRow("400") << "error-400.json" << 400 << "A001201"
                             << "[A001201] /auth/authorization, TLS must be used.";
        QTest::newRow("401") << "error-401.json" << 401 << "A001202"
                             << "[A001202] /auth/authorization, Authorization header is missing.";
        QTest::newRow("403") << "error-403.json" << 403 << "A001215"
                             << "[A001215] /auth/authorization, The client (ID = 26837717140341) is locked.";
        // The reference's placeholder carries an integer code.
        QTest::newRow("404") << "error-404.json" << 404 << "404" << QString();
        QTest::newRow("500") << "error-500.json" << 500 << "A001101"
                             << "[A001101] /auth/authorization, Authlete Server error.";
        QTest::newRow("create 400") << "error-create-400.json" << 400 << "A109201"
                                    << "[A109201] /auth/token/create, grantType is missing.";
        QTest::newRow("update 404") << "error-update-404.json" << 404 << "A135202"
                                    << "[A135202] /auth/token/update, The access token does not exist.";
    }

    void errorReplies()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(QString, resultCode);
        QFETCH(QString, resultMessage);
        const ApiError error = ApiError::fromHttp(status, ApiFixtures::bytes(qPrintable(fixture)));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.resultCode, resultCode);
        QCOMPARE(error.resultMessage, resultMessage);
        QVERIFY(error.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiFixtures)
#include "tst_apifixtures.moc"
