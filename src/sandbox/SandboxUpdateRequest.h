#pragma once

#include "Property.h"
#include "SandboxBodyDecoder.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <span>

// The body of /auth/token/update as the sandbox reads it, written from §2.3 of the API reference
// rather than from the client's TokenUpdateRequest. The token is named by accessToken, else
// accessTokenHash, else tokenId (§9); an unset optional leaves the token's value unchanged.
struct SandboxUpdateRequest
{
    QString accessToken;
    QString accessTokenHash;
    QString tokenId;
    qint64 accessTokenExpiresAt = 0;  // milliseconds; <= 0: unchanged
    qint64 refreshTokenExpiresAt = 0; // milliseconds; <= 0: unchanged
    std::optional<QStringList> scopes;
    std::optional<QList<Property>> properties;
    bool accessTokenValueUpdated = false;
    bool accessTokenPersistent = false;
    QString dpopKeyThumbprint;
    std::optional<QJsonObject> authorizationDetails; // echoed in the reply
    std::optional<bool> forExternalAttachment;       // echoed in the reply

    // Every member of the §2.3 request table that the OpenAPI spec has, with its type.
    static std::span<const SandboxBodyDecoder::Member> schema();
    // From the object SandboxBodyDecoder made with schema().
    static SandboxUpdateRequest fromJson(const QJsonObject &json);
};
