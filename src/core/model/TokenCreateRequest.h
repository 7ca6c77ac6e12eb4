#pragma once

#include "AuthorizationDetails.h"
#include "GrantType.h"
#include "Property.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

// The body of /auth/token/create. Empty strings and unset optionals are left out of the request.
struct TokenCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(TokenCreateRequest)

public:
    // What a problem is about, in the order a form asks for it; clientId and clientIdentifier are one
    // field, the client.
    enum class Field {
        GrantType,
        Client,
        Subject,
        AccessTokenDuration,
        RefreshTokenDuration,
        Properties,
        CertificateThumbprint,
        DpopKeyThumbprint,
        Resources,
        AuthorizationDetails,
        JwtAtClaims,
    };

    GrantType grantType;
    std::optional<qint64> clientId;
    QString clientIdentifier; // client ID or alias, as an alternative to clientId
    QString subject;
    std::optional<QStringList> scopes;
    std::optional<qint64> accessTokenDuration;  // seconds; 0: the service's setting
    std::optional<qint64> refreshTokenDuration; // seconds; 0: the service's setting
    std::optional<QList<Property>> properties;  // JSON only
    std::optional<bool> clientIdAliasUsed;
    std::optional<bool> clientEntityIdUsed;
    std::optional<bool> metadataDocumentUsed;
    QString accessToken;  // a given value instead of a generated one (migration)
    QString refreshToken; // likewise
    std::optional<bool> accessTokenPersistent;
    QString certificateThumbprint;
    QString dpopKeyThumbprint;
    std::optional<AuthorizationDetails> authorizationDetails; // JSON only
    std::optional<QStringList> resources;
    std::optional<bool> forExternalAttachment;
    QString jwtAtClaims;
    QString acr;
    std::optional<qint64> authTime; // seconds since the epoch
    QString sessionId;

    static TokenCreateRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Why the service would refuse this request, one sentence per field; empty when it is valid.
    QMap<Field, QString> problems() const;
};
