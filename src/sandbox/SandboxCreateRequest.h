#pragma once

#include "Property.h"
#include "SandboxBodyDecoder.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <span>

// The body of /auth/token/create as the sandbox reads it, written from §2.2 of the API reference
// rather than from the client's TokenCreateRequest: a member the client misnames is then unknown here.
// Only what the sandbox acts on has a field; the other members of the schema are checked and ignored.
struct SandboxCreateRequest
{
    QString grantType; // the name as sent, checked against SandboxGrantType by the caller
    std::optional<qint64> clientId;
    QString clientIdentifier;
    QString subject;
    QStringList scopes;
    qint64 accessTokenDuration = 0;  // seconds; 0: the service's setting
    qint64 refreshTokenDuration = 0; // seconds; 0: the service's setting
    QList<Property> properties;
    QString accessToken;  // a given value (migration)
    QString refreshToken; // likewise
    bool accessTokenPersistent = false;
    QString dpopKeyThumbprint;
    std::optional<QJsonObject> authorizationDetails; // echoed in the reply
    std::optional<bool> forExternalAttachment;       // echoed in the reply
    qint64 authTime = 0;                             // seconds since the epoch
    QString sessionId;                               // echoed in the reply

    // Every member of the §2.2 request table with its type.
    static std::span<const SandboxBodyDecoder::Member> schema();
    // From the object SandboxBodyDecoder made with schema().
    static SandboxCreateRequest fromJson(const QJsonObject &json);
};
