#include "CliCommands.h"

#include "CliSession.h"
#include "ConnectionSettings.h"
#include "ExitCode.h"
#include "InterruptSignal.h"
#include "ProfileStore.h"
#include "SubjectList.h"
#include "SubjectListRevocation.h"
#include "Terminal.h"
#include "TokenFormatter.h"
#include "TokenHash.h"
#include "TokenListLoader.h"
#include "TokenLocator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <limits>

namespace {

const QString kSubject = QStringLiteral("subject");
const QString kClient = QStringLiteral("client");
const QString kStatus = QStringLiteral("status");
const QString kAll = QStringLiteral("all");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kOutput = QStringLiteral("output");
const QString kColumns = QStringLiteral("columns");
const QString kSubjectsFrom = QStringLiteral("subjects-from");
const QString kDryRun = QStringLiteral("dry-run");
const QString kReason = QStringLiteral("reason");
const QString kYes = QStringLiteral("yes");
const QString kReport = QStringLiteral("report");
const QString kGrantType = QStringLiteral("grant-type");
const QString kScope = QStringLiteral("scope");
const QString kAccessDuration = QStringLiteral("access-duration");
const QString kRefreshDuration = QStringLiteral("refresh-duration");
const QString kProperty = QStringLiteral("property");
const QString kFromJson = QStringLiteral("from-json");
const QString kValuesTo = QStringLiteral("values-to");
const QString kValueStdin = QStringLiteral("value-stdin");
const QString kScopes = QStringLiteral("scopes");
const QString kAddScope = QStringLiteral("add-scope");
const QString kRemoveScope = QStringLiteral("remove-scope");
const QString kExpiresAt = QStringLiteral("expires-at");
const QString kExpiresIn = QStringLiteral("expires-in");

// Above this many tokens the count is typed, not "yes", as in the window's confirmations.
constexpr int kTypedConfirmationAbove = 100;

// How many subjects a summary names before it says "and N more".
constexpr int kNamedSubjects = 20;

QStringList statusNames()
{
    return {kAll, QStringLiteral("valid"), QStringLiteral("expired")};
}

// Persistent tokens (no expiry) are valid.
bool isValid(const AccessToken &token, qint64 now)
{
    return token.accessTokenExpiresAt <= 0 || token.accessTokenExpiresAt > now;
}

QString namedSome(const QStringList &subjects)
{
    QString text = subjects.mid(0, kNamedSubjects).join(QStringLiteral(", "));
    if (subjects.size() > kNamedSubjects)
        text += CliCommands::tr(" and %n more", nullptr, int(subjects.size() - kNamedSubjects));
    return text;
}

// "90", "90s", "15m", "12h", "30d": seconds; nullopt when unreadable.
std::optional<qint64> seconds(const QString &text)
{
    static const QList<std::pair<QChar, qint64>> units = {{u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}};
    QString number = text.trimmed();
    qint64 unit = 1;
    for (const auto &[suffix, size] : units) {
        if (number.endsWith(suffix)) {
            number.chop(1);
            unit = size;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value < 0 || value > std::numeric_limits<qint64>::max() / unit / 1000)
        return std::nullopt;
    return value * unit;
}

// "key=value" options; nullopt (with the offending text) when one has no "=".
std::optional<QList<Property>> properties(const QStringList &options, QString *bad)
{
    QList<Property> list;
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(u'=');
        if (equals <= 0) {
            *bad = option;
            return std::nullopt;
        }
        list.append({option.left(equals), option.mid(equals + 1)});
    }
    return list;
}

QString readAllOf(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1StringView("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = CliCommands::tr("%1 could not be read: %2").arg(path, file.errorString());
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QJsonObject itemJson(const QString &nameKey, const QString &name, const ApiError &error)
{
    QJsonObject item{{nameKey, name},
                     {QStringLiteral("outcome"), error ? QStringLiteral("failed") : QStringLiteral("ok")}};
    if (error)
        item.insert(QStringLiteral("error"), error.message());
    return item;
}

} // namespace

CliCommands::CliCommands(const QCommandLineParser &global, InterruptSignal *interrupt)
    : m_global(global)
    , m_interrupt(interrupt)
{}

CliCommands::~CliCommands() = default;

QList<CliCommands::Command> CliCommands::commands()
{
    return {
        {QStringLiteral("profiles"), QString(), tr("List the saved connections (no secrets).")},
        {QStringLiteral("list"), tr("[--subject S] [--client C] [--status S] [--all | --start N --end N]"),
         tr("List tokens (their hashes and details, never their values).")},
        {QStringLiteral("count"), tr("[--subject S] [--client C] [--status S]"),
         tr("Count tokens without listing them.")},
        {QStringLiteral("create"),
         tr("--grant-type G --client C [--subject S] [--scope X]… | --from-json FILE"),
         tr("Create a token; its values are printed once, to stdout or --values-to.")},
        {QStringLiteral("update"),
         tr("HASH | --value-stdin [--scopes …] [--expires-at T | --expires-in D] …"),
         tr("Change a token's scopes, expiry or properties.")},
        {QStringLiteral("revoke"), tr("HASH… | --subject S [--client C] | --client C | --subjects-from FILE"),
         tr("Revoke tokens: by hash, all of a subject and/or client, or all of a list of subjects.")},
        {QStringLiteral("delete"), tr("HASH…"), tr("Delete tokens by hash.")},
    };
}

int CliCommands::run(const QString &name, const QStringList &arguments)
{
    const QList<Command> all = commands();
    const auto command =
        std::find_if(all.cbegin(), all.cend(), [&name](const Command &c) { return c.name == name; });
    if (command == all.cend()) {
        Terminal::err(tr("Unknown command “%1”; “tokendesk-cli --help” lists the commands.").arg(name));
        return ExitCode::kUsage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->description);
    parser.addHelpOption();
    Runner runner = nullptr;
    const QCommandLineOption subject(kSubject, tr("Only the tokens of this subject (user)."), tr("subject"));
    const QCommandLineOption client(kClient, tr("Only the tokens of this client (ID or alias)."),
                                    tr("client"));
    const QCommandLineOption status(kStatus, tr("Only valid or only expired tokens (all, valid, expired)."),
                                    tr("status"), kAll);
    const QCommandLineOption reason(kReason, tr("Why, for the audit log (a ticket number, say)."),
                                    tr("text"));
    const QCommandLineOption yes(kYes, tr("Do not ask; needed when stdin is not a terminal."));
    const QCommandLineOption dryRun(kDryRun, tr("Show what would change, and change nothing."));
    const QCommandLineOption report(kReport, tr("Write each item's outcome to this file, as JSON."),
                                    tr("file"));
    if (name == QLatin1StringView("profiles")) {
        parser.addOption({kOutput, tr("table or json."), tr("format"), QStringLiteral("table")});
        runner = &CliCommands::profiles;
    } else if (name == QLatin1StringView("list")) {
        parser.addOptions({subject, client, status});
        parser.addOptions({
            {kAll, tr("Every token of the filter (loaded 20 at a time, several requests at once).")},
            {kStart, tr("The first token's index."), tr("n"), QStringLiteral("0")},
            {kEnd, tr("The index after the last token (default: start + 20)."), tr("n")},
            {kOutput, tr("table, json, jsonl or csv."), tr("format"), QStringLiteral("table")},
            {kColumns, tr("Comma-separated columns: %1.").arg(TokenFormatter::columnNames().join(u',')),
             tr("names")},
        });
        runner = &CliCommands::list;
    } else if (name == QLatin1StringView("count")) {
        parser.addOptions({subject, client, status});
        runner = &CliCommands::count;
    } else if (name == QLatin1StringView("create")) {
        parser.addOptions({
            {kGrantType,
             tr("The grant type, as the API names it (AUTHORIZATION_CODE, CLIENT_CREDENTIALS, …)."),
             tr("type")},
            {kClient, tr("The client (ID or alias)."), tr("client")},
            {kSubject, tr("The subject (user); not for CLIENT_CREDENTIALS."), tr("subject")},
            {kScope, tr("A scope; repeat for more."), tr("scope")},
            {kAccessDuration, tr("The access token's lifetime: seconds, or 15m, 12h, 30d."), tr("duration")},
            {kRefreshDuration, tr("The refresh token's lifetime."), tr("duration")},
            {kProperty, tr("An extra property, key=value; repeat for more."), tr("key=value")},
            {kFromJson, tr("The whole request as the API's JSON, from a file (- for stdin)."), tr("file")},
            {kValuesTo,
             tr("Write the new values to this new file (created readable by you only) instead of stdout."),
             tr("file")},
            {kOutput, tr("text or json."), tr("format"), QStringLiteral("text")},
            reason,
        });
        runner = &CliCommands::create;
    } else if (name == QLatin1StringView("update")) {
        parser.addOptions({
            {kValueStdin, tr("Name the token by its value, read from stdin (never from the command line).")},
            {kScopes, tr("Replace the scopes with these (space-separated)."), tr("scopes")},
            {kAddScope, tr("Add a scope; repeat for more."), tr("scope")},
            {kRemoveScope, tr("Remove a scope; repeat for more."), tr("scope")},
            {kExpiresAt, tr("The access token's new expiry (ISO 8601, e.g. 2027-01-31T12:00:00Z)."),
             tr("time")},
            {kExpiresIn, tr("The access token's new expiry, from now: seconds, or 15m, 12h, 30d."),
             tr("duration")},
            {kProperty, tr("Replace the properties with these, key=value; repeat for more."),
             tr("key=value")},
            {kSubject, tr("The token's subject, which makes finding it faster."), tr("subject")},
            reason,
        });
        parser.addPositionalArgument(QStringLiteral("hash"), tr("The access token's hash."), tr("[HASH]"));
        runner = &CliCommands::update;
    } else if (name == QLatin1StringView("revoke")) {
        parser.addOptions(
            {{kSubject, tr("Revoke every token of this subject (user)."), tr("subject")},
             {kClient, tr("Revoke every token of this client (with --subject: of that subject only)."),
              tr("client")},
             {kSubjectsFrom,
              tr("Revoke every token of each subject listed in this file (- for stdin): one "
                 "per line, or CSV with a subject column."),
              tr("file")},
             dryRun,
             reason,
             yes,
             report});
        parser.addPositionalArgument(QStringLiteral("hash"), tr("Access token hashes to revoke."),
                                     tr("[HASH…]"));
        runner = &CliCommands::revoke;
    } else {
        parser.addOptions({dryRun, reason, yes, report});
        parser.addPositionalArgument(QStringLiteral("hash"), tr("Access token hashes to delete."),
                                     tr("HASH…"));
        runner = &CliCommands::remove;
    }
    if (!parser.parse(QStringList{QStringLiteral("tokendesk-cli")} + arguments)) {
        Terminal::err(parser.errorText());
        return ExitCode::kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the program; this one names the command too.
        QString help = parser.helpText();
        const qsizetype program = help.indexOf(QLatin1StringView("tokendesk-cli"));
        if (program >= 0)
            help.insert(program + qsizetype(qstrlen("tokendesk-cli")), u' ' + name);
        Terminal::out(help);
        return ExitCode::kOk;
    }
    if (parser.optionNames().contains(kStatus) && !statusNames().contains(parser.value(kStatus))) {
        Terminal::err(tr("--status is all, valid or expired, not “%1”.").arg(parser.value(kStatus)));
        return ExitCode::kUsage;
    }
    return (this->*runner)(parser);
}

bool CliCommands::connect(int *exitCode)
{
    m_session = std::make_unique<CliSession>();
    bool usageError = false;
    const QString problem = m_session->open(m_global, &usageError);
    if (problem.isEmpty())
        return true;
    Terminal::err(problem);
    *exitCode = usageError ? ExitCode::kUsage : ExitCode::kFailed;
    return false;
}

TokenOperations *CliCommands::operations(QCommandLineParser &parser, const QString &command)
{
    return m_session->operations(
        command, parser.optionNames().contains(kReason) ? parser.value(kReason).trimmed() : QString());
}

void CliCommands::waitUntil(const std::function<bool()> &done, const std::function<void()> &cancel)
{
    QEventLoop loop;
    const QMetaObject::Connection interrupted =
        QObject::connect(m_interrupt, &InterruptSignal::interrupted, &loop, [&] {
            Terminal::err(
                tr("Interrupted: cancelling; what the server already confirmed is kept and reported."));
            if (cancel)
                cancel();
        });
    if (m_interrupt->isInterrupted() && cancel)
        cancel();
    while (!done())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    QObject::disconnect(interrupted);
}

QString CliCommands::typedPhraseFor(const TokenOperations::Owner &owner, int count)
{
    if (!owner.clientIdentifier.isEmpty() && owner.subject.isEmpty())
        return owner.clientIdentifier;
    return count > kTypedConfirmationAbove ? QString::number(count) : QString();
}

int CliCommands::confirm(QCommandLineParser &parser, const QString &question, const QString &typedPhrase)
{
    if (parser.isSet(kYes))
        return ExitCode::kOk;
    if (!Terminal::stdinIsTerminal()) {
        Terminal::err(question);
        Terminal::err(tr("Refusing without --yes: stdin is not a terminal, so nobody can confirm."));
        return ExitCode::kUsage;
    }
    const QString word = typedPhrase.isEmpty() ? tr("yes") : typedPhrase;
    Terminal::err(question);
    Terminal::prompt(typedPhrase.isEmpty() ? tr("Type “%1” to go on: ").arg(word)
                                           : tr("Type %1 to go on (this step is wide): ").arg(word));
    const std::optional<QString> answer = Terminal::readLine();
    QCoreApplication::processEvents(); // a Ctrl+C that ended the prompt
    if (m_interrupt->isInterrupted())
        return ExitCode::kInterrupted;
    const QString given = answer.value_or(QString()).trimmed();
    const bool confirmed = typedPhrase.isEmpty()
                               ? given.compare(word, Qt::CaseInsensitive) == 0 ||
                                     given.compare(QLatin1StringView("yes"), Qt::CaseInsensitive) == 0
                               : given == typedPhrase;
    if (confirmed)
        return ExitCode::kOk;
    Terminal::err(tr("Nothing was changed."));
    return ExitCode::kUsage;
}

int CliCommands::profiles(QCommandLineParser &parser)
{
    ProfileStore store;
    const QList<ConnectionProfile> profiles = store.profiles();
    const QString lastUsed = store.lastUsed();
    if (parser.value(kOutput) == QLatin1StringView("json")) {
        QJsonArray array;
        for (const ConnectionProfile &profile : profiles) {
            const bool v2 = profile.apiVersion == ConnectionSettings::ApiVersion::V2;
            array.append(QJsonObject{
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("environment"), ConnectionSettings::environmentKey(profile.environment)},
                {QStringLiteral("api"), v2 ? QStringLiteral("v2") : QStringLiteral("v3")},
                {QStringLiteral("baseUrl"), profile.baseUrl.toString()},
                {QStringLiteral("serviceId"), profile.serviceId},
                {QStringLiteral("apiKey"), profile.apiKey},
                {QStringLiteral("lastUsed"), profile.name == lastUsed},
            });
        }
        Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitCode::kOk;
    }
    if (parser.value(kOutput) != QLatin1StringView("table")) {
        Terminal::err(tr("--output is table or json for profiles."));
        return ExitCode::kUsage;
    }
    if (profiles.isEmpty()) {
        Terminal::err(tr("No saved connections: add one in the window (Connection → New…), or use --url."));
        return ExitCode::kOk;
    }
    for (const ConnectionProfile &profile : profiles) {
        const QString service = profile.apiVersion == ConnectionSettings::ApiVersion::V2
                                    ? tr("v2, API key %1").arg(profile.apiKey)
                                    : tr("service %1").arg(profile.serviceId);
        QString line = profile.name + u'\t' + ConnectionSettings::environmentKey(profile.environment) +
                       u'\t' + profile.baseUrl.toDisplayString() + u'\t' + service;
        if (profile.name == lastUsed)
            line += u'\t' + tr("(last used)");
        Terminal::out(line + u'\n');
    }
    return ExitCode::kOk;
}

int CliCommands::load(QCommandLineParser &parser, int start, int end, QList<AccessToken> *tokens)
{
    TokenListQuery filter;
    filter.subject = parser.value(kSubject);
    filter.clientIdentifier = parser.value(kClient);
    TokenListLoader loader(m_session->client());
    loader.setFilter(filter);
    bool finished = false;
    ApiError error;
    QObject::connect(&loader, &TokenListLoader::tokensLoaded, &loader,
                     [tokens](const QList<AccessToken> &loaded) { tokens->append(loaded); });
    QObject::connect(&loader, &TokenListLoader::progress, &loader, [&loader, tokens] {
        Terminal::progress(
            tr("Loading: %1 of %2 tokens…")
                .arg(QLocale().toString(tokens->size()), QLocale().toString(loader.totalCount())));
    });
    QObject::connect(&loader, &TokenListLoader::finished, &loader, [&](const ApiError &result) {
        error = result;
        finished = true;
    });
    loader.start(start, end);
    waitUntil([&finished] { return finished; }, [&loader] { loader.cancel(); });
    Terminal::endProgress();
    if (m_interrupt->isInterrupted())
        return ExitCode::kInterrupted;
    if (error) {
        Terminal::err(error.message());
        return ExitCode::kFailed;
    }
    const QString status = parser.value(kStatus);
    if (status != kAll) {
        const bool valid = status == QLatin1StringView("valid");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        tokens->removeIf([valid, now](const AccessToken &token) { return isValid(token, now) != valid; });
    }
    return ExitCode::kOk;
}

int CliCommands::list(QCommandLineParser &parser)
{
    const std::optional<TokenFormatter::Format> format = TokenFormatter::formatNamed(parser.value(kOutput));
    if (!format) {
        Terminal::err(
            tr("--output is one of %1, not “%2”.")
                .arg(TokenFormatter::formatNames().join(QStringLiteral(", ")), parser.value(kOutput)));
        return ExitCode::kUsage;
    }
    const TokenFormatter formatter(*format, parser.value(kColumns), Terminal::stdoutIsTerminal());
    if (!formatter.problem().isEmpty()) {
        Terminal::err(formatter.problem());
        return ExitCode::kUsage;
    }
    bool startOk = true;
    bool endOk = true;
    const int start = parser.value(kStart).toInt(&startOk);
    const int end = parser.isSet(kEnd) ? parser.value(kEnd).toInt(&endOk) : start + 20;
    if (parser.isSet(kAll) && (parser.isSet(kStart) || parser.isSet(kEnd))) {
        Terminal::err(tr("Give either --all or --start/--end."));
        return ExitCode::kUsage;
    }
    if (!startOk || !endOk || start < 0 || end < start) {
        Terminal::err(tr("--start and --end are indexes with 0 ≤ start ≤ end."));
        return ExitCode::kUsage;
    }
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    QList<AccessToken> tokens;
    code = load(parser, parser.isSet(kAll) ? 0 : start, parser.isSet(kAll) ? -1 : end, &tokens);
    if (code == ExitCode::kOk)
        Terminal::out(formatter.render(tokens));
    return code;
}

int CliCommands::count(QCommandLineParser &parser)
{
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    if (parser.value(kStatus) != kAll) {
        QList<AccessToken> tokens;
        code = load(parser, 0, -1, &tokens);
        if (code == ExitCode::kOk)
            Terminal::out(QString::number(tokens.size()) + u'\n');
        return code;
    }
    TokenOperations *operations = m_session->operations(QStringLiteral("count"), QString());
    std::optional<TokenOperations::Counted> counted;
    QObject context;
    QObject::connect(operations, &TokenOperations::counted, &context,
                     [&counted](const TokenOperations::Counted &result) { counted = result; });
    operations->countAll({parser.value(kSubject), parser.value(kClient)});
    waitUntil([&counted] { return counted.has_value(); }, {});
    if (counted->error) {
        Terminal::err(counted->error.message());
        return ExitCode::kFailed;
    }
    Terminal::out(QString::number(counted->total) + u'\n');
    return m_interrupt->isInterrupted() ? ExitCode::kInterrupted : ExitCode::kOk;
}

int CliCommands::revoke(QCommandLineParser &parser)
{
    const bool byHash = !parser.positionalArguments().isEmpty();
    const bool byList = parser.isSet(kSubjectsFrom);
    const bool byOwner = parser.isSet(kSubject) || parser.isSet(kClient);
    if (int(byHash) + int(byList) + int(byOwner) != 1) {
        Terminal::err(tr("Say what to revoke: hashes, or --subject and/or --client, or --subjects-from."));
        return ExitCode::kUsage;
    }
    if (byHash)
        return actOnHashes(parser, BulkTokenAction::Kind::Revoke);
    if (byList)
        return revokeSubjects(parser);
    return revokeOwner(parser, {parser.value(kSubject), parser.value(kClient)});
}

int CliCommands::remove(QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty()) {
        Terminal::err(tr("Give the hashes of the tokens to delete."));
        return ExitCode::kUsage;
    }
    return actOnHashes(parser, BulkTokenAction::Kind::Delete);
}

