#include "TokenLocator.h"

#include "TokenListLoader.h"

TokenLocator::TokenLocator(AuthleteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void TokenLocator::find(const QString &accessTokenHash, const QString &subject, qint64 clientId,
                        const std::function<void(const Result &)> &callback)
{
    auto *loader = new TokenListLoader(m_client, this);
    TokenListQuery filter;
    filter.subject = subject;
    filter.clientIdentifier = clientId != 0 ? QString::number(clientId) : QString();
    loader->setFilter(filter);
    auto found = std::make_shared<std::optional<AccessToken>>();
    connect(loader, &TokenListLoader::tokensLoaded, loader,
            [loader, found, accessTokenHash](const QList<AccessToken> &tokens) {
                for (const AccessToken &token : tokens) {
                    if (token.accessTokenHash == accessTokenHash) {
                        *found = token;
                        loader->cancel();
                        return;
                    }
                }
            });
    connect(loader, &TokenListLoader::finished, this, [loader, found, callback](const ApiError &error) {
        loader->deleteLater();
        Result result;
        if (found->has_value())
            result.token = *found;
        else if (error)
            result.error = error;
        callback(result);
    });
    loader->start();
}
