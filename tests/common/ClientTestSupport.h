#pragma once

#include "ApiCall.h"
#include "AuthleteClient.h"
#include "SandboxProcess.h"
#include "TokenListLoader.h"

#include <QTest>
#include <optional>

// What one ApiCall ended with, copied out before the call deletes itself.
struct CallOutcome
{
    bool finished = false;
    int finishedCount = 0;
    int attempts = 0;
    ApiError error;
    std::optional<TokenListPage> listPage;
    std::optional<TokenCreateResponse> created;
    std::optional<TokenUpdateResponse> updated;
    std::optional<TokenRevokeResponse> revoked;
};

// Records the call's outcome when it comes; connect before the event loop runs, since a finished call
// deletes itself.
inline std::shared_ptr<CallOutcome> watch(ApiCall *call)
{
    auto outcome = std::make_shared<CallOutcome>();
    QObject::connect(call, &ApiCall::finished, call, [call, outcome] {
        ++outcome->finishedCount;
        outcome->finished = true;
        outcome->attempts = call->attempts();
        outcome->error = call->error();
        if (call->listPage())
            outcome->listPage = *call->listPage();
        if (call->createResponse())
            outcome->created = *call->createResponse();
        if (call->updateResponse())
            outcome->updated = *call->updateResponse();
        if (call->revokeResponse())
            outcome->revoked = *call->revokeResponse();
    });
    return outcome;
}

// Waits (without sleeping) for the call's single outcome.
inline CallOutcome await(ApiCall *call, int timeoutMs = 20'000)
{
    const std::shared_ptr<CallOutcome> outcome = watch(call);
    if (!QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs))
        qWarning("the call did not finish within %d ms", timeoutMs);
    return *outcome;
}

// A client of the sandbox with quick retries: tests stay short, and the attempt count keeps a give-up
// unlikely under the failure rates they inject.
inline std::unique_ptr<AuthleteClient> clientFor(QNetworkAccessManager *network,
                                                 const SandboxProcess &sandbox, const QString &bearer)
{
    auto client = std::make_unique<AuthleteClient>(network);
    ConnectionSettings connection;
    connection.baseUrl = sandbox.baseUrl();
    connection.serviceId = sandbox.serviceId();
    connection.bearerToken = bearer;
    client->setConnection(connection);
    client->setRetryPolicy({12, 5, 200, 2.0});
    return client;
}

// Every token the server holds for the filter, through the list loader.
inline QList<AccessToken> loadEverything(AuthleteClient *client,
                                         const TokenListQuery &filter = TokenListQuery())
{
    TokenListLoader loader(client);
    loader.setFilter(filter);
    QList<AccessToken> tokens;
    bool done = false;
    QObject::connect(&loader, &TokenListLoader::tokensLoaded,
                     [&](const QList<AccessToken> &more) { tokens += more; });
    QObject::connect(&loader, &TokenListLoader::finished, [&](const ApiError &error) {
        done = true;
        if (error)
            qWarning("listing failed: %s", qPrintable(error.message()));
    });
    loader.start();
    if (!QTest::qWaitFor([&] { return done; }, 60'000))
        qWarning("listing did not finish");
    return tokens;
}
