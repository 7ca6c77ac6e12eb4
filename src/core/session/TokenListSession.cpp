#include "TokenListSession.h"

#include "AuthleteClient.h"
#include "TokenListLoader.h"

TokenListSession::TokenListSession(AuthleteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TokenListSession::~TokenListSession()
{
    // Nothing is reported from a session going away.
    if (m_loader)
        m_loader->disconnect(this);
    stopLoading();
}

void TokenListSession::stopLoading()
{
    // Disconnected first: what a cancelled call reports must not reach this session.
    if (m_pageCall) {
        m_pageCall->disconnect(this);
        m_pageCall->cancel();
        m_pageCall = nullptr;
    }
    // A load all stopped by a new query or a refresh ends as cancelled, so that its progress does not
    // stay on show; the loader reports that at once.
    if (m_loader)
        m_loader->cancel();
}

void TokenListSession::setQuery(const TokenListQuery &query)
{
    ++m_generation;
    stopLoading();
    if (m_client && m_client->connection().baseUrl != m_clientsOf) {
        m_clients.clear();
        m_clientLookups.clear();
        m_clientsOf = m_client->connection().baseUrl;
        emit clientsForgotten();
    }
    m_query = query;
    m_query.start.reset();
    m_query.end.reset();
    m_fetched = 0;
    m_created.clear();
    m_totalKnown = false;
    m_totalCount = 0;
    emit cleared();
    emit totalCountChanged(0);
    fetchWindow();
}

bool TokenListSession::canFetchMore() const
{
    return !isLoading() && m_totalKnown && heldCount() < m_totalCount;
}

void TokenListSession::fetchMore()
{
    if (canFetchMore())
        fetchWindow();
}

void TokenListSession::fetchWindow()
{
    if (!m_client)
        return;
    TokenListQuery window = m_query;
    window.start = m_fetched;
    window.end = m_fetched + kWindowSize;
    ApiCall *call = m_client->list(window);
    m_pageCall = call;
    const int generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] { onPageFinished(call, generation); });
    connect(call, &ApiCall::retrying, this, &TokenListSession::retrying);
    emit loadingChanged(true);
}

void TokenListSession::onPageFinished(ApiCall *call, int generation)
{
    if (generation != m_generation)
        return;
    m_pageCall = nullptr;
    if (const ApiError &error = call->error()) {
        emit loadingChanged(false);
        if (error.kind != ApiError::Kind::Cancelled)
            emit errorOccurred(error);
        return;
    }
    const TokenListPage &page = *call->listPage();
    rememberClient(page);
    setTotalCount(page.totalCount);
    received(page.accessTokens);
    emit rowsAppended(page.accessTokens);
    lookUpClients(page.accessTokens);
    emit loadingChanged(false);
}

void TokenListSession::received(const QList<AccessToken> &tokens)
{
    m_fetched += int(tokens.size());
    if (m_created.isEmpty())
        return;
    for (const AccessToken &token : tokens)
        m_created.remove(token.accessTokenHash);
}

void TokenListSession::setTotalCount(int totalCount)
{
    const bool changed = !m_totalKnown || m_totalCount != totalCount;
    m_totalKnown = true;
    m_totalCount = totalCount;
    if (changed)
        emit totalCountChanged(totalCount);
}

void TokenListSession::rememberClient(const TokenListPage &page)
{
    if (!page.client)
        return;
    m_clients.insert(page.client->clientId, *page.client);
    emit clientNamed(*page.client);
}

void TokenListSession::lookUpClients(const QList<AccessToken> &tokens)
{
    // The list names a client only when filtered by it; an empty window (start = end = 0) so filtered
    // costs the server next to nothing and tells the name and alias.
    for (const AccessToken &token : tokens) {
        if (!m_client || m_clientLookups.size() >= kMaxClientLookups)
            return;
        if (m_clients.contains(token.clientId) || m_clientLookups.contains(token.clientId))
            continue;
        m_clientLookups.insert(token.clientId);
        TokenListQuery query;
        query.clientIdentifier = QString::number(token.clientId);
        query.start = 0;
        query.end = 0;
        ApiCall *call = m_client->list(query);
        const QUrl server = m_clientsOf;
        connect(call, &ApiCall::finished, this, [this, call, server] {
            if (server == m_clientsOf && call->listPage())
                rememberClient(*call->listPage());
        });
    }
}

