#pragma once

#include <QJsonObject>
#include <QString>

// The body of /auth/token/revoke. The server looks at the first of these that is set:
// accessTokenIdentifier, refreshTokenIdentifier, then clientIdentifier and/or subject.
struct TokenRevokeRequest
{
    QString accessTokenIdentifier;  // value or hash
    QString refreshTokenIdentifier; // value or hash
    QString clientIdentifier;       // client ID or alias
    QString subject;

    static TokenRevokeRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
