#include "TokenRevokeResponse.h"

#include "JsonFields.h"

#include <limits>

std::optional<TokenRevokeResponse> TokenRevokeResponse::fromJson(const QJsonObject &json)
{
    const std::optional<qint64> count = JsonFields::int64(json, QLatin1StringView("count"));
    if (!count || *count < 0 || *count > std::numeric_limits<int>::max())
        return std::nullopt;
    return TokenRevokeResponse{JsonFields::string(json, QLatin1StringView("resultCode")),
                               JsonFields::string(json, QLatin1StringView("resultMessage")), int(*count)};
}

QJsonObject TokenRevokeResponse::toJson() const
{
    return {{QLatin1StringView("resultCode"), resultCode},
            {QLatin1StringView("resultMessage"), resultMessage},
            {QLatin1StringView("count"), count}};
}
