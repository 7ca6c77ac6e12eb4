#include "TokenOperations.h"

#include "ApiCall.h"
#include "AuditLog.h"
#include "TokenHash.h"
#include "TokenLocator.h"

#include <QDateTime>

namespace {

// The OS account, as the audit trail's operator: the same on every platform's usual variables.
QString osUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

AccessToken tokenFromCreation(const TokenCreateResponse &created)
{
    AccessToken token;
    token.accessTokenHash = TokenHash::of(created.accessToken);
    token.refreshTokenHash = created.refreshToken.isEmpty() ? QString() : TokenHash::of(created.refreshToken);
    token.accessTokenExpiresAt = created.expiresAt;
    token.createdAt = QDateTime::currentMSecsSinceEpoch();
    token.clientId = created.clientId;
    token.subject = created.subject;
    token.grantType = GrantType::fromName(created.grantType);
    token.scopes = created.scopes;
    token.properties = created.properties;
    token.refreshTokenScopes = created.refreshTokenScopes;
    return token;
}

// `context` holds what was true when the operation started (its command and reason), which a later
// operation may have changed by the time the server answers.
AuditEntry entryFor(const AuditEntry &context, AuditEntry::Operation operation,
                    const QString &accessTokenHash, const QString &subject, const QString &clientIdentifier)
{
    AuditEntry entry = context;
    entry.operation = operation;
    entry.accessTokenHash = accessTokenHash;
    entry.subject = subject;
    entry.clientIdentifier = clientIdentifier;
    return entry;
}

} // namespace

int TokenOperations::BulkFinished::succeeded() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const BulkTokenAction::Outcome &outcome) { return !outcome.error; }));
}

int TokenOperations::BulkFinished::cancelled() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const BulkTokenAction::Outcome &outcome) {
        return outcome.error.kind == ApiError::Kind::Cancelled;
    }));
}

QList<BulkTokenAction::Outcome> TokenOperations::BulkFinished::failures() const
{
    QList<BulkTokenAction::Outcome> failed;
    for (const BulkTokenAction::Outcome &outcome : outcomes) {
        if (outcome.error && outcome.error.kind != ApiError::Kind::Cancelled)
            failed.append(outcome);
    }
    return failed;
}

QSet<QString> TokenOperations::BulkFinished::gone() const
{
    QSet<QString> hashes;
    for (const BulkTokenAction::Outcome &outcome : outcomes) {
        if (!outcome.error || outcome.error.httpStatus == 404)
            hashes.insert(outcome.target.accessTokenHash);
    }
    return hashes;
}

