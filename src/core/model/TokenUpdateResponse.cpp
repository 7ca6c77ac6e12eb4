#include "TokenUpdateResponse.h"

#include "JsonFields.h"

std::optional<TokenUpdateResponse> TokenUpdateResponse::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    TokenUpdateResponse response;
    response.action = string(json, QLatin1StringView("action"));
    if (response.action != QLatin1StringView("OK"))
        return std::nullopt;
    response.resultCode = string(json, QLatin1StringView("resultCode"));
    response.resultMessage = string(json, QLatin1StringView("resultMessage"));
    response.accessToken = string(json, QLatin1StringView("accessToken"));
    response.accessTokenExpiresAt = int64Or(json, QLatin1StringView("accessTokenExpiresAt"));
    response.refreshTokenExpiresAt = int64Or(json, QLatin1StringView("refreshTokenExpiresAt"));
    response.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    response.scopes = stringList(json, QLatin1StringView("scopes")).value_or(QStringList());
    if (json.value(QLatin1StringView("authorizationDetails")).isObject())
        response.authorizationDetails =
            AuthorizationDetails::fromJson(json.value(QLatin1StringView("authorizationDetails")).toObject());
    response.tokenType = string(json, QLatin1StringView("tokenType"));
    response.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    response.tokenId = string(json, QLatin1StringView("tokenId"));
    return response;
}

QJsonObject TokenUpdateResponse::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("resultCode"), resultCode);
    insert(json, QLatin1StringView("resultMessage"), resultMessage);
    insert(json, QLatin1StringView("action"), action);
    insert(json, QLatin1StringView("accessToken"), accessToken);
    json.insert(QLatin1StringView("accessTokenExpiresAt"), accessTokenExpiresAt);
    json.insert(QLatin1StringView("refreshTokenExpiresAt"), refreshTokenExpiresAt);
    if (!properties.isEmpty())
        json.insert(QLatin1StringView("properties"), Property::listToJson(properties));
    json.insert(QLatin1StringView("scopes"), JsonFields::toArray(scopes));
    if (authorizationDetails)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails->toJson());
    insert(json, QLatin1StringView("tokenType"), tokenType);
    insert(json, QLatin1StringView("forExternalAttachment"), forExternalAttachment);
    insert(json, QLatin1StringView("tokenId"), tokenId);
    return json;
}