void TokenListSession::loadAll()
{
    if (m_loader || isComplete() || !m_client)
        return;
    if (m_pageCall) {
        ++m_generation; // the loader fetches that window too
        m_pageCall->disconnect(this);
        m_pageCall->cancel();
        m_pageCall = nullptr;
    }
    startLoader(m_fetched, -1, false);
}

void TokenListSession::cancelLoadAll()
{
    if (isLoadingAll())
        m_loader->cancel();
}

void TokenListSession::cancelLoading()
{
    // A window's call is disconnected before it is cancelled, so its end is told here; a loader tells
    // its own.
    const bool windowLoading = m_pageCall;
    stopLoading();
    if (windowLoading)
        emit loadingChanged(false);
}

void TokenListSession::refresh()
{
    if (heldCount() == 0 || !m_client) {
        setQuery(m_query);
        return;
    }
    ++m_generation;
    stopLoading();
    // Whole windows, so that a refresh ends where scrolling would have.
    const int rows = (heldCount() + kWindowSize - 1) / kWindowSize * kWindowSize;
    startLoader(0, rows, true);
}

void TokenListSession::startLoader(int firstIndex, int endIndex, bool replacing)
{
    auto *loader = new TokenListLoader(m_client, this);
    m_loader = loader;
    m_refreshing = replacing;
    loader->setFilter(m_query);
    loader->setWindowSize(kWindowSize);
    m_replacement.clear();
    connect(loader, &TokenListLoader::tokensLoaded, this,
            [this, replacing](const QList<AccessToken> &tokens) {
                if (replacing) {
                    m_replacement += tokens;
                    return;
                }
                received(tokens);
                emit rowsAppended(tokens);
                lookUpClients(tokens);
            });
    connect(loader, &TokenListLoader::totalCountChanged, this, &TokenListSession::setTotalCount);
    connect(loader, &TokenListLoader::retrying, this, &TokenListSession::retrying);
    if (!replacing)
        connect(loader, &TokenListLoader::progress, this, &TokenListSession::loadAllProgress);
    connect(loader, &TokenListLoader::finished, this, [this, loader, replacing](const ApiError &error) {
        m_loader = nullptr;
        m_refreshing = false;
        loader->deleteLater();
        if (replacing && !error) {
            const QList<AccessToken> tokens = std::exchange(m_replacement, {});
            m_fetched = 0;
            m_created.clear();
            received(tokens);
            emit rowsReplaced(tokens);
            lookUpClients(tokens);
        }
        m_replacement.clear();
        if (!replacing)
            emit loadAllFinished(error);
        if (error && error.kind != ApiError::Kind::Cancelled)
            emit errorOccurred(error);
        emit loadingChanged(false);
    });
    emit loadingChanged(true);
    loader->start(firstIndex, endIndex);
}

void TokenListSession::noteCreated(const AccessToken &token)
{
    m_created.insert(token.accessTokenHash);
    setTotalCount(m_totalCount + 1);
    lookUpClients({token});
}

void TokenListSession::noteRemoved(const QSet<QString> &accessTokenHashes)
{
    for (const QString &hash : accessTokenHashes) {
        if (!m_created.remove(hash))
            m_fetched = qMax(0, m_fetched - 1);
    }
    setTotalCount(qMax(0, m_totalCount - int(accessTokenHashes.size())));
}

std::optional<ClientLimited> TokenListSession::client(qint64 clientId) const
{
    const auto it = m_clients.constFind(clientId);
    return it == m_clients.cend() ? std::nullopt : std::optional<ClientLimited>(*it);
}
