// tokendesk-cli as scripts and terminals run it, against the real sandbox over loopback: every
// command and output format, the exit codes, --dry-run changing nothing, confirmations refused off a
// terminal, a 1,000-subject incident list, Ctrl+C mid-run, and the credential never in its output or
// the audit log. The store is read back over HTTP by the test itself, not through the CLI.
#include "SandboxProcess.h"
#include "TokenDeskVersion.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

const QString kBearer = QStringLiteral("cli-test-bearer-77c1d0");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct StoredToken
{
    QString hash;
    QString subject;
    qint64 clientId = 0;
};

} // namespace

class TestTokenDeskCli : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home; // settings and audit log of the runs, as a user's home
    QNetworkAccessManager m_network;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("AUTHLETE_BEARER"), kBearer);
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return environment;
    }

    QStringList connection(const SandboxProcess &sandbox) const
    {
        return {QStringLiteral("--url"), sandbox.baseUrl().toString(), QStringLiteral("--service-id"),
                sandbox.serviceId()};
    }

    // Starts the CLI; the caller waits (with the event loop running) and reads the result.
    // Starts the CLI, or `command` (a program and its arguments) when given, as script(1) for a pty.
    std::unique_ptr<QProcess> start(const QStringList &arguments, const QByteArray &input = QByteArray(),
                                    const QStringList &command = {}) const
    {
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(environment());
        if (command.isEmpty())
            cli->start(QStringLiteral(TOKENDESK_CLI_EXECUTABLE), arguments);
        else
            cli->start(command.first(), command.mid(1));
        if (!cli->waitForStarted())
            return nullptr;
        cli->write(input);
        cli->closeWriteChannel(); // stdin is a pipe: never a terminal
        return cli;
    }

    static Run finish(QProcess &cli)
    {
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 240'000) ||
            cli.exitStatus() != QProcess::NormalExit)
            return {};
        return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
    }

    Run run(const QStringList &arguments, const QByteArray &input = QByteArray(),
            const QStringList &command = {}) const
    {
        const std::unique_ptr<QProcess> cli = start(arguments, input, command);
        return cli ? finish(*cli) : Run();
    }

    Run runOn(const SandboxProcess &sandbox, const QStringList &arguments,
              const QByteArray &input = QByteArray()) const
    {
        return run(connection(sandbox) + arguments, input);
    }

    // Every token in the sandbox's store, read over HTTP with the API's own paging.
    QList<StoredToken> stored(const SandboxProcess &sandbox)
    {
        QList<StoredToken> tokens;
        for (int start = 0;; start += 20) {
            QUrl url = sandbox.baseUrl();
            url.setPath(QStringLiteral("/api/%1/auth/token/get/list").arg(sandbox.serviceId()));
            url.setQuery(QUrlQuery{{QStringLiteral("start"), QString::number(start)},
                                   {QStringLiteral("end"), QString::number(start + 20)}});
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + kBearer.toUtf8());
            QNetworkReply *reply = m_network.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonArray items = page.value(QStringLiteral("accessTokens")).toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject token = item.toObject();
                tokens.append({token.value(QStringLiteral("accessTokenHash")).toString(),
                               token.value(QStringLiteral("subject")).toString(),
                               qint64(token.value(QStringLiteral("clientId")).toDouble())});
            }
            if (items.isEmpty() || start + 20 >= page.value(QStringLiteral("totalCount")).toInt())
                return tokens;
        }
    }

    static QStringList hashesOf(const QList<StoredToken> &tokens)
    {
        QStringList hashes;
        for (const StoredToken &token : tokens)
            hashes.append(token.hash);
        hashes.sort();
        return hashes;
    }

    QList<QJsonObject> auditLines() const
    {
        QList<QJsonObject> lines;
        QDirIterator files(m_home->path(), {QStringLiteral("audit.jsonl")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty())
                    lines.append(QJsonDocument::fromJson(line).object());
            }
        }
        return lines;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_home->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return file.fileName();
    }

    static void noCredentialIn(const Run &run)
    {
        QVERIFY(!run.out.contains(kBearer.toUtf8()));
        QVERIFY(!run.err.contains(kBearer.toUtf8()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("300"),
                                 QStringLiteral("--subjects"), QStringLiteral("40")},
                                kBearer));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void versionHelpAndUsage()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("tokendesk-cli " TOKENDESK_VERSION));

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"profiles", "list", "count", "create", "update", "revoke", "delete"})
            QVERIFY2(help.out.contains(QByteArray(QByteArray("\n  ") + command)), command);

        const Run revokeHelp = run({QStringLiteral("revoke"), QStringLiteral("--help")});
        QCOMPARE(revokeHelp.exitCode, 0);
        QVERIFY(revokeHelp.out.contains("tokendesk-cli revoke"));
        QVERIFY(revokeHelp.out.contains("--subjects-from"));
        QVERIFY(!revokeHelp.out.contains("--columns"));

        // No option takes a credential: it would be in every user's `ps` listing.
        for (const Run &shown :
             {help, revokeHelp, run({QStringLiteral("create"), QStringLiteral("--help")})}) {
            for (const char *word : {"--bearer", "--token", "--secret", "--password", "--api-secret"})
                QVERIFY2(!shown.out.contains(word), word);
        }
        QCOMPARE(run({QStringLiteral("--bearer"), kBearer, QStringLiteral("count")}).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runOn(m_sandbox, {QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        QCOMPARE(runOn(m_sandbox,
                       {QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("subject,value")})
                     .exitCode,
                 2);
        QCOMPARE(
            runOn(m_sandbox, {QStringLiteral("count"), QStringLiteral("--status"), QStringLiteral("soon")})
                .exitCode,
            2);
        // No connection named: not a guess at one.
        QCOMPARE(run({QStringLiteral("count")}).exitCode, 2);
    }

    void countAndListInEveryFormat()
    {
        const QList<StoredToken> tokens = stored(m_sandbox);
        QVERIFY(tokens.size() >= 250);
        const Run count = runOn(m_sandbox, {QStringLiteral("count")});
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed().toInt(), tokens.size());
        noCredentialIn(count);

        const Run json = runOn(m_sandbox, {QStringLiteral("list"), QStringLiteral("--all"),
                                           QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QStringList listed;
        for (const QJsonValue &token : array)
            listed.append(token.toObject().value(QStringLiteral("accessTokenHash")).toString());
        listed.sort();
        QCOMPARE(listed, hashesOf(tokens));
        QVERIFY(array.first().toObject().contains(QStringLiteral("scopes")));

        const Run jsonl = runOn(m_sandbox, {QStringLiteral("list"), QStringLiteral("--all"),
                                            QStringLiteral("--output"), QStringLiteral("jsonl"),
                                            QStringLiteral("--columns"), QStringLiteral("subject,clientId")});
        QCOMPARE(jsonl.exitCode, 0);
        const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
        QCOMPARE(lines.size(), tokens.size());
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("clientId"), QStringLiteral("subject")}));

        const Run csv = runOn(m_sandbox, {QStringLiteral("list"), QStringLiteral("--start"),
                                          QStringLiteral("5"), QStringLiteral("--end"), QStringLiteral("30"),
                                          QStringLiteral("--output"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> records = csv.out.split('\n');
        QVERIFY(records.first().startsWith(
            "accessTokenHash,subject,clientId,grantType,scopes,accessTokenExpiresAt"));
        QCOMPARE(csv.out.count("\r\n"), 1 + 25);

        // Off a terminal the table is tab-separated, one header line and one line per token.
        const QString subject = tokens.first().subject;
        const qsizetype ofSubject =
            std::count_if(tokens.cbegin(), tokens.cend(),
                          [&subject](const StoredToken &t) { return t.subject == subject; });
        const Run table = runOn(m_sandbox, {QStringLiteral("list"), QStringLiteral("--subject"), subject,
                                            QStringLiteral("--all")});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> rows = table.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 1 + ofSubject);
        QCOMPARE(rows.first(),
                 QByteArray("accessTokenHash\tsubject\tclientId\tgrantType\tscopes\taccessTokenExpiresAt"));
        QVERIFY(rows.at(1).split('\t').at(1) == subject.toUtf8());
        const Run subjectCount =
            runOn(m_sandbox, {QStringLiteral("count"), QStringLiteral("--subject"), subject});
        QCOMPARE(subjectCount.out.trimmed().toInt(), ofSubject);

        const Run valid =
            runOn(m_sandbox, {QStringLiteral("count"), QStringLiteral("--status"), QStringLiteral("valid")});
        const Run expired = runOn(
            m_sandbox, {QStringLiteral("count"), QStringLiteral("--status"), QStringLiteral("expired")});
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(expired.exitCode, 0);
        QCOMPARE(valid.out.trimmed().toInt() + expired.out.trimmed().toInt(), tokens.size());
    }

    void profilesAreTheWindowsAndSecretFree()
    {
        // The window's settings file, as ProfileStore writes it.
        {
            QSettings settings(m_home->filePath(QStringLiteral("config/TokenDesk/TokenDesk.conf")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("ConnectionProfiles/names"),
                              QStringList{QStringLiteral("Local sandbox")});
            settings.setValue(QStringLiteral("ConnectionProfiles/lastUsed"), QStringLiteral("Local sandbox"));
            settings.beginGroup(QStringLiteral("ConnectionProfile/Local%20sandbox"));
            settings.setValue(QStringLiteral("baseUrl"), m_sandbox.baseUrl().toString());
            settings.setValue(QStringLiteral("apiVersion"), QStringLiteral("v3"));
            settings.setValue(QStringLiteral("serviceId"), m_sandbox.serviceId());
            settings.setValue(QStringLiteral("environment"), QStringLiteral("staging"));
            settings.endGroup();
        }
        const Run profiles =
            run({QStringLiteral("profiles"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(profiles.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(profiles.out).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.first()[QStringLiteral("name")].toString(), QStringLiteral("Local sandbox"));
        QCOMPARE(array.first()[QStringLiteral("environment")].toString(), QStringLiteral("staging"));
        QVERIFY(array.first()[QStringLiteral("lastUsed")].toBool());
        noCredentialIn(profiles);

        // The last used profile, with the bearer from the environment: no keychain needed.
        const Run count = run({QStringLiteral("count")});
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed().toInt(), stored(m_sandbox).size());
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("count")}).exitCode,
                 2);
    }

    void destructiveCommandsRefuseOffTerminalWithoutYes()
    {
        const QList<StoredToken> before = stored(m_sandbox);
        const Run revoke =
            runOn(m_sandbox, {QStringLiteral("revoke"), QStringLiteral("--subject"), before.first().subject});
        QCOMPARE(revoke.exitCode, 2);
        QVERIFY(revoke.err.contains("--yes"));
        QVERIFY2(revoke.err.contains(m_sandbox.serviceId().toUtf8()),
                 revoke.err.constData()); // names the connection
        const Run remove = runOn(m_sandbox, {QStringLiteral("delete"), before.first().hash});
        QCOMPARE(remove.exitCode, 2);
        // A "yes" piped in is not a person at a terminal.
        const Run piped = runOn(m_sandbox, {QStringLiteral("delete"), before.first().hash}, "yes\n");
        QCOMPARE(piped.exitCode, 2);
        QCOMPARE(hashesOf(stored(m_sandbox)), hashesOf(before));
        QVERIFY(auditLines().isEmpty());
    }

    // On a terminal (a pty made by script(1)): "yes" confirms a subject's revocation, but a whole
    // client's waits for its ID, as in the window.
    void onATerminalTheWidestStepWaitsForItsName()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed");
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("40"), QStringLiteral("--clients"),
                               QStringLiteral("2")},
                              kBearer));
        const qint64 clientId = stored(sandbox).first().clientId;
        const auto onTerminal = [&](const QStringList &arguments, const QByteArray &typed) {
            QStringList quoted{QStringLiteral(TOKENDESK_CLI_EXECUTABLE)};
            for (const QString &argument : connection(sandbox) + arguments)
                quoted.append(u'\'' + argument + u'\'');
            return run({}, typed,
                       {script, QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
        };
        const int before = int(stored(sandbox).size());
        const Run refused = onTerminal(
            {QStringLiteral("revoke"), QStringLiteral("--client"), QString::number(clientId)}, "yes\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QByteArray::number(clientId)), refused.out.constData());
        QCOMPARE(int(stored(sandbox).size()), before);
        const Run confirmed =
            onTerminal({QStringLiteral("revoke"), QStringLiteral("--client"), QString::number(clientId)},
                       QByteArray::number(clientId) + "\n");
        QVERIFY2(confirmed.exitCode == 0, confirmed.out.constData());
        const QList<StoredToken> left = stored(sandbox);
        QVERIFY(int(left.size()) < before);
        const auto withSubject = std::find_if(left.cbegin(), left.cend(),
                                              [](const StoredToken &t) { return !t.subject.isEmpty(); });
        QVERIFY(withSubject != left.cend());
        const QString subject = withSubject->subject;
        const Run bySubject =
            onTerminal({QStringLiteral("revoke"), QStringLiteral("--subject"), subject}, "yes\n");
        QVERIFY2(bySubject.exitCode == 0, bySubject.out.constData());
        QVERIFY(bySubject.out.contains(subject.toUtf8())); // the question named the subject
        for (const StoredToken &token : stored(sandbox))
            QVERIFY(token.subject != subject);
    }

    void dryRunChangesNothing()
    {
        const QList<StoredToken> before = stored(m_sandbox);
        const QString subject = before.first().subject;
        const QString list = writeFile(QStringLiteral("dry.txt"), subject.toUtf8() + "\nnobody-at-all\n");
        const Run dry = runOn(m_sandbox, {QStringLiteral("revoke"), QStringLiteral("--subjects-from"), list,
                                          QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const qsizetype ofSubject =
            std::count_if(before.cbegin(), before.cend(),
                          [&subject](const StoredToken &t) { return t.subject == subject; });
        QVERIFY(dry.out.contains((subject + u'\t' + QString::number(ofSubject) + u'\n').toUtf8()));
        QVERIFY(dry.out.contains("nobody-at-all\t0\n"));
        QVERIFY(dry.err.contains("nobody-at-all"));
        const Run owner = runOn(m_sandbox, {QStringLiteral("revoke"), QStringLiteral("--subject"), subject,
                                            QStringLiteral("--dry-run")});
        QCOMPARE(owner.exitCode, 0);
        QCOMPARE(owner.out.trimmed().toInt(), ofSubject);
        const Run hashes = runOn(m_sandbox, {QStringLiteral("delete"), before.at(0).hash, before.at(1).hash,
                                             QStringLiteral("--dry-run")});
        QCOMPARE(hashes.exitCode, 0);
        QCOMPARE(hashesOf(stored(m_sandbox)), hashesOf(before));
        QVERIFY(auditLines().isEmpty());
    }

    void revokeAndDeleteByHashWithPartialFailure()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("30")}, kBearer));
        const QList<StoredToken> before = stored(sandbox);
        const QString report = m_home->filePath(QStringLiteral("report.json"));
        const Run revoke = runOn(sandbox, {QStringLiteral("revoke"), before.at(0).hash, before.at(1).hash,
                                           QStringLiteral("no-such-hash"), QStringLiteral("--yes"),
                                           QStringLiteral("--reason"), QStringLiteral("INC-7"),
                                           QStringLiteral("--report"), report});
        QCOMPARE(revoke.exitCode, 3);
        QVERIFY(revoke.out.contains(QString(QStringLiteral("revoked\t") + before.at(0).hash).toUtf8()));
        QVERIFY(revoke.err.contains("no-such-hash"));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json[QStringLiteral("failed")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("exitCode")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("items")].toArray().size(), 3);

        const Run remove =
            runOn(sandbox, {QStringLiteral("delete"), before.at(2).hash, QStringLiteral("--yes")});
        QCOMPARE(remove.exitCode, 0);
        const QStringList after = hashesOf(stored(sandbox));
        QCOMPARE(after.size(), before.size() - 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!after.contains(before.at(i).hash));

        const QList<QJsonObject> audit = auditLines();
        QCOMPARE(audit.size(), 4); // two revoked, one failed, one deleted
        for (const QJsonObject &line : audit) {
            QVERIFY(
                line[QStringLiteral("command")].toString().startsWith(QLatin1StringView("tokendesk-cli ")));
            QVERIFY(!QJsonDocument(line).toJson().contains(kBearer.toUtf8()));
        }
        QCOMPARE(audit.first()[QStringLiteral("reason")].toString(), QStringLiteral("INC-7"));
    }

    void revokeBySubjectAndByClient()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("60"), QStringLiteral("--subjects"),
                               QStringLiteral("5")},
                              kBearer));
        const QList<StoredToken> before = stored(sandbox);
        const QString subject = before.first().subject;
        const qsizetype ofSubject =
            std::count_if(before.cbegin(), before.cend(),
                          [&subject](const StoredToken &t) { return t.subject == subject; });
        const Run bySubject = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--subject"), subject,
                                              QStringLiteral("--yes")});
        QCOMPARE(bySubject.exitCode, 0);
        QCOMPARE(bySubject.out.trimmed().toInt(), ofSubject);
        const QList<StoredToken> middle = stored(sandbox);
        QCOMPARE(middle.size(), before.size() - ofSubject);
        const qint64 clientId = middle.first().clientId;
        const qsizetype ofClient =
            std::count_if(middle.cbegin(), middle.cend(),
                          [clientId](const StoredToken &t) { return t.clientId == clientId; });
        const Run byClient = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--client"),
                                             QString::number(clientId), QStringLiteral("--yes")});
        QCOMPARE(byClient.exitCode, 0);
        QCOMPARE(stored(sandbox).size(), middle.size() - ofClient);
        // Again: nothing left of that subject, which is not an error.
        const Run again = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--subject"), subject,
                                          QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
    }

    // The incident case: 1,000 lines of subjects with blanks, comments, duplicates and unknowns.
    void thousandSubjectList()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("3000"),
                               QStringLiteral("--subjects"), QStringLiteral("1500")},
                              kBearer));
        const QList<StoredToken> before = stored(sandbox);
        QSet<QString> present;
        for (const StoredToken &token : before) {
            if (!token.subject.isEmpty())
                present.insert(token.subject);
        }
        QStringList known = present.values();
        known.sort();
        known = known.mid(0, 700);
        QSet<QString> chosen;
        QByteArray file = "# breach notice 2026-12-02\n";
        qsizetype next = 0; // the next known subject to list
        for (int line = 1; line < 1000; ++line) {
            if (line % 50 == 7) {
                file += "\n";
            } else if (line % 50 == 8) {
                file += "# a comment\n";
            } else if (line % 10 == 9 && next > 0) {
                file += known.at(next / 2).toUtf8() + "\n"; // a duplicate of an earlier line
            } else if (next < known.size()) {
                chosen.insert(known.at(next));
                file += known.at(next++).toUtf8() + "\n";
            } else {
                file += "unknown-user-" + QByteArray::number(line) + "\n";
            }
        }
        QVERIFY(chosen.size() > 500);
        const QString path = writeFile(QStringLiteral("incident.txt"), file);
        const QString report = m_home->filePath(QStringLiteral("incident-report.json"));
        QElapsedTimer timer;
        timer.start();
        const Run revoke = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--subjects-from"), path,
                                           QStringLiteral("--yes"), QStringLiteral("--reason"),
                                           QStringLiteral("INC-1000"), QStringLiteral("--report"), report});
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(revoke.exitCode, 0);
        noCredentialIn(revoke);

        qsizetype ofChosen = 0;
        QStringList untouched;
        for (const StoredToken &token : before) {
            if (chosen.contains(token.subject))
                ++ofChosen;
            else
                untouched.append(token.hash);
        }
        untouched.sort();
        QCOMPARE(hashesOf(stored(sandbox)), untouched); // every token of a listed subject, and no other
        int printed = 0;
        int printedSubjects = 0;
        for (const QByteArray &line : revoke.out.trimmed().split('\n')) {
            printed += line.split('\t').value(1).toInt();
            ++printedSubjects;
        }
        QCOMPARE(printed, ofChosen); // each revoked exactly once
        const QList<QJsonObject> audit = auditLines();
        int audited = 0;
        for (const QJsonObject &line : audit) {
            QCOMPARE(line[QStringLiteral("reason")].toString(), QStringLiteral("INC-1000"));
            audited += qMax(0, line[QStringLiteral("count")].toInt());
        }
        QCOMPARE(audited, ofChosen);
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray subjects =
            QJsonDocument::fromJson(reportFile.readAll())[QStringLiteral("subjects")].toArray();
        QCOMPARE(printedSubjects, subjects.size());
        qInfo("1,000-line list: %lld subjects, %lld tokens revoked, %lld revoke-all requests, %lld ms",
              qlonglong(subjects.size()), qlonglong(ofChosen), qlonglong(audit.size()), qlonglong(elapsed));

        // Running the same list again is harmless: every subject reports 0.
        const Run again = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--subjects-from"), path,
                                          QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(hashesOf(stored(sandbox)), untouched);
    }

    // Under injected 5xx: revoke by hash is never repeated (a revoke that got no answer might have
    // happened), so some tokens fail and the command ends with 3, naming each; a subject list repeats
    // its revoke-alls where that is safe, and what still fails is named, in the report as on stderr.
    void partialSuccessUnderFailures()
    {
        // Two sandboxes from one seed hold the same tokens: one to read the hashes from, one failing.
        const QStringList seeded{QStringLiteral("--tokens"), QStringLiteral("60"), QStringLiteral("--seed"),
                                 QStringLiteral("11")};
        SandboxProcess reference;
        QVERIFY(reference.start(seeded, kBearer));
        const QList<StoredToken> tokens = stored(reference);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(seeded + QStringList{QStringLiteral("--fail-rate"), QStringLiteral("0.5")},
                              kBearer));
        QStringList arguments{QStringLiteral("revoke")};
        for (const StoredToken &token : tokens.mid(0, 40))
            arguments.append(token.hash);
        const QString byHash = m_home->filePath(QStringLiteral("hash-report.json"));
        const Run revoke = runOn(
            sandbox, arguments + QStringList{QStringLiteral("--yes"), QStringLiteral("--report"), byHash});
        QCOMPARE(revoke.exitCode, 3); // all 40 alike at a 50 % failure rate: 2 in 10^12
        QFile hashReport(byHash);
        QVERIFY(hashReport.open(QIODevice::ReadOnly));
        const QJsonObject hashJson = QJsonDocument::fromJson(hashReport.readAll()).object();
        int failedHashes = 0;
        for (const QJsonValue &item : hashJson[QStringLiteral("items")].toArray()) {
            const QByteArray hash = item[QStringLiteral("accessTokenHash")].toString().toUtf8();
            if (item[QStringLiteral("outcome")].toString() == QLatin1StringView("failed")) {
                ++failedHashes;
                QVERIFY(revoke.err.contains(QByteArray(hash + ": ")));
            } else {
                QVERIFY(revoke.out.contains(QByteArray("\t" + hash)));
            }
        }
        QCOMPARE(hashJson[QStringLiteral("failed")].toInt(), failedHashes);
        QVERIFY(failedHashes > 0 && failedHashes < 40);

        QSet<QString> subjects;
        for (const StoredToken &token : tokens.mid(40))
            subjects.insert(token.subject);
        subjects.remove(QString());
        QByteArray file;
        for (const QString &subject : std::as_const(subjects))
            file += subject.toUtf8() + "\n";
        const QString path = writeFile(QStringLiteral("failing.txt"), file);
        const QString report = m_home->filePath(QStringLiteral("failing-report.json"));
        const Run list = runOn(sandbox, {QStringLiteral("revoke"), QStringLiteral("--subjects-from"), path,
                                         QStringLiteral("--yes"), QStringLiteral("--report"), report});
        // Counting retries its list calls; a subject whose count still failed is revoked anyway.
        QVERIFY2(list.exitCode == 3 || list.exitCode == 0, list.err.constData());
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(reportFile.readAll()).object();
        QCOMPARE(json[QStringLiteral("exitCode")].toInt(), list.exitCode);
        int failed = 0;
        for (const QJsonValue &subject : json[QStringLiteral("subjects")].toArray()) {
            if (subject[QStringLiteral("outcome")].toString() == QLatin1StringView("failed")) {
                ++failed;
                QVERIFY(list.err.contains(
                    QByteArray(subject[QStringLiteral("subject")].toString().toUtf8() + ": ")));
            }
        }
        QCOMPARE(json[QStringLiteral("failed")].toInt(), failed);
        QCOMPARE(list.exitCode == 3, failed > 0);

        // Every request failing: nothing succeeded, exit 1.
        SandboxProcess down;
        QVERIFY(down.start({QStringLiteral("--tokens"), QStringLiteral("10"), QStringLiteral("--fail-rate"),
                            QStringLiteral("1")},
                           kBearer));
        const Run none = runOn(down, {QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("b"),
                                      QStringLiteral("--yes")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("a: "));
        QVERIFY(none.err.contains("b: "));
    }

    // create prints the values once (stdout, or a new 0600 file), never into the audit log; update
    // edits the scopes and expiry of the token it names.
    void createAndUpdate()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("5"), QStringLiteral("--clients"),
                               QStringLiteral("2")},
                              kBearer));
        const qint64 clientId = stored(sandbox).first().clientId;
        const Run created = runOn(
            sandbox, {QStringLiteral("create"), QStringLiteral("--grant-type"),
                      QStringLiteral("AUTHORIZATION_CODE"), QStringLiteral("--client"),
                      QString::number(clientId), QStringLiteral("--subject"), QStringLiteral("carol.cli"),
                      QStringLiteral("--scope"), QStringLiteral("openid"), QStringLiteral("--scope"),
                      QStringLiteral("profile"), QStringLiteral("--access-duration"), QStringLiteral("2h")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QHash<QByteArray, QByteArray> fields;
        for (const QByteArray &line : created.out.trimmed().split('\n'))
            fields.insert(line.left(line.indexOf('\t')), line.mid(line.indexOf('\t') + 1));
        const QByteArray value = fields.value("accessToken");
        const QByteArray hash = fields.value("accessTokenHash");
        QVERIFY(!value.isEmpty());
        QVERIFY(!hash.isEmpty());
        QVERIFY(hashesOf(stored(sandbox)).contains(QString::fromUtf8(hash)));
        for (const QJsonObject &line : auditLines())
            QVERIFY(!QJsonDocument(line).toJson().contains(value));

        const Run added =
            runOn(sandbox, {QStringLiteral("update"), QString::fromUtf8(hash), QStringLiteral("--add-scope"),
                            QStringLiteral("email"), QStringLiteral("--remove-scope"),
                            QStringLiteral("profile"), QStringLiteral("--expires-in"), QStringLiteral("1d")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run listed =
            runOn(sandbox, {QStringLiteral("list"), QStringLiteral("--subject"), QStringLiteral("carol.cli"),
                            QStringLiteral("--output"), QStringLiteral("json")});
        const QJsonObject token = QJsonDocument::fromJson(listed.out).array().first().toObject();
        QCOMPARE(token[QStringLiteral("scopes")].toArray(),
                 (QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}));
        const qint64 expiresAt = qint64(token[QStringLiteral("accessTokenExpiresAt")].toDouble());
        QVERIFY(qAbs(expiresAt - QDateTime::currentMSecsSinceEpoch() - 86'400'000) < 600'000);
        // By value from stdin: the value is never an argument.
        const Run byValue = runOn(sandbox,
                                  {QStringLiteral("update"), QStringLiteral("--value-stdin"),
                                   QStringLiteral("--scopes"), QStringLiteral("openid")},
                                  value + "\n");
        QVERIFY2(byValue.exitCode == 0, byValue.err.constData());

        // --values-to: a new file, readable by the owner only; stdout has the hash alone.
        const QString path = m_home->filePath(QStringLiteral("values.json"));
        const Run toFile = runOn(sandbox, {QStringLiteral("create"), QStringLiteral("--grant-type"),
                                           QStringLiteral("CLIENT_CREDENTIALS"), QStringLiteral("--client"),
                                           QString::number(clientId), QStringLiteral("--values-to"), path});
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QVERIFY(toFile.out.startsWith("accessTokenHash\t"));
        QFile file(path);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!QJsonDocument::fromJson(file.readAll())[QStringLiteral("accessToken")].toString().isEmpty());
        // An existing file is never overwritten, and nothing is created.
        const int before = int(stored(sandbox).size());
        QCOMPARE(runOn(sandbox, {QStringLiteral("create"), QStringLiteral("--grant-type"),
                                 QStringLiteral("CLIENT_CREDENTIALS"), QStringLiteral("--client"),
                                 QString::number(clientId), QStringLiteral("--values-to"), path})
                     .exitCode,
                 2);
        QCOMPARE(int(stored(sandbox).size()), before);
        // Invalid input is a usage error, with the request's own sentences.
        const Run invalid =
            runOn(sandbox, {QStringLiteral("create"), QStringLiteral("--client"), QString::number(clientId)});
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY(invalid.err.contains("grant type"));
    }

#ifdef Q_OS_UNIX
    // Ctrl+C mid-run: exit 130, and the audit log holds every revocation the server confirmed,
    // which are exactly the subjects printed.
    void interruptedMidRun()
    {
        SandboxProcess sandbox;
        QVERIFY(
            sandbox.start({QStringLiteral("--tokens"), QStringLiteral("400"), QStringLiteral("--subjects"),
                           QStringLiteral("200"), QStringLiteral("--latency-ms"), QStringLiteral("100")},
                          kBearer));
        const QList<StoredToken> before = stored(sandbox);
        QSet<QString> subjects;
        for (const StoredToken &token : before)
            subjects.insert(token.subject);
        subjects.remove(QString());
        QByteArray file;
        for (const QString &subject : std::as_const(subjects))
            file += subject.toUtf8() + "\n";
        const QString path = writeFile(QStringLiteral("interrupted.txt"), file);
        const std::unique_ptr<QProcess> cli = start(
            connection(sandbox) + QStringList{QStringLiteral("revoke"), QStringLiteral("--subjects-from"),
                                              path, QStringLiteral("--yes"), QStringLiteral("--reason"),
                                              QStringLiteral("INT-130")});
        QVERIFY(cli);
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += cli->readAllStandardOutput();
                return out.contains('\n') || cli->state() == QProcess::NotRunning;
            },
            60'000));
        QVERIFY(cli->state() == QProcess::Running);
        ::kill(pid_t(cli->processId()), SIGINT);
        Run run = finish(*cli);
        QCOMPARE(run.exitCode, 130);
        run.out.prepend(out);
        QVERIFY(run.err.contains("Interrupted"));

        QSet<QString> printed;
        int printedCount = 0;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            printed.insert(QString::fromUtf8(fields.at(0)));
            printedCount += fields.value(1).toInt();
        }
        QVERIFY(printed.size() < subjects.size()); // it did stop early
        QCOMPARE(int(before.size() - stored(sandbox).size()), printedCount);
        QSet<QString> audited;
        for (const QJsonObject &line : auditLines()) {
            QCOMPARE(line[QStringLiteral("reason")].toString(), QStringLiteral("INT-130"));
            if (line[QStringLiteral("outcome")].toString() == QLatin1StringView("ok"))
                audited.insert(line[QStringLiteral("subject")].toString());
        }
        // Subjects counted at none are printed with 0 without a request, so without an audit line.
        QSet<QString> printedWithTokens;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            if (line.split('\t').value(1).toInt() > 0)
                printedWithTokens.insert(QString::fromUtf8(line.split('\t').at(0)));
        }
        QVERIFY(printedWithTokens.size() > 0);
        QCOMPARE(audited, printedWithTokens);
    }
#endif
};

QTEST_GUILESS_MAIN(TestTokenDeskCli)
#include "tst_tokendeskcli.moc"
