#include "SandboxStore.h"

#include "TokenHash.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {

bool listsBefore(const SandboxToken *a, const SandboxToken *b)
{
    if (a->token.createdAt != b->token.createdAt)
        return a->token.createdAt < b->token.createdAt;
    return a->token.accessTokenHash < b->token.accessTokenHash;
}

template<typename Index> void insertSorted(Index &index, const typename Index::value_type &entry)
{
    const auto at = std::upper_bound(index.begin(), index.end(), entry, [](const auto &a, const auto &b) {
        return listsBefore(a.record, b.record);
    });
    index.insert(at, entry);
}

} // namespace

void SandboxStore::addClient(const ClientLimited &client)
{
    m_clients.append(client);
    ++m_revision;
}

const ClientLimited *SandboxStore::findClient(qint64 clientId) const
{
    for (const ClientLimited &client : m_clients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

const ClientLimited *SandboxStore::findClient(const QString &identifier) const
{
    bool numeric = false;
    const qint64 clientId = identifier.toLongLong(&numeric);
    if (numeric) {
        if (const ClientLimited *client = findClient(clientId))
            return client;
    }
    for (const ClientLimited &client : m_clients) {
        if (!client.clientIdAlias.isEmpty() && client.clientIdAlias == identifier)
            return &client;
    }
    return nullptr;
}

void SandboxStore::resetTokens(std::vector<SandboxToken> tokens)
{
    m_tokens.clear();
    m_refreshHashes.clear();
    m_tokenIds.clear();
    m_tokens.reserve(tokens.size());
    for (SandboxToken &token : tokens) {
        const QString hash = token.token.accessTokenHash;
        if (hash.isEmpty() || m_tokens.count(hash) || m_refreshHashes.count(token.token.refreshTokenHash))
            continue;
        if (!token.token.refreshTokenHash.isEmpty())
            m_refreshHashes.emplace(token.token.refreshTokenHash, hash);
        if (!token.tokenId.isEmpty())
            m_tokenIds.emplace(token.tokenId, hash);
        m_tokens.emplace(hash, std::move(token));
    }
    rebuildIndexes();
    ++m_revision;
}

bool SandboxStore::insert(SandboxToken token)
{
    const QString hash = token.token.accessTokenHash;
    if (hash.isEmpty() || hasAccessTokenHash(hash) || hasRefreshTokenHash(token.token.refreshTokenHash))
        return false;
    if (!token.token.refreshTokenHash.isEmpty())
        m_refreshHashes.emplace(token.token.refreshTokenHash, hash);
    if (!token.tokenId.isEmpty())
        m_tokenIds.emplace(token.tokenId, hash);
    const auto [it, inserted] = m_tokens.emplace(hash, std::move(token));
    addToIndexes(&it->second);
    ++m_revision;
    return inserted;
}

bool SandboxStore::replace(const QString &accessTokenHash, SandboxToken token)
{
    const SandboxToken *old = findByHash(accessTokenHash);
    if (!old)
        return false;
    const bool accessClash =
        token.token.accessTokenHash != accessTokenHash && hasAccessTokenHash(token.token.accessTokenHash);
    const bool refreshClash = token.token.refreshTokenHash != old->token.refreshTokenHash &&
                              hasRefreshTokenHash(token.token.refreshTokenHash);
    if (accessClash || refreshClash || token.token.accessTokenHash.isEmpty())
        return false;
    eraseRecords({old});
    return insert(std::move(token));
}

bool SandboxStore::remove(const QString &accessTokenHash)
{
    const SandboxToken *record = findByHash(accessTokenHash);
    if (!record)
        return false;
    eraseRecords({record});
    return true;
}

int SandboxStore::removeMatching(std::optional<qint64> clientId, const QString &subject)
{
    std::vector<const SandboxToken *> victims;
    const auto collect = [&](const Index &index) {
        for (const Entry &entry : index) {
            if ((!clientId || entry.record->token.clientId == *clientId) &&
                (subject.isEmpty() || entry.record->token.subject == subject))
                victims.push_back(entry.record);
        }
    };
    if (!subject.isEmpty()) {
        if (const auto it = m_bySubject.find(subject); it != m_bySubject.end())
            collect(it->second);
    } else if (clientId) {
        if (const auto it = m_byClient.find(*clientId); it != m_byClient.end())
            collect(it->second);
    }
    const int count = int(victims.size());
    if (count > 0)
        eraseRecords(std::move(victims));
    return count;
}

const SandboxToken *SandboxStore::findByHash(const QString &hash) const
{
    const auto it = m_tokens.find(hash);
    return it == m_tokens.end() ? nullptr : &it->second;
}

const SandboxToken *SandboxStore::findAccessToken(const QString &valueOrHash) const
{
    if (valueOrHash.isEmpty())
        return nullptr;
    if (const SandboxToken *record = findByHash(TokenHash::of(valueOrHash)))
        return record;
    return findByHash(valueOrHash);
}

const SandboxToken *SandboxStore::findRefreshToken(const QString &valueOrHash) const
{
    if (valueOrHash.isEmpty())
        return nullptr;
    auto it = m_refreshHashes.find(TokenHash::of(valueOrHash));
    if (it == m_refreshHashes.end())
        it = m_refreshHashes.find(valueOrHash);
    return it == m_refreshHashes.end() ? nullptr : findByHash(it->second);
}

const SandboxToken *SandboxStore::findByTokenId(const QString &tokenId) const
{
    const auto it = m_tokenIds.find(tokenId);
    return it == m_tokenIds.end() ? nullptr : findByHash(it->second);
}

bool SandboxStore::hasAccessTokenHash(const QString &hash) const
{
    return m_tokens.count(hash) > 0;
}

bool SandboxStore::hasRefreshTokenHash(const QString &hash) const
{
    return !hash.isEmpty() && m_refreshHashes.count(hash) > 0;
}

SandboxStore::Window SandboxStore::list(const Filter &filter, int start, int end, qint64 now) const
{
    static const Index empty;
    const auto indexOf = [](const auto &map, const auto &key) -> const Index & {
        const auto it = map.find(key);
        return it == map.end() ? empty : it->second;
    };

    // Walk the smaller of the candidate indexes and check the other condition record by record.
    const Index *candidates = &m_ordered;
    bool checkClient = false;
    bool checkSubject = false;
    if (filter.clientId && !filter.subject.isEmpty()) {
        const Index &bySubject = indexOf(m_bySubject, filter.subject);
        const Index &byClient = indexOf(m_byClient, *filter.clientId);
        candidates = bySubject.size() <= byClient.size() ? &bySubject : &byClient;
        checkClient = candidates == &bySubject;
        checkSubject = !checkClient;
    } else if (filter.clientId) {
        candidates = &indexOf(m_byClient, *filter.clientId);
    } else if (!filter.subject.isEmpty()) {
        candidates = &indexOf(m_bySubject, filter.subject);
    }

    Window window;
    if (!checkClient && !checkSubject && filter.status == Status::All) {
        window.totalCount = int(candidates->size());
        for (int i = std::max(start, 0); i < std::min(end, window.totalCount); ++i)
            window.tokens.append((*candidates)[size_t(i)].record->token);
        return window;
    }

    const bool checkStatus = filter.status != Status::All;
    const bool wantValid = filter.status == Status::Valid;
    for (const Entry &entry : *candidates) {
        if (checkStatus && (entry.expiresAt > now) != wantValid)
            continue;
        if (checkClient && entry.record->token.clientId != *filter.clientId)
            continue;
        if (checkSubject && entry.record->token.subject != filter.subject)
            continue;
        if (window.totalCount >= start && window.totalCount < end)
            window.tokens.append(entry.record->token);
        ++window.totalCount;
    }
    return window;
}

QList<AccessToken> SandboxStore::allTokens() const
{
    QList<AccessToken> tokens;
    tokens.reserve(qsizetype(m_ordered.size()));
    for (const Entry &entry : m_ordered)
        tokens.append(entry.record->token);
    return tokens;
}

void SandboxStore::addToIndexes(const SandboxToken *record)
{
    const Entry entry{record->expiresAt(), record};
    insertSorted(m_ordered, entry);
    if (!record->token.subject.isEmpty())
        insertSorted(m_bySubject[record->token.subject], entry);
    insertSorted(m_byClient[record->token.clientId], entry);
}

void SandboxStore::eraseRecords(std::vector<const SandboxToken *> records)
{
    // Sorted by address, membership is a binary search on plain pointers: erasing thousands of
    // records costs one pass over each index rather than one pass per record.
    std::sort(records.begin(), records.end());
    const auto doomed = [&records](const Entry &entry) {
        return std::binary_search(records.begin(), records.end(), entry.record);
    };
    std::erase_if(m_ordered, doomed);
    QSet<QString> subjects;
    QSet<qint64> clientIds;
    for (const SandboxToken *record : records) {
        subjects.insert(record->token.subject);
        clientIds.insert(record->token.clientId);
    }
    const auto eraseFrom = [&doomed](auto &map, const auto &key) {
        if (const auto it = map.find(key); it != map.end()) {
            std::erase_if(it->second, doomed);
            if (it->second.empty())
                map.erase(it);
        }
    };
    for (const QString &subject : std::as_const(subjects))
        eraseFrom(m_bySubject, subject);
    for (qint64 clientId : std::as_const(clientIds))
        eraseFrom(m_byClient, clientId);
    for (const SandboxToken *record : records) {
        m_refreshHashes.erase(record->token.refreshTokenHash);
        m_tokenIds.erase(record->tokenId);
        m_tokens.erase(record->token.accessTokenHash); // destroys *record: last use
    }
    ++m_revision;
}

void SandboxStore::rebuildIndexes()
{
    m_ordered.clear();
    m_bySubject.clear();
    m_byClient.clear();
    m_ordered.reserve(m_tokens.size());
    for (const auto &[hash, record] : m_tokens)
        m_ordered.push_back({record.expiresAt(), &record});
    std::sort(m_ordered.begin(), m_ordered.end(),
              [](const Entry &a, const Entry &b) { return listsBefore(a.record, b.record); });
    // Appending in list order keeps every per-subject and per-client index sorted too.
    for (const Entry &entry : m_ordered) {
        if (!entry.record->token.subject.isEmpty())
            m_bySubject[entry.record->token.subject].push_back(entry);
        m_byClient[entry.record->token.clientId].push_back(entry);
    }
}

QJsonObject SandboxStore::toJson() const
{
    QJsonArray clients;
    for (const ClientLimited &client : m_clients)
        clients.append(client.toJson());
    QJsonArray tokens;
    for (const Entry &entry : m_ordered)
        tokens.append(entry.record->toJson());
    return {{QLatin1StringView("clients"), clients}, {QLatin1StringView("tokens"), tokens}};
}

bool SandboxStore::loadJson(const QJsonObject &json)
{
    const QJsonValue clients = json.value(QLatin1StringView("clients"));
    const QJsonValue tokens = json.value(QLatin1StringView("tokens"));
    if (!clients.isArray() || !tokens.isArray())
        return false;
    QList<ClientLimited> loadedClients;
    for (const QJsonValue client : clients.toArray()) {
        if (!client.isObject())
            return false;
        loadedClients.append(ClientLimited::fromJson(client.toObject()));
    }
    std::vector<SandboxToken> loadedTokens;
    for (const QJsonValue token : tokens.toArray()) {
        std::optional<SandboxToken> record = SandboxToken::fromJson(token.toObject());
        if (!record)
            return false;
        loadedTokens.push_back(std::move(*record));
    }
    m_clients = loadedClients;
    resetTokens(std::move(loadedTokens));
    return true;
}
