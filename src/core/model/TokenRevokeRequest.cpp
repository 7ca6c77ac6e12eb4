#include "TokenRevokeRequest.h"

#include "JsonFields.h"

TokenRevokeRequest TokenRevokeRequest::fromJson(const QJsonObject &json)
{
    using JsonFields::string;
    return {string(json, QLatin1StringView("accessTokenIdentifier")),
            string(json, QLatin1StringView("refreshTokenIdentifier")),
            string(json, QLatin1StringView("clientIdentifier")), string(json, QLatin1StringView("subject"))};
}

QJsonObject TokenRevokeRequest::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    insert(json, QLatin1StringView("accessTokenIdentifier"), accessTokenIdentifier);
    insert(json, QLatin1StringView("refreshTokenIdentifier"), refreshTokenIdentifier);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    insert(json, QLatin1StringView("subject"), subject);
    return json;
}
