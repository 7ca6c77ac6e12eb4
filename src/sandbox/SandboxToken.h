#pragma once

#include "AccessToken.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// A token record of the sandbox: what the list shows plus the server-side tokenId. Token values are
// never kept, only their hashes, as a real server would.
struct SandboxToken
{
    AccessToken token;
    QString tokenId;

    // The record is usable until both the access token and its refresh token have expired; this is
    // what tokenStatus=VALID/INVALID looks at.
    qint64 expiresAt() const;

    static std::optional<SandboxToken> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
