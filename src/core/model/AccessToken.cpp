#include "AccessToken.h"

#include "JsonFields.h"

std::optional<AccessToken> AccessToken::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    AccessToken token;
    token.accessTokenHash = string(json, QLatin1StringView("accessTokenHash"));
    if (token.accessTokenHash.isEmpty())
        return std::nullopt;
    token.accessTokenExpiresAt = int64Or(json, QLatin1StringView("accessTokenExpiresAt"));
    token.refreshTokenHash = string(json, QLatin1StringView("refreshTokenHash"));
    token.refreshTokenExpiresAt = int64Or(json, QLatin1StringView("refreshTokenExpiresAt"));
    token.createdAt = int64Or(json, QLatin1StringView("createdAt"));
    token.lastRefreshedAt = int64Or(json, QLatin1StringView("lastRefreshedAt"));
    token.clientId = int64Or(json, QLatin1StringView("clientId"));
    token.subject = string(json, QLatin1StringView("subject"));
    token.grantType = GrantType::fromName(string(json, QLatin1StringView("grantType")));
    token.scopes = stringList(json, QLatin1StringView("scopes")).value_or(QStringList());
    token.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    token.refreshTokenScopes = stringList(json, QLatin1StringView("refreshTokenScopes"));
    return token;
}

QJsonObject AccessToken::toJson() const
{
    QJsonObject json{
        {QLatin1StringView("accessTokenHash"), accessTokenHash},
        {QLatin1StringView("accessTokenExpiresAt"), accessTokenExpiresAt},
        {QLatin1StringView("createdAt"), createdAt},
        {QLatin1StringView("lastRefreshedAt"), lastRefreshedAt},
        {QLatin1StringView("clientId"), clientId},
        {QLatin1StringView("scopes"), JsonFields::toArray(scopes)},
    };
    if (!refreshTokenHash.isEmpty()) {
        json.insert(QLatin1StringView("refreshTokenHash"), refreshTokenHash);
        json.insert(QLatin1StringView("refreshTokenExpiresAt"), refreshTokenExpiresAt);
    }
    JsonFields::insert(json, QLatin1StringView("subject"), subject);
    JsonFields::insert(json, QLatin1StringView("grantType"), grantType.name());
    if (!properties.isEmpty())
        json.insert(QLatin1StringView("properties"), Property::listToJson(properties));
    JsonFields::insert(json, QLatin1StringView("refreshTokenScopes"), refreshTokenScopes);
    return json;
}
