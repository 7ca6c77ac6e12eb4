#pragma once

#include "TokenOperations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

class CliSession;
class InterruptSignal;
class QCommandLineParser;
class SubjectListRevocation;

// tokendesk-cli's commands. Each parses its own options (so that `tokendesk-cli revoke --help` shows
// revoke's), opens the connection only when it needs one, runs the same TokenOperations and
// TokenListLoader as the window, and returns its exit code (ExitCode.h).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    struct Command
    {
        QString name;
        QString synopsis;    // the arguments, as the usage line shows them
        QString description; // one line
    };

    // `global` holds the connection options, already parsed.
    CliCommands(const QCommandLineParser &global, InterruptSignal *interrupt);
    ~CliCommands();

    static QList<Command> commands();
    int run(const QString &name, const QStringList &arguments);

private:
    using Runner = int (CliCommands::*)(QCommandLineParser &parser);

    int profiles(QCommandLineParser &parser);
    int list(QCommandLineParser &parser);
    int count(QCommandLineParser &parser);
    int create(QCommandLineParser &parser);
    int update(QCommandLineParser &parser);
    int revoke(QCommandLineParser &parser);
    int remove(QCommandLineParser &parser);

    // Opens the connection of the global options; false (with the exit code set) when it cannot.
    bool connect(int *exitCode);
    // Loads the tokens of the parser's --subject/--client/--status filter from start to end (-1: all).
    int load(QCommandLineParser &parser, int start, int end, QList<AccessToken> *tokens);
    // Asks on the terminal, naming the connection; kOk when confirmed or --yes, else the exit code.
    // The answer is "yes", or for the widest steps (as in the window) the phrase given: a whole
    // client's ID, or the count of more than 100 tokens.
    int confirm(QCommandLineParser &parser, const QString &question, const QString &typedPhrase = QString());
    // What must be typed to revoke `count` tokens of `owner`: empty when "yes" does.
    static QString typedPhraseFor(const TokenOperations::Owner &owner, int count);
    // Runs the event loop until `done` says so; Ctrl+C calls `cancel` once and the loop goes on until
    // done, so that what the server confirmed is still reported.
    void waitUntil(const std::function<bool()> &done, const std::function<void()> &cancel);
    int actOnHashes(QCommandLineParser &parser, BulkTokenAction::Kind kind);
    int revokeOwner(QCommandLineParser &parser, const TokenOperations::Owner &owner);
    int revokeSubjects(QCommandLineParser &parser);
    // The end of a bulk command: the failures on stderr and in --report, and the exit code.
    int finishBulk(QCommandLineParser &parser, const QJsonObject &report, const QStringList &failures,
                   int succeeded);
    TokenOperations *operations(QCommandLineParser &parser, const QString &command);

    const QCommandLineParser &m_global;
    InterruptSignal *m_interrupt;
    std::unique_ptr<CliSession> m_session;
};
