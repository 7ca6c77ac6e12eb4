#include "TokenCreateResponse.h"

#include "JsonFields.h"

std::optional<TokenCreateResponse> TokenCreateResponse::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    TokenCreateResponse response;
    response.action = string(json, QLatin1StringView("action"));
    response.accessToken = string(json, QLatin1StringView("accessToken"));
    if (response.action != QLatin1StringView("OK") || response.accessToken.isEmpty())
        return std::nullopt;
    response.resultCode = string(json, QLatin1StringView("resultCode"));
    response.resultMessage = string(json, QLatin1StringView("resultMessage"));
    response.refreshToken = string(json, QLatin1StringView("refreshToken"));
    response.clientId = int64Or(json, QLatin1StringView("clientId"));
    response.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    response.expiresAt = int64Or(json, QLatin1StringView("expiresAt"));
    response.expiresIn = int64Or(json, QLatin1StringView("expiresIn"));
    response.grantType = string(json, QLatin1StringView("grantType"));
    response.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    response.scopes = stringList(json, QLatin1StringView("scopes")).value_or(QStringList());
    response.subject = string(json, QLatin1StringView("subject"));
    response.tokenType = string(json, QLatin1StringView("tokenType"));
    response.jwtAccessToken = string(json, QLatin1StringView("jwtAccessToken"));
    if (json.value(QLatin1StringView("authorizationDetails")).isObject())
        response.authorizationDetails =
            AuthorizationDetails::fromJson(json.value(QLatin1StringView("authorizationDetails")).toObject());
    response.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    response.tokenId = string(json, QLatin1StringView("tokenId"));
    response.refreshTokenScopes = stringList(json, QLatin1StringView("refreshTokenScopes"));
    response.sessionId = string(json, QLatin1StringView("sessionId"));
    return response;
}

QJsonObject TokenCreateResponse::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("resultCode"), resultCode);
    insert(json, QLatin1StringView("resultMessage"), resultMessage);
    insert(json, QLatin1StringView("action"), action);
    insert(json, QLatin1StringView("accessToken"), accessToken);
    insert(json, QLatin1StringView("refreshToken"), refreshToken);
    json.insert(QLatin1StringView("clientId"), clientId);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    json.insert(QLatin1StringView("expiresAt"), expiresAt);
    json.insert(QLatin1StringView("expiresIn"), expiresIn);
    insert(json, QLatin1StringView("grantType"), grantType);
    if (!properties.isEmpty())
        json.insert(QLatin1StringView("properties"), Property::listToJson(properties));
    json.insert(QLatin1StringView("scopes"), JsonFields::toArray(scopes));
    insert(json, QLatin1StringView("subject"), subject);
    insert(json, QLatin1StringView("tokenType"), tokenType);
    insert(json, QLatin1StringView("jwtAccessToken"), jwtAccessToken);
    if (authorizationDetails)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails->toJson());
    insert(json, QLatin1StringView("forExternalAttachment"), forExternalAttachment);
    insert(json, QLatin1StringView("tokenId"), tokenId);
    insert(json, QLatin1StringView("refreshTokenScopes"), refreshTokenScopes);
    insert(json, QLatin1StringView("sessionId"), sessionId);
    return json;
}
