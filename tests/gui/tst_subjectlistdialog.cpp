// Token → Revoke for a List of Users, in the real window against a real sandbox: the list pasted,
// counted (subject, tokens found), confirmed by its total with a reason, each subject's outcome shown,
// the report exported as CSV and JSON, and the audit lines carrying the reason.
#include "AuditLog.h"
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxProcess.h"
#include "ScopedConfirmation.h"
#include "SubjectListDialog.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("subject-list-dialog-bearer");
const QString kProfile = QStringLiteral("Incident desk");

} // namespace

class TestSubjectListDialog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    TokenListSession *session() const { return m_window->listSession(); }

    SubjectListDialog *openDialog() const
    {
        m_window->findChild<QAction *>(QStringLiteral("actionRevokeSubjectList"))->trigger();
        SubjectListDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&dialog] {
                    dialog = qobject_cast<SubjectListDialog *>(QApplication::activeModalWidget());
                    return dialog && dialog->isVisible();
                },
                10'000))
            failHard(QStringLiteral("the list dialog did not open"));
        return dialog;
    }

    QHash<QString, int> perSubject() const
    {
        QHash<QString, int> counts;
        for (int row = 0; row < m_window->tokenModel()->rowCount(); ++row)
            ++counts[m_window->tokenModel()->tokenAt(row).subject];
        counts.remove(QString());
        return counts;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("120"),
                                 QStringLiteral("--subjects"), QStringLiteral("12")},
                                kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(kProfile, m_sandbox, kBearer);
    }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        showActive(m_window.get());
        if (QTest::currentTestFailed())
            return;
        m_window->openProfile(kProfile);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
        m_window->findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 15'000);
    }

    void cleanup() { m_window.reset(); }

    void countsConfirmsRevokesAndReports()
    {
        const QHash<QString, int> before = perSubject();
        QStringList chosen = before.keys();
        chosen.sort();
        chosen = chosen.mid(0, 3);
        int expected = 0;
        for (const QString &subject : std::as_const(chosen))
            expected += before.value(subject);

        SubjectListDialog *dialog = openDialog();
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("subjectListText"));
        auto *countButton = dialog->findChild<QPushButton *>(QStringLiteral("countSubjectsButton"));
        auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeSubjectsButton"));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("subjectOutcomeTable"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("subjectListSummary"));
        QVERIFY(text && countButton && revoke && table && summary);
        QAbstractItemModelTester tester(table->model());
        QVERIFY(!countButton->isEnabled());
        QVERIFY(!revoke->isEnabled());
        text->setPlainText(QStringLiteral("# INC-88\n%1\n\n%2\n%3\n%1\nnobody-here\n")
                               .arg(chosen.at(0), chosen.at(1), chosen.at(2)));
        QVERIFY(countButton->isEnabled());
        countButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(revoke->isEnabled(), 15'000);
        QCOMPARE(table->model()->rowCount(), 4);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table->model()->index(row, 1).data().toString(),
                     QString::number(before.value(chosen.at(row))));
        QCOMPARE(table->model()->index(3, 1).data().toString(), QStringLiteral("0"));
        QVERIFY2(summary->text().contains(QString::number(expected)), qPrintable(summary->text()));
        QVERIFY2(revoke->text().contains(QString::number(expected)), qPrintable(revoke->text()));
        // A dry run so far: nothing changed on the server.
        QCOMPARE(AuditLog(AuditLog::defaultPath()).readAll().size(), 0);

        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonField")),
                         QStringLiteral("INC-88"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        revoke->click();
        QVERIFY2(MessageBox::lastText().contains(kProfile), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("INC-88")));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Revoked")), 15'000);
        QVERIFY2(summary->text().contains(QString::number(expected)), qPrintable(summary->text()));
        for (int row = 0; row < 3; ++row)
            QVERIFY(table->model()->index(row, 2).data().toString().startsWith(QStringLiteral("Revoked")));
        // The window reloads: the subjects' rows are gone.
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading() && !perSubject().contains(chosen.at(0)), 15'000);

        const QList<AuditEntry> audit = AuditLog(AuditLog::defaultPath()).readAll();
        QCOMPARE(audit.size(), 3);
        for (const AuditEntry &entry : audit) {
            QCOMPARE(entry.reason, QStringLiteral("INC-88"));
            QVERIFY(chosen.contains(entry.subject));
        }

        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY2(dialog->exportReport(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.first().startsWith("subject,found,revoked,outcome"));
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(dialog->exportReport(json, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report[QStringLiteral("reason")].toString(), QStringLiteral("INC-88"));
        QCOMPARE(report[QStringLiteral("subjects")].toArray().size(), 4);
        QVERIFY(!dialog->exportReport(m_dir.filePath(QStringLiteral("report.txt")), &error));
        dialog->reject();
    }

    void aListThatIsNotOneIsRefused()
    {
        SubjectListDialog *dialog = openDialog();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("subjectListText"))
            ->setPlainText(QStringLiteral("email,name\na@example.com,Alice\n"));
        dialog->findChild<QPushButton *>(QStringLiteral("countSubjectsButton"))->click();
        QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("subjectOutcomeTable"))->model()->rowCount(),
                 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("revokeSubjectsButton"))->isEnabled());
        dialog->reject();
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestSubjectListDialog>(argc, argv, QStringLiteral("tst_subjectlistdialog"));
}

#include "tst_subjectlistdialog.moc"
