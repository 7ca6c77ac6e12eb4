// tokendesk-bench: measures the window's model, loader and bulk action against tokendesk-sandbox
// and prints one JSON object on stdout (progress on stderr).

#include "BenchOptions.h"
#include "TokenBench.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    // The model makes icons, which need a GUI application, but nothing is shown: CI has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench"));

    QString error;
    const std::optional<BenchOptions> options = BenchOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "tokendesk-bench: %s\n", qPrintable(error));
        return 2;
    }
    TokenBench bench(*options);
    const QByteArray json = bench.run(&error);
    if (json.isEmpty()) {
        std::fprintf(stderr, "tokendesk-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", json.constData());
    return 0;
}
