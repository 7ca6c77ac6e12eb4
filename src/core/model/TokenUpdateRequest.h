#pragma once

#include "AuthorizationDetails.h"
#include "Property.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The body of /auth/token/update. The token is named by accessToken, else accessTokenHash, else tokenId.
// Unset members leave the token's value unchanged.
struct TokenUpdateRequest
{
    QString accessToken;
    QString accessTokenHash;
    QString tokenId;
    std::optional<qint64> accessTokenExpiresAt;  // milliseconds; absent or <= 0: unchanged
    std::optional<qint64> refreshTokenExpiresAt; // milliseconds; absent or <= 0: unchanged
    std::optional<QStringList> scopes;
    std::optional<QList<Property>> properties; // JSON only
    std::optional<bool> accessTokenExpiresAtUpdatedOnScopeUpdate;
    std::optional<bool> refreshTokenExpiresAtUpdatedOnScopeUpdate;
    std::optional<bool> accessTokenValueUpdated;
    std::optional<bool> accessTokenPersistent;
    QString certificateThumbprint;
    QString dpopKeyThumbprint;
    std::optional<AuthorizationDetails> authorizationDetails; // JSON only
    std::optional<bool> forExternalAttachment;

    static TokenUpdateRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Whether the service would change the token; naming it alone, an expiry of zero or less, a flag
    // left false or the recompute-on-scope flags without new scopes change nothing.
    bool changesSomething() const;
};
