#include "SandboxCreateRequest.h"

#include "JsonFields.h"

#include <array>

namespace {

using Type = SandboxBodyDecoder::Type;

const std::array<SandboxBodyDecoder::Member, 23> kSchema{{
    {QLatin1StringView("grantType"), Type::String},
    {QLatin1StringView("clientId"), Type::Int64},
    {QLatin1StringView("clientIdentifier"), Type::String},
    {QLatin1StringView("subject"), Type::String},
    {QLatin1StringView("scopes"), Type::StringArray},
    {QLatin1StringView("accessTokenDuration"), Type::Int64},
    {QLatin1StringView("refreshTokenDuration"), Type::Int64},
    {QLatin1StringView("properties"), Type::Properties},
    {QLatin1StringView("clientIdAliasUsed"), Type::Bool},
    {QLatin1StringView("clientEntityIdUsed"), Type::Bool},
    {QLatin1StringView("metadataDocumentUsed"), Type::Bool},
    {QLatin1StringView("accessToken"), Type::String},
    {QLatin1StringView("refreshToken"), Type::String},
    {QLatin1StringView("accessTokenPersistent"), Type::Bool},
    {QLatin1StringView("certificateThumbprint"), Type::String},
    {QLatin1StringView("dpopKeyThumbprint"), Type::String},
    {QLatin1StringView("authorizationDetails"), Type::AuthorizationDetails},
    {QLatin1StringView("resources"), Type::StringArray},
    {QLatin1StringView("forExternalAttachment"), Type::Bool},
    {QLatin1StringView("jwtAtClaims"), Type::String},
    {QLatin1StringView("acr"), Type::String},
    {QLatin1StringView("authTime"), Type::Int64},
    {QLatin1StringView("sessionId"), Type::String},
}};

} // namespace

std::span<const SandboxBodyDecoder::Member> SandboxCreateRequest::schema()
{
    return kSchema;
}

SandboxCreateRequest SandboxCreateRequest::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    SandboxCreateRequest request;
    request.grantType = string(json, QLatin1StringView("grantType"));
    request.clientId = int64(json, QLatin1StringView("clientId"));
    request.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    request.subject = string(json, QLatin1StringView("subject"));
    request.scopes = stringList(json, QLatin1StringView("scopes")).value_or(QStringList());
    request.accessTokenDuration = int64Or(json, QLatin1StringView("accessTokenDuration"));
    request.refreshTokenDuration = int64Or(json, QLatin1StringView("refreshTokenDuration"));
    request.properties = SandboxBodyDecoder::properties(json.value(QLatin1StringView("properties")));
    request.accessToken = string(json, QLatin1StringView("accessToken"));
    request.refreshToken = string(json, QLatin1StringView("refreshToken"));
    request.accessTokenPersistent = boolean(json, QLatin1StringView("accessTokenPersistent")).value_or(false);
    request.dpopKeyThumbprint = string(json, QLatin1StringView("dpopKeyThumbprint"));
    if (const QJsonValue details = json.value(QLatin1StringView("authorizationDetails")); details.isObject())
        request.authorizationDetails = details.toObject();
    request.forExternalAttachment = boolean(json, QLatin1StringView("forExternalAttachment"));
    request.authTime = int64Or(json, QLatin1StringView("authTime"));
    request.sessionId = string(json, QLatin1StringView("sessionId"));
    return request;
}
