// tokendesk: the desktop console for the OAuth access tokens of an Authlete service.
#include "AppLanguage.h"
#include "AuthleteClient.h"
#include "CredentialStore.h"
#include "DemoSandbox.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "ScreenFit.h"
#include "TokenDeskVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

const char kCheckConnection[] = "check-connection";

// Qt's own catalogs lack the descriptions of --help and --help-all (Qt 6.4's qtbase_ja has none);
// listed here, they are in ours, under the context QCommandLineParser looks them up in.
[[maybe_unused]] const char *const kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// Options that print and exit run from scripts, remote shells and package checks: they must not
// need a display.
bool printsAndExits(int argc, char *argv[])
{
    const QByteArray check = "--" + QByteArray(kCheckConnection);
    return std::any_of(argv + 1, argv + argc, [&check](const char *arg) {
        const QByteArray option(arg);
        return option == "--version" || option == "-v" || option == "--help" || option == "-h" ||
               option == "--help-all" ||
               (option.startsWith(check) &&
                (option.size() == check.size() || option.at(check.size()) == '='));
    });
}

// One list call with an empty window, through the client the window uses: it proves the URL, the
// credential, TLS (with the extra CA) and the service ID. No retries: a check reports what it sees.
int checkConnection(const QString &url, const QString &serviceId, const QString &caFile)
{
    ConnectionSettings connection;
    connection.baseUrl = QUrl(url, QUrl::StrictMode);
    connection.serviceId = serviceId;
    connection.caCertificateFile = caFile;
    // The bearer never goes on the command line, where other users could read it.
    connection.bearerToken = qEnvironmentVariable("AUTHLETE_BEARER");
    if (connection.bearerToken.isEmpty() || serviceId.isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--check-connection needs --service-id and the "
                                                       "bearer in AUTHLETE_BEARER.")));
        return 2;
    }

    QNetworkAccessManager network;
    AuthleteClient client(&network);
    client.setConnection(connection);
    client.setRetryPolicy(RetryPolicy::none());
    TokenListQuery query;
    query.start = 0;
    query.end = 0;
    int exitCode = 1;
    ApiCall *call = client.list(query);
    QObject::connect(call, &ApiCall::finished, call, [call, &exitCode] {
        if (const TokenListPage *page = call->listPage()) {
            std::printf("%s\n", qPrintable(QApplication::translate("main", "Connected: %Ln tokens", nullptr,
                                                                   page->totalCount)));
            exitCode = 0;
        } else {
            // message() is plain text: whatever the server sent, no escape sequence reaches the terminal.
            std::fprintf(stderr, "%s\n", qPrintable(call->error().message()));
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Those commands get no GUI application at all: no display needed, and nothing from the
    // platform plugin (such as "QStandardPaths: XDG_RUNTIME_DIR not set") printed before the answer.
    const bool guiless = printsAndExits(argc, argv);
    const std::unique_ptr<QCoreApplication> application =
        guiless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    if (!guiless) {
        QGuiApplication::setDesktopFileName(QStringLiteral(TOKENDESK_APP_ID));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    }
    // Before the first text is made: --help and --check-connection speak the language too.
    AppLanguage::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse, find and revoke the OAuth access tokens of an Authlete service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo: a local sandbox with sample tokens."));
    const QCommandLineOption demoTokens(QStringLiteral("demo-tokens"),
                                        QApplication::translate("main", "How many tokens the demo holds."),
                                        QStringLiteral("count"), QStringLiteral("5000"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open this connection profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption check(
        QString::fromLatin1(kCheckConnection),
        QApplication::translate("main",
                                "Test a connection and exit: one list call to this Authlete URL, with "
                                "the bearer from AUTHLETE_BEARER. Prints the token count; exit code 0 "
                                "on success."),
        QStringLiteral("url"));
    const QCommandLineOption serviceId(
        QStringLiteral("service-id"),
        QApplication::translate("main", "The service ID for --check-connection."), QStringLiteral("id"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "An extra CA certificate (PEM) for --check-connection."),
        QStringLiteral("pem"));
    parser.addOptions({demo, demoTokens, profile, check, serviceId, caFile});
    parser.process(app);
    if (parser.isSet(check))
        return checkConnection(parser.value(check), parser.value(serviceId), parser.value(caFile));
    if (guiless)
        parser.showHelp(2); // an option seen by printsAndExits() that the parser did not take as one

    // Every window and dialog opens within the screen, whatever the scale.
    ScreenFit screenFit;
    app.installEventFilter(&screenFit);
    QNetworkAccessManager network;
    ProfileStore profiles;
    QSettings credentialNotes;
    CredentialStore credentials;
    credentials.setSessionNotes(&credentialNotes);
    MainWindow window(&network, &profiles, &credentials);
    // The variable Authlete's own SDKs read: a bearer from it never touches our files.
    window.setEnvironmentBearer(qEnvironmentVariable("AUTHLETE_BEARER"));

    DemoSandbox sandbox;
    if (parser.isSet(demo)) {
        DemoSandbox::Size size;
        size.tokens = qBound(0, parser.value(demoTokens).toInt(), 1'000'000);
        if (!sandbox.start(size)) {
            MessageBox::warning(
                nullptr, QApplication::translate("main", "TokenDesk"),
                QApplication::translate("main", "The demo sandbox could not listen on a local port."));
            return 1;
        }
        window.openDemo(sandbox.connection());
    } else {
        const QString name = parser.isSet(profile) ? parser.value(profile) : profiles.lastUsed();
        if (!name.isEmpty())
            window.openProfile(name);
        else
            window.showWelcome();
    }
    window.show();
    return app.exec();
}
