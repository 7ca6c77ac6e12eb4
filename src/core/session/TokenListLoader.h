#pragma once

#include "ApiError.h"
#include "TokenListPage.h"
#include "TokenListQuery.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class AuthleteClient;

// Fetches a whole (filtered) token list: the first window tells totalCount, the remaining windows are
// fetched concurrently (bounded) and delivered in index order, each token once (deduplicated by hash).
// If the server refuses the window size, it falls back to smaller windows.
class TokenListLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultWindowSize = 20;
    static constexpr int kDefaultConcurrency = 6;

    explicit TokenListLoader(AuthleteClient *client, QObject *parent = nullptr);
    ~TokenListLoader() override;

    // The filter's start and end are ignored: the loader chooses the windows.
    void setFilter(const TokenListQuery &filter) { m_filter = filter; }
    void setWindowSize(int size);
    int windowSize() const { return m_windowSize; }
    void setConcurrency(int concurrency);
    // Hashes the caller already holds (for instance the rows loaded by scrolling): never delivered again.
    void setKnownHashes(const QSet<QString> &hashes) { m_seen = hashes; }

    // Loads the server's list from index `firstIndex` (the rows before it are already loaded) up to
    // `endIndex` (exclusive; -1: to the end).
    void start(int firstIndex = 0, int endIndex = -1);
    // How far the total may grow during one load beyond the first window's (tokens created meanwhile):
    // this many, or as many again as the first window told, whichever is more. A server whose total
    // grows past that, window by window, would keep a load going for ever.
    static constexpr qint64 kMinTotalGrowth = 1000;
    void cancel();
    bool isRunning() const { return m_running; }
    int totalCount() const { return m_totalCount; }
    int deliveredCount() const { return m_delivered; }

signals:
    void totalCountChanged(int totalCount);
    // New tokens in the server's order; each hash appears once over the whole load.
    void tokensLoaded(const QList<AccessToken> &tokens);
    void progress(int windowsDone, int windowsTotal);
    // A window's call waits to try again (ApiCall::retrying).
    void retrying(int attempt, int maxAttempts, int delayMs);
    // Once per start(): the error is None when every window was loaded.
    void finished(const ApiError &error);

private:
    void requestWindow(qint64 start);
    void onWindowFinished(ApiCall *call, qint64 start);
    ApiError implausibleGrowth(int totalCount) const;
    void scheduleWindows();
    void deliverReadyWindows();
    void stop(const ApiError &error);
    void cancelCalls();
    int windowsTotal() const;
    qint64 lastIndex() const;

    QPointer<AuthleteClient> m_client;
    TokenListQuery m_filter;
    int m_windowSize = kDefaultWindowSize;
    int m_concurrency = kDefaultConcurrency;
    bool m_running = false;
    bool m_firstWindowDone = false;
    // Indexes in 64 bits: a server may claim a total near INT_MAX, and the window past it must not wrap.
    qint64 m_firstIndex = 0;
    qint64 m_endIndex = -1;
    int m_totalCount = 0;
    int m_firstTotal = -1;    // as the first window told it
    qint64 m_nextStart = 0;   // the next window to request
    qint64 m_nextDeliver = 0; // the window whose tokens are delivered next
    int m_delivered = 0;
    int m_windowsDone = 0;
    // Guarded: a call dies with its client, which may go before this loader does.
    QMap<qint64, QPointer<ApiCall>> m_inFlight;
    QMap<qint64, QList<AccessToken>> m_ready;
    QSet<QString> m_seen;
};
