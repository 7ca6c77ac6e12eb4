#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// One line of the audit log: what an admin did to which tokens, and what the server answered.
// Never a token value or a credential: tokens are named by hash, subject and client only.
struct AuditEntry
{
    enum class Operation { Create, Update, Revoke, Delete };
    enum class Outcome { Ok, Failed };

    QDateTime time;       // UTC
    QString operatorName; // the OS account that ran TokenDesk: who did it, beside which connection
    QString profile;
    QString serviceId;
    Operation operation = Operation::Create;
    QString accessTokenHash;
    QString subject;
    QString clientIdentifier; // the client's ID whenever it is known; what was asked for otherwise
    QString clientName;       // as the server named the client when the action ran, if it had
    Outcome outcome = Outcome::Ok;
    QString resultCode;
    int count = -1; // tokens affected, when the server said
    QString detail; // the error's message on failure
    // The program and command that made the change ("tokendesk-cli revoke"); empty for the window.
    QString command;
    QString reason; // why, as the operator said (a ticket number, say); empty when not given

    // The names the file uses ("create", ..., "ok", "failed"): the format every earlier version wrote.
    static QString name(Operation operation);
    static QString name(Outcome outcome);

    QJsonObject toJson() const;
    // nullopt for a line that is not an entry, including one whose operation or outcome this version
    // does not know: a guess would put a wrong word in a trail people rely on, and the reader counts
    // the line as skipped, so it is not lost silently.
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};
