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
    // Drive the real main window as a person does, instead of the model and proxy without a view.
    bool window = false;
    // With the window: accessibility active, as under a screen reader.
    bool accessible = false;

    // The sandbox's command line for this size and latency, and how long it may take to make the tokens.
    QStringList sandboxArguments() const;
    int sandboxStartTimeoutMs() const;

    // Parses --tokens, --latency-ms, --concurrency, --revoke, --window and --accessible; nullopt (with
    // *error) when one is not a whole number in its range.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error);
};
