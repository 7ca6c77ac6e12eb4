#include "SandboxRevokeRequest.h"

#include "JsonFields.h"

#include <array>

namespace {

using Type = SandboxBodyDecoder::Type;

const std::array<SandboxBodyDecoder::Member, 4> kSchema{{
    {QLatin1StringView("accessTokenIdentifier"), Type::String},
    {QLatin1StringView("refreshTokenIdentifier"), Type::String},
    {QLatin1StringView("clientIdentifier"), Type::String},
    {QLatin1StringView("subject"), Type::String},
}};

} // namespace

std::span<const SandboxBodyDecoder::Member> SandboxRevokeRequest::schema()
{
    return kSchema;
}

SandboxRevokeRequest SandboxRevokeRequest::fromJson(const QJsonObject &json)
{
    using JsonFields::string;
    return {string(json, QLatin1StringView("accessTokenIdentifier")),
            string(json, QLatin1StringView("refreshTokenIdentifier")),
            string(json, QLatin1StringView("clientIdentifier")), string(json, QLatin1StringView("subject"))};
}
