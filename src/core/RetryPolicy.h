#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// Exponential backoff with jitter between attempts of one call, honouring Retry-After.
struct RetryPolicy
{
    int maxAttempts = 5;
    int initialDelayMs = 500;
    int maxDelayMs = 30'000;
    double multiplier = 2.0;

    // The delay before attempt number `attempt` (2 for the first retry): the exponential delay,
    // of which a random half is taken off so that many clients do not retry in step.
    int backoffDelayMs(int attempt) const;
    // Retry-After as delta-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<int> retryAfterMs(const QByteArray &header, const QDateTime &now);

    static RetryPolicy none() { return {1, 0, 0, 1.0}; }
};
