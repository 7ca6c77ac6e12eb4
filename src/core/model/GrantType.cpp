#include "GrantType.h"

#include <array>

namespace {

struct GrantTypeInfo
{
    GrantType::Value value;
    QLatin1StringView name;
    QLatin1StringView oauthValue;
};

constexpr std::array<GrantTypeInfo, 10> kGrantTypes{{
    {GrantType::AuthorizationCode, QLatin1StringView("AUTHORIZATION_CODE"),
     QLatin1StringView("authorization_code")},
    {GrantType::Implicit, QLatin1StringView("IMPLICIT"), QLatin1StringView("implicit")},
    {GrantType::Password, QLatin1StringView("PASSWORD"), QLatin1StringView("password")},
    {GrantType::ClientCredentials, QLatin1StringView("CLIENT_CREDENTIALS"),
     QLatin1StringView("client_credentials")},
    {GrantType::RefreshToken, QLatin1StringView("REFRESH_TOKEN"), QLatin1StringView("refresh_token")},
    {GrantType::Ciba, QLatin1StringView("CIBA"), QLatin1StringView("urn:openid:params:grant-type:ciba")},
    {GrantType::DeviceCode, QLatin1StringView("DEVICE_CODE"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:device_code")},
    {GrantType::TokenExchange, QLatin1StringView("TOKEN_EXCHANGE"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:token-exchange")},
    {GrantType::JwtBearer, QLatin1StringView("JWT_BEARER"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:jwt-bearer")},
    {GrantType::PreAuthorizedCode, QLatin1StringView("PRE_AUTHORIZED_CODE"),
     QLatin1StringView("urn:ietf:params:oauth:grant-type:pre-authorized_code")},
}};

const GrantTypeInfo *infoFor(GrantType::Value value)
{
    for (const GrantTypeInfo &info : kGrantTypes) {
        if (info.value == value)
            return &info;
    }
    return nullptr;
}

} // namespace

GrantType::GrantType(Value value)
    : m_value(value)
{
    if (const GrantTypeInfo *info = infoFor(value))
        m_name = info->name;
    else
        m_value = Unknown;
}

GrantType GrantType::fromName(const QString &name)
{
    GrantType grantType;
    grantType.m_name = name;
    for (const GrantTypeInfo &info : kGrantTypes) {
        if (info.name == name) {
            grantType.m_value = info.value;
            break;
        }
    }
    return grantType;
}

QList<GrantType> GrantType::all()
{
    QList<GrantType> list;
    for (const GrantTypeInfo &info : kGrantTypes)
        list.append(GrantType(info.value));
    return list;
}

QString GrantType::oauthValue() const
{
    const GrantTypeInfo *info = infoFor(m_value);
    return info ? QString(info->oauthValue) : m_name;
}

bool GrantType::issuesRefreshToken() const
{
    return m_value != Implicit && m_value != ClientCredentials;
}
