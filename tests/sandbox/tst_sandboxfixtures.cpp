// The sandbox against the golden fixtures of tests/fixtures/api, written from the API reference: it
// must accept exactly the documented requests (JSON and form) and answer with the documented replies,
// member for member and type for type, and value for value wherever a store seeded with the
// reference's example data and a pinned clock make the value reproducible. The client is held to the
// same fixtures (tests/core/tst_apifixtures), so a member misnamed on both sides fails both.
#include "ApiFixtures.h"
#include "SandboxApi.h"
#include "SandboxStore.h"
#include "TokenHash.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

namespace {

const QString kApi = QStringLiteral("/api/715948317/auth/token/");
const QByteArray kBearer = "fixture-bearer";
constexpr qint64 kClientId = 26888344961664;
// The create examples expire at 1642048148973 after the default 3600 s: so they were made at this.
constexpr qint64 kNow = 1642044548973;
const QString kAccessToken = QStringLiteral("Z5a40U6dWvw2gMoCOAFbZcM85q4HC0Z--0YKD9-Nf6Q");
const QString kTokenId = QStringLiteral("kOw2h3VXQDaV7mZ4gHmT1w");

// The client of the §2.1 example, with the members its table adds, as in list-reply.json.
ClientLimited exampleClient()
{
    ClientLimited client;
    client.number = 6260;
    client.clientId = kClientId;
    client.clientIdAlias = QStringLiteral("my-device-flow-client");
    client.clientIdAliasEnabled = false;
    client.clientName = QStringLiteral("My Device Flow Client");
    client.clientNames = {{QStringLiteral("ja"), QStringLiteral("デバイスフロークライアント")}};
    client.description = QStringLiteral("A client of the device flow.");
    client.descriptions = {{QStringLiteral("ja"), QStringLiteral("デバイスフローのクライアント")}};
    client.clientType = QStringLiteral("CONFIDENTIAL");
    return client;
}

// The token of the §2.1 example, as in list-reply.json.
SandboxToken exampleToken()
{
    SandboxToken record;
    record.tokenId = kTokenId;
    AccessToken &token = record.token;
    token.accessTokenHash = QStringLiteral("tC5hpjGylLiiw-vsd5_tqVHtYSUHblAGimEJ-5xqAco");
    token.accessTokenExpiresAt = 1642048149000;
    token.refreshTokenHash = QStringLiteral("jv4B_7_kpY-Rez_E7bYIxGYnZk43w18uigkaeUe6tc4");
    token.refreshTokenExpiresAt = 1642048149000;
    token.createdAt = 1642044549000;
    token.clientId = kClientId;
    token.subject = QStringLiteral("john");
    token.grantType = GrantType::fromName(QStringLiteral("AUTHORIZATION_CODE"));
    token.scopes = {QStringLiteral("history.read")};
    token.properties = {{QStringLiteral("device"), QStringLiteral("ios-17"), false},
                        {QStringLiteral("risk_score"), QStringLiteral("0.12"), true}};
    token.refreshTokenScopes = token.scopes;
    return record;
}

// The token the update examples name by its value, created as create-reply.json says.
SandboxToken updatableToken()
{
    SandboxToken record;
    record.tokenId = kTokenId;
    AccessToken &token = record.token;
    token.accessTokenHash = TokenHash::of(kAccessToken);
    token.accessTokenExpiresAt = 1642048149000;
    token.refreshTokenHash = TokenHash::of(QStringLiteral("9beh15GWkGLseBBO1tPobnsGpKLHV3mTkm0EWnNBa4g"));
    token.refreshTokenExpiresAt = 1642130948973;
    token.createdAt = kNow;
    token.clientId = kClientId;
    token.subject = QStringLiteral("john");
    token.grantType = GrantType::fromName(QStringLiteral("AUTHORIZATION_CODE"));
    token.scopes = {QStringLiteral("history.read"), QStringLiteral("timeline.read")};
    token.refreshTokenScopes = token.scopes;
    return record;
}

// A JSON value reduced to its member names and JSON types; an array to the distinct shapes of its
// items, so that a reply with three tokens has the shape of a fixture that shows one.
QJsonValue shapeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject shape;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            shape.insert(it.key(), shapeOf(it.value()));
        return shape;
    }
    case QJsonValue::Array: {
        QJsonArray shapes;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonValue shape = shapeOf(item);
            if (!shapes.contains(shape))
                shapes.append(shape);
        }
        return shapes;
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Compact text, so that QCOMPARE shows both sides when they differ.
QByteArray text(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

QJsonObject without(QJsonObject json, std::initializer_list<const char *> members)
{
    for (const char *member : members)
        json.remove(QLatin1StringView(member));
    return json;
}

QJsonObject jsonOf(const SandboxResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestSandboxFixtures : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void listReply();
    void listTokenStatus_data();
    void listTokenStatus();
    void createReply_data();
    void createReply();
    void createReplyFull();
    void createGrantTypes();
    void updateReply_data();
    void updateReply();
    void updateReplyFull();
    void revokeReply_data();
    void revokeReply();
    void errorReplies();

private:
    SandboxResponse call(const QByteArray &method, const QString &endpoint, const QByteArray &body,
                         const QByteArray &contentType, const QUrlQuery &query = {});

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
};

void TestSandboxFixtures::init()
{
    m_store = std::make_unique<SandboxStore>();
    m_store->addClient(exampleClient());
    SandboxSettings settings;
    settings.bearer = QString::fromLatin1(kBearer);
    m_api = std::make_unique<SandboxApi>(settings, *m_store);
    m_api->setClock([] { return kNow; });
}

SandboxResponse TestSandboxFixtures::call(const QByteArray &method, const QString &endpoint,
                                          const QByteArray &body, const QByteArray &contentType,
                                          const QUrlQuery &query)
{
    SandboxRequest request{method, kApi + endpoint, query, {{"authorization", "Bearer " + kBearer}}, body};
    if (!contentType.isEmpty())
        request.headers.append({"content-type", contentType});
    return m_api->handle(request);
}

void TestSandboxFixtures::listReply()
{
    // The example is abridged: its totalCount is 3 but it shows the first token only. Two more of
    // john's tokens with this client, created later, complete it.
    std::vector<SandboxToken> records{exampleToken(), exampleToken(), exampleToken()};
    for (int i = 1; i < 3; ++i) {
        records[size_t(i)].tokenId += QString::number(i);
        records[size_t(i)].token.accessTokenHash = TokenHash::of(QString::number(i));
        records[size_t(i)].token.refreshTokenHash =
            TokenHash::of(QStringLiteral("refresh") + QString::number(i));
        records[size_t(i)].token.createdAt += i * 1000;
    }
    m_store->resetTokens(std::move(records));

    const SandboxResponse response =
        call("GET", QStringLiteral("get/list"), {}, {},
             QUrlQuery(QString::fromUtf8(ApiFixtures::bytes("list-request.query"))));
    QCOMPARE(response.status, 200);
    const QJsonObject fixture = ApiFixtures::json("list-reply.json");
    const QJsonObject reply = jsonOf(response);
    QCOMPARE(text(shapeOf(reply)), text(shapeOf(fixture)));
    QCOMPARE(text(without(reply, {"accessTokens"})), text(without(fixture, {"accessTokens"})));
    const QJsonArray tokens = reply.value(QLatin1StringView("accessTokens")).toArray();
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(text(tokens.first()), text(fixture.value(QLatin1StringView("accessTokens")).toArray().first()));
}

void TestSandboxFixtures::listTokenStatus_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("totalCount");
    // The example token expires after the pinned clock's now.
    QTest::newRow("VALID") << "list-request-valid.query" << 1;
    QTest::newRow("INVALID") << "list-request-invalid.query" << 0;
}

