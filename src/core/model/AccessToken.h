#pragma once

#include "GrantType.h"
#include "Property.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// One issued access token as the list returns it: hashes and metadata, never the token values.
// Times are milliseconds since the Unix epoch; lastRefreshedAt is 0 when never refreshed.
struct AccessToken
{
    QString accessTokenHash;
    qint64 accessTokenExpiresAt = 0;
    QString refreshTokenHash;
    qint64 refreshTokenExpiresAt = 0;
    qint64 createdAt = 0;
    qint64 lastRefreshedAt = 0;
    qint64 clientId = 0;
    QString subject;
    GrantType grantType;
    QStringList scopes;
    QList<Property> properties;
    std::optional<QStringList> refreshTokenScopes;

    // An item without an accessTokenHash cannot be acted on, so it is not an access token.
    static std::optional<AccessToken> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AccessToken &, const AccessToken &) = default;
};