TokenOperations::TokenOperations(AuthleteClient *client, const AuditLog *auditLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auditLog(auditLog)
    , m_operator(osUserName())
    , m_rowLocator(new TokenLocator(client, this))
{}

void TokenOperations::setConnectionName(const QString &profile, const QString &serviceId)
{
    m_profile = profile;
    m_serviceId = serviceId;
}

void TokenOperations::create(const TokenCreateRequest &request)
{
    ApiCall *call = m_client->create(request, bodyEncoding());
    connect(call, &ApiCall::finished, this, [this, call, request, context = auditContext()] {
        Created result;
        result.error = call->error();
        AuditEntry entry =
            entryFor(context, AuditEntry::Operation::Create, QString(), request.subject,
                     request.clientId ? QString::number(*request.clientId) : request.clientIdentifier);
        if (!result.error) {
            result.response = *call->createResponse();
            result.token = tokenFromCreation(result.response);
            entry.accessTokenHash = result.token.accessTokenHash;
            entry.resultCode = result.response.resultCode;
            entry.count = 1;
        }
        audit(entry, result.error);
        emit created(result);
        // What the list itself says (refresh expiry, exact creation time) replaces our reconstruction.
        if (!result.error)
            readRow(result.token.accessTokenHash, result.token.accessTokenHash, result.token.subject,
                    result.token.clientId);
    });
}

void TokenOperations::update(const AccessToken &token, const TokenUpdateRequest &request)
{
    ApiCall *call = m_client->update(request, bodyEncoding());
    connect(call, &ApiCall::finished, this, [this, call, request, token, context = auditContext()] {
        Updated result;
        result.error = call->error();
        result.accessTokenHash = token.accessTokenHash;
        AuditEntry entry = entryFor(context, AuditEntry::Operation::Update, token.accessTokenHash,
                                    token.subject, QString::number(token.clientId));
        QString newHash = token.accessTokenHash;
        if (!result.error) {
            const TokenUpdateResponse &updated = *call->updateResponse();
            entry.resultCode = updated.resultCode;
            entry.count = 1;
            if (request.accessTokenValueUpdated.value_or(false) && !updated.accessToken.isEmpty()) {
                result.newAccessToken = updated.accessToken;
                newHash = TokenHash::of(updated.accessToken);
                entry.detail = tr("new access token value issued; new hash %1").arg(newHash);
            }
            for (const QString &scope : request.scopes.value_or(QStringList())) {
                if (!updated.scopes.contains(scope))
                    result.droppedScopes.append(scope);
            }
        }
        audit(entry, result.error);
        emit updated(result);
        // The server is the truth, not what we asked for.
        if (!result.error)
            readRow(token.accessTokenHash, newHash, token.subject, token.clientId);
    });
}

BulkTokenAction *TokenOperations::revoke(const QList<AccessToken> &tokens)
{
    return runBulk(BulkTokenAction::Kind::Revoke, tokens);
}

BulkTokenAction *TokenOperations::remove(const QList<AccessToken> &tokens)
{
    return runBulk(BulkTokenAction::Kind::Delete, tokens);
}

BulkTokenAction *TokenOperations::runBulk(BulkTokenAction::Kind kind, const QList<AccessToken> &tokens)
{
    QList<BulkTokenAction::Target> targets;
    for (const AccessToken &token : tokens)
        targets.append({token.accessTokenHash, token.subject, token.clientId});
    auto *action = new BulkTokenAction(m_client, kind, targets, this);
    action->setEncoding(bodyEncoding());
    const AuditEntry::Operation operation =
        kind == BulkTokenAction::Kind::Revoke ? AuditEntry::Operation::Revoke : AuditEntry::Operation::Delete;
    connect(action, &BulkTokenAction::tokenFinished, this,
            [this, operation, context = auditContext()](const BulkTokenAction::Outcome &outcome) {
                // Never sent: nothing happened to audit.
                if (outcome.error.kind == ApiError::Kind::Cancelled)
                    return;
                AuditEntry entry = entryFor(context, operation, outcome.target.accessTokenHash,
                                            outcome.target.subject, QString::number(outcome.target.clientId));
                entry.count = outcome.error ? 0 : 1;
                if (!outcome.error)
                    entry.resultCode = outcome.resultCode;
                if (outcome.confirmedByLookup)
                    entry.detail = tr("confirmed by looking the token up");
                audit(entry, outcome.error);
            });
    connect(action, &BulkTokenAction::finished, this, [this, action] {
        action->deleteLater();
        emit bulkFinished({action->kind(), action->outcomes()});
    });
    // Started from the event loop, so that the caller can connect to its progress first.
    QMetaObject::invokeMethod(action, &BulkTokenAction::start, Qt::QueuedConnection);
    return action;
}

void TokenOperations::countAll(const Owner &owner)
{
    TokenListQuery query;
    query.subject = owner.subject;
    query.clientIdentifier = owner.clientIdentifier;
    // An empty window tells the total without loading the tokens.
    query.start = 0;
    query.end = 0;
    ApiCall *call = m_client->list(query);
    connect(call, &ApiCall::finished, this, [this, call, owner] {
        Counted result{owner, call->error()};
        if (!result.error)
            result.total = call->listPage()->totalCount;
        emit counted(result);
    });
}

void TokenOperations::revokeAll(const Owner &owner)
{
    TokenRevokeRequest request;
    request.subject = owner.subject;
    request.clientIdentifier = owner.clientIdentifier;
    // Neither set would ask the server to revoke by nothing: refused here, whatever the server would do.
    ApiCall *call = owner.subject.isEmpty() && owner.clientIdentifier.isEmpty()
                        ? ApiCall::failed(ApiCall::Operation::Revoke,
                                          ApiError::invalidRequest(tr("Revoking all tokens needs a subject, "
                                                                      "a client or both.")),
                                          this)
                        : m_client->revoke(request, bodyEncoding());
    connect(call, &ApiCall::finished, this, [this, call, owner, context = auditContext()] {
        RevokedAll result{owner, call->error()};
        AuditEntry entry = entryFor(context, AuditEntry::Operation::Revoke, QString(), owner.subject,
                                    owner.clientIdentifier);
        if (!result.error) {
            const TokenRevokeResponse &response = *call->revokeResponse();
            entry.resultCode = response.resultCode;
            entry.count = response.count;
            result.count = response.count;
        }
        audit(entry, result.error);
        emit revokedAll(result);
    });
}

void TokenOperations::revokeValue(const QString &accessTokenValue)
{
    TokenRevokeRequest request;
    request.accessTokenIdentifier = accessTokenValue;
    const QString hash = TokenHash::of(accessTokenValue);
    ApiCall *call = m_client->revoke(request, bodyEncoding());
    connect(call, &ApiCall::finished, this, [this, call, hash, context = auditContext()] {
        RevokedValue result{call->error(), hash};
        AuditEntry entry = entryFor(context, AuditEntry::Operation::Revoke, hash, QString(), QString());
        if (!result.error) {
            const TokenRevokeResponse &response = *call->revokeResponse();
            entry.resultCode = response.resultCode;
            entry.count = response.count;
            entry.detail = tr("revoked by its value, which the list did not show");
        }
        audit(entry, result.error);
        emit revokedValue(result);
    });
}

void TokenOperations::readRow(const QString &previousHash, const QString &hash, const QString &subject,
                              qint64 clientId)
{
    m_rowLocator->find(hash, subject, clientId, [this, previousHash](const TokenLocator::Result &found) {
        if (found.token)
            emit rowRead(previousHash, *found.token);
    });
}

AuditEntry TokenOperations::auditContext() const
{
    AuditEntry context;
    context.command = m_command;
    context.reason = m_reason;
    return context;
}

void TokenOperations::audit(AuditEntry entry, const ApiError &error)
{
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorName = m_operator;
    entry.profile = m_profile;
    bool numeric = false;
    const qint64 clientId = entry.clientIdentifier.toLongLong(&numeric);
    if (numeric && m_clientName)
        entry.clientName = m_clientName(clientId);
    entry.serviceId = m_serviceId;
    entry.outcome = error ? AuditEntry::Outcome::Failed : AuditEntry::Outcome::Ok;
    if (error) {
        entry.resultCode = error.resultCode;
        entry.detail = error.message();
    }
    QString problem;
    if (!m_auditLog->append(entry, &problem))
        emit auditFailed(problem);
}
