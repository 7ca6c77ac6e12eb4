// The audit log viewer: its rows, the filter, exporting what the filter shows, and the skipped-lines note.
#include "AuditLog.h"
#include "AuditLogDialog.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

AuditEntry entry(AuditEntry::Operation operation, AuditEntry::Outcome outcome, int minute)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2025, 3, 14), QTime(9, minute, 0, 250), QTimeZone::utc());
    e.operatorName = QStringLiteral("hana");
    e.profile = QStringLiteral("Production");
    e.serviceId = QStringLiteral("715948317");
    e.operation = operation;
    e.outcome = outcome;
    return e;
}

QList<AuditEntry> sampleEntries()
{
    AuditEntry created = entry(AuditEntry::Operation::Create, AuditEntry::Outcome::Ok, 1);
    created.accessTokenHash = QStringLiteral("hN6gSJ1S");
    created.subject = QStringLiteral("alice");
    AuditEntry revoked = entry(AuditEntry::Operation::Revoke, AuditEntry::Outcome::Ok, 2);
    revoked.subject = QStringLiteral("bob");
    revoked.clientIdentifier = QStringLiteral("1234");
    revoked.clientName = QStringLiteral("Smart TV App");
    revoked.resultCode = QStringLiteral("A135001");
    revoked.count = 3;
    revoked.reason = QStringLiteral("INC-2026-12");
    revoked.command = QStringLiteral("tokendesk-cli revoke --subjects-from");
    AuditEntry failed = entry(AuditEntry::Operation::Revoke, AuditEntry::Outcome::Failed, 3);
    failed.subject = QStringLiteral("carol, \"c\"");
    failed.resultCode = QStringLiteral("A001201");
    failed.detail = QStringLiteral("Service unavailable");
    AuditEntry deleted = entry(AuditEntry::Operation::Delete, AuditEntry::Outcome::Ok, 4);
    deleted.accessTokenHash = QStringLiteral("qwerty");
    deleted.subject = QStringLiteral("alice.1112");
    deleted.clientIdentifier = QStringLiteral("5678");
    return {created, revoked, failed, deleted};
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_run)));
        for (const AuditEntry &e : sampleEntries())
            QVERIFY(m_log->append(e));
    }

    void showsTheEntries()
    {
        AuditLogDialog dialog(*m_log);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("auditTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->columnCount(), 14);
        QCOMPARE(cell(table, 0, 0),
                 QLocale().toString(sampleEntries().at(0).time.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("hana"));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("Production"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("715948317"));
        QCOMPARE(cell(table, 0, 4), QStringLiteral("create"));
        QCOMPARE(cell(table, 0, 5), QStringLiteral("hN6gSJ1S"));
        QCOMPARE(cell(table, 0, 6), QStringLiteral("alice"));
        QCOMPARE(cell(table, 1, 5), QString()); // a revoke of all of a subject's tokens names no hash
        QCOMPARE(cell(table, 1, 6), QStringLiteral("bob"));
        QCOMPARE(cell(table, 1, 7), QStringLiteral("Smart TV App (1234)"));
        QCOMPARE(cell(table, 3, 7), QStringLiteral("5678")); // no name known: the ID alone
        QCOMPARE(cell(table, 1, 9), QStringLiteral("A135001"));
        QCOMPARE(cell(table, 1, 10), QStringLiteral("3"));
        QCOMPARE(cell(table, 0, 10), QString()); // the server did not say
        QCOMPARE(cell(table, 2, 8), QStringLiteral("failed"));
        QCOMPARE(cell(table, 2, 11), QStringLiteral("Service unavailable"));
        QCOMPARE(cell(table, 1, 12), QStringLiteral("INC-2026-12"));
        QCOMPARE(cell(table, 1, 13), QStringLiteral("tokendesk-cli revoke --subjects-from"));
        QCOMPARE(cell(table, 0, 12), QString());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("skippedLabel"))->isVisibleTo(&dialog));
        for (const char *name : {"auditTable", "auditFilter", "exportButton"})
            QVERIFY(!dialog.findChild<QWidget *>(QLatin1StringView(name))->accessibleName().isEmpty());
    }

    void tabGoesFromFilterToTableToExport()
    {
        AuditLogDialog dialog(*m_log);
        QWidget *filter = dialog.findChild<QWidget *>(QStringLiteral("auditFilter"));
        QVERIFY(filter);
        QStringList order;
        for (QWidget *w = filter; order.size() < 3; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                order.append(w->objectName());
        }
        QCOMPARE(order, (QStringList{QStringLiteral("auditFilter"), QStringLiteral("auditTable"),
                                     QStringLiteral("exportButton")}));
    }

    void filterNarrowsAcrossColumns()
    {
        AuditLogDialog dialog(*m_log);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("auditTable"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("auditFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("REVOKE"));
        QCOMPARE(table->model()->rowCount(), 2);
        filter->setText(QStringLiteral("unavailable")); // the detail column
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, 8), QStringLiteral("failed"));
        // A bulk line names its token by hash, and still by its subject and client.
        filter->setText(QStringLiteral("alice.1112"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, 5), QStringLiteral("qwerty"));
        filter->setText(QStringLiteral("smart tv"));
        QCOMPARE(table->model()->rowCount(), 1);
        filter->setText(QStringLiteral("HANA")); // the operator
        QCOMPARE(table->model()->rowCount(), 4);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void exportsTheFilteredEntriesAsJsonLines()
    {
        AuditLogDialog dialog(*m_log);
        dialog.findChild<QLineEdit *>(QStringLiteral("auditFilter"))->setText(QStringLiteral("revoke"));
        const QString path = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(m_run));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        const QList<AuditEntry> exported = AuditLog(path).readAll();
        QCOMPARE(exported, sampleEntries().mid(1, 2));
    }

    void exportsTheFilteredEntriesAsCsv()
    {
        AuditLogDialog dialog(*m_log);
        dialog.findChild<QLineEdit *>(QStringLiteral("auditFilter"))->setText(QStringLiteral("carol"));
        const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_run));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QCOMPARE(
            fileContents(path),
            QByteArray(
                "time,operator,profile,serviceId,operation,accessTokenHash,subject,clientIdentifier,"
                "clientName,outcome,resultCode,count,detail,reason,command\r\n"
                "2025-03-14T09:03:00.250Z,hana,Production,715948317,revoke,,\"carol, \"\"c\"\"\",,,failed,"
                "A001201,,Service unavailable,,\r\n"));
    }

    void exportRejectsOtherSuffixes()
    {
        AuditLogDialog dialog(*m_log);
        const QString path = m_dir.filePath(QStringLiteral("export-%1.txt").arg(m_run));
        QString error;
        QVERIFY(!dialog.exportTo(path, &error));
        QVERIFY2(error.contains(QLatin1StringView(".jsonl or .csv")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void notesSkippedLines()
    {
        QFile file(m_log->path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("garbled\n{\"time\":\"2025-03-14T09:0");
        file.close();
        AuditLogDialog dialog(*m_log);
        QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("auditTable"))->model()->rowCount(), 4);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("skippedLabel"));
        QVERIFY(label->isVisibleTo(&dialog));
        QCOMPARE(label->text(), QStringLiteral("2 unreadable lines were skipped"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    int m_run = 0;
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
