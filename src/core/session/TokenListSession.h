#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "ClientLimited.h"
#include "TokenListPage.h"
#include "TokenListQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class AuthleteClient;
class TokenListLoader;

// What the server is asked for one token list: the first window, the next windows as the view scrolls,
// the rest at once (load all), the same range again (refresh), and the names of the clients seen.
// It holds no rows: whoever presents them receives them through the signals and keeps them.
class TokenListSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindowSize = 20;
    // Names of clients are looked up with an empty, client-filtered list call; a service with more
    // clients than this shows the rest by ID only, rather than flooding the server.
    static constexpr int kMaxClientLookups = 200;

    explicit TokenListSession(AuthleteClient *client, QObject *parent = nullptr);
    ~TokenListSession() override;

    // Drops the rows (cleared()) and starts again from the first window with this server-side filter.
    void setQuery(const TokenListQuery &query);
    const TokenListQuery &query() const { return m_query; }
    // The loading guard: false while a window is on its way, so that the view asks for it once.
    bool canFetchMore() const;
    void fetchMore();
    void loadAll();
    void cancelLoadAll();
    // Whatever is being loaded (a window, load all, a refresh) stops; the rows held stay.
    void cancelLoading();
    // Loads as many rows again as were loaded; they arrive at once in rowsReplaced().
    void refresh();

    // After the server confirmed a change made here: a created token is held though it was not
    // paged in, and removed ones leave the server's list (and its indexes) too.
    void noteCreated(const AccessToken &token);
    void noteRemoved(const QSet<QString> &accessTokenHashes);

    bool isLoading() const { return m_pageCall || m_loader; }
    bool isLoadingAll() const { return m_loader && !m_refreshing; }
    bool isTotalKnown() const { return m_totalKnown; }
    int totalCount() const { return m_totalCount; }
    bool isComplete() const { return m_totalKnown && heldCount() >= m_totalCount; }

    // What the server told about a client (name, alias) when a list was filtered by it.
    std::optional<ClientLimited> client(qint64 clientId) const;
    QList<ClientLimited> clients() const { return m_clients.values(); }

signals:
    void cleared();
    // In the server's order; a token may come again (created here, or the list shifted meanwhile).
    void rowsAppended(const QList<AccessToken> &tokens);
    // The rows of a refresh, which take the place of every row held.
    void rowsReplaced(const QList<AccessToken> &tokens);
    void totalCountChanged(int totalCount);
    void loadingChanged(bool loading);
    // A call of the load in progress waits to try again (ApiCall::retrying).
    void retrying(int attempt, int maxAttempts, int delayMs);
    void errorOccurred(const ApiError &error);
    void loadAllProgress(int done, int total);
    void loadAllFinished(const ApiError &error);
    void clientNamed(const ClientLimited &client);
    // The connection changed: the names told before belong to another server.
    void clientsForgotten();

private:
    int heldCount() const { return m_fetched + int(m_created.size()); }
    void fetchWindow();
    void stopLoading();
    void onPageFinished(ApiCall *call, int generation);
    void received(const QList<AccessToken> &tokens);
    void setTotalCount(int totalCount);
    void rememberClient(const TokenListPage &page);
    void lookUpClients(const QList<AccessToken> &tokens);
    void startLoader(int firstIndex, int endIndex, bool replacing);

    QPointer<AuthleteClient> m_client;
    TokenListQuery m_query;
    int m_fetched = 0;       // the server's index the next window starts at
    QSet<QString> m_created; // held, but not yet paged in from the server's list
    int m_totalCount = 0;
    bool m_totalKnown = false;
    int m_generation = 0; // replies of an earlier query or refresh are dropped
    QPointer<ApiCall> m_pageCall;
    TokenListLoader *m_loader = nullptr;
    bool m_refreshing = false;
    QList<AccessToken> m_replacement; // rows of a refresh in progress
    QHash<qint64, ClientLimited> m_clients;
    QSet<qint64> m_clientLookups; // asked once per connection, answered or not
    QUrl m_clientsOf;             // the server the client names came from
};
