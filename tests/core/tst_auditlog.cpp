// The audit log: its JSON, appending, reading past damage, and surviving a kill -9 mid-append.
#include "AuditLog.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// Set in the child the crash test starts: the path to append to until killed.
constexpr char kWriterEnv[] = "TOKENDESK_AUDIT_WRITER";

AuditEntry entry(int sequence)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), QTimeZone::utc()).addMSecs(sequence);
    e.profile = QStringLiteral("Production");
    e.serviceId = QStringLiteral("715948317");
    e.operation = AuditEntry::Operation::Update;
    e.accessTokenHash = QStringLiteral("hN6gSJ1S_3pX7ak1CQ9F0w");
    e.outcome = AuditEntry::Outcome::Ok;
    e.resultCode = QStringLiteral("A135001");
    e.count = 1;
    // The sequence number the crash test checks for gaps.
    e.detail = QString::number(sequence);
    return e;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

int runWriter(const QString &path)
{
    const AuditLog log(path);
    for (int sequence = 0;; ++sequence) {
        QString error;
        if (!log.append(entry(sequence), &error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
    }
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonHasTheDocumentedMembersOnly()
    {
        AuditEntry full = entry(0);
        full.subject = QStringLiteral("alice");
        full.clientIdentifier = QStringLiteral("1234");
        full.clientName = QStringLiteral("Smart TV App");
        full.operatorName = QStringLiteral("hana");
        QStringList keys = full.toJson().keys();
        keys.sort();
        QCOMPARE(
            keys,
            QStringList({QStringLiteral("accessTokenHash"), QStringLiteral("clientIdentifier"),
                         QStringLiteral("clientName"), QStringLiteral("count"), QStringLiteral("detail"),
                         QStringLiteral("operation"), QStringLiteral("operator"), QStringLiteral("outcome"),
                         QStringLiteral("profile"), QStringLiteral("resultCode"), QStringLiteral("serviceId"),
                         QStringLiteral("subject"), QStringLiteral("time")}));
        // Token values must never reach the log, whatever is added to the entry later.
        const QByteArray line = QJsonDocument(full.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(!line.contains("\"accessToken\""));
        QVERIFY(!line.contains("\"refreshToken\""));
        QCOMPARE(full.toJson().value(QLatin1StringView("time")).toString(),
                 QStringLiteral("2025-03-14T09:26:53.589Z"));

        AuditEntry minimal;
        minimal.time = full.time;
        minimal.operation = AuditEntry::Operation::Delete;
        minimal.outcome = AuditEntry::Outcome::Failed;
        keys = minimal.toJson().keys();
        keys.sort();
        QCOMPARE(keys, QStringList(
                           {QStringLiteral("operation"), QStringLiteral("outcome"), QStringLiteral("time")}));
        QCOMPARE(AuditEntry::fromJson(minimal.toJson()), minimal);
    }

    void timeIsReadAsUtc()
    {
        const QJsonObject json{{QStringLiteral("time"), QStringLiteral("2025-03-14T10:26:53.589+01:00")},
                               {QStringLiteral("operation"), QStringLiteral("revoke")},
                               {QStringLiteral("outcome"), QStringLiteral("ok")}};
        const std::optional<AuditEntry> read = AuditEntry::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->time, entry(0).time);
        QCOMPARE(read->time.timeSpec(), Qt::UTC);
    }

    // The file keeps the words earlier versions wrote: a line of theirs reads as the same entry, and an
    // entry writes those words back.
    void operationsAndOutcomesKeepTheirFileNames_data()
    {
        QTest::addColumn<QString>("operationName");
        QTest::addColumn<AuditEntry::Operation>("operation");
        QTest::addColumn<QString>("outcomeName");
        QTest::addColumn<AuditEntry::Outcome>("outcome");
        QTest::newRow("create ok") << "create" << AuditEntry::Operation::Create << "ok"
                                   << AuditEntry::Outcome::Ok;
        QTest::newRow("update failed")
            << "update" << AuditEntry::Operation::Update << "failed" << AuditEntry::Outcome::Failed;
        QTest::newRow("revoke ok") << "revoke" << AuditEntry::Operation::Revoke << "ok"
                                   << AuditEntry::Outcome::Ok;
        QTest::newRow("delete failed")
            << "delete" << AuditEntry::Operation::Delete << "failed" << AuditEntry::Outcome::Failed;
    }

    void operationsAndOutcomesKeepTheirFileNames()
    {
        QFETCH(QString, operationName);
        QFETCH(AuditEntry::Operation, operation);
        QFETCH(QString, outcomeName);
        QFETCH(AuditEntry::Outcome, outcome);
        const QByteArray line = QStringLiteral(R"({"time":"2025-03-14T09:26:53.589Z","operation":"%1",)"
                                               R"("accessTokenHash":"hN6gSJ1S","outcome":"%2","count":1})")
                                    .arg(operationName, outcomeName)
                                    .toUtf8();
        const std::optional<AuditEntry> read = AuditEntry::fromJson(QJsonDocument::fromJson(line).object());
        QVERIFY(read);
        QCOMPARE(read->operation, operation);
        QCOMPARE(read->outcome, outcome);
        QCOMPARE(read->toJson().value(QLatin1StringView("operation")).toString(), operationName);
        QCOMPARE(read->toJson().value(QLatin1StringView("outcome")).toString(), outcomeName);
        QCOMPARE(AuditEntry::name(operation), operationName);
        QCOMPARE(AuditEntry::name(outcome), outcomeName);
    }

    void fromJsonRejectsNonEntries_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QString time = QStringLiteral("2025-03-14T09:26:53.589Z");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("no time") << QJsonObject{{QStringLiteral("operation"), QStringLiteral("create")},
                                                {QStringLiteral("outcome"), QStringLiteral("ok")}};
        QTest::newRow("bad time") << QJsonObject{{QStringLiteral("time"), QStringLiteral("yesterday")},
                                                 {QStringLiteral("operation"), QStringLiteral("create")},
                                                 {QStringLiteral("outcome"), QStringLiteral("ok")}};
        QTest::newRow("no operation")
            << QJsonObject{{QStringLiteral("time"), time}, {QStringLiteral("outcome"), QStringLiteral("ok")}};
        QTest::newRow("no outcome") << QJsonObject{{QStringLiteral("time"), time},
                                                   {QStringLiteral("operation"), QStringLiteral("create")}};
        // A word this version does not know (a later version's, or a hand edit) is not guessed at.
        QTest::newRow("unknown operation")
            << QJsonObject{{QStringLiteral("time"), time},
                           {QStringLiteral("operation"), QStringLiteral("rotate")},
                           {QStringLiteral("outcome"), QStringLiteral("ok")}};
        QTest::newRow("unknown outcome")
            << QJsonObject{{QStringLiteral("time"), time},
                           {QStringLiteral("operation"), QStringLiteral("revoke")},
                           {QStringLiteral("outcome"), QStringLiteral("partial")}};
        QTest::newRow("operation in capitals")
            << QJsonObject{{QStringLiteral("time"), time},
                           {QStringLiteral("operation"), QStringLiteral("REVOKE")},
                           {QStringLiteral("outcome"), QStringLiteral("ok")}};
    }

    void fromJsonRejectsNonEntries()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(!AuditEntry::fromJson(json));
    }

    void unknownOperationIsCountedAsSkipped()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(entry(0)));
        appendRaw(log.path(), R"({"time":"2025-03-14T09:26:53.590Z","operation":"rotate","outcome":"ok"})"
                              "\n");
        QVERIFY(log.append(entry(2)));
        int skipped = -1;
        QCOMPARE(log.readAll(&skipped), QList<AuditEntry>({entry(0), entry(2)}));
        QCOMPARE(skipped, 1);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QList<AuditEntry> written{entry(0), entry(1), entry(2)};
        written[1].operation = AuditEntry::Operation::Revoke;
        written[1].accessTokenHash.clear();
        written[1].subject = QStringLiteral("zoë, \"the admin\"\nline two");
        written[1].count = -1;
        written[2].outcome = AuditEntry::Outcome::Failed;
        written[2].count = 0;
        for (const AuditEntry &e : written) {
            QString error;
            QVERIFY2(log.append(e, &error), qPrintable(error));
        }
        QCOMPARE(contents(log.path()).count('\n'), 3);
        int skipped = -1;
        QCOMPARE(log.readAll(&skipped), written);
        QCOMPARE(skipped, 0);
    }

    void missingFileReadsEmpty()
    {
        int skipped = -1;
        QVERIFY(AuditLog(QStringLiteral("/nonexistent/audit.jsonl")).readAll(&skipped).isEmpty());
        QCOMPARE(skipped, 0);
    }

    void damagedLinesAreSkippedAndCounted()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(entry(0)));
        appendRaw(log.path(), "\n{\"not\":\"an entry\"}\n[1,2]\n");
        QVERIFY(log.append(entry(1)));
        // A crash mid-append leaves the last line without its end.
        appendRaw(log.path(), "{\"time\":\"2025-03-14T09:26:53.589Z\",\"opera");
        int skipped = 0;
        QCOMPARE(log.readAll(&skipped), QList<AuditEntry>({entry(0), entry(1)}));
        QCOMPARE(skipped, 4);

        // The next append ends the torn line first rather than being glued to it.
        QVERIFY(log.append(entry(2)));
        QCOMPARE(log.readAll(&skipped), QList<AuditEntry>({entry(0), entry(1), entry(2)}));
        QCOMPARE(skipped, 4);
    }

    void createsFolderAndPrivateFile()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("new/folder/audit.jsonl")));
        QVERIFY(log.append(entry(0)));
        QCOMPARE(log.readAll().size(), 1);
