#pragma once

#include "ApiCall.h"
#include "AuthleteClient.h"

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
