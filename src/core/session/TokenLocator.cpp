#include "TokenLocator.h"

#include "TokenListLoader.h"

#include <QTimer>
#include <numeric>

TokenLocator::TokenLocator(AuthleteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TokenLocator::~TokenLocator()
{
    // Nothing is reported from a locator going away; its loaders (children) cancel their calls.
    for (const std::shared_ptr<Search> &search : std::as_const(m_searches)) {
        if (search->loader)
            search->loader->disconnect(this);
    }
}

void TokenLocator::find(const QString &accessTokenHash, const QString &subject, qint64 clientId,
                        const std::function<void(const Result &)> &callback)
{
    auto *loader = new TokenListLoader(m_client, this);
    TokenListQuery filter;
    filter.subject = subject;
    filter.clientIdentifier = clientId != 0 ? QString::number(clientId) : QString();
    loader->setFilter(filter);
    auto search = std::make_shared<Search>();
    search->loader = loader;
    search->total = m_limits.maxTokens;
    auto found = std::make_shared<std::optional<AccessToken>>();
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(loader);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, loader, [loader, timedOut] {
        *timedOut = true;
        loader->cancel();
    });
    connect(loader, &TokenListLoader::totalCountChanged, this, [this, search](int totalCount) {
        search->total = qMin(totalCount, m_limits.maxTokens);
        reportProgress();
    });
    connect(loader, &TokenListLoader::tokensLoaded, this,
            [this, loader, search, found, accessTokenHash](const QList<AccessToken> &tokens) {
                search->searched += int(tokens.size());
                for (const AccessToken &token : tokens) {
                    if (token.accessTokenHash == accessTokenHash) {
                        *found = token;
                        loader->cancel();
                        return;
                    }
                }
                reportProgress();
            });
    connect(loader, &TokenListLoader::finished, this,
            [this, loader, search, found, timedOut, callback](const ApiError &error) {
                loader->deleteLater();
                m_searches.removeOne(search);
                Result result;
                if (found->has_value())
                    result.token = *found;
                else if (*timedOut || (!error && loader->totalCount() > m_limits.maxTokens))
                    result.error = limitReached(*loader, *timedOut);
                else if (error)
                    result.error = error;
                callback(result);
                emit finished(result);
                if (m_searches.isEmpty())
                    emit searchingChanged(false);
                else
                    reportProgress();
            });
    m_searches.append(search);
    if (m_searches.size() == 1)
        emit searchingChanged(true);
    deadline->start(m_limits.maxMs);
    // The first maxTokens of the list only: a server claiming billions is not paged through.
    loader->start(0, m_limits.maxTokens);
}

void TokenLocator::cancel()
{
    const QList<std::shared_ptr<Search>> searches = m_searches;
    for (const std::shared_ptr<Search> &search : searches) {
        if (search->loader)
            search->loader->cancel();
    }
}

int TokenLocator::searched() const
{
    return std::accumulate(
        m_searches.cbegin(), m_searches.cend(), 0,
        [](int sum, const std::shared_ptr<Search> &search) { return sum + search->searched; });
}

int TokenLocator::searchTotal() const
{
    return std::accumulate(
        m_searches.cbegin(), m_searches.cend(), 0,
        [](int sum, const std::shared_ptr<Search> &search) { return sum + search->total; });
}

void TokenLocator::reportProgress()
{
    emit progress(searched(), searchTotal());
}

ApiError TokenLocator::limitReached(const TokenListLoader &loader, bool timedOut) const
{
    ApiError error;
    error.kind = ApiError::Kind::SearchLimit;
    error.detail = timedOut
                       ? tr("it was not found within %L1 s").arg(m_limits.maxMs / 1000.0)
                       : tr("it was not among the first %L1 of the %L2 tokens listed for its subject and "
                            "client")
                             .arg(m_limits.maxTokens)
                             .arg(loader.totalCount());
    return error;
}
