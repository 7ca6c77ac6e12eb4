#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "TokenInterner.h"
#include "TokenListPage.h"
#include "TokenListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>
#include <functional>

class AuthleteClient;
class TokenListLoader;

// The tokens of one service (optionally filtered on the server by subject, client and status), as rows.
// Rows arrive window by window as the view scrolls (canFetchMore/fetchMore), or all at once through
// loadAll(), which fetches the rest concurrently. A token appears once, whichever way it came.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        ClientColumn,
        GrantTypeColumn,
        ScopesColumn,
        CreatedColumn,
        AccessExpiryColumn,
        RefreshExpiryColumn,
        LastRefreshedColumn,
        AccessHashColumn,
        RefreshHashColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers for times, text otherwise
        HashRole,                    // the access token hash, the row's identity
    };

    static constexpr int kWindowSize = 20;
    // Names of clients are looked up with an empty, client-filtered list call; a service with more
    // clients than this shows the rest by ID only, rather than flooding the server.
    static constexpr int kMaxClientLookups = 200;

    explicit TokenTableModel(AuthleteClient *client, QObject *parent = nullptr);
    ~TokenTableModel() override;

    // Clears the rows and starts again from the first window with this server-side filter.
    void setQuery(const TokenListQuery &query);
    const TokenListQuery &query() const { return m_query; }
    // Loads the rows again, as many as were loaded, keeping the current rows until the new ones came.
    void refresh();
    void loadAll();
    void cancelLoadAll();
    // For tests: a fixed "now" for relative times (milliseconds since the epoch; 0: the real clock).
    void setNow(qint64 nowMs) { m_fixedNowMs = nowMs; }

    bool isLoading() const { return m_pageCall || m_loader; }
    bool isLoadingAll() const { return m_loader != nullptr; }
    bool isTotalKnown() const { return m_totalKnown; }
    int totalCount() const { return m_totalCount; }
    bool isComplete() const { return m_totalKnown && rowCount() >= m_totalCount; }

    // After the server confirmed: rows of revoked or deleted tokens leave, a created one arrives,
    // an updated one is replaced by what the server now holds.
    void removeTokens(const QSet<QString> &accessTokenHashes);
    void addToken(const AccessToken &token);
    void replaceToken(const QString &accessTokenHash, const AccessToken &token);

    const AccessToken &tokenAt(int row) const { return m_tokens.at(row); }
    // Every client seen, for the create dialog; scopes seen in the loaded rows, for scope editors.
    QList<ClientLimited> knownClients() const;
    QStringList knownScopes() const;
    int rowOfHash(const QString &accessTokenHash) const { return m_rowOfHash.value(accessTokenHash, -1); }
    // What the server told about a client (name, alias) when a list was filtered by it.
    std::optional<ClientLimited> client(qint64 clientId) const;
    QString clientText(qint64 clientId) const;
    // The raw value of a time or client column, for comparing rows without going through QVariant;
    // nullopt for the text columns.
    static std::optional<qint64> numericSortValue(const AccessToken &token, int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(int totalCount);
    void errorOccurred(const ApiError &error);
    void loadAllProgress(int done, int total);
    void loadAllFinished(const ApiError &error);
    // After refresh() replaced the rows.
    void refreshed();

private:
    void fetchFirstWindow();
    void stopLoading();
    void onPageFinished(ApiCall *call, int generation);
    void appendTokens(const QList<AccessToken> &tokens);
    void setTotalCount(int totalCount);
    void rememberClient(const TokenListPage &page);
    void rebuildRowIndex();
    void removeRowsInOneLayoutChange(const QList<int> &descendingRows);
    void lookUpClients(const QList<AccessToken> &tokens);
    qint64 now() const;
    QVariant display(const AccessToken &token, int column) const;
    QVariant sortValue(const AccessToken &token, int column) const;
    QVariant expiryDecoration(qint64 expiresAt) const;
    QVariant expiryForeground(qint64 expiresAt) const;
    void startLoader(int firstIndex, int endIndex, bool replacing);

    QPointer<AuthleteClient> m_client;
    TokenListQuery m_query;
    QList<AccessToken> m_tokens;
    TokenInterner m_interner;
    QHash<QString, int> m_rowOfHash;
    QHash<qint64, ClientLimited> m_clients;
    QHash<qint64, QString> m_clientTexts; // of the named clients: the quick filter reads one per row
    QSet<qint64> m_clientLookups;         // asked once per connection, answered or not
    QUrl m_clientsOf;                     // the server the client names came from
    int m_totalCount = 0;
    bool m_totalKnown = false;
    int m_generation = 0;   // replies of an earlier query or refresh are dropped
    int m_addedLocally = 0; // created here, so not yet counted in the server index of the next window
    QPointer<ApiCall> m_pageCall;
    TokenListLoader *m_loader = nullptr;
    QList<AccessToken> m_replacement; // rows of a refresh in progress
    qint64 m_fixedNowMs = 0;
    QIcon m_expiredIcon;
    QIcon m_soonIcon;
};
