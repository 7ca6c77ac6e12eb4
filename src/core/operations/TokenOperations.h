#pragma once

#include "AccessToken.h"
#include "ApiError.h"
#include "AuditEntry.h"
#include "AuthleteClient.h"
#include "BulkTokenAction.h"
#include "TokenCreateResponse.h"

#include <QObject>
#include <QSet>
#include <functional>

class AuditLog;
class TokenLocator;

// Every change to tokens: create, update, revoke and delete, one or many, and revoke all of a
// subject and/or client. Each operation writes its audit line (never a token value) and ends in one
// typed result, emitted as the signal of its kind; the caller decides what to show. Rows are reported
// gone only when the server confirmed, and a request that got no answer is looked up, never repeated.
class TokenOperations : public QObject
{
    Q_OBJECT

public:
    struct Created
    {
        ApiError error;
        // The values exist only here: shown once, never kept, never audited.
        TokenCreateResponse response;
        AccessToken token; // the row, as far as the reply tells it (rowRead() follows with the server's)
    };

    struct Updated
    {
        ApiError error;
        QString accessTokenHash;   // the token's hash before the update
        QString newAccessToken;    // the reissued value when one was asked for: shown once, never kept
        QStringList droppedScopes; // asked for, but not kept by the server
    };

    struct BulkFinished
    {
        BulkTokenAction::Kind kind = BulkTokenAction::Kind::Revoke;
        QList<BulkTokenAction::Outcome> outcomes; // one per token, in the order they ended

        int succeeded() const;
        int cancelled() const;
        // Failures other than cancellation.
        QList<BulkTokenAction::Outcome> failures() const;
        // Rows to drop: confirmed, or answered 404 (gone already: the row goes, the outcome stays a
        // failure).
        QSet<QString> gone() const;
    };

    // Whose tokens a revoke-all ends: a subject's across clients, a subject's for one client, or a
    // client's for every user.
    struct Owner
    {
        QString subject;
        QString clientIdentifier;
    };

    struct Counted
    {
        Owner owner;
        ApiError error;
        int total = 0;
    };

    struct RevokedAll
    {
        Owner owner;
        ApiError error;
        int count = 0; // as the server said
    };

    struct RevokedValue
    {
        ApiError error;
        QString accessTokenHash; // of the value: the only name the result and the audit give it
    };

    TokenOperations(AuthleteClient *client, const AuditLog *auditLog, QObject *parent = nullptr);

    // The profile and service the audit lines name.
    void setConnectionName(const QString &profile, const QString &serviceId);
    // What the audit lines say made the change and why (both may be empty): the CLI's command, the
    // operator's reason such as a ticket number. Applies to every operation started afterwards.
    void setCommand(const QString &command) { m_command = command; }
    void setReason(const QString &reason) { m_reason = reason; }
    const QString &reason() const { return m_reason; }
    // Names a client for the audit lines (empty when unknown), so that the trail still says which client it
    // was after the client is renamed or deleted.
    void setClientNames(std::function<QString(qint64 clientId)> clientName)
    {
        m_clientName = std::move(clientName);
    }
    // How create, update and revoke send their bodies: as the connection says (delete has no body).
    AuthleteClient::BodyEncoding bodyEncoding() const { return m_client->connection().bodyEncoding; }

    void create(const TokenCreateRequest &request);
    void update(const AccessToken &token, const TokenUpdateRequest &request);
    // The running action, to follow its progress or cancel it; it deletes itself after bulkFinished().
    BulkTokenAction *revoke(const QList<AccessToken> &tokens);
    BulkTokenAction *remove(const QList<AccessToken> &tokens);
    // How many tokens revokeAll(owner) would end, without loading them.
    void countAll(const Owner &owner);
    void revokeAll(const Owner &owner);
    // A token the list does not show, by its value, which the server recognises as well as the hash
    // (a hash computed here might not be the server's). The value is sent and forgotten: the audit
    // line and the result name its hash.
    void revokeValue(const QString &accessTokenValue);
    // The look-ups behind rowRead(), bounded: to show their progress and let the user cancel them.
    TokenLocator *rowLocator() const { return m_rowLocator; }

signals:
    void created(const TokenOperations::Created &result);
    void updated(const TokenOperations::Updated &result);
    // The server's own row of a token just created or updated, named by its hash before the change.
    // Not emitted when the look-up failed or found nothing.
    void rowRead(const QString &accessTokenHash, const AccessToken &token);
    void bulkFinished(const TokenOperations::BulkFinished &result);
    void counted(const TokenOperations::Counted &result);
    void revokedAll(const TokenOperations::RevokedAll &result);
    void revokedValue(const TokenOperations::RevokedValue &result);
    // The audit line could not be written; error is a sentence for the user.
    void auditFailed(const QString &error);

private:
    BulkTokenAction *runBulk(BulkTokenAction::Kind kind, const QList<AccessToken> &tokens);
    void readRow(const QString &previousHash, const QString &hash, const QString &subject, qint64 clientId);
    // The command and reason as they are now, for the lines of an operation starting.
    AuditEntry auditContext() const;
    // The one place audit lines are written: stamped with the time and the connection; a failure sets
    // the outcome, result code and detail from the error.
    void audit(AuditEntry entry, const ApiError &error);

    AuthleteClient *m_client;
    const AuditLog *m_auditLog;
    QString m_profile;
    QString m_serviceId;
    QString m_operator;
    QString m_command;
    QString m_reason;
    std::function<QString(qint64)> m_clientName;
    TokenLocator *m_rowLocator;
};
