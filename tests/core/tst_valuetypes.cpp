// Pure logic of the core value types: JSON in and out, form encoding, retry delays, hashes, messages.
#include "AccessToken.h"
#include "ApiError.h"
#include "FormCodec.h"
#include "GrantType.h"
#include "RetryPolicy.h"
#include "TokenCreateRequest.h"
#include "TokenCreateResponse.h"
#include "TokenHash.h"
#include "TokenListPage.h"
#include "TokenListQuery.h"
#include "TokenRevokeResponse.h"
#include "TokenUpdateRequest.h"
#include "TokenUpdateResponse.h"

#include <QJsonDocument>
#include <QTest>

class TestValueTypes : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

private slots:
    void listPageFromSpecExample()
    {
        const auto page = TokenListPage::fromJson(parse(R"({
          "accessTokens": [{"accessTokenExpiresAt": 1642048149000,
             "accessTokenHash": "tC5hpjGylLiiw-vsd5_tqVHtYSUHblAGimEJ-5xqAco",
             "clientId": 26888344961664, "createdAt": 1642044549000,
             "grantType": "AUTHORIZATION_CODE", "lastRefreshedAt": 0,
             "refreshTokenExpiresAt": 1642048149000,
             "refreshTokenHash": "jv4B_7_kpY-Rez_E7bYIxGYnZk43w18uigkaeUe6tc4",
             "scopes": ["history.read"], "subject": "john"}],
          "client": {"clientId": 26888344961664, "clientIdAliasEnabled": false,
                     "clientName": "My Device Flow Client", "clientType": "CONFIDENTIAL", "number": 6260},
          "end": 3, "start": 0, "subject": "john", "totalCount": 3})"));
        QVERIFY(page);
        QCOMPARE(page->totalCount, 3);
        QCOMPARE(page->end, 3);
        QCOMPARE(page->subject, QStringLiteral("john"));
        QVERIFY(page->client);
        QCOMPARE(page->client->clientId, Q_INT64_C(26888344961664));
        QCOMPARE(page->client->number, std::optional<qint64>(6260));
        QCOMPARE(page->client->displayName(), QStringLiteral("My Device Flow Client"));
        QCOMPARE(page->accessTokens.size(), 1);
        const AccessToken &token = page->accessTokens.first();
        QCOMPARE(token.grantType.value(), GrantType::AuthorizationCode);
        QCOMPARE(token.accessTokenExpiresAt, Q_INT64_C(1642048149000));
        QCOMPARE(token.scopes, QStringList{QStringLiteral("history.read")});
        QVERIFY(!token.refreshTokenScopes);
    }

    void int64NeverPassesThroughDouble()
    {
        // 2^53 + 1 is the first integer a double cannot hold.
        const auto token = AccessToken::fromJson(
            parse(R"({"accessTokenHash":"h","clientId":9007199254740993,"createdAt":9007199254740995})"));
        QVERIFY(token);
        QCOMPARE(token->clientId, Q_INT64_C(9007199254740993));
        QCOMPARE(token->createdAt, Q_INT64_C(9007199254740995));
        const QByteArray written = QJsonDocument(token->toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(written.contains("9007199254740993"), written.constData());
    }

    void unknownGrantTypeIsKeptAsText()
    {
        const auto token =
            AccessToken::fromJson(parse(R"({"accessTokenHash":"h","grantType":"FUTURE_GRANT"})"));
        QVERIFY(token);
        QVERIFY(!token->grantType.isKnown());
        QCOMPARE(token->grantType.name(), QStringLiteral("FUTURE_GRANT"));
        QCOMPARE(token->toJson().value(QLatin1StringView("grantType")).toString(),
                 QStringLiteral("FUTURE_GRANT"));
    }

    void allTenGrantTypes()
    {
        const QList<GrantType> all = GrantType::all();
        QCOMPARE(all.size(), 10);
        for (const GrantType &grantType : all) {
            QVERIFY(grantType.isKnown());
            QCOMPARE(GrantType::fromName(grantType.name()).value(), grantType.value());
        }
        QCOMPARE(GrantType(GrantType::DeviceCode).oauthValue(),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QVERIFY(!GrantType(GrantType::ClientCredentials).issuesRefreshToken());
        QVERIFY(GrantType(GrantType::Password).issuesRefreshToken());
    }

    void malformedListPagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no totalCount") << QByteArray(R"({"accessTokens":[]})");
        QTest::newRow("totalCount as text") << QByteArray(R"({"totalCount":"3"})");
        QTest::newRow("fractional totalCount") << QByteArray(R"({"totalCount":2.5})");
        QTest::newRow("negative totalCount") << QByteArray(R"({"totalCount":-1})");
        QTest::newRow("accessTokens not an array") << QByteArray(R"({"totalCount":1,"accessTokens":{}})");
        QTest::newRow("item without hash")
            << QByteArray(R"({"totalCount":1,"accessTokens":[{"subject":"a"}]})");
        QTest::newRow("item not an object") << QByteArray(R"({"totalCount":1,"accessTokens":[7]})");
    }

    void malformedListPagesAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!TokenListPage::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void absentValuesAreLeftOutNotNull()
    {
        TokenCreateRequest request;
        request.grantType = GrantType::ClientCredentials;
        request.clientId = 42;
        const QJsonObject json = request.toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("clientId"), QStringLiteral("grantType")}));
    }

    void createRequestRoundTrip()
    {
        TokenCreateRequest request;
        request.grantType = GrantType::AuthorizationCode;
        request.clientIdentifier = QStringLiteral("my-alias");
        request.subject = QStringLiteral("john");
        request.scopes = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        request.properties = QList<Property>{{QStringLiteral("k"), QStringLiteral("v"), true}};
        request.authTime = 1'700'000'000;
        request.accessTokenPersistent = false;
        const TokenCreateRequest back = TokenCreateRequest::fromJson(request.toJson());
        QCOMPARE(back.toJson(), request.toJson());
        QCOMPARE(back.properties->first().hidden, true);
        QCOMPARE(back.accessTokenPersistent, std::optional<bool>(false));
    }

    void responsesNeedActionOk()
    {
        QVERIFY(!TokenCreateResponse::fromJson(parse(R"({"action":"BAD_REQUEST","accessToken":"x"})")));
        QVERIFY(!TokenCreateResponse::fromJson(parse(R"({"action":"OK"})")));
        const auto created = TokenCreateResponse::fromJson(parse(
            R"({"action":"OK","accessToken":"v","refreshToken":"r","expiresAt":1642048148973,"scopes":["s"]})"));
        QVERIFY(created);
        QCOMPARE(created->expiresAt, Q_INT64_C(1642048148973));
        QVERIFY(!TokenUpdateResponse::fromJson(parse(R"({"action":"NOT_FOUND"})")));
        QVERIFY(TokenUpdateResponse::fromJson(parse(R"({"action":"OK","scopes":["a"]})")));
        QVERIFY(!TokenRevokeResponse::fromJson(parse(R"({"resultCode":"A312001"})")));
        QCOMPARE(TokenRevokeResponse::fromJson(parse(R"({"count":3})"))->count, 3);
    }

    void formEncoding()
    {
        TokenUpdateRequest request;
        request.accessTokenHash = QStringLiteral("a+b/c");
        request.scopes = QStringList{QStringLiteral("history.read"), QStringLiteral("timeline.read")};
        request.accessTokenExpiresAt = 1'700'000'000'000;
        request.accessTokenValueUpdated = true;
        const FormCodec::Encoded form = FormCodec::encode(request.toJson());
        QVERIFY(form.unsupportedMember.isEmpty());
        const QUrlQuery query(QString::fromLatin1(form.body));
        QCOMPARE(query.queryItemValue(QStringLiteral("accessTokenHash"), QUrl::FullyDecoded),
                 QStringLiteral("a+b/c"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded),
                 QStringLiteral("history.read timeline.read"));
        QCOMPARE(query.queryItemValue(QStringLiteral("accessTokenExpiresAt")),
                 QStringLiteral("1700000000000"));
        QCOMPARE(query.queryItemValue(QStringLiteral("accessTokenValueUpdated")), QStringLiteral("true"));

        request.properties = QList<Property>{{QStringLiteral("k"), QStringLiteral("v"), false}};
        QCOMPARE(FormCodec::encode(request.toJson()).unsupportedMember, QStringLiteral("properties"));
    }

    void listQueryParameters()
    {
        TokenListQuery query;
        query.subject = QStringLiteral("john doe");
        query.start = 20;
        query.end = 40;
        query.status = TokenListQuery::Status::Valid;
        const QUrlQuery url = query.toUrlQuery();
        QCOMPARE(url.queryItemValue(QStringLiteral("subject")), QStringLiteral("john doe"));
        QCOMPARE(url.queryItemValue(QStringLiteral("start")), QStringLiteral("20"));
        QCOMPARE(url.queryItemValue(QStringLiteral("end")), QStringLiteral("40"));
        QCOMPARE(url.queryItemValue(QStringLiteral("tokenStatus")), QStringLiteral("VALID"));
        QVERIFY(!url.hasQueryItem(QStringLiteral("clientIdentifier")));
        QCOMPARE(TokenListQuery::statusFromName(QStringLiteral("INVALID")), TokenListQuery::Status::Invalid);
        QVERIFY(!TokenListQuery::statusFromName(QStringLiteral("valid")));
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(7, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfterMs("3", now), std::optional<int>(3000));
        QCOMPARE(RetryPolicy::retryAfterMs("Sat, 28 Nov 2026 07:00:05 GMT", now), std::optional<int>(5000));
        QCOMPARE(RetryPolicy::retryAfterMs("Sat, 28 Nov 2026 06:00:00 GMT", now), std::optional<int>(0));
        QVERIFY(!RetryPolicy::retryAfterMs("", now));
        QVERIFY(!RetryPolicy::retryAfterMs("soon", now));
        QVERIFY(!RetryPolicy::retryAfterMs("-4", now));
    }

    void backoffGrowsWithinBounds()
    {
        const RetryPolicy policy{6, 100, 1000, 2.0};
        for (int round = 0; round < 50; ++round) {
            const int first = policy.backoffDelayMs(2);
            QVERIFY(first >= 50 && first <= 100);
            const int third = policy.backoffDelayMs(4);
            QVERIFY(third >= 200 && third <= 400);
            const int capped = policy.backoffDelayMs(20);
            QVERIFY(capped >= 500 && capped <= 1000);
        }
    }

    void hashIsSha256Base64Url()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        QCOMPARE(TokenHash::of(QStringLiteral("abc")),
                 QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"));
    }

    void errorMessagesSayWhatToDo()
    {
        const ApiError unauthorized = ApiError::fromHttp(
            401,
            R"({"resultCode":"A001202","resultMessage":"[A001202] /auth/token/get/list, Authorization header is missing."})");
        QCOMPARE(unauthorized.resultCode, QStringLiteral("A001202"));
        QVERIFY(unauthorized.message().contains(QStringLiteral("401")));
        QVERIFY(unauthorized.message().contains(QStringLiteral("Authorization header is missing")));

        const ApiError proxyPage =
            ApiError::fromHttp(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        QVERIFY(proxyPage.resultCode.isEmpty());
        QVERIFY(proxyPage.message().contains(QStringLiteral("502")));
        QVERIFY(proxyPage.detail.size() <= 200);

        const ApiError integerCode = ApiError::fromHttp(404, R"({"resultCode":404,"resultMessage":""})");
        QCOMPARE(integerCode.resultCode, QStringLiteral("404"));
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError::invalidRequest(QStringLiteral("x")).message().contains(QStringLiteral("not sent")));
    }
};

QTEST_APPLESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
