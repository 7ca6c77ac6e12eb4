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
    void cancel();
    bool isRunning() const { return m_running; }
    int totalCount() const { return m_totalCount; }
    int deliveredCount() const { return m_delivered; }

signals:
    void totalCountChanged(int totalCount);
    // New tokens in the server's order; each hash appears once over the whole load.
    void tokensLoaded(const QList<AccessToken> &tokens);
    void progress(int windowsDone, int windowsTotal);
    // Once per start(): the error is None when every window was loaded.
    void finished(const ApiError &error);

private:
    void requestWindow(int start);
    void onWindowFinished(ApiCall *call, int start);
    void scheduleWindows();
    void deliverReadyWindows();
    void stop(const ApiError &error);
    void cancelCalls();
    int windowsTotal() const;
    int lastIndex() const;

    QPointer<AuthleteClient> m_client;
    TokenListQuery m_filter;
    int m_windowSize = kDefaultWindowSize;
    int m_concurrency = kDefaultConcurrency;
    bool m_running = false;
    bool m_firstWindowDone = false;
    int m_firstIndex = 0;
    int m_endIndex = -1;
    int m_totalCount = 0;
    int m_nextStart = 0;   // the next window to request
    int m_nextDeliver = 0; // the window whose tokens are delivered next
    int m_delivered = 0;
    int m_windowsDone = 0;
    // Guarded: a call dies with its client, which may go before this loader does.
    QMap<int, QPointer<ApiCall>> m_inFlight;
    QMap<int, QList<AccessToken>> m_ready;
    QSet<QString> m_seen;
};
