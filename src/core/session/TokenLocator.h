#pragma once

#include "AccessToken.h"
#include "ApiError.h"

#include <QObject>
#include <functional>

class AuthleteClient;
class TokenListLoader;

// Reads one token back from the server by its hash. The API has no lookup by hash, so it lists the
// tokens of the token's subject (and client) and looks for it. Used after an update to show what the
// server kept, and after an ambiguous failure to learn what really happened instead of retrying.
class TokenLocator : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiError error;                   // the list failed: nothing is known
        std::optional<AccessToken> token; // absent: the server has no such token (any more)
    };

    TokenLocator(AuthleteClient *client, QObject *parent = nullptr);

    // subject and clientId narrow the search (either may be empty/0); the callback runs once.
    void find(const QString &accessTokenHash, const QString &subject, qint64 clientId,
              const std::function<void(const Result &)> &callback);

private:
    AuthleteClient *m_client;
};
