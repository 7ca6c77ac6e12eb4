// The confirmations of revoke and delete, in the real window against a real sandbox: each names the
// connection and service (a production one in colour and words), a client-wide revoke waits for the
// client ID typed exactly, delete speaks of deleting and revoke of revoking, and server text stays text.
#include "AuditLog.h"
#include "ErrorBanner.h"
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxProcess.h"
#include "ScopedConfirmation.h"
#include "ServerText.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("confirmations-test-bearer");
const QString kProfile = QStringLiteral("Payments live");

} // namespace

class TestConfirmations : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("tokenTable")); }
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QLatin1StringView(name));
        if (!found)
            failHard(QStringLiteral("no action named ") + QLatin1StringView(name));
        return found;
    }
    TokenListSession *session() const { return m_window->listSession(); }

    // The proxy row of a token that has a subject.
    int rowWithSubject() const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (!tokenOf(row).subject.isEmpty())
                return row;
        }
        failHard(QStringLiteral("the sandbox has no token with a subject"));
        return -1;
    }
    AccessToken tokenOf(int proxyRow) const
    {
        return m_window->tokenModel()->tokenAt(
            m_window->proxyModel()->mapToSource(table()->model()->index(proxyRow, 0)).row());
    }

    ScopedConfirmation *openConfirmation() const
    {
        ScopedConfirmation *dialog = nullptr;
        const auto shown = [&dialog] {
            dialog = qobject_cast<ScopedConfirmation *>(QApplication::activeModalWidget());
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(shown, 10'000))
            failHard(QStringLiteral("no confirmation opened; the banner says: ") +
                     m_window->banner()->text() + QStringLiteral("; last asked: ") + MessageBox::lastText());
        return dialog;
    }

    // A server-side search, as the revoke-all actions act on it (never on a row).
    void searchFor(const QString &subject, qint64 clientId)
    {
        m_window->findChild<QLineEdit *>(QStringLiteral("subjectSearch"))->setText(subject);
        m_window->findChild<QLineEdit *>(QStringLiteral("clientSearch"))
            ->setText(clientId ? QString::number(clientId) : QString());
        m_window->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
        if (!QTest::qWaitFor([this] { return session()->isTotalKnown() && !session()->isLoading(); }, 15'000))
            failHard(QStringLiteral("the search did not finish"));
    }

    int serverCountOfClient(qint64 clientId)
    {
        m_window->findChild<QLineEdit *>(QStringLiteral("clientSearch"))->setText(QString::number(clientId));
        m_window->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
        if (!QTest::qWaitFor([this] { return session()->isTotalKnown() && !session()->isLoading(); }, 15'000))
            failHard(QStringLiteral("the client search did not finish"));
        return session()->totalCount();
    }

    QString connectionLine() const
    {
        return QStringLiteral("Connection: %1 (production) — service %2 at %3")
            .arg(kProfile, m_sandbox.serviceId(), m_sandbox.baseUrl().toDisplayString());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("150"),
                                 QStringLiteral("--clients"), QStringLiteral("3")},
                                kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(kProfile, m_sandbox, kBearer);
        ConnectionProfile profile = *m_profiles->profiles()->profile(kProfile);
        profile.environment = ConnectionSettings::Environment::Production;
        m_profiles->profiles()->save(profile);
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
    }

    void cleanup() { m_window.reset(); }

    void clientWideRevokeWaitsForTheTypedClientId()
    {
        const qint64 clientId = tokenOf(rowWithSubject()).clientId;
        const QString id = QString::number(clientId);
        searchFor(QString(), clientId);
        action("actionRevokeClient")->trigger();
        ScopedConfirmation *dialog = openConfirmation();
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        QVERIFY(confirm && typed);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isDefault());
        QVERIFY2(dialog->text().contains(QStringLiteral("for every user")), qPrintable(dialog->text()));
        QTest::keyClicks(typed, id.chopped(1));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(typed, id.right(1) + QLatin1Char(' '));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(typed, Qt::Key_Backspace);
        QVERIFY(confirm->isEnabled());
        // Enter is Cancel's, even with the typed ID in place.
        QTest::keyClick(typed, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        const int before = serverCountOfClient(clientId);
        QVERIFY(before > 0);

        // Now for real, by the typed ID and the button.
        searchFor(QString(), clientId);
        action("actionRevokeClient")->trigger();
        dialog = openConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedConfirmation")), id);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(QStringLiteral("revoked")), 15'000);
        QCOMPARE(serverCountOfClient(clientId), 0);
    }

    void aQueuedPlainAnswerDoesNotPassATypedConfirmation()
    {
        searchFor(QString(), tokenOf(0).clientId);
        MessageBox::noteAsked(QString(), false); // so that the wait below sees this test's confirmation
        MessageBox::setNextAnswer(QMessageBox::Yes);
        ScopedConfirmation::setNextTypedAnswer(QStringLiteral("not the id"));
        action("actionRevokeClient")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QStringLiteral("for every user")), 10'000);
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral("revoked")));
        // The plain answer is still queued: it was not used for the typed confirmation.
        QCOMPARE(MessageBox::question(m_window.get(), QString(), QString(),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::Yes);
    }

    void everyConfirmationNamesTheConnection_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("says");
        QTest::newRow("revoke one") << QStringLiteral("actionRevoke") << 1 << QStringLiteral("Revoke this");
        QTest::newRow("revoke several")
            << QStringLiteral("actionRevoke") << 3 << QStringLiteral("Revoke the 3 selected tokens?");
        QTest::newRow("delete one") << QStringLiteral("actionDelete") << 1
                                    << QStringLiteral("Delete the record");
        QTest::newRow("delete several")
            << QStringLiteral("actionDelete") << 2 << QStringLiteral("Delete the records of the 2 selected");
        QTest::newRow("subject") << QStringLiteral("actionRevokeSubject") << 1
                                 << QStringLiteral("across all");
        QTest::newRow("subject and client")
            << QStringLiteral("actionRevokeSubjectClient") << 1 << QStringLiteral("for client");
        QTest::newRow("client") << QStringLiteral("actionRevokeClient") << 1
                                << QStringLiteral("for every user");
    }

    void everyConfirmationNamesTheConnection()
    {
        QFETCH(QString, actionName);
        QFETCH(int, rows);
        QFETCH(QString, says);
        const int first = rowWithSubject();
        const AccessToken token = tokenOf(first);
        const QString hash = token.accessTokenHash;
        if (actionName == QLatin1StringView("actionRevokeSubject"))
            searchFor(token.subject, 0);
        else if (actionName == QLatin1StringView("actionRevokeSubjectClient"))
            searchFor(token.subject, token.clientId);
        else if (actionName == QLatin1StringView("actionRevokeClient"))
            searchFor(QString(), token.clientId);
        else
            table()->selectionModel()->select(QItemSelection(table()->model()->index(first, 0),
                                                             table()->model()->index(first + rows - 1, 0)),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
        QVERIFY2(action(qPrintable(actionName))->isEnabled(), qPrintable(actionName));
        action(qPrintable(actionName))->trigger();
        ScopedConfirmation *dialog = openConfirmation();
        QVERIFY2(dialog->text().contains(says), qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(connectionLine()), qPrintable(dialog->text()));
        auto *banner = dialog->findChild<QLabel *>(QStringLiteral("productionBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Production")));
        // Tinted, with the palette's own text colour on it.
        QVERIFY(banner->palette().color(QPalette::Window) != dialog->palette().color(QPalette::Window));
        QCOMPARE(banner->palette().color(QPalette::WindowText),
                 dialog->palette().color(QPalette::WindowText));
        dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_window->tokenModel()->rowOfHash(hash) >= 0);
    }

    // The reason typed into a confirmation is in that action's audit line, and not in the next one's.
    void theReasonGoesIntoTheAuditLine()
    {
        const int row = rowWithSubject();
        const QString hash = tokenOf(row).accessTokenHash;
        table()->selectRow(row);
        action("actionRevoke")->trigger();
        ScopedConfirmation *dialog = openConfirmation();
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonField"));
        QVERIFY(reason && reason->isVisible());
        QVERIFY(!reason->accessibleName().isEmpty());
        QTest::keyClicks(reason, QStringLiteral("HD-4711"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenModel()->rowOfHash(hash) < 0, 15'000);

        const int next = rowWithSubject();
        const QString nextHash = tokenOf(next).accessTokenHash;
        table()->selectRow(next);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("actionRevoke")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenModel()->rowOfHash(nextHash) < 0, 15'000);

        QHash<QString, QString> reasons;
        for (const AuditEntry &entry : AuditLog(AuditLog::defaultPath()).readAll())
            reasons.insert(entry.accessTokenHash, entry.reason);
        QCOMPARE(reasons.value(hash), QStringLiteral("HD-4711"));
        QVERIFY(reasons.contains(nextHash));
        QCOMPARE(reasons.value(nextHash), QString());
    }

    void deleteSpeaksOfDeletingAndRevokeOfRevoking()
    {
        table()->selectRow(rowWithSubject());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action("actionRevoke")->trigger();
        const QString revokeText = MessageBox::lastText();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action("actionDelete")->trigger();
        const QString deleteText = MessageBox::lastText();
        QVERIFY(revokeText != deleteText);
        QVERIFY2(revokeText.contains(QStringLiteral("Revoking ends")), qPrintable(revokeText));
        QVERIFY2(!revokeText.contains(QStringLiteral("delet"), Qt::CaseInsensitive), qPrintable(revokeText));
        QVERIFY2(deleteText.contains(QStringLiteral("Deleting removes")), qPrintable(deleteText));
        QVERIFY2(!deleteText.contains(QStringLiteral("revok"), Qt::CaseInsensitive), qPrintable(deleteText));
        // One token: its subject, client and full hash.
        const AccessToken token = tokenOf(table()->currentIndex().row());
        QVERIFY(revokeText.contains(token.accessTokenHash));
        QVERIFY(revokeText.contains(token.subject));
        QVERIFY(revokeText.contains(QString::number(token.clientId)));
    }

    void moreThanAHundredSelectedNeedTheCountTyped()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 30'000);
        table()->selectionModel()->select(
            QItemSelection(table()->model()->index(0, 0), table()->model()->index(100, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("actionDelete")->trigger();
        ScopedConfirmation *dialog = openConfirmation();
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedConfirmation")),
                         QStringLiteral("101"));
        QVERIFY(confirm->isEnabled());
        dialog->reject();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void serverTextStaysTextWithItsInvisibleCharactersShown()
    {
        ScopedConfirmation::Request request;
        request.title = QStringLiteral("t");
        request.question = QStringLiteral("Revoke?");
        request.facts = {{QStringLiteral("Subject:"), QStringLiteral("<b>eve</b>\u202Egpj.exe\u200B")}};
        request.consequence = QStringLiteral("c");
        request.confirmText = QStringLiteral("Revoke");
        // Through the same path a subject takes in the window.
        request.facts.first().value = ServerText::revealed(request.facts.first().value);
        ScopedConfirmation dialog(request, {QStringLiteral("Lab"), QStringLiteral("1"), QUrl(), {}});
        QLabel *shown = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("eve")))
                shown = label;
        }
        QVERIFY(shown);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        QCOMPARE(shown->text(), QStringLiteral("<b>eve</b>⟨U+202E⟩gpj.exe⟨U+200B⟩"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("productionBanner")));
        QVERIFY(dialog.text().contains(QStringLiteral("Connection: Lab — service 1")));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestConfirmations>(argc, argv, QStringLiteral("tst_confirmations"));
}

#include "tst_confirmations.moc"
