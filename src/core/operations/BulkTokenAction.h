#pragma once

#include "ApiError.h"
#include "AuthleteClient.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class TokenLocator;

// Revokes or deletes many tokens at once, a bounded number at a time, and tells each token's outcome.
// Nothing is retried blindly after an ambiguous failure (no answer): the token is looked up instead,
// and its absence counts as done, its presence as not done.
class BulkTokenAction : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Revoke, Delete };

    struct Target
    {
        QString accessTokenHash;
        QString subject;
        qint64 clientId = 0;
    };

    struct Outcome
    {
        Target target;
        ApiError error; // None: the server confirmed (or a look-up showed the token gone)
        bool confirmedByLookup = false;
        QString resultCode; // the server's, on success (a revoke says one; a delete answers with no body)
    };

    static constexpr int kDefaultConcurrency = 6;

    BulkTokenAction(AuthleteClient *client, Kind kind, QList<Target> targets, QObject *parent = nullptr);
    ~BulkTokenAction() override;

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    // How revoke requests are sent (delete has no body).
    void setEncoding(AuthleteClient::BodyEncoding encoding) { m_encoding = encoding; }
    void start();
    // Stops starting new ones; those on the wire finish; the rest end as Cancelled.
    void cancel();

    Kind kind() const { return m_kind; }
    int total() const { return int(m_targets.size()); }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;

signals:
    void tokenFinished(const BulkTokenAction::Outcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void onCallFinished(ApiCall *call, const Target &target);
    void record(const Outcome &outcome);

    AuthleteClient *m_client;
    Kind m_kind;
    QList<Target> m_targets;
    QList<Outcome> m_outcomes;
    int m_concurrency = kDefaultConcurrency;
    AuthleteClient::BodyEncoding m_encoding = AuthleteClient::BodyEncoding::Json;
    int m_next = 0;
    int m_running = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<QPointer<ApiCall>> m_calls;
    TokenLocator *m_locator;
};
