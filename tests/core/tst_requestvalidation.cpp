// The rules a request must meet before it is sent, as the dialogs and the client apply them: each rule
// with one input it accepts and one it refuses.
#include "AuthorizationDetails.h"
#include "ConnectionSettings.h"
#include "TokenCreateRequest.h"
#include "TokenUpdateRequest.h"

#include <QTest>

using Field = TokenCreateRequest::Field;

namespace {

// Valid as it stands; each test breaks one field of it.
TokenCreateRequest validCreateRequest()
{
    TokenCreateRequest request;
    request.grantType = GrantType::AuthorizationCode;
    request.clientId = 1001;
    request.subject = QStringLiteral("john");
    return request;
}

} // namespace

class TestRequestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validCreateRequestHasNoProblems()
    {
        QCOMPARE(validCreateRequest().problems(), (QMap<Field, QString>()));
    }

    void grantTypeIsRequired()
    {
        TokenCreateRequest request = validCreateRequest();
        request.grantType = GrantType();
        QCOMPARE(request.problems().keys(), QList<Field>{Field::GrantType});
    }

    void clientIsRequired()
    {
        TokenCreateRequest request = validCreateRequest();
        request.clientId.reset();
        QCOMPARE(request.problems().keys(), QList<Field>{Field::Client});
        request.clientIdentifier = QStringLiteral("my-app");
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
    }

    void clientIdentifierWithoutSpaces()
    {
        TokenCreateRequest request = validCreateRequest();
        request.clientId.reset();
        request.clientIdentifier = QStringLiteral("my app");
        QVERIFY(request.problems().value(Field::Client).contains(QLatin1StringView("spaces")));
    }

    void subjectRequiredExceptForClientCredentials_data()
    {
        QTest::addColumn<GrantType>("grantType");
        for (const GrantType &grantType : GrantType::all())
            QTest::newRow(qPrintable(grantType.name())) << grantType;
    }

    void subjectRequiredExceptForClientCredentials()
    {
        QFETCH(GrantType, grantType);
        TokenCreateRequest request = validCreateRequest();
        request.grantType = grantType;
        request.subject.clear();
        const QString problem = request.problems().value(Field::Subject);
        if (grantType == GrantType::ClientCredentials) {
            QCOMPARE(problem, QString());
        } else {
            QVERIFY2(problem.contains(QLatin1StringView("required for ") + grantType.name()),
                     qPrintable(problem));
        }
    }

    void subjectIsAscii()
    {
        TokenCreateRequest request = validCreateRequest();
        request.subject = QStringLiteral("j\u00f6rg");
        QVERIFY(request.problems().value(Field::Subject).contains(QLatin1StringView("ASCII")));
        request.subject = QStringLiteral("joerg~!@#$%^&*()_+");
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
    }

    void subjectAtMost100Characters()
    {
        TokenCreateRequest request = validCreateRequest();
        request.subject = QString(100, QLatin1Char('a'));
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.subject += QLatin1Char('a');
        QVERIFY(request.problems().value(Field::Subject).contains(QLatin1StringView("101")));
    }

    void durationsAreNotNegative()
    {
        TokenCreateRequest request = validCreateRequest();
        request.accessTokenDuration = 0;
        request.refreshTokenDuration = 86400;
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.accessTokenDuration = -1;
        request.refreshTokenDuration = -86400;
        QCOMPARE(request.problems().keys(),
                 (QList<Field>{Field::AccessTokenDuration, Field::RefreshTokenDuration}));
    }

    void propertyKeysAreGivenAndUnique()
    {
        TokenCreateRequest request = validCreateRequest();
        request.properties = QList<Property>{{QStringLiteral("tier"), QStringLiteral("gold"), false},
                                             {QStringLiteral("level"), QStringLiteral("2"), true}};
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.properties->append({QStringLiteral("tier"), QStringLiteral("silver"), false});
        QVERIFY(request.problems().value(Field::Properties).contains(u"“tier”"));
        request.properties->last().key.clear();
        QVERIFY(request.problems().value(Field::Properties).contains(QLatin1StringView("no key")));
    }

    void thumbprintsAreBase64Url()
    {
        TokenCreateRequest request = validCreateRequest();
        request.certificateThumbprint = QStringLiteral("bnF3ZXJ0eXVpb3A_-");
        request.dpopKeyThumbprint = QStringLiteral("ZHBvcC1rZXk");
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.certificateThumbprint = QStringLiteral("bnF3ZXJ0eXVpb3A=");
        request.dpopKeyThumbprint = QStringLiteral("ZHBvc+1rZXk");
        QCOMPARE(request.problems().keys(),
                 (QList<Field>{Field::CertificateThumbprint, Field::DpopKeyThumbprint}));
    }

    void resourcesAreAbsoluteWithoutFragment()
    {
        TokenCreateRequest request = validCreateRequest();
        request.resources =
            QStringList{QStringLiteral("https://api.example.com/"), QStringLiteral("urn:example:rs")};
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.resources = QStringList{QStringLiteral("/relative")};
        QVERIFY(
            request.problems().value(Field::Resources).contains(QLatin1StringView("not an absolute URI")));
        request.resources = QStringList{QStringLiteral("https://api.example.com/#part")};
        QVERIFY(request.problems().value(Field::Resources).contains(QLatin1StringView("fragment")));
    }

    void authorizationDetailElementsHaveAType()
    {
        TokenCreateRequest request = validCreateRequest();
        AuthorizationDetailsElement element;
        element.type = QStringLiteral("payment_initiation");
        request.authorizationDetails = AuthorizationDetails{{element}};
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.authorizationDetails->elements.append(AuthorizationDetailsElement());
        QVERIFY(
            request.problems().value(Field::AuthorizationDetails).contains(QLatin1StringView("Element 2")));
    }

    void jwtAtClaimsAreAJsonObject()
    {
        TokenCreateRequest request = validCreateRequest();
        request.jwtAtClaims = QStringLiteral(R"({"tenant":"acme"})");
        QCOMPARE(request.problems(), (QMap<Field, QString>()));
        request.jwtAtClaims = QStringLiteral(R"({"tenant": )");
        QVERIFY(request.problems().value(Field::JwtAtClaims).startsWith(QLatin1StringView("Not valid JSON")));
        request.jwtAtClaims = QStringLiteral("[1, 2]");
        QVERIFY(request.problems().value(Field::JwtAtClaims).contains(QLatin1StringView("JSON object")));
    }

    void problemsComeInFormOrder()
    {
        TokenCreateRequest request;
        request.grantType = GrantType::Password;
        request.jwtAtClaims = QStringLiteral("x");
        QCOMPARE(request.problems().keys(),
                 (QList<Field>{Field::Client, Field::Subject, Field::JwtAtClaims}));
    }

    void authorizationDetailsInAuthleteForm()
    {
        QString problem;
        const std::optional<AuthorizationDetails> details = AuthorizationDetails::parse(
            QStringLiteral("{\"elements\": [{\"type\": \"a\", \"otherFields\": \"{\\\"limit\\\":5}\"}]}"),
            &problem);
        QVERIFY2(details, qPrintable(problem));
        QCOMPARE(details->elements.size(), 1);
        QCOMPARE(details->elements.first().type, QStringLiteral("a"));
        QCOMPARE(details->elements.first().otherFields, QStringLiteral(R"({"limit":5})"));
    }

    void authorizationDetailsRfc9396ArrayIsWrapped()
    {
        QString problem;
        const std::optional<AuthorizationDetails> details = AuthorizationDetails::parse(
            QStringLiteral(R"([{"type": "payment_initiation", "actions": ["initiate"],
                "datatypes": ["iban"], "identifier": "x", "instructedAmount": {"currency": "EUR"}}])"),
            &problem);
        QVERIFY2(details, qPrintable(problem));
        QCOMPARE(details->elements.size(), 1);
        const AuthorizationDetailsElement &element = details->elements.first();
        QCOMPARE(element.type, QStringLiteral("payment_initiation"));
        QCOMPARE(element.actions, QStringList{QStringLiteral("initiate")});
        QCOMPARE(element.dataTypes, QStringList{QStringLiteral("iban")});
        QCOMPARE(element.identifier, QStringLiteral("x"));
        QCOMPARE(element.otherFields, QStringLiteral(R"({"instructedAmount":{"currency":"EUR"}})"));
    }

    void authorizationDetailsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QStringLiteral("[{") << QStringLiteral("Not valid JSON");
        QTest::newRow("object without elements")
            << QStringLiteral(R"({"type": "x"})") << QStringLiteral(R"(Expected {"elements")");
        QTest::newRow("element not an object")
            << QStringLiteral(R"(["payment"])") << QStringLiteral("Element 1 is not a JSON object");
        QTest::newRow("no type") << QStringLiteral(R"({"elements": [{"type": "a"}, {"actions": ["read"]}]})")
                                 << QStringLiteral(R"(Element 2 has no "type")");
        QTest::newRow("actions not strings") << QStringLiteral(R"([{"type": "a", "actions": "read"}])")
                                             << QStringLiteral(R"("actions" must be an array of strings)");
        QTest::newRow("identifier not a string") << QStringLiteral(R"([{"type": "a", "identifier": 7}])")
                                                 << QStringLiteral(R"("identifier" must be a string)");
        QTest::newRow("otherFields not an object")
            << QStringLiteral(R"([{"type": "a", "otherFields": "[1]"}])")
            << QStringLiteral(R"("otherFields" must be a JSON object)");
    }

    void authorizationDetailsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString problem;
        QCOMPARE(AuthorizationDetails::parse(text, &problem), std::nullopt);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void updateNamingTheTokenOnlyChangesNothing()
    {
        TokenUpdateRequest request;
        request.accessTokenHash = QStringLiteral("hash");
        request.accessToken = QStringLiteral("value");
        request.tokenId = QStringLiteral("id");
        QVERIFY(!request.changesSomething());
    }

    void updateChanges_data()
    {
        QTest::addColumn<TokenUpdateRequest>("request");
        QTest::addColumn<bool>("changes");
        const auto with = [](auto member, auto value) {
            TokenUpdateRequest request;
            request.accessTokenHash = QStringLiteral("hash");
            request.*member = value;
            return request;
        };
        using R = TokenUpdateRequest;
        QTest::newRow("access expiry") << with(&R::accessTokenExpiresAt, qint64(1)) << true;
        QTest::newRow("access expiry 0: unchanged") << with(&R::accessTokenExpiresAt, qint64(0)) << false;
        QTest::newRow("refresh expiry") << with(&R::refreshTokenExpiresAt, qint64(1)) << true;
        QTest::newRow("refresh expiry -1: unchanged") << with(&R::refreshTokenExpiresAt, qint64(-1)) << false;
        QTest::newRow("scopes") << with(&R::scopes, QStringList()) << true;
        QTest::newRow("properties") << with(&R::properties, QList<Property>()) << true;
        QTest::newRow("new value") << with(&R::accessTokenValueUpdated, true) << true;
        QTest::newRow("no new value") << with(&R::accessTokenValueUpdated, false) << false;
        QTest::newRow("persistent") << with(&R::accessTokenPersistent, true) << true;
        QTest::newRow("not persistent") << with(&R::accessTokenPersistent, false) << true;
        QTest::newRow("certificate") << with(&R::certificateThumbprint, QStringLiteral("x")) << true;
        QTest::newRow("DPoP key") << with(&R::dpopKeyThumbprint, QStringLiteral("x")) << true;
        QTest::newRow("details") << with(&R::authorizationDetails, AuthorizationDetails()) << true;
        QTest::newRow("external attachment") << with(&R::forExternalAttachment, false) << true;
        // Without new scopes the service recomputes nothing.
        QTest::newRow("access recompute alone")
            << with(&R::accessTokenExpiresAtUpdatedOnScopeUpdate, true) << false;
        QTest::newRow("refresh recompute alone")
            << with(&R::refreshTokenExpiresAtUpdatedOnScopeUpdate, true) << false;
    }

    void updateChanges()
    {
        QFETCH(TokenUpdateRequest, request);
        QFETCH(bool, changes);
        QCOMPARE(request.changesSomething(), changes);
    }

    void urlAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://authlete.example.com");
        QTest::newRow("https with port and path") << QStringLiteral("https://a.example:8443/base");
        QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http to 127.1.2.3") << QStringLiteral("http://127.1.2.3");
        QTest::newRow("http to localhost") << QStringLiteral("http://LocalHost:8080");
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080");
    }

    void urlAccepted()
    {
        QFETCH(QString, url);
        QCOMPARE(ConnectionSettings::urlProblem(QUrl(url, QUrl::StrictMode)), QString());
    }

    void urlRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("not valid");
        QTest::newRow("no host") << QStringLiteral("https:///path") << QStringLiteral("not valid");
        QTest::newRow("relative") << QStringLiteral("authlete.example.com") << QStringLiteral("not valid");
        QTest::newRow("http elsewhere")
            << QStringLiteral("http://authlete.example.com") << QStringLiteral("must start with https://");
        QTest::newRow("http to a LAN address")
            << QStringLiteral("http://192.168.1.10") << QStringLiteral("must start with https://");
        QTest::newRow("http to a name ending in localhost")
            << QStringLiteral("http://localhost.example.com") << QStringLiteral("must start with https://");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1")
                             << QStringLiteral("must start with https://");
    }

    void urlRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString problem = ConnectionSettings::urlProblem(QUrl(url, QUrl::StrictMode));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidation)
#include "tst_requestvalidation.moc"