void TestSandboxFixtures::listTokenStatus()
{
    QFETCH(QString, fixture);
    QFETCH(int, totalCount);
    QVERIFY(m_store->insert(exampleToken()));
    const SandboxResponse response =
        call("GET", QStringLiteral("get/list"), {}, {},
             QUrlQuery(QString::fromUtf8(ApiFixtures::bytes(qPrintable(fixture)))));
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response).value(QLatin1StringView("totalCount")).toInt(-1), totalCount);
}

void TestSandboxFixtures::createReply_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json") << "create-request.json" << QByteArray("application/json");
    QTest::newRow("form") << "create-request.form" << QByteArray("application/x-www-form-urlencoded");
}

void TestSandboxFixtures::createReply()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, contentType);
    const SandboxResponse response =
        call("POST", QStringLiteral("create"), ApiFixtures::bytes(qPrintable(fixture)), contentType);
    QCOMPARE(response.status, 200);
    const QJsonObject expected = ApiFixtures::json("create-reply.json");
    const QJsonObject reply = jsonOf(response);
    QCOMPARE(text(shapeOf(reply)), text(shapeOf(expected)));
    // The issued values and the token ID are random.
    QCOMPARE(text(without(reply, {"accessToken", "refreshToken", "tokenId"})),
             text(without(expected, {"accessToken", "refreshToken", "tokenId"})));
    QCOMPARE(m_store->size(), 1);
}

