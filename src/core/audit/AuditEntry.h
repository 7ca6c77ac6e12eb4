#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// One line of the audit log: what an admin did to which tokens, and what the server answered.
// Never a token value or a credential: tokens are named by hash, subject and client only.
struct AuditEntry
{
    QDateTime time; // UTC
    QString profile;
    QString serviceId;
    QString operation; // "create", "update", "revoke", "delete"
    QString accessTokenHash;
    QString subject;
    QString clientIdentifier;
    QString outcome; // "ok" or "failed"
    QString resultCode;
    int count = -1; // tokens affected, when the server said
    QString detail; // the error's message on failure

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};
