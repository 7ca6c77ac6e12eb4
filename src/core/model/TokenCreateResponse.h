#pragma once

#include "AuthorizationDetails.h"
#include "Property.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The answer of /auth/token/create: the new token values, shown to the user exactly once.
struct TokenCreateResponse
{
    QString resultCode;
    QString resultMessage;
    QString action;
    QString accessToken;
    QString refreshToken;
    qint64 clientId = 0;
    QString clientIdentifier;
    qint64 expiresAt = 0; // milliseconds since the epoch
    qint64 expiresIn = 0; // seconds
    QString grantType;
    QList<Property> properties;
    QStringList scopes;
    QString subject;
    QString tokenType;
    QString jwtAccessToken;
    std::optional<AuthorizationDetails> authorizationDetails;
    std::optional<bool> forExternalAttachment;
    QString tokenId;
    std::optional<QStringList> refreshTokenScopes;
    QString sessionId;

    // nullopt unless action is OK and an access token was issued.
    static std::optional<TokenCreateResponse> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
