#pragma once

#include "ClientLimited.h"
#include "SandboxToken.h"

#include <QJsonObject>
#include <QList>
#include <optional>
#include <unordered_map>
#include <vector>

// The clients and token records of the emulated service.
// Every list answer must stay far below a millisecond over 100,000 tokens, so the records are kept
// in a hash table and three sorted indexes (all, per subject, per client) in list order:
// createdAt ascending, ties by accessTokenHash. Each index entry carries the record's expiry so that
// a tokenStatus filter scans contiguous memory instead of chasing pointers.
class SandboxStore
{
public:
    // tokenStatus of a list call (§2.1): VALID is not expired, INVALID expired.
    enum class Status { All, Valid, Invalid };

    struct Filter
    {
        std::optional<qint64> clientId;
        QString subject; // empty: any subject
        Status status = Status::All;
    };

    struct Window
    {
        int totalCount = 0;
        QList<AccessToken> tokens;
    };

    SandboxStore() = default;
    SandboxStore(const SandboxStore &) = delete; // the indexes point into m_tokens
    SandboxStore &operator=(const SandboxStore &) = delete;

    void addClient(const ClientLimited &client);
    const QList<ClientLimited> &clients() const { return m_clients; }
    const ClientLimited *findClient(qint64 clientId) const;
    // A numeric client ID or a client ID alias.
    const ClientLimited *findClient(const QString &identifier) const;

    // Replaces every token at once and sorts the indexes a single time; records whose hashes are
    // already taken are skipped. Seeding and loading go through here.
    void resetTokens(std::vector<SandboxToken> tokens);
    // False when the access or refresh token hash is already taken.
    bool insert(SandboxToken token);
    // Replaces the record that has accessTokenHash; false when there is none or the new hashes clash.
    bool replace(const QString &accessTokenHash, SandboxToken token);
    bool remove(const QString &accessTokenHash);
    // Removes every token of the client and/or subject (at least one given); answers how many.
    int removeMatching(std::optional<qint64> clientId, const QString &subject);

    // Lookups by an identifier that may be a token value or a hash: the value is tried first.
    const SandboxToken *findAccessToken(const QString &valueOrHash) const;
    const SandboxToken *findRefreshToken(const QString &valueOrHash) const;
    const SandboxToken *findByTokenId(const QString &tokenId) const;
    bool hasAccessTokenHash(const QString &hash) const;
    bool hasRefreshTokenHash(const QString &hash) const;

    Window list(const Filter &filter, int start, int end, qint64 now) const;
    int size() const { return int(m_tokens.size()); }
    // Every token in list order.
    QList<AccessToken> allTokens() const;

    // Bumped by every change, so that a caller can tell when to persist.
    quint64 revision() const { return m_revision; }

    QJsonObject toJson() const;
    // False (and the store unchanged) when the JSON is not a store.
    bool loadJson(const QJsonObject &json);

private:
    struct Entry
    {
        qint64 expiresAt;
        const SandboxToken *record;
    };
    using Index = std::vector<Entry>;

    const SandboxToken *findByHash(const QString &hash) const;
    void addToIndexes(const SandboxToken *record);
    void eraseRecords(std::vector<const SandboxToken *> records);
    void rebuildIndexes();

    QList<ClientLimited> m_clients;
    std::unordered_map<QString, SandboxToken> m_tokens;   // by access token hash; nodes never move
    std::unordered_map<QString, QString> m_refreshHashes; // refresh token hash -> access token hash
    std::unordered_map<QString, QString> m_tokenIds;      // tokenId -> access token hash
    Index m_ordered;
    std::unordered_map<QString, Index> m_bySubject;
    std::unordered_map<qint64, Index> m_byClient;
    quint64 m_revision = 0;
};
