#pragma once

#include <QStringList>
#include <optional>

// What the benchmark is asked to measure: the size of the service, the server's latency, how many
// requests the app may have on the wire, and how many tokens to revoke.
struct BenchOptions
{
    int tokens = 100'000;
    int latencyMs = 20;
    int concurrency = 6;
    int revoke = 1'000;

    // Parses --tokens, --latency-ms, --concurrency and --revoke; nullopt (with *error) when one is
    // not a whole number in its range.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error);
};
