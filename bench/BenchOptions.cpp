#include "BenchOptions.h"

#include "SandboxProcess.h"

#include <QCommandLineParser>

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures TokenDesk's model and loader against a tokendesk-sandbox process and prints "
                       "one JSON object."));
    parser.addHelpOption();
    struct Option
    {
        QString name;
        int *value;
        int minimum;
        const char *description;
    };
    BenchOptions options;
    const QList<Option> numbers{
        {QStringLiteral("tokens"), &options.tokens, 1, "Tokens in the sandbox."},
        {QStringLiteral("latency-ms"), &options.latencyMs, 0, "Delay of every sandbox reply."},
        {QStringLiteral("concurrency"), &options.concurrency, 1,
         "Requests on the wire at once (bulk revoke)."},
        {QStringLiteral("revoke"), &options.revoke, 0, "Tokens revoked in bulk, and as many one by one."},
    };
    for (const Option &option : numbers)
        parser.addOption({option.name, QString::fromLatin1(option.description), QStringLiteral("n"),
                          QString::number(*option.value)});
    const QCommandLineOption window(
        QStringLiteral("window"),
        QStringLiteral("Drive the real main window, shown offscreen, as a person does."));
    const QCommandLineOption accessible(
        QStringLiteral("accessible"),
        QStringLiteral("With --window: accessibility active, as under a screen reader."));
    parser.addOptions({window, accessible});
    parser.process(arguments);
    options.window = parser.isSet(window) || parser.isSet(accessible);
    options.accessible = parser.isSet(accessible);

    for (const Option &option : numbers) {
        bool ok = false;
        *option.value = parser.value(option.name).toInt(&ok);
        if (!ok || *option.value < option.minimum) {
            *error = QStringLiteral("--%1 must be a whole number of at least %2")
                         .arg(option.name)
                         .arg(option.minimum);
            return std::nullopt;
        }
    }
    if (2 * options.revoke > options.tokens) {
        *error =
            QStringLiteral("--revoke may be at most half of --tokens: as many again are revoked one by one");
        return std::nullopt;
    }
    return options;
}

QStringList BenchOptions::sandboxArguments() const
{
    return {QStringLiteral("--tokens"), QString::number(tokens), QStringLiteral("--latency-ms"),
            QString::number(latencyMs)};
}

int BenchOptions::sandboxStartTimeoutMs() const
{
    // About 18 s for a million tokens on a loaded 2-core machine; a minute per million is ample.
    return SandboxProcess::kStartTimeoutMs + int(qint64(tokens) * 60'000 / 1'000'000);
}