#ifdef Q_OS_UNIX
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(log.path()).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
#endif
    }

    void appendFailureIsASentence()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        appendRaw(blocker, "x");
        QString error;
        QVERIFY(!AuditLog(blocker + QLatin1StringView("/audit.jsonl")).append(entry(0), &error));
        QVERIFY2(error.startsWith(QLatin1StringView("The audit log ")), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }

    void defaultPathIsInAppData()
    {
        QCOMPARE(AuditLog::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                              QLatin1StringView("/audit.jsonl"));
    }

    // A writer killed with SIGKILL at an arbitrary moment: every line before the one being written survives.
    void survivesKillMidAppend()
    {
        constexpr int kMinLines = 300;
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1StringView(kWriterEnv), log.path());
        writer.setProcessEnvironment(environment);
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());

        int linesBeforeKill = 0;
        QTRY_VERIFY_WITH_TIMEOUT((linesBeforeKill = int(contents(log.path()).count('\n'))) >= kMinLines,
                                 60000);
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QByteArray bytes = contents(log.path());
        const bool torn = !bytes.endsWith('\n');
        int skipped = -1;
        const QList<AuditEntry> entries = log.readAll(&skipped);
        qInfo("%d lines before the kill, %lld entries read back, %d torn line(s), %d skipped",
              linesBeforeKill, qint64(entries.size()), int(torn), skipped);
        QVERIFY(entries.size() >= linesBeforeKill);
        QCOMPARE(entries.size(), bytes.count('\n'));
        QCOMPARE(skipped, int(torn));
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i), entry(int(i)));

        QVERIFY(log.append(entry(int(entries.size()))));
        QCOMPARE(log.readAll().size(), entries.size() + 1);
    }
};

int main(int argc, char *argv[])
{
    const QString writerPath = qEnvironmentVariable(kWriterEnv);
    if (!writerPath.isEmpty())
        return runWriter(writerPath);
    QCoreApplication app(argc, argv);
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog.moc"
