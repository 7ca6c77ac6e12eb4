#include "TokenCreateRequest.h"

#include "JsonFields.h"

TokenCreateRequest TokenCreateRequest::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    TokenCreateRequest request;
    request.grantType = GrantType::fromName(string(json, QLatin1StringView("grantType")));
    request.clientId = int64(json, QLatin1StringView("clientId"));
    request.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    request.subject = string(json, QLatin1StringView("subject"));
    request.scopes = stringList(json, QLatin1StringView("scopes"));
    request.accessTokenDuration = int64(json, QLatin1StringView("accessTokenDuration"));
    request.refreshTokenDuration = int64(json, QLatin1StringView("refreshTokenDuration"));
    if (json.value(QLatin1StringView("properties")).isArray())
        request.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    request.clientIdAliasUsed = boolean(json, QLatin1StringView("clientIdAliasUsed"));
    request.clientEntityIdUsed = boolean(json, QLatin1StringView("clientEntityIdUsed"));
    request.metadataDocumentUsed = boolean(json, QLatin1StringView("metadataDocumentUsed"));
    request.accessToken = string(json, QLatin1StringView("accessToken"));
    request.refreshToken = string(json, QLatin1StringView("refreshToken"));
    request.accessTokenPersistent = boolean(json, QLatin1StringView("accessTokenPersistent"));
    request.certificateThumbprint = string(json, QLatin1StringView("certificateThumbprint"));
    request.dpopKeyThumbprint = string(json, QLatin1StringView("dpopKeyThumbprint"));
    if (json.value(QLatin1StringView("authorizationDetails")).isObject())
        request.authorizationDetails =
            AuthorizationDetails::fromJson(json.value(QLatin1StringView("authorizationDetails")).toObject());
    request.resources = stringList(json, QLatin1StringView("resources"));
    request.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    request.jwtAtClaims = string(json, QLatin1StringView("jwtAtClaims"));
    request.acr = string(json, QLatin1StringView("acr"));
    request.authTime = int64(json, QLatin1StringView("authTime"));
    request.sessionId = string(json, QLatin1StringView("sessionId"));
    return request;
}

QJsonObject TokenCreateRequest::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("grantType"), grantType.name());
    insert(json, QLatin1StringView("clientId"), clientId);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    insert(json, QLatin1StringView("subject"), subject);
    insert(json, QLatin1StringView("scopes"), scopes);
    insert(json, QLatin1StringView("accessTokenDuration"), accessTokenDuration);
    insert(json, QLatin1StringView("refreshTokenDuration"), refreshTokenDuration);
    if (properties)
        json.insert(QLatin1StringView("properties"), Property::listToJson(*properties));
    insert(json, QLatin1StringView("clientIdAliasUsed"), clientIdAliasUsed);
    insert(json, QLatin1StringView("clientEntityIdUsed"), clientEntityIdUsed);
    insert(json, QLatin1StringView("metadataDocumentUsed"), metadataDocumentUsed);
    insert(json, QLatin1StringView("accessToken"), accessToken);
    insert(json, QLatin1StringView("refreshToken"), refreshToken);
    insert(json, QLatin1StringView("accessTokenPersistent"), accessTokenPersistent);
    insert(json, QLatin1StringView("certificateThumbprint"), certificateThumbprint);
    insert(json, QLatin1StringView("dpopKeyThumbprint"), dpopKeyThumbprint);
    if (authorizationDetails)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails->toJson());
    insert(json, QLatin1StringView("resources"), resources);
    insert(json, QLatin1StringView("forExternalAttachment"), forExternalAttachment);
    insert(json, QLatin1StringView("jwtAtClaims"), jwtAtClaims);
    insert(json, QLatin1StringView("acr"), acr);
    insert(json, QLatin1StringView("authTime"), authTime);
    insert(json, QLatin1StringView("sessionId"), sessionId);
    return json;
}
