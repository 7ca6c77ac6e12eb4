#include "SandboxUpdateRequest.h"

#include "JsonFields.h"

#include <array>

namespace {

using Type = SandboxBodyDecoder::Type;

const std::array<SandboxBodyDecoder::Member, 15> kSchema{{
    {QLatin1StringView("accessToken"), Type::String},
    {QLatin1StringView("accessTokenHash"), Type::String},
    {QLatin1StringView("tokenId"), Type::String},
    {QLatin1StringView("accessTokenExpiresAt"), Type::Int64},
    {QLatin1StringView("refreshTokenExpiresAt"), Type::Int64},
    {QLatin1StringView("scopes"), Type::StringArray},
    {QLatin1StringView("properties"), Type::Properties},
    {QLatin1StringView("accessTokenExpiresAtUpdatedOnScopeUpdate"), Type::Bool},
    {QLatin1StringView("refreshTokenExpiresAtUpdatedOnScopeUpdate"), Type::Bool},
    {QLatin1StringView("accessTokenValueUpdated"), Type::Bool},
    {QLatin1StringView("accessTokenPersistent"), Type::Bool},
    {QLatin1StringView("certificateThumbprint"), Type::String},
    {QLatin1StringView("dpopKeyThumbprint"), Type::String},
    {QLatin1StringView("authorizationDetails"), Type::AuthorizationDetails},
    {QLatin1StringView("forExternalAttachment"), Type::Bool},
}};

} // namespace

std::span<const SandboxBodyDecoder::Member> SandboxUpdateRequest::schema()
{
    return kSchema;
}

SandboxUpdateRequest SandboxUpdateRequest::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    SandboxUpdateRequest request;
    request.accessToken = string(json, QLatin1StringView("accessToken"));
    request.accessTokenHash = string(json, QLatin1StringView("accessTokenHash"));
    request.tokenId = string(json, QLatin1StringView("tokenId"));
    request.accessTokenExpiresAt = int64Or(json, QLatin1StringView("accessTokenExpiresAt"));
    request.refreshTokenExpiresAt = int64Or(json, QLatin1StringView("refreshTokenExpiresAt"));
    request.scopes = stringList(json, QLatin1StringView("scopes"));
    if (const QJsonValue properties = json.value(QLatin1StringView("properties")); properties.isArray())
        request.properties = SandboxBodyDecoder::properties(properties);
    request.accessTokenValueUpdated =
        boolean(json, QLatin1StringView("accessTokenValueUpdated")).value_or(false);
    request.accessTokenPersistent = boolean(json, QLatin1StringView("accessTokenPersistent")).value_or(false);
    request.dpopKeyThumbprint = string(json, QLatin1StringView("dpopKeyThumbprint"));
    if (const QJsonValue details = json.value(QLatin1StringView("authorizationDetails")); details.isObject())
        request.authorizationDetails = details.toObject();
    request.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    return request;
}
