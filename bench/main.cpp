// tokendesk-bench: measures the window's model, loader and bulk action against tokendesk-sandbox
// (or, with --window, the real main window driven as a person does) and prints one JSON object on
// stdout (progress on stderr).

#include "BenchOptions.h"
#include "TokenBench.h"
#include "WindowBench.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Shown offscreen: CI has no display, and a run on a desktop must not take its focus.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's state and its audit log go to a throwaway folder, never the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench"));

    QString error;
    const std::optional<BenchOptions> options = BenchOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "tokendesk-bench: %s\n", qPrintable(error));
        return 2;
    }
    QByteArray json;
    if (options->window) {
        WindowBench bench(*options, QDir(home.path()).filePath(QStringLiteral("profiles.ini")));
        json = bench.run(&error);
    } else {
        TokenBench bench(*options);
        json = bench.run(&error);
    }
    if (json.isEmpty()) {
        std::fprintf(stderr, "tokendesk-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", json.constData());
    return 0;
}
