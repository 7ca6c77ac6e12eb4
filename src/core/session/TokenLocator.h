#pragma once

#include "AccessToken.h"
#include "ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class AuthleteClient;
class TokenListLoader;

// Reads one token back from the server by its hash. The API has no lookup by hash, so it lists the
// tokens of the token's subject (and client) and looks for it. Used after an update to show what the
// server kept, and after an ambiguous failure to learn what really happened instead of retrying.
// Every search is bounded: it reads at most the first maxTokens of that list and stops after maxMs,
// whatever total the server claims, and cancel() ends the searches at once.
class TokenLocator : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxTokens = 2000; // 100 windows of 20
        int maxMs = 30'000;
    };

    struct Result
    {
        // The list failed, the search was cancelled or stopped at its bound (Kind::SearchLimit): nothing
        // is known.
        ApiError error;
        std::optional<AccessToken> token; // absent without error: the server has no such token (any more)
    };

    explicit TokenLocator(AuthleteClient *client, QObject *parent = nullptr);
    ~TokenLocator() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // subject and clientId narrow the search (either may be empty/0); the callback runs once, before
    // finished() tells the same result.
    void find(const QString &accessTokenHash, const QString &subject, qint64 clientId,
              const std::function<void(const Result &)> &callback);
    // Every search in progress ends with a Cancelled error.
    void cancel();
    bool isSearching() const { return !m_searches.isEmpty(); }
    // Over the searches in progress: tokens read so far, of as many as they will read at most.
    int searched() const;
    int searchTotal() const;

signals:
    void progress(int searched, int total);
    void searchingChanged(bool searching);
    void finished(const TokenLocator::Result &result);

private:
    struct Search
    {
        QPointer<TokenListLoader> loader;
        int searched = 0;
        int total = 0;
    };
    void reportProgress();
    ApiError limitReached(const TokenListLoader &loader, bool timedOut) const;

    AuthleteClient *m_client;
    Limits m_limits;
    QList<std::shared_ptr<Search>> m_searches;
};
