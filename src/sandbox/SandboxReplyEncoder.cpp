#include "SandboxReplyEncoder.h"

#include "JsonFields.h"
#include "SandboxCreateRequest.h"
#include "SandboxGrantType.h"
#include "SandboxUpdateRequest.h"

#include <QJsonArray>

namespace {

using JsonFields::insert;
using JsonFields::toArray;

// §3.2: every property with all three members.
QJsonArray properties(const QList<Property> &list)
{
    QJsonArray array;
    for (const Property &property : list)
        array.append(QJsonObject{{QLatin1StringView("key"), property.key},
                                 {QLatin1StringView("value"), property.value},
                                 {QLatin1StringView("hidden"), property.hidden}});
    return array;
}

void insertProperties(QJsonObject &json, const QList<Property> &list)
{
    if (!list.isEmpty())
        json.insert(QLatin1StringView("properties"), properties(list));
}

// §2.1 tagged_value.
QJsonArray taggedValues(const QList<TaggedValue> &list)
{
    QJsonArray array;
    for (const TaggedValue &value : list)
        array.append(
            QJsonObject{{QLatin1StringView("tag"), value.tag}, {QLatin1StringView("value"), value.value}});
    return array;
}

// §3.3: the request's details as a server keeps them, the members the schema names and no others;
// empty lists and strings are left out.
QJsonObject authorizationDetails(const QJsonObject &details)
{
    QJsonArray elements;
    for (const QJsonValue item : details.value(QLatin1StringView("elements")).toArray()) {
        const QJsonObject given = item.toObject();
        QJsonObject element{{QLatin1StringView("type"), given.value(QLatin1StringView("type"))}};
        for (const char *key :
             {"locations", "actions", "dataTypes", "identifier", "privileges", "otherFields"}) {
            const QLatin1StringView name(key);
            const QJsonValue value = given.value(name);
            const bool empty = value.isArray() ? value.toArray().isEmpty() : value.toString().isEmpty();
            if (!empty)
                element.insert(name, value);
        }
        elements.append(element);
    }
    return {{QLatin1StringView("elements"), elements}};
}

void insertAuthorizationDetails(QJsonObject &json, const std::optional<QJsonObject> &details)
{
    if (details)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails(*details));
}

// §2.1 client_limited.
QJsonObject client(const ClientLimited &client)
{
    QJsonObject json{{QLatin1StringView("clientId"), client.clientId}};
    insert(json, QLatin1StringView("number"), client.number);
    insert(json, QLatin1StringView("clientIdAlias"), client.clientIdAlias);
    insert(json, QLatin1StringView("clientIdAliasEnabled"), client.clientIdAliasEnabled);
    insert(json, QLatin1StringView("clientName"), client.clientName);
    if (!client.clientNames.isEmpty())
        json.insert(QLatin1StringView("clientNames"), taggedValues(client.clientNames));
    insert(json, QLatin1StringView("description"), client.description);
    if (!client.descriptions.isEmpty())
        json.insert(QLatin1StringView("descriptions"), taggedValues(client.descriptions));
    insert(json, QLatin1StringView("clientType"), client.clientType);
    return json;
}

// §2.1 access_token: hashes and metadata, never a token value.
QJsonObject accessToken(const AccessToken &token)
{
    QJsonObject json{{QLatin1StringView("accessTokenHash"), token.accessTokenHash},
                     {QLatin1StringView("accessTokenExpiresAt"), token.accessTokenExpiresAt},
                     {QLatin1StringView("createdAt"), token.createdAt},
                     {QLatin1StringView("lastRefreshedAt"), token.lastRefreshedAt},
                     {QLatin1StringView("clientId"), token.clientId},
                     {QLatin1StringView("scopes"), toArray(token.scopes)}};
    if (!token.refreshTokenHash.isEmpty()) {
        json.insert(QLatin1StringView("refreshTokenHash"), token.refreshTokenHash);
        json.insert(QLatin1StringView("refreshTokenExpiresAt"), token.refreshTokenExpiresAt);
    }
    insert(json, QLatin1StringView("subject"), token.subject);
    insert(json, QLatin1StringView("grantType"), token.grantType.name());
    insertProperties(json, token.properties);
    insert(json, QLatin1StringView("refreshTokenScopes"), token.refreshTokenScopes);
    return json;
}

QString tokenType(const QString &dpopKeyThumbprint)
{
    // "the token's token_type will be set to 'DPoP'" (§2.2, §2.3).
    return dpopKeyThumbprint.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("DPoP");
}