void TestSandboxFixtures::createReplyFull()
{
    const SandboxResponse response = call("POST", QStringLiteral("create"),
                                          ApiFixtures::bytes("create-request-full.json"), "application/json");
    QCOMPARE(response.status, 200);
    // The sandbox signs no access tokens, so it never issues a jwtAccessToken (§2.2: only "when the
    // service issues JWT access tokens").
    const QJsonObject expected = without(ApiFixtures::json("create-reply-full.json"), {"jwtAccessToken"});
    const QJsonObject reply = jsonOf(response);
    QCOMPARE(text(shapeOf(reply)), text(shapeOf(expected)));
    QCOMPARE(text(without(reply, {"tokenId"})), text(without(expected, {"tokenId"})));
    const SandboxToken *stored = m_store->findAccessToken(kAccessToken);
    QVERIFY(stored);
    QCOMPARE(stored->tokenId, reply.value(QLatin1StringView("tokenId")).toString());
}

void TestSandboxFixtures::createGrantTypes()
{
    const QJsonObject grantTypes = ApiFixtures::json("grant-types.json");
    for (auto it = grantTypes.begin(); it != grantTypes.end(); ++it) {
        const QString name = it.key();
        const QJsonObject request{{QStringLiteral("grantType"), name},
                                  {QStringLiteral("clientId"), kClientId},
                                  {QStringLiteral("subject"), QStringLiteral("john")}};
        const SandboxResponse response =
            call("POST", QStringLiteral("create"), QJsonDocument(request).toJson(QJsonDocument::Compact),
                 "application/json");
        // §2.2: REFRESH_TOKEN "is not allowed" although the enum lists it.
        if (name == QLatin1StringView("REFRESH_TOKEN")) {
            QCOMPARE(response.status, 400);
            continue;
        }
        QVERIFY2(response.status == 200, qPrintable(name));
        const QJsonObject reply = jsonOf(response);
        QCOMPARE(reply.value(QLatin1StringView("grantType")).toString(), name);
        QCOMPARE(reply.value(QLatin1StringView("resultMessage")).toString(),
                 QStringLiteral("[A109001] An access token was created successfully: ") +
                     it.value().toString() + QStringLiteral(", client = 26888344961664"));
        // §2.2: no refresh token with IMPLICIT or CLIENT_CREDENTIALS, whose tokens have no subject.
        const bool refreshless =
            name == QLatin1StringView("IMPLICIT") || name == QLatin1StringView("CLIENT_CREDENTIALS");
        QCOMPARE(reply.contains(QLatin1StringView("refreshToken")), !refreshless);
        QCOMPARE(reply.contains(QLatin1StringView("subject")),
                 name != QLatin1StringView("CLIENT_CREDENTIALS"));
    }
    QCOMPARE(m_store->size(), grantTypes.size() - 1);
}

void TestSandboxFixtures::updateReply_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json") << "update-request.json" << QByteArray("application/json");
    QTest::newRow("form") << "update-request.form" << QByteArray("application/x-www-form-urlencoded");
}

void TestSandboxFixtures::updateReply()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, contentType);
    QVERIFY(m_store->insert(updatableToken()));
    const SandboxResponse response =
        call("POST", QStringLiteral("update"), ApiFixtures::bytes(qPrintable(fixture)), contentType);
    QCOMPARE(response.status, 200);
    QCOMPARE(text(jsonOf(response)), text(ApiFixtures::json("update-reply.json")));
    QCOMPARE(m_store->findAccessToken(kAccessToken)->token.scopes,
             QStringList{QStringLiteral("history.read")});
}

