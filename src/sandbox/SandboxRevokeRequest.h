#pragma once

#include "SandboxBodyDecoder.h"

#include <QJsonObject>
#include <QString>
#include <span>

// The body of /auth/token/revoke as the sandbox reads it, written from §2.5 of the API reference
// rather than from the client's TokenRevokeRequest. The first of these that is set decides (§2.5).
struct SandboxRevokeRequest
{
    QString accessTokenIdentifier;  // value or hash
    QString refreshTokenIdentifier; // value or hash
    QString clientIdentifier;       // client ID or alias
    QString subject;

    // The four members of the §2.5 request table, all strings.
    static std::span<const SandboxBodyDecoder::Member> schema();
    // From the object SandboxBodyDecoder made with schema().
    static SandboxRevokeRequest fromJson(const QJsonObject &json);
};
