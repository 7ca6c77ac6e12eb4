#pragma once

#include "ApiCall.h"
#include "AuthleteClient.h"
#include "HardFailure.h"
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

// Waits (without sleeping) for the call's single outcome; no outcome in time fails hard.
inline CallOutcome await(ApiCall *call, int timeoutMs = 20'000)
{
    const std::shared_ptr<CallOutcome> outcome = watch(call);
    if (!QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs))
        failHard(QStringLiteral("the call did not finish within %1 ms").arg(timeoutMs));
    return *outcome;
}

// The outcome of a call that must succeed: an error fails hard, so the typed response is there.
inline CallOutcome awaitOk(ApiCall *call, int timeoutMs = 20'000)
{
    CallOutcome outcome = await(call, timeoutMs);
    if (outcome.error)
        failHard(QStringLiteral("the call failed: ") + outcome.error.message());
    return outcome;
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

// A connection to a service that exists only in a ScriptedNetworkAccess: nothing leaves the process.
inline ConnectionSettings scriptedConnection(const QString &bearer)
{
    ConnectionSettings connection;
    connection.baseUrl = QUrl(QStringLiteral("https://authlete.test"));
    connection.serviceId = QStringLiteral("715948317");
    connection.bearerToken = bearer;
    return connection;
}

// Every token the server holds for the filter, through the list loader; a failed or unfinished load
// fails hard.
inline QList<AccessToken> loadEverything(AuthleteClient *client,
                                         const TokenListQuery &filter = TokenListQuery())
{
    TokenListLoader loader(client);
    loader.setFilter(filter);
    QList<AccessToken> tokens;
    std::optional<ApiError> end;
    QObject::connect(&loader, &TokenListLoader::tokensLoaded, &loader,
                     [&](const QList<AccessToken> &more) { tokens += more; });
    QObject::connect(&loader, &TokenListLoader::finished, &loader,
                     [&](const ApiError &error) { end = error; });
    loader.start();
    if (!QTest::qWaitFor([&] { return end.has_value(); }, 60'000))
        failHard(QStringLiteral("listing did not finish"));
    if (*end)
        failHard(QStringLiteral("listing failed: ") + end->message());
    return tokens;
}