QJsonObject result(const QString &resultCode, const QString &text)
{
    return {{QLatin1StringView("resultCode"), resultCode},
            {QLatin1StringView("resultMessage"),
             QString(QLatin1Char('[') + resultCode + QStringLiteral("] ") + text)}};
}

} // namespace

QJsonObject SandboxReplyEncoder::list(int start, int end, const SandboxStore::Window &window,
                                      const ClientLimited *listed, const QString &subject)
{
    QJsonObject json{{QLatin1StringView("start"), start},
                     {QLatin1StringView("end"), end},
                     {QLatin1StringView("totalCount"), window.totalCount}};
    if (listed)
        json.insert(QLatin1StringView("client"), client(*listed));
    insert(json, QLatin1StringView("subject"), subject);
    if (!window.tokens.isEmpty()) {
        QJsonArray tokens;
        for (const AccessToken &token : window.tokens)
            tokens.append(accessToken(token));
        json.insert(QLatin1StringView("accessTokens"), tokens);
    }
    return json;
}

QJsonObject SandboxReplyEncoder::created(const QString &resultCode, const SandboxCreateRequest &request,
                                         const SandboxToken &record, const QString &accessToken,
                                         const QString &refreshToken)
{
    const AccessToken &token = record.token;
    const SandboxGrantType *grantType = SandboxGrantType::find(token.grantType.name());
    QJsonObject json =
        result(resultCode, QStringLiteral("An access token was created successfully: ") +
                               (grantType ? QString(grantType->oauthValue) : token.grantType.name()) +
                               QStringLiteral(", client = ") + QString::number(token.clientId));
    json.insert(QLatin1StringView("action"), QStringLiteral("OK"));
    json.insert(QLatin1StringView("accessToken"), accessToken);
    insert(json, QLatin1StringView("refreshToken"), refreshToken);
    json.insert(QLatin1StringView("clientId"), token.clientId);
    insert(json, QLatin1StringView("clientIdentifier"), request.clientIdentifier);
    json.insert(QLatin1StringView("expiresAt"), token.accessTokenExpiresAt);
    json.insert(QLatin1StringView("expiresIn"), (token.accessTokenExpiresAt - token.createdAt) / 1000);
    insert(json, QLatin1StringView("grantType"), token.grantType.name());
    insertProperties(json, token.properties);
    json.insert(QLatin1StringView("scopes"), toArray(token.scopes));
    insert(json, QLatin1StringView("subject"), token.subject);
    json.insert(QLatin1StringView("tokenType"), tokenType(request.dpopKeyThumbprint));
    insertAuthorizationDetails(json, request.authorizationDetails);
    insert(json, QLatin1StringView("forExternalAttachment"), request.forExternalAttachment);
    insert(json, QLatin1StringView("tokenId"), record.tokenId);
    insert(json, QLatin1StringView("refreshTokenScopes"), token.refreshTokenScopes);
    insert(json, QLatin1StringView("sessionId"), request.sessionId);
    return json;
}

QJsonObject SandboxReplyEncoder::updated(const QString &resultCode, const SandboxUpdateRequest &request,
                                         const SandboxToken &record, const QString &accessToken)
{
    const AccessToken &token = record.token;
    QJsonObject json = result(resultCode, QStringLiteral("Updated the access token successfully."));
    json.insert(QLatin1StringView("action"), QStringLiteral("OK"));
    insert(json, QLatin1StringView("accessToken"), accessToken);
    json.insert(QLatin1StringView("accessTokenExpiresAt"), token.accessTokenExpiresAt);
    json.insert(QLatin1StringView("refreshTokenExpiresAt"), token.refreshTokenExpiresAt);
    insertProperties(json, token.properties);
    json.insert(QLatin1StringView("scopes"), toArray(token.scopes));
    insertAuthorizationDetails(json, request.authorizationDetails);
    json.insert(QLatin1StringView("tokenType"), tokenType(request.dpopKeyThumbprint));
    insert(json, QLatin1StringView("forExternalAttachment"), request.forExternalAttachment);
    insert(json, QLatin1StringView("tokenId"), record.tokenId);
    return json;
}

QJsonObject SandboxReplyEncoder::revoked(const QString &resultCode, int count)
{
    QJsonObject json = result(resultCode, QStringLiteral("Revoked ") + QString::number(count) +
                                              QStringLiteral(" access token(s)."));
    json.insert(QLatin1StringView("count"), count);
    return json;
}
