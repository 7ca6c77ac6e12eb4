#include "SandboxGrantType.h"

#include <array>

namespace {

constexpr std::array<SandboxGrantType, 10> kGrantTypes{{
    {QLatin1StringView("AUTHORIZATION_CODE"), QLatin1StringView("authorization_code"), true, true, true},
    {QLatin1StringView("IMPLICIT"), QLatin1StringView("implicit"), true, true, false},
    {QLatin1StringView("PASSWORD"), QLatin1StringView("password"), true, true, true},
    {QLatin1StringView("CLIENT_CREDENTIALS"), QLatin1StringView("client_credentials"), true, false, false},
    {QLatin1StringView("REFRESH_TOKEN"), QLatin1StringView("refresh_token"), false, true, true},
    {QLatin1StringView("CIBA"), QLatin1StringView("urn:openid:params:grant-type:ciba"), true, true, true},
    {QLatin1StringView("DEVICE_CODE"), QLatin1StringView("urn:ietf:params:oauth:grant-type:device_code"),
     true, true, true},
    {QLatin1StringView("TOKEN_EXCHANGE"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:token-exchange"), true, true, true},
    {QLatin1StringView("JWT_BEARER"), QLatin1StringView("urn:ietf:params:oauth:grant-type:jwt-bearer"), true,
     true, true},
    {QLatin1StringView("PRE_AUTHORIZED_CODE"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:pre-authorized_code"), true, true, true},
}};

} // namespace

const SandboxGrantType *SandboxGrantType::find(const QString &name)
{
    for (const SandboxGrantType &grantType : kGrantTypes) {
        if (grantType.name == name)
            return &grantType;
    }
    return nullptr;
}
