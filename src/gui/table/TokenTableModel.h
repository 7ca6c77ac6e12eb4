#pragma once

#include "ClientLimited.h"
#include "TokenColumns.h"
#include "TokenInterner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

class TokenListSession;

// The tokens of one list session as rows, one column per entry of TokenColumns. The session fetches;
// this model holds what came, each token once whichever way it came, and shows it.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers for times, text otherwise
        HashRole,                    // the access token hash, the row's identity
    };

    explicit TokenTableModel(TokenListSession *session, QObject *parent = nullptr);

    TokenListSession *session() const { return m_session; }
    // For tests: a fixed "now" for relative times (milliseconds since the epoch; 0: the real clock).
    void setNow(qint64 nowMs) { m_fixedNowMs = nowMs; }

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
    QString clientText(qint64 clientId) const { return cellContext().clientText(clientId); }
    TokenColumns::CellContext cellContext() const { return {m_clientTexts, m_fixedNowMs}; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After the session's refresh replaced the rows.
    void refreshed();

private:
    void clear();
    void appendTokens(const QList<AccessToken> &tokens);
    void replaceAll(const QList<AccessToken> &tokens);
    void nameClient(const ClientLimited &client);
    void forgetClients();
    void rebuildRowIndex();
    void removeRowsInOneLayoutChange(const QList<int> &descendingRows);
    QVariant expiryDecoration(qint64 expiresAt, int column) const;
    QVariant expiryForeground(qint64 expiresAt) const;

    TokenListSession *m_session;
    QList<AccessToken> m_tokens;
    TokenInterner m_interner;
    QHash<QString, int> m_rowOfHash;
    QHash<qint64, QString> m_clientTexts; // of the named clients: the quick filter reads one per row
    qint64 m_fixedNowMs = 0;
    QIcon m_expiredIcon;
    QIcon m_soonIcon;
    QIcon m_validIcon;
};
