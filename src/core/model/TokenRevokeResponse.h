#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// The answer of /auth/token/revoke: how many tokens the server revoked.
struct TokenRevokeResponse
{
    QString resultCode;
    QString resultMessage;
    int count = 0;

    // nullopt when there is no integer count.
    static std::optional<TokenRevokeResponse> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