int CliCommands::actOnHashes(QCommandLineParser &parser, BulkTokenAction::Kind kind)
{
    const bool revoking = kind == BulkTokenAction::Kind::Revoke;
    QStringList hashes;
    QSet<QString> seen;
    for (const QString &hash : parser.positionalArguments()) {
        if (!seen.contains(hash)) {
            seen.insert(hash);
            hashes.append(hash);
        }
    }
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    const int n = int(hashes.size());
    if (parser.isSet(kDryRun)) {
        Terminal::out(hashes.join(u'\n') + u'\n');
        Terminal::err(revoking ? tr("Would revoke %n tokens on %1; nothing was changed.", nullptr, n)
                                     .arg(m_session->description())
                               : tr("Would delete %n tokens on %1; nothing was changed.", nullptr, n)
                                     .arg(m_session->description()));
        return ExitCode::kOk;
    }
    code =
        confirm(parser,
                revoking ? tr("Revoke %n tokens, by hash, on %1?", nullptr, n).arg(m_session->description())
                         : tr("Delete %n tokens, by hash, on %1? Deleting cannot be undone.", nullptr, n)
                               .arg(m_session->description()),
                typedPhraseFor({}, n));
    if (code != ExitCode::kOk)
        return code;
    TokenOperations *operations =
        this->operations(parser, revoking ? QStringLiteral("revoke") : QStringLiteral("delete"));
    QList<AccessToken> tokens;
    for (const QString &hash : std::as_const(hashes)) {
        AccessToken token;
        token.accessTokenHash = hash;
        tokens.append(token);
    }
    std::optional<TokenOperations::BulkFinished> finished;
    QObject context;
    QObject::connect(operations, &TokenOperations::bulkFinished, &context,
                     [&finished](const TokenOperations::BulkFinished &result) { finished = result; });
    const QPointer<BulkTokenAction> action =
        revoking ? operations->revoke(tokens) : operations->remove(tokens);
    QObject::connect(action, &BulkTokenAction::tokenFinished, &context,
                     [revoking](const BulkTokenAction::Outcome &outcome) {
                         if (!outcome.error)
                             Terminal::out((revoking ? tr("revoked") : tr("deleted")) + u'\t' +
                                           outcome.target.accessTokenHash + u'\n');
                     });
    QObject::connect(action, &BulkTokenAction::progress, &context, [](int done, int total) {
        Terminal::progress(tr("%1 of %2 tokens…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    waitUntil([&finished] { return finished.has_value(); },
              [action] {
                  if (action)
                      action->cancel();
              });
    QJsonArray items;
    QStringList failures;
    for (const BulkTokenAction::Outcome &outcome : std::as_const(finished->outcomes)) {
        items.append(
            itemJson(QStringLiteral("accessTokenHash"), outcome.target.accessTokenHash, outcome.error));
        if (outcome.error)
            failures.append(outcome.target.accessTokenHash + QLatin1StringView(": ") +
                            outcome.error.message());
    }
    return finishBulk(parser, {{QStringLiteral("items"), items}}, failures, finished->succeeded());
}

int CliCommands::revokeOwner(QCommandLineParser &parser, const TokenOperations::Owner &owner)
{
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    TokenOperations *operations = this->operations(parser, QStringLiteral("revoke"));
    std::optional<TokenOperations::Counted> counted;
    std::optional<TokenOperations::RevokedAll> revoked;
    QObject context;
    QObject::connect(operations, &TokenOperations::counted, &context,
                     [&counted](const TokenOperations::Counted &result) { counted = result; });
    QObject::connect(operations, &TokenOperations::revokedAll, &context,
                     [&revoked](const TokenOperations::RevokedAll &result) { revoked = result; });
    operations->countAll(owner);
    waitUntil([&counted] { return counted.has_value(); }, {});
    if (m_interrupt->isInterrupted())
        return ExitCode::kInterrupted;
    if (counted->error) {
        Terminal::err(counted->error.message());
        return ExitCode::kFailed;
    }
    const int n = counted->total;
    const QString scope =
        owner.clientIdentifier.isEmpty() ? tr("subject “%1”").arg(owner.subject)
        : owner.subject.isEmpty()
            ? tr("client “%1”, for every user").arg(owner.clientIdentifier)
            : tr("subject “%1” with client “%2”").arg(owner.subject, owner.clientIdentifier);
    if (n == 0) {
        Terminal::err(tr("No tokens of %1 on %2.").arg(scope, m_session->description()));
        return ExitCode::kOk;
    }
    if (parser.isSet(kDryRun)) {
        Terminal::out(QString::number(n) + u'\n');
        Terminal::err(tr("Would revoke %n tokens of %1 on %2; nothing was changed.", nullptr, n)
                          .arg(scope, m_session->description()));
        return ExitCode::kOk;
    }
    code = confirm(parser,
                   tr("Revoke all %n tokens of %1 on %2?", nullptr, n).arg(scope, m_session->description()),
                   typedPhraseFor(owner, n));
    if (code != ExitCode::kOk)
        return code;
    operations->revokeAll(owner);
    // One request: once sent, its answer is awaited even after Ctrl+C, so that it is reported.
    waitUntil([&revoked] { return revoked.has_value(); }, {});
    if (revoked->error) {
        Terminal::err(revoked->error.message());
        return ExitCode::kFailed;
    }
    Terminal::out(QString::number(revoked->count) + u'\n');
    Terminal::err(tr("Revoked %n tokens of %1.", nullptr, revoked->count).arg(scope));
    return m_interrupt->isInterrupted() ? ExitCode::kInterrupted : ExitCode::kOk;
}

int CliCommands::revokeSubjects(QCommandLineParser &parser)
{
    const QString path = parser.value(kSubjectsFrom);
    QString error;
    const QString text = readAllOf(path, &error);
    if (!error.isEmpty()) {
        Terminal::err(error);
        return ExitCode::kUsage;
    }
    const SubjectList list = SubjectList::parse(text.toUtf8());
    if (!list.error.isEmpty() || list.subjects.isEmpty()) {
        Terminal::err(list.error.isEmpty() ? tr("%1 lists no subjects.").arg(path) : list.error);
        return ExitCode::kUsage;
    }
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    TokenOperations *operations = this->operations(parser, QStringLiteral("revoke --subjects-from"));
    SubjectListRevocation revocation(operations, list.subjects);
    bool counted = false;
    bool finished = false;
    QObject::connect(&revocation, &SubjectListRevocation::counted, &revocation,
                     [&counted] { counted = true; });
    QObject::connect(&revocation, &SubjectListRevocation::finished, &revocation,
                     [&finished] { finished = true; });
    QObject::connect(&revocation, &SubjectListRevocation::progress, &revocation,
                     [&counted](int done, int total) {
                         Terminal::progress((counted ? tr("Revoking: %1 of %2 subjects…")
                                                     : tr("Counting: %1 of %2 subjects…"))
                                                .arg(QLocale().toString(done), QLocale().toString(total)));
                     });
    QObject::connect(&revocation, &SubjectListRevocation::subjectRevoked, &revocation,
                     [](const SubjectListRevocation::Subject &subject) {
                         if (!subject.error)
                             Terminal::out(subject.subject + u'\t' + QString::number(subject.revoked) +
                                           u'\n');
                     });
    revocation.count();
    waitUntil([&counted] { return counted; }, [&revocation] { revocation.cancel(); });
    if (m_interrupt->isInterrupted())
        return ExitCode::kInterrupted;

    QStringList none;
    QStringList uncounted;
    for (const SubjectListRevocation::Subject &subject : revocation.subjects()) {
        if (subject.found == 0)
            none.append(subject.subject);
        else if (subject.error)
            uncounted.append(subject.subject + QLatin1StringView(": ") + subject.error.message());
    }
    const int subjects = int(list.subjects.size());
    const int found = revocation.totalFound();
    QString summary = tr("%n subjects listed", nullptr, subjects) + QLatin1StringView("; ") +
                      tr("%n tokens found.", nullptr, found);
    if (list.duplicates > 0)
        summary += u' ' + tr("%n duplicate lines were folded.", nullptr, list.duplicates);
    Terminal::err(summary);
    if (!none.isEmpty())
        Terminal::err(tr("%n subjects have no tokens: %1", nullptr, int(none.size())).arg(namedSome(none)));
    for (const QString &failure : std::as_const(uncounted))
        Terminal::err(tr("Not counted: %1").arg(failure));

    if (parser.isSet(kDryRun)) {
        for (const SubjectListRevocation::Subject &subject : revocation.subjects())
            Terminal::out(subject.subject + u'\t' +
                          (subject.error ? tr("error") : QString::number(subject.found)) + u'\n');
        Terminal::err(tr("Nothing was changed (--dry-run)."));
        return uncounted.isEmpty() ? ExitCode::kOk : ExitCode::kPartial;
    }
    // With nothing to revoke nobody is asked, and nothing is sent; the report still says so.
    if (found == 0 && uncounted.isEmpty()) {
        Terminal::err(tr("Nothing to revoke."));
    } else {
        code = confirm(
            parser,
            tr("Revoke %n tokens of these subjects on %1?", nullptr, found).arg(m_session->description()),
            typedPhraseFor({}, found));
        if (code != ExitCode::kOk)
            return code;
    }
    revocation.revoke();
    waitUntil([&finished] { return finished; }, [&revocation] { revocation.cancel(); });

    QJsonArray items;
    QStringList failures;
    int succeeded = 0;
    for (const SubjectListRevocation::Subject &subject : revocation.subjects()) {
        QJsonObject item = itemJson(kSubject, subject.subject, subject.error);
        item.insert(QStringLiteral("found"), subject.found);
        item.insert(QStringLiteral("revoked"), subject.revoked);
        items.append(item);
        if (subject.error)
            failures.append(subject.subject + QLatin1StringView(": ") + subject.error.message());
        else
            ++succeeded;
    }
    Terminal::err(tr("Revoked %n tokens.", nullptr, revocation.totalRevoked()));
    return finishBulk(parser, {{QStringLiteral("subjects"), items}}, failures, succeeded);
}

int CliCommands::finishBulk(QCommandLineParser &parser, const QJsonObject &report,
                            const QStringList &failures, int succeeded)
{
    for (const QString &failure : failures)
        Terminal::err(tr("Failed: %1").arg(failure));
    int code = failures.isEmpty() ? ExitCode::kOk : succeeded > 0 ? ExitCode::kPartial : ExitCode::kFailed;
    if (m_interrupt->isInterrupted())
        code = ExitCode::kInterrupted;
    if (parser.isSet(kReport)) {
        QJsonObject whole = report;
        whole.insert(QStringLiteral("connection"), m_session->description());
        whole.insert(QStringLiteral("reason"), parser.value(kReason).trimmed());
        whole.insert(QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        whole.insert(QStringLiteral("failed"), int(failures.size()));
        whole.insert(QStringLiteral("exitCode"), code);
        QSaveFile file(parser.value(kReport));
        const QByteArray json = QJsonDocument(whole).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            Terminal::err(
                tr("The report %1 could not be written: %2").arg(parser.value(kReport), file.errorString()));
            if (code == ExitCode::kOk)
                code = ExitCode::kFailed;
        }
    }
    return code;
}

int CliCommands::create(QCommandLineParser &parser)
{
    const QString output = parser.value(kOutput);
    if (output != QLatin1StringView("text") && output != QLatin1StringView("json")) {
        Terminal::err(tr("--output is text or json for create."));
        return ExitCode::kUsage;
    }
    TokenCreateRequest request;
    if (parser.isSet(kFromJson)) {
        QString error;
        const QString text = readAllOf(parser.value(kFromJson), &error);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (!error.isEmpty() || !json.isObject()) {
            Terminal::err(
                error.isEmpty()
                    ? tr("%1 is not a JSON object: %2").arg(parser.value(kFromJson), parseError.errorString())
                    : error);
            return ExitCode::kUsage;
        }
        request = TokenCreateRequest::fromJson(json.object());
    }
    if (parser.isSet(kGrantType))
        request.grantType = GrantType::fromName(parser.value(kGrantType));
    if (parser.isSet(kClient)) {
        bool numeric = false;
        const qint64 id = parser.value(kClient).toLongLong(&numeric);
        request.clientId = numeric ? std::optional(id) : std::nullopt;
        request.clientIdentifier = numeric ? QString() : parser.value(kClient);
    }
    if (parser.isSet(kSubject))
        request.subject = parser.value(kSubject);
    if (parser.isSet(kScope))
        request.scopes = parser.values(kScope);
    for (const auto &[option, member] : {std::pair(kAccessDuration, &request.accessTokenDuration),
                                         std::pair(kRefreshDuration, &request.refreshTokenDuration)}) {
        if (!parser.isSet(option))
            continue;
        *member = seconds(parser.value(option));
        if (!*member) {
            Terminal::err(tr("--%1 is seconds, or a number with s, m, h or d: not “%2”.")
                              .arg(option, parser.value(option)));
            return ExitCode::kUsage;
        }
    }
    if (parser.isSet(kProperty)) {
        QString bad;
        request.properties = properties(parser.values(kProperty), &bad);
        if (!request.properties) {
            Terminal::err(tr("--property is key=value, not “%1”.").arg(bad));
            return ExitCode::kUsage;
        }
    }
    if (const QMap<TokenCreateRequest::Field, QString> problems = request.problems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            Terminal::err(problem);
        return ExitCode::kUsage;
    }
    // Where the values go is settled before they exist: a file that cannot be made loses nothing yet.
    QFile values(parser.value(kValuesTo));
    if (parser.isSet(kValuesTo) && !values.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        Terminal::err(tr("%1 could not be created (it must not exist yet): %2")
                          .arg(values.fileName(), values.errorString()));
        return ExitCode::kUsage;
    }
    int code = ExitCode::kOk;
    if (!connect(&code)) {
        values.remove();
        return code;
    }
    TokenOperations *operations = this->operations(parser, QStringLiteral("create"));
    std::optional<TokenOperations::Created> created;
    QObject context;
    QObject::connect(operations, &TokenOperations::created, &context,
                     [&created](const TokenOperations::Created &result) { created = result; });
    operations->create(request);
    // Once sent, the answer is awaited even after Ctrl+C: it holds the only copy of the values.
    waitUntil([&created] { return created.has_value(); }, {});
    if (created->error) {
        values.remove();
        Terminal::err(created->error.message());
        return ExitCode::kFailed;
    }
    const TokenCreateResponse &response = created->response;
    const QString hash = created->token.accessTokenHash;
    const QByteArray json = QJsonDocument(response.toJson()).toJson(QJsonDocument::Indented);
    if (values.isOpen()) {
        if (values.write(json) != json.size() || !values.flush()) {
            // The values exist only here now: rather on the terminal than nowhere.
            Terminal::err(tr("%1 could not be written (%2); the values follow on stdout.")
                              .arg(values.fileName(), values.errorString()));
            Terminal::out(QString::fromUtf8(json));
            return ExitCode::kFailed;
        }
        Terminal::out(QStringLiteral("accessTokenHash\t%1\n").arg(hash));
        Terminal::err(tr("The new token's values are in %1.").arg(values.fileName()));
    } else if (output == QLatin1StringView("json")) {
        Terminal::out(QString::fromUtf8(json));
    } else {
        QString text = QStringLiteral("accessToken\t%1\n").arg(response.accessToken);
        if (!response.refreshToken.isEmpty())
            text += QStringLiteral("refreshToken\t%1\n").arg(response.refreshToken);
        text += QStringLiteral("accessTokenHash\t%1\n").arg(hash);
        if (response.expiresAt > 0)
            text +=
                QStringLiteral("expiresAt\t%1\n")
                    .arg(QDateTime::fromMSecsSinceEpoch(response.expiresAt, Qt::UTC).toString(Qt::ISODate));
        Terminal::out(text);
        Terminal::err(tr("These values are shown once and kept nowhere; store them now."));
    }
    return m_interrupt->isInterrupted() ? ExitCode::kInterrupted : ExitCode::kOk;
}

int CliCommands::update(QCommandLineParser &parser)
{
    const QStringList hashes = parser.positionalArguments();
    if (int(parser.isSet(kValueStdin)) + int(hashes.size()) != 1) {
        Terminal::err(tr("Name one token: its hash, or --value-stdin."));
        return ExitCode::kUsage;
    }
    if (parser.isSet(kScopes) && (parser.isSet(kAddScope) || parser.isSet(kRemoveScope))) {
        Terminal::err(tr("Give either --scopes or --add-scope/--remove-scope."));
        return ExitCode::kUsage;
    }
    if (parser.isSet(kExpiresAt) && parser.isSet(kExpiresIn)) {
        Terminal::err(tr("Give either --expires-at or --expires-in."));
        return ExitCode::kUsage;
    }
    TokenUpdateRequest request;
    AccessToken token;
    if (parser.isSet(kValueStdin)) {
        request.accessToken = Terminal::readLine().value_or(QString()).trimmed();
        if (request.accessToken.isEmpty()) {
            Terminal::err(tr("--value-stdin read no token value."));
            return ExitCode::kUsage;
        }
        token.accessTokenHash = TokenHash::of(request.accessToken);
    } else {
        token.accessTokenHash = hashes.first();
        request.accessTokenHash = token.accessTokenHash;
    }
    if (parser.isSet(kScopes))
        request.scopes = parser.value(kScopes).split(u' ', Qt::SkipEmptyParts);
    if (parser.isSet(kExpiresAt)) {
        const QDateTime at = QDateTime::fromString(parser.value(kExpiresAt), Qt::ISODate);
        if (!at.isValid()) {
            Terminal::err(tr("--expires-at is an ISO 8601 time such as 2027-01-31T12:00:00Z, not “%1”.")
                              .arg(parser.value(kExpiresAt)));
            return ExitCode::kUsage;
        }
        request.accessTokenExpiresAt = at.toMSecsSinceEpoch();
    }
    if (parser.isSet(kExpiresIn)) {
        const std::optional<qint64> in = seconds(parser.value(kExpiresIn));
        if (!in || *in == 0) {
            Terminal::err(tr("--expires-in is seconds, or a number with s, m, h or d: not “%1”.")
                              .arg(parser.value(kExpiresIn)));
            return ExitCode::kUsage;
        }
        request.accessTokenExpiresAt = QDateTime::currentMSecsSinceEpoch() + *in * 1000;
    }
    if (parser.isSet(kProperty)) {
        QString bad;
        request.properties = properties(parser.values(kProperty), &bad);
        if (!request.properties) {
            Terminal::err(tr("--property is key=value, not “%1”.").arg(bad));
            return ExitCode::kUsage;
        }
    }
    const bool editsScopes = parser.isSet(kAddScope) || parser.isSet(kRemoveScope);
    if (!editsScopes && !request.changesSomething()) {
        Terminal::err(tr("Nothing to change: give --scopes, --add-scope, --remove-scope, --expires-at, "
                         "--expires-in or --property."));
        return ExitCode::kUsage;
    }
    int code = ExitCode::kOk;
    if (!connect(&code))
        return code;
    // The token's row: its current scopes for --add-scope/--remove-scope, and its subject and client
    // for the audit line. Without it the update still goes by hash.
    std::optional<TokenLocator::Result> located;
    TokenLocator locator(m_session->client());
    locator.find(token.accessTokenHash, parser.value(kSubject), 0,
                 [&located](const TokenLocator::Result &result) { located = result; });
    waitUntil([&located] { return located.has_value(); }, [&locator] { locator.cancel(); });
    if (m_interrupt->isInterrupted())
        return ExitCode::kInterrupted;
    if (located->token) {
        token = *located->token;
    } else if (editsScopes) {
        Terminal::err(
            located->error
                ? located->error.message()
                : tr("No token has the hash %1, so its scopes are unknown.").arg(token.accessTokenHash));
        return ExitCode::kFailed;
    }
    if (editsScopes) {
        QStringList scopes = token.scopes;
        for (const QString &scope : parser.values(kAddScope)) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
        for (const QString &scope : parser.values(kRemoveScope))
            scopes.removeAll(scope);
        request.scopes = scopes;
    }
    TokenOperations *operations = this->operations(parser, QStringLiteral("update"));
    std::optional<TokenOperations::Updated> updated;
    QObject context;
    QObject::connect(operations, &TokenOperations::updated, &context,
                     [&updated](const TokenOperations::Updated &result) { updated = result; });
    operations->update(token, request);
    waitUntil([&updated] { return updated.has_value(); }, {});
    if (updated->error) {
        Terminal::err(updated->error.message());
        return ExitCode::kFailed;
    }
    Terminal::out(tr("updated") + u'\t' + token.accessTokenHash + u'\n');
    if (!updated->droppedScopes.isEmpty())
        Terminal::err(tr("The server did not keep these scopes: %1").arg(updated->droppedScopes.join(u' ')));
    return m_interrupt->isInterrupted() ? ExitCode::kInterrupted : ExitCode::kOk;
}
