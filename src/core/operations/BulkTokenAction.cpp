#include "BulkTokenAction.h"

#include "ApiCall.h"
#include "AuthleteClient.h"
#include "TokenLocator.h"

BulkTokenAction::BulkTokenAction(AuthleteClient *client, Kind kind, QList<Target> targets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_targets(std::move(targets))
    , m_locator(new TokenLocator(client, this))
{}

BulkTokenAction::~BulkTokenAction()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void BulkTokenAction::start()
{
    emit progress(0, total());
    if (m_targets.isEmpty()) {
        m_finished = true;
        emit finished();
        return;
    }
    startNext();
}

void BulkTokenAction::cancel()
{
    m_cancelled = true;
    startNext();
}

int BulkTokenAction::failedCount() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [](const Outcome &o) { return o.error.isError(); }));
}

void BulkTokenAction::startNext()
{
    if (m_cancelled) {
        // Those never sent end as cancelled, so that every token is accounted for.
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        while (m_next < m_targets.size())
            record({m_targets.at(m_next++), cancelled, false, QString()});
    }
    while (!m_cancelled && m_running < m_concurrency && m_next < m_targets.size()) {
        const Target target = m_targets.at(m_next++);
        ApiCall *call = nullptr;
        if (m_kind == Kind::Revoke) {
            TokenRevokeRequest request;
            request.accessTokenIdentifier = target.accessTokenHash;
            call = m_client->revoke(request, m_encoding);
        } else {
            call = m_client->deleteToken(target.accessTokenHash);
        }
        ++m_running;
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, call, target] { onCallFinished(call, target); });
    }
    if (!m_finished && m_running == 0 && m_next >= m_targets.size() &&
        m_outcomes.size() == m_targets.size()) {
        m_finished = true;
        emit finished();
    }
}

void BulkTokenAction::onCallFinished(ApiCall *call, const Target &target)
{
    m_calls.removeAll(call);
    const ApiError &error = call->error();
    if (!error.isAmbiguous()) {
        --m_running;
        const TokenRevokeResponse *revoked = call->revokeResponse();
        record({target, error, false, revoked && !error ? revoked->resultCode : QString()});
        startNext();
        return;
    }
    // No answer: the token may or may not be gone. Ask the server rather than repeat the action.
    m_locator->find(target.accessTokenHash, target.subject, target.clientId,
                    [this, target, error](const TokenLocator::Result &found) {
                        --m_running;
                        if (!found.error && !found.token)
                            record({target, ApiError(), true, QString()});
                        else
                            record({target, found.error ? found.error : error, false, QString()});
                        startNext();
                    });
}

void BulkTokenAction::record(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    emit tokenFinished(outcome);
    emit progress(int(m_outcomes.size()), total());
}
