#include "TokenUpdateRequest.h"

#include "JsonFields.h"

TokenUpdateRequest TokenUpdateRequest::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    TokenUpdateRequest request;
    request.accessToken = string(json, QLatin1StringView("accessToken"));
    request.accessTokenHash = string(json, QLatin1StringView("accessTokenHash"));
    request.tokenId = string(json, QLatin1StringView("tokenId"));
    request.accessTokenExpiresAt = int64(json, QLatin1StringView("accessTokenExpiresAt"));
    request.refreshTokenExpiresAt = int64(json, QLatin1StringView("refreshTokenExpiresAt"));
    request.scopes = stringList(json, QLatin1StringView("scopes"));
    if (json.value(QLatin1StringView("properties")).isArray())
        request.properties = Property::listFromJson(json.value(QLatin1StringView("properties")));
    request.accessTokenExpiresAtUpdatedOnScopeUpdate =
        boolean(json, QLatin1StringView("accessTokenExpiresAtUpdatedOnScopeUpdate"));
    request.refreshTokenExpiresAtUpdatedOnScopeUpdate =
        boolean(json, QLatin1StringView("refreshTokenExpiresAtUpdatedOnScopeUpdate"));
    request.accessTokenValueUpdated = boolean(json, QLatin1StringView("accessTokenValueUpdated"));
    request.accessTokenPersistent = boolean(json, QLatin1StringView("accessTokenPersistent"));
    request.certificateThumbprint = string(json, QLatin1StringView("certificateThumbprint"));
    request.dpopKeyThumbprint = string(json, QLatin1StringView("dpopKeyThumbprint"));
    if (json.value(QLatin1StringView("authorizationDetails")).isObject())
        request.authorizationDetails =
            AuthorizationDetails::fromJson(json.value(QLatin1StringView("authorizationDetails")).toObject());
    request.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    return request;
}

QJsonObject TokenUpdateRequest::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("accessToken"), accessToken);
    insert(json, QLatin1StringView("accessTokenHash"), accessTokenHash);
    insert(json, QLatin1StringView("tokenId"), tokenId);
    insert(json, QLatin1StringView("accessTokenExpiresAt"), accessTokenExpiresAt);
    insert(json, QLatin1StringView("refreshTokenExpiresAt"), refreshTokenExpiresAt);
    insert(json, QLatin1StringView("scopes"), scopes);
    if (properties)
        json.insert(QLatin1StringView("properties"), Property::listToJson(*properties));
    insert(json, QLatin1StringView("accessTokenExpiresAtUpdatedOnScopeUpdate"),
           accessTokenExpiresAtUpdatedOnScopeUpdate);
    insert(json, QLatin1StringView("refreshTokenExpiresAtUpdatedOnScopeUpdate"),
           refreshTokenExpiresAtUpdatedOnScopeUpdate);
    insert(json, QLatin1StringView("accessTokenValueUpdated"), accessTokenValueUpdated);
    insert(json, QLatin1StringView("accessTokenPersistent"), accessTokenPersistent);
    insert(json, QLatin1StringView("certificateThumbprint"), certificateThumbprint);
    insert(json, QLatin1StringView("dpopKeyThumbprint"), dpopKeyThumbprint);
    if (authorizationDetails)
        json.insert(QLatin1StringView("authorizationDetails"), authorizationDetails->toJson());
    insert(json, QLatin1StringView("forExternalAttachment"), forExternalAttachment);
    return json;
}

bool TokenUpdateRequest::changesSomething() const
{
    return accessTokenExpiresAt.value_or(0) > 0 || refreshTokenExpiresAt.value_or(0) > 0 || scopes ||
           properties || accessTokenValueUpdated.value_or(false) || accessTokenPersistent ||
           !certificateThumbprint.isEmpty() || !dpopKeyThumbprint.isEmpty() || authorizationDetails ||
           forExternalAttachment;
}