void TestSandboxFixtures::updateReplyFull()
{
    QVERIFY(m_store->insert(updatableToken()));
    const SandboxResponse response = call("POST", QStringLiteral("update"),
                                          ApiFixtures::bytes("update-request-full.json"), "application/json");
    QCOMPARE(response.status, 200);
    QCOMPARE(text(jsonOf(response)), text(ApiFixtures::json("update-reply-full.json")));
}

void TestSandboxFixtures::revokeReply_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray json = "application/json";
    QTest::newRow("access token") << "revoke-request-access-token.json" << json;
    QTest::newRow("refresh token") << "revoke-request-refresh-token.json" << json;
    QTest::newRow("client and subject") << "revoke-request-client-subject.json" << json;
    QTest::newRow("client") << "revoke-request-client.json" << json;
    QTest::newRow("subject") << "revoke-request-subject.json" << json;
    QTest::newRow("form") << "revoke-request.form" << QByteArray("application/x-www-form-urlencoded");
}

void TestSandboxFixtures::revokeReply()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, contentType);
    // One token that every request names: the example's count of 1 is then reproducible.
    QVERIFY(m_store->insert(exampleToken()));
    const SandboxResponse response =
        call("POST", QStringLiteral("revoke"), ApiFixtures::bytes(qPrintable(fixture)), contentType);
    QCOMPARE(response.status, 200);
    const QJsonObject expected = ApiFixtures::json("revoke-reply.json");
    const QJsonObject reply = jsonOf(response);
    QCOMPARE(text(shapeOf(reply)), text(shapeOf(expected)));
    QCOMPARE(text(without(reply, {"resultMessage"})), text(without(expected, {"resultMessage"})));
    // The reference's example lacks the "[A312001] " that every other result message starts with;
    // the sandbox adds it (§2.5).
    QCOMPARE(reply.value(QLatin1StringView("resultMessage")).toString(),
             QStringLiteral("[A312001] ") + expected.value(QLatin1StringView("resultMessage")).toString());
    QCOMPARE(m_store->size(), 0);
}

void TestSandboxFixtures::errorReplies()
{
    // 401: the example's message with this API's path in place of the shared /auth/authorization.
    SandboxResponse response = m_api->handle({"GET", kApi + QStringLiteral("get/list"), {}, {}, {}});
    QCOMPARE(response.status, 401);
    QJsonObject expected = ApiFixtures::json("error-401.json");
    expected.insert(QLatin1StringView("resultMessage"), expected.value(QLatin1StringView("resultMessage"))
                                                            .toString()
                                                            .replace(QStringLiteral("/auth/authorization"),
                                                                     QStringLiteral("/auth/token/get/list")));
    QCOMPARE(text(jsonOf(response)), text(expected));

    // 400 and 403: the sandbox's reasons differ from the examples' (TLS, a locked client); the
    // members and their types may not.
    response = call("GET", QStringLiteral("get/list"), {}, {}, QUrlQuery(QStringLiteral("start=-1")));
    QCOMPARE(response.status, 400);
    QCOMPARE(text(shapeOf(jsonOf(response))), text(shapeOf(ApiFixtures::json("error-400.json"))));
    response = m_api->handle({"GET",
                              QStringLiteral("/api/1/auth/token/get/list"),
                              {},
                              {{"authorization", "Bearer " + kBearer}},
                              {}});
    QCOMPARE(response.status, 403);
    QCOMPARE(text(shapeOf(jsonOf(response))), text(shapeOf(ApiFixtures::json("error-403.json"))));

    // §9: non-OK create and update carry their action.
    response = call("POST", QStringLiteral("create"), R"({"clientId":26888344961664,"subject":"john"})",
                    "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(text(jsonOf(response)), text(ApiFixtures::json("error-create-400.json")));
    response = call("POST", QStringLiteral("update"), R"({"accessTokenHash":"unknown"})", "application/json");
    QCOMPARE(response.status, 404);
    QCOMPARE(text(jsonOf(response)), text(ApiFixtures::json("error-update-404.json")));
    // error-404.json (an integer code, a placeholder against the schema) and error-500.json (only the
    // server's fault injection answers 500) are the client's to cope with.
}

QTEST_GUILESS_MAIN(TestSandboxFixtures)
#include "tst_sandboxfixtures.moc"
