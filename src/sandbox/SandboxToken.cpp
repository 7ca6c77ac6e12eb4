#include "SandboxToken.h"

#include <algorithm>

qint64 SandboxToken::expiresAt() const
{
    if (token.refreshTokenHash.isEmpty())
        return token.accessTokenExpiresAt;
    return std::max(token.accessTokenExpiresAt, token.refreshTokenExpiresAt);
}

std::optional<SandboxToken> SandboxToken::fromJson(const QJsonObject &json)
{
    std::optional<AccessToken> token = AccessToken::fromJson(json);
    if (!token)
        return std::nullopt;
    return SandboxToken{std::move(*token), json.value(QLatin1StringView("tokenId")).toString()};
}

QJsonObject SandboxToken::toJson() const
{
    QJsonObject json = token.toJson();
    json.insert(QLatin1StringView("tokenId"), tokenId);
    return json;
}
