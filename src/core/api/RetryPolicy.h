#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// Exponential backoff with jitter between attempts of one call, honouring Retry-After.
struct RetryPolicy
{
    // A server that answers with a retryable status (429, a 5xx) is alive and gets more patience than
    // one that does not answer at all, which the user should hear about within seconds: at 20 % failed
    // replies, 8 attempts lose one window of a 100,000-token load in about 1 % of loads, 5 in 80 %.
    int maxAttempts = 8;
    int initialDelayMs = 500;
    int maxDelayMs = 30'000;
    double multiplier = 2.0;
    int maxAttemptsWithoutAnswer = 5; // connection refused or reset, timed out; never above maxAttempts

    // The delay before attempt number `attempt` (2 for the first retry): the exponential delay,
    // of which a random half is taken off so that many clients do not retry in step.
    int backoffDelayMs(int attempt) const;
    // Retry-After as delta-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<int> retryAfterMs(const QByteArray &header, const QDateTime &now);

    static RetryPolicy none() { return {1, 0, 0, 1.0, 1}; }
};
