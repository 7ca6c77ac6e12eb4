// tokendesk: the desktop console for the OAuth access tokens of an Authlete service.
#include "CredentialStore.h"
#include "DemoSandbox.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "TokenDeskVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse, find and revoke the OAuth access tokens of an Authlete service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo: a local sandbox with sample tokens."));
    const QCommandLineOption demoTokens(QStringLiteral("demo-tokens"),
                                        QApplication::translate("main", "How many tokens the demo holds."),
                                        QStringLiteral("count"), QStringLiteral("5000"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open this connection profile."),
                                     QStringLiteral("name"));
    parser.addOptions({demo, demoTokens, profile});
    parser.process(app);

    QNetworkAccessManager network;
    ProfileStore profiles;
    CredentialStore credentials;
    MainWindow window(&network, &profiles, &credentials);
    // The variable Authlete's own SDKs read: a bearer from it never touches our files.
    window.setEnvironmentBearer(qEnvironmentVariable("AUTHLETE_BEARER"));

    DemoSandbox sandbox;
    if (parser.isSet(demo)) {
        DemoSandbox::Size size;
        size.tokens = qBound(0, parser.value(demoTokens).toInt(), 1'000'000);
        if (!sandbox.start(size)) {
            MessageBox::warning(nullptr, QApplication::translate("main", "TokenDesk"),
                                QApplication::translate("main", "The demo sandbox could not listen on a local port."));
            return 1;
        }
        window.openDemo(sandbox.connection());
    } else {
        const QString name = parser.isSet(profile) ? parser.value(profile) : profiles.lastUsed();
        if (!name.isEmpty())
            window.openProfile(name);
    }
    window.show();
    return app.exec();
}
