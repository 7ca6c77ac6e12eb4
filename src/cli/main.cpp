// tokendesk-cli: TokenDesk's operations for scripts and terminals, on the window's connections,
// keychain and audit log. QtCore and QtNetwork only: no display needed.
#include "AppLanguage.h"
#include "CliCommands.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "InterruptSignal.h"
#include "Terminal.h"
#include "TokenDeskVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString commandList()
{
    QString text = QCoreApplication::translate("main", "Commands:") + u'\n';
    for (const CliCommands::Command &command : CliCommands::commands()) {
        const QString usage =
            command.synopsis.isEmpty() ? command.name : command.name + u' ' + command.synopsis;
        text += QStringLiteral("  ") + usage + QStringLiteral("\n      ") + command.description + u'\n';
    }
    text += QCoreApplication::translate("main", "“tokendesk-cli COMMAND --help” shows a command's options.") +
            u'\n';
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names: the same settings (profiles, language), keychain entries and audit log.
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    AppLanguage::install(&app);
    InterruptSignal interrupt;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "List, count, revoke and delete the OAuth access tokens of an "
                                            "Authlete service, from scripts and terminals.") +
        u'\n' + u'\n' + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    CliSession::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "What to do."),
                                 QStringLiteral("COMMAND [ARGUMENTS…]"));
    // Options after the command word are the command's, not ours.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        Terminal::err(parser.errorText());
        return ExitCode::kUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Terminal::out(QStringLiteral("tokendesk-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::kOk;
    }
    QStringList arguments = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        Terminal::out(parser.helpText());
        return ExitCode::kOk;
    }
    if (arguments.isEmpty()) {
        Terminal::err(parser.helpText());
        return ExitCode::kUsage;
    }
    const QString command = arguments.takeFirst();
    CliCommands commands(parser, &interrupt);
    return commands.run(command, arguments);
}
