// Acting on tokens through the window, offscreen, against real sandboxes: revoke and delete with the
// confirmation answered by the test, revoke all of a subject, a bulk revoke of 200 under injected
// failures with each failure named, the audit log written without secrets, and export.
#include "AuditLog.h"
#include "ClientTestSupport.h"
#include "CreateTokenDialog.h"
#include "ErrorBanner.h"
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewTokenValuesDialog.h"
#include "SandboxProcess.h"
#include "ScopedConfirmation.h"
#include "TokenFilterProxyModel.h"
#include "TokenHash.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "UpdateTokenDialog.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString kBearer = QStringLiteral("actions-test-bearer-5f2c9a");

// Every message the app logs during the test, to prove that no secret is among them.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged.append(message);
    g_previousHandler(type, context, message);
}

// Files under a folder whose bytes contain the text.
QStringList filesContaining(const QString &folder, const QByteArray &text)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestTokenActions : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    SandboxProcess m_failing;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;

    TokenTableModel *model() const { return m_window->tokenModel(); }
    TokenListSession *session() const { return m_window->listSession(); }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("tokenTable")); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1StringView(name));
    }

    void open(const QString &profile)
    {
        m_window->openProfile(profile);
        // The credential is read asynchronously: wait for the switch before waiting for the rows.
        QTRY_COMPARE(m_window->currentProfile(), profile);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
    }

    void loadAll()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 60'000);
    }

    // What the server holds now, through a client of our own.
    QSet<QString> serverHashes(const SandboxProcess &sandbox, const QString &subject = QString())
    {
        const std::unique_ptr<AuthleteClient> client = clientFor(&m_network, sandbox, kBearer);
        TokenListQuery filter;
        filter.subject = subject;
        QSet<QString> hashes;
        for (const AccessToken &token : loadEverything(client.get(), filter))
            hashes.insert(token.accessTokenHash);
        return hashes;
    }

    // A server-side search, typed as a user would.
    void searchFor(const QString &subject, const QString &client)
    {
        m_window->findChild<QLineEdit *>(QStringLiteral("clientSearch"))->setText(client);
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("subjectSearch"));
        field->setText(subject);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(session()->query().subject, subject);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
    }

    // Exactly this row, whatever modifier an earlier key click left pressed (QTableView::selectRow()
    // would extend a selection under Shift).
    void selectOnly(int proxyRow) const
    {
        const QModelIndex index = m_window->proxyModel()->index(proxyRow, 0);
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }

    QList<AuditEntry> auditEntries() const { return m_window->auditLog()->readAll(); }
    QString m_createdValue; // a token value the app showed once; it must be nowhere after

    // Answers the modal dialogs the action opens, in turn, as KeePassXC's GUI tests do: a timer finds
    // the active modal widget and hands it to the matching handler.
    void answerModals(std::function<bool(QWidget *)> handler)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, handler] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && handler(modal))
                timer->stop();
        });
        timer->start();
    }

    static void addScopes(QWidget *dialog, const QStringList &scopes)
    {
        auto *input = dialog->findChild<QLineEdit *>(QStringLiteral("scopeInput"));
        for (const QString &scope : scopes) {
            input->setText(scope);
            dialog->findChild<QPushButton *>(QStringLiteral("addScopeButton"))->click();
        }
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(recordMessage);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("400"),
                                 QStringLiteral("--subjects"), QStringLiteral("25")},
                                kBearer));
        QVERIFY(
            m_failing.start({QStringLiteral("--tokens"), QStringLiteral("260"), QStringLiteral("--fail-rate"),
                             QStringLiteral("0.2"), QStringLiteral("--seed"), QStringLiteral("9")},
                            kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(QStringLiteral("Main"), m_sandbox, kBearer);
        m_profiles->add(QStringLiteral("Flaky"), m_failing, kBearer);
        m_profiles->add(QStringLiteral("Main (form)"), m_sandbox, kBearer);
        ConnectionProfile form = *m_profiles->profiles()->profile(QStringLiteral("Main (form)"));
        form.bodyEncoding = ConnectionSettings::BodyEncoding::Form;
        m_profiles->profiles()->save(form);
    }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_window->tokenModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester->setUseFetchMore(false);
        showActive(m_window.get());
        if (QTest::currentTestFailed())
            return;
        open(QStringLiteral("Main"));
    }

    void cleanup()
    {
        m_modelTester.reset();
        m_window.reset();
    }

    void revokeAfterConfirming()
    {
        table()->selectRow(2);
        const AccessToken token =
            model()->tokenAt(m_window->proxyModel()->mapToSource(table()->currentIndex()).row());
        const int total = session()->totalCount();
        const qsizetype auditBefore = auditEntries().size();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        // The context menu and the Token menu share this action; Delete is its key.
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(model()->rowOfHash(token.accessTokenHash), -1);
        QCOMPARE(session()->totalCount(), total - 1);
        QVERIFY(MessageBox::lastText().contains(token.accessTokenHash.left(12)));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Revoking ends the access token")));
        QVERIFY(!serverHashes(m_sandbox).contains(token.accessTokenHash));
        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), auditBefore + 1);
        QCOMPARE(entries.last().operation, AuditEntry::Operation::Revoke);
        QCOMPARE(entries.last().accessTokenHash, token.accessTokenHash);
        QCOMPARE(entries.last().outcome, AuditEntry::Outcome::Ok);
        QCOMPARE(entries.last().profile, QStringLiteral("Main"));
    }

    // The wire format is the connection's: a profile set to form bodies revokes with one.
    void revokeFormEncodedOnAFormConnection()
    {
        open(QStringLiteral("Main (form)"));
        table()->selectRow(6);
        const QString hash = table()->currentIndex().data(TokenTableModel::HashRole).toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("actionRevoke")->trigger();
        QTRY_COMPARE(model()->rowOfHash(hash), -1);
        QVERIFY(!serverHashes(m_sandbox).contains(hash));
        QCOMPARE(auditEntries().last().outcome, AuditEntry::Outcome::Ok);
    }

    void declinedConfirmationChangesNothing()
    {
        table()->selectRow(1);
        const QString hash = table()->currentIndex().data(TokenTableModel::HashRole).toString();
        const qsizetype auditBefore = auditEntries().size();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action("actionDelete")->trigger();
        QCOMPARE(model()->rowOfHash(hash) >= 0, true);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Delete the record")));
        QCOMPARE(auditEntries().size(), auditBefore);
        QVERIFY(serverHashes(m_sandbox).contains(hash));
    }

    void deleteWithShiftDelete()
    {
        table()->selectRow(4);
        const QString hash = table()->currentIndex().data(TokenTableModel::HashRole).toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_COMPARE(model()->rowOfHash(hash), -1);
        QVERIFY(!serverHashes(m_sandbox).contains(hash));
        QCOMPARE(auditEntries().last().operation, AuditEntry::Operation::Delete);
    }

    void revokeAllOfASubject()
    {
        int row = 0;
        while (model()->tokenAt(row).subject.isEmpty())
            ++row;
        const QString subject = model()->tokenAt(row).subject;
        const int before = int(serverHashes(m_sandbox, subject).size());
        QVERIFY(before > 0);
        // The revoke-all actions act on the search, not on a row.
        searchFor(subject, QString());
        QVERIFY(action("actionRevokeSubject")->text().contains(subject));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("actionRevokeSubject")->trigger();
        QTRY_VERIFY(m_window->banner()->text().contains(QStringLiteral("revoked")));
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("Revoke all %1 tokens of %2").arg(before).arg(subject)),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(m_window->banner()->text().contains(QString::number(before)));
        QVERIFY(serverHashes(m_sandbox, subject).isEmpty());
        QCOMPARE(auditEntries().last().count, before);
        QCOMPARE(auditEntries().last().subject, subject);
        // The table reloads what it showed; give it the time a busy machine needs.
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading(), 20'000);
        for (int i = 0; i < model()->rowCount(); ++i)
            QVERIFY(model()->tokenAt(i).subject != subject);
    }

    // The confirmation is asked from the counting reply: it opens without a nested event loop, so this
    // test function gets control back while it is shown and answers it itself.
    void revokeAllAsksWithoutBlockingTheReply()
    {
        int row = 0;
        while (model()->tokenAt(row).subject.isEmpty())
            ++row;
        const AccessToken token = model()->tokenAt(row);
        const int before = int(serverHashes(m_sandbox, token.subject).size());
        searchFor(token.subject, QString::number(token.clientId));
        action("actionRevokeSubjectClient")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ScopedConfirmation *>(QApplication::activeModalWidget()),
                                 10'000);
        auto *box = qobject_cast<ScopedConfirmation *>(QApplication::activeModalWidget());
        QVERIFY2(box->text().contains(QStringLiteral("of %1 for client").arg(token.subject)),
                 qPrintable(box->text()));
        QVERIFY(!box->text().contains(QStringLiteral(" 0 tokens")));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(QStringLiteral("revoked")), 10'000);
        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.last().subject, token.subject);
        QCOMPARE(entries.last().clientIdentifier, QString::number(token.clientId));
        QCOMPARE(entries.last().outcome, AuditEntry::Outcome::Ok);
        QVERIFY(entries.last().count > 0);
        QCOMPARE(int(serverHashes(m_sandbox, token.subject).size()), before - entries.last().count);
    }

    void bulkRevokeNamesEachFailure()
    {
        open(QStringLiteral("Flaky"));
        loadAll();
        QCOMPARE(model()->rowCount(), 260);
        table()->selectionModel()->select(
            QItemSelection(m_window->proxyModel()->index(0, 0), m_window->proxyModel()->index(199, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->selectionModel()->setCurrentIndex(m_window->proxyModel()->index(0, 0),
                                                   QItemSelectionModel::NoUpdate);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 200);
        const qsizetype auditBefore = auditEntries().size();
        // More than 100: the confirmation asks for the count typed.
        ScopedConfirmation::setNextTypedAnswer(QStringLiteral("200"));
        MessageBox::setNextAnswer(QMessageBox::Ok); // the report of failures
        action("actionRevoke")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("200 selected tokens")));
        QTRY_VERIFY_WITH_TIMEOUT(auditEntries().size() == auditBefore + 200, 60'000);
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("failed:")));

        const QList<AuditEntry> entries = auditEntries().mid(auditBefore);
        const QSet<QString> remaining = serverHashes(m_failing);
        int failed = 0;
        for (const AuditEntry &entry : entries) {
            if (entry.outcome == AuditEntry::Outcome::Failed) {
                ++failed;
                // Named in the report, still on the server, still in the table.
                QVERIFY(MessageBox::lastText().contains(entry.accessTokenHash));
                QVERIFY(remaining.contains(entry.accessTokenHash));
                QVERIFY(model()->rowOfHash(entry.accessTokenHash) >= 0);
            } else {
                QVERIFY(!remaining.contains(entry.accessTokenHash));
                QCOMPARE(model()->rowOfHash(entry.accessTokenHash), -1);
            }
        }
        QVERIFY2(failed > 0 && failed < 200, "a 20% failure rate fails some of 200 and not all");
        QCOMPARE(model()->rowCount(), 60 + failed);
    }

    void createShowsTheValuesOnceAndAddsTheRow()
    {
        const qint64 clientId = model()->tokenAt(0).clientId;
        QString shownValue;
        answerModals([&](QWidget *modal) {
            if (auto *create = qobject_cast<CreateTokenDialog *>(modal)) {
                auto *grant = create->findChild<QComboBox *>(QStringLiteral("grantTypeCombo"));
                grant->setCurrentIndex(grant->findText(QStringLiteral("AUTHORIZATION_CODE")));
                create->findChild<QComboBox *>(QStringLiteral("clientCombo"))
                    ->setEditText(QString::number(clientId));
                QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                                 QStringLiteral("new.user"));
                addScopes(create, {QStringLiteral("openid"), QStringLiteral("email")});
                auto *ok = create->findChild<QPushButton *>(QStringLiteral("okButton"));
                if (!create->validationError().isEmpty())
                    failHard(QStringLiteral("the create dialog refused its input: ") +
                             create->validationError());
                ok->click();
                return false; // the values dialog comes next
            }
            if (auto *values = qobject_cast<NewTokenValuesDialog *>(modal)) {
                shownValue = values->findChild<QLineEdit *>(QStringLiteral("accessTokenValueEdit"))->text();
                values->findChild<QPushButton *>(QStringLiteral("copyAccessTokenButton"))->click();
                values->reject();
                return true;
            }
            return false;
        });
        m_window->findChild<QAction *>(QStringLiteral("actionCreate"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shownValue.isEmpty(), 10'000);
        m_createdValue = shownValue;
        QCOMPARE(QApplication::clipboard()->text(), shownValue);
        const QString hash = TokenHash::of(shownValue);
        QTRY_VERIFY(model()->rowOfHash(hash) >= 0);
        const AccessToken row = model()->tokenAt(model()->rowOfHash(hash));
        QCOMPARE(row.subject, QStringLiteral("new.user"));
        QCOMPARE(row.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("email")}));
        QVERIFY(serverHashes(m_sandbox, QStringLiteral("new.user")).contains(hash));
        QCOMPARE(auditEntries().last().operation, AuditEntry::Operation::Create);
        QCOMPARE(auditEntries().last().accessTokenHash, hash);

        QFile audit(m_window->auditLog()->path());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY2(!audit.readAll().contains(shownValue.toUtf8()), "a token value never reaches the audit log");
    }

    void updateNamesTheScopesTheServerDropped()
    {
        table()->selectRow(0);
        const AccessToken before =
            model()->tokenAt(m_window->proxyModel()->mapToSource(table()->currentIndex()).row());
        answerModals([&](QWidget *modal) {
            auto *update = qobject_cast<UpdateTokenDialog *>(modal);
            if (!update)
                return false;
            addScopes(update, {QStringLiteral("no.such.scope"), QStringLiteral("email")});
            update->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
            return true;
        });
        QTest::keyClick(table(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(QStringLiteral("dropped")), 10'000);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("no.such.scope")),
                 qPrintable(m_window->banner()->text()));
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral(", email")));
        QTRY_VERIFY(model()
                        ->tokenAt(model()->rowOfHash(before.accessTokenHash))
                        .scopes.contains(QStringLiteral("email")));
        QVERIFY(!model()
                     ->tokenAt(model()->rowOfHash(before.accessTokenHash))
                     .scopes.contains(QStringLiteral("no.such.scope")));
        QCOMPARE(auditEntries().last().operation, AuditEntry::Operation::Update);
        QCOMPARE(auditEntries().last().outcome, AuditEntry::Outcome::Ok);
    }

    void auditLogHoldsNoSecrets()
    {
        QFile file(m_window->auditLog()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY(!all.isEmpty());
        QVERIFY(!all.contains(kBearer.toUtf8()));
        QVERIFY(!all.contains("accessToken\""));
        QVERIFY(!all.contains("refreshToken\""));
    }

    // Runs after the flows above: the credential and the token value they handled are nowhere to be
    // found, neither in our configuration and data folders, nor in any log line, nor on the command
    // line of the sandbox process.
    void secretsLeaveNoTrace()
    {
        QVERIFY(!m_createdValue.isEmpty());
        const QStringList folders{qEnvironmentVariable("XDG_CONFIG_HOME"),
                                  qEnvironmentVariable("XDG_DATA_HOME"), m_dir.path()};
        for (const QString &folder : folders) {
            QVERIFY(!folder.isEmpty());
            QCOMPARE(filesContaining(folder, kBearer.toUtf8()), QStringList());
            QCOMPARE(filesContaining(folder, m_createdValue.toUtf8()), QStringList());
        }
        QVERIFY(!g_logged.isEmpty());
        for (const QString &line : std::as_const(g_logged)) {
            QVERIFY2(!line.contains(kBearer), qPrintable(line));
            QVERIFY2(!line.contains(m_createdValue), "a token value was logged");
        }
#ifdef Q_OS_LINUX
        for (const SandboxProcess *sandbox : {&m_sandbox, &m_failing}) {
            QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(sandbox->processId()));
            QVERIFY(commandLine.open(QIODevice::ReadOnly));
            const QByteArray arguments = commandLine.readAll();
            QVERIFY(arguments.contains("tokendesk-sandbox"));
            QVERIFY(!arguments.contains(kBearer.toUtf8()));
        }
#endif
    }

    void exportsLoadedAndShownRows()
    {
        const QString csv = m_dir.filePath(QStringLiteral("tokens.csv"));
        const QString json = m_dir.filePath(QStringLiteral("tokens.json"));
        QString error;
        QVERIFY2(m_window->exportRows(csv, false, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), model()->rowCount() + 1);

        const QString hash = model()->tokenAt(3).accessTokenHash;
        m_window->proxyModel()->setQuickFilter(hash);
        QVERIFY2(m_window->exportRows(json, true, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1StringView("accessTokenHash")).toString(), hash);
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestTokenActions>(argc, argv, QStringLiteral("tst_tokenactions"));
}

#include "tst_tokenactions.moc"
