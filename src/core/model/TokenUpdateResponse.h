#pragma once

#include "AuthorizationDetails.h"
#include "Property.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The answer of /auth/token/update: what the server kept, which may be less than what was asked.
struct TokenUpdateResponse
{
    QString resultCode;
    QString resultMessage;
    QString action;
    QString accessToken; // the new value when accessTokenValueUpdated was asked
    qint64 accessTokenExpiresAt = 0;
    qint64 refreshTokenExpiresAt = 0;
    QList<Property> properties;
    QStringList scopes;
    std::optional<AuthorizationDetails> authorizationDetails;
    QString tokenType;
    std::optional<bool> forExternalAttachment;
    QString tokenId;

    // nullopt unless action is OK.
    static std::optional<TokenUpdateResponse> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
