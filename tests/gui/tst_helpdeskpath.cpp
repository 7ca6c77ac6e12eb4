// The help-desk path through the real window, offscreen, against a real sandbox: a user reports a
// stolen phone, staff search the subject and revoke every token with the button the result shows,
// without choosing a row; an empty result says why; recent subjects are offered per connection; a
// client is found by the name the table shows.
#include "AuditLog.h"
#include "ClientLookup.h"
#include "ClientTestSupport.h"
#include "CreateTokenDialog.h"
#include "ErrorBanner.h"
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewTokenValuesDialog.h"
#include "SandboxProcess.h"
#include "TokenFilterProxyModel.h"
#include "TokenHash.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString kBearer = QStringLiteral("helpdesk-test-bearer");

} // namespace

class TestHelpDeskPath : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    SandboxProcess m_other;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    template<typename T> T *find(const char *name) const { return namedChild<T>(m_window.get(), name); }

    TokenTableModel *model() const { return m_window->tokenModel(); }
    TokenListSession *session() const { return m_window->listSession(); }
    QTableView *table() const { return find<QTableView>("tokenTable"); }
    QPushButton *revokeAllButton() const { return find<QPushButton>("revokeAllOfSearchButton"); }

    void waitLoaded() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
    }

    void open(const QString &profile)
    {
        m_window->openProfile(profile);
        QTRY_COMPARE(m_window->currentProfile(), profile);
        waitLoaded();
    }

    // Types into a search field and presses Enter, as a user would.
    void search(const char *field, const QString &text)
    {
        auto *edit = find<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        // The recent subjects' popup would take the keys meant for the window.
        if (edit->completer())
            edit->completer()->popup()->hide();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
    }

    void loadAll()
    {
        if (session()->isComplete())
            return;
        find<QAction>("actionLoadAll")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 30'000);
    }

    static QStringList offered(QCompleter *completer, const QString &prefix)
    {
        completer->setCompletionPrefix(prefix);
        QStringList subjects;
        for (int row = 0; row < completer->completionCount(); ++row) {
            completer->setCurrentRow(row);
            subjects.append(completer->currentCompletion());
        }
        return subjects;
    }

    QString someSubject() const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (!model()->tokenAt(row).subject.isEmpty())
                return model()->tokenAt(row).subject;
        }
        failHard(QStringLiteral("no loaded row has a subject"));
    }

    // A token whose value the test knows, made through a client of its own: the value a user would
    // read out to help-desk staff.
    QString createToken(const QString &subject, qint64 clientId)
    {
        const std::unique_ptr<AuthleteClient> client = clientFor(&m_network, m_sandbox, kBearer);
        TokenCreateRequest request;
        request.grantType = GrantType::AuthorizationCode;
        request.clientId = clientId;
        request.subject = subject;
        request.scopes = QStringList{QStringLiteral("openid")};
        return awaitOk(client->create(request)).created->accessToken;
    }

    QList<AccessToken> serverTokens(const SandboxProcess &sandbox, const QString &subject = QString())
    {
        const std::unique_ptr<AuthleteClient> client = clientFor(&m_network, sandbox, kBearer);
        TokenListQuery filter;
        filter.subject = subject;
        return loadEverything(client.get(), filter);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        // 24 clients: "Smart TV App" and "Smart TV App 2" both exist, as a real service's clients may.
        QVERIFY(
            m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("400"), QStringLiteral("--clients"),
                             QStringLiteral("24"), QStringLiteral("--subjects"), QStringLiteral("20")},
                            kBearer));
        QVERIFY(m_other.start({QStringLiteral("--tokens"), QStringLiteral("30")}, kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(QStringLiteral("Main"), m_sandbox, kBearer);
        m_profiles->add(QStringLiteral("Other/with slash"), m_other, kBearer);
    }

    void init()
    {
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_window->tokenModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester->setUseFetchMore(false);
        m_proxyTester->setUseFetchMore(false);
        showActive(m_window.get());
        if (QTest::currentTestFailed())
            return;
        open(QStringLiteral("Main"));
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
    }

    void noSearchNoRevokeAll()
    {
        QVERIFY(!revokeAllButton()->isVisible());
        table()->selectRow(0);
        // A row chosen is no search: the menu's revoke-all items wait for one.
        for (const char *name : {"actionRevokeSubject", "actionRevokeSubjectClient", "actionRevokeClient"})
            QVERIFY2(!find<QAction>(name)->isEnabled(), name);
    }

    void revokeAllOfTheSearchedSubjectWithoutChoosingARow()
    {
        const QString subject = someSubject();
        const int total = int(serverTokens(m_sandbox).size());
        const int theirs = int(serverTokens(m_sandbox, subject).size());
        QVERIFY(theirs > 1);
        search("subjectSearch", subject);
        QCOMPARE(session()->totalCount(), theirs);

        table()->clearSelection();
        table()->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
        QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
        QTRY_VERIFY(revokeAllButton()->isVisible());
        QVERIFY(revokeAllButton()->isEnabled());
        QCOMPARE(revokeAllButton()->text(),
                 QStringLiteral("Revoke &all %1 tokens of %2…").arg(theirs).arg(subject));
        QVERIFY(find<QAction>("actionRevokeSubject")->isEnabled());
        QVERIFY(find<QAction>("actionRevokeSubject")->text().contains(subject));
        QVERIFY(!find<QAction>("actionRevokeClient")->isEnabled());

        // The keys reach it from the search field: the shortcut, and the mnemonic; both asked, both
        // cancelled, nothing revoked.
        find<QLineEdit>("subjectSearch")->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(MessageBox::lastText().contains(
            QStringLiteral("Revoke all %1 tokens of %2").arg(theirs).arg(subject)));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QCOMPARE(int(serverTokens(m_sandbox, subject).size()), theirs);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(revokeAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(QStringLiteral("revoked")), 15'000);
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("Revoke all %1 tokens of %2").arg(theirs).arg(subject)),
                 qPrintable(MessageBox::lastText()));
        // Exactly that subject's tokens went.
        QVERIFY(serverTokens(m_sandbox, subject).isEmpty());
        QCOMPARE(int(serverTokens(m_sandbox).size()), total - theirs);
        // Reloaded, the search now finds nothing and says why; the button has nothing left to revoke.
        QTRY_VERIFY_WITH_TIMEOUT(session()->totalCount() == 0 && !session()->isLoading(), 15'000);
        QTRY_VERIFY(!revokeAllButton()->isVisible());
        QVERIFY(find<QLabel>("emptyResultLabel")->isVisible());
    }

    void theMnemonicReachesTheButton()
    {
        const QString subject = someSubject();
        search("subjectSearch", subject);
        QTRY_VERIFY(revokeAllButton()->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("tokens of %1").arg(subject)));
    }

    void tabLeavesTheTable()
    {
        table()->setFocus();
        table()->selectRow(0);
        QVERIFY(table()->hasFocus());
        const QModelIndex before = table()->currentIndex();
        QTest::keyClick(table(), Qt::Key_Tab);
        QTRY_VERIFY(!table()->hasFocus());
        QCOMPARE(table()->currentIndex(), before);
    }

    void copyingAHashSaysSo()
    {
        table()->selectRow(1);
        const QString hash = table()->currentIndex().data(TokenTableModel::HashRole).toString();
        QTest::mouseClick(find<QWidget>("copyAccessHashButton"), Qt::LeftButton);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Copied the hash %1 to the clipboard.").arg(hash));
    }

    void aCreatedTokenTheFilterHidesIsAnnounced()
    {
        const qint64 clientId = model()->tokenAt(0).clientId;
        // Only rows with a hash containing this show; the new token's will not.
        find<QLineEdit>("quickFilter")->setText(QStringLiteral("no-row-has-this"));
        find<QAction>("actionCreate")->trigger();
        CreateTokenDialog *create = nullptr;
        QTRY_VERIFY((create = qobject_cast<CreateTokenDialog *>(QApplication::activeModalWidget())));
        auto *grant = create->findChild<QComboBox *>(QStringLiteral("grantTypeCombo"));
        grant->setCurrentIndex(grant->findText(QStringLiteral("AUTHORIZATION_CODE")));
        create->findChild<QComboBox *>(QStringLiteral("clientCombo"))->setEditText(QString::number(clientId));
        QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                         QStringLiteral("hidden.user"));
        create->findChild<QLineEdit *>(QStringLiteral("scopeInput"))->setText(QStringLiteral("openid"));
        create->findChild<QPushButton *>(QStringLiteral("addScopeButton"))->click();
        auto *ok = create->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY2(ok->isEnabled(), qPrintable(create->validationError()));
        ok->click();
        NewTokenValuesDialog *values = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (values = qobject_cast<NewTokenValuesDialog *>(QApplication::activeModalWidget())), 10'000);
        // Closing without a copy would ask whether the value is safe.
        values->findChild<QPushButton *>(QStringLiteral("copyAccessTokenButton"))->click();
        values->reject();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("no-row-has-this")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void emptyResultSaysWhyAndTheClearButtonShowsAll()
    {
        const int all = session()->totalCount();
        search("subjectSearch", QStringLiteral("judy"));
        QCOMPARE(session()->totalCount(), 0);
        auto *empty = find<QLabel>("emptyResultLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(
            empty->text(),
            QStringLiteral("No tokens for subject “judy”. Subjects are matched exactly, including case."));
        QVERIFY(!table()->isVisible());
        QVERIFY(!revokeAllButton()->isVisible());

        auto *field = find<QLineEdit>("subjectSearch");
        QVERIFY(field->isClearButtonEnabled());
        // The × is a tool button of the field's clear action; clicking it is what the user does.
        auto *clearAction = field->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clearAction);
        QToolButton *clear = nullptr;
        for (QToolButton *button : field->findChildren<QToolButton *>()) {
            if (button->defaultAction() == clearAction)
                clear = button;
        }
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(field->text().isEmpty());
        QTRY_VERIFY(session()->query().subject.isEmpty());
        waitLoaded();
        QCOMPARE(session()->totalCount(), all);
        QVERIFY(table()->isVisible());
        QVERIFY(!empty->isVisible());
        QVERIFY(!revokeAllButton()->isVisible());
        QVERIFY(!find<QAction>("actionRevokeSubject")->isEnabled());
    }

    void recentSubjectsAreOfferedPerConnection()
    {
        const QString subject = someSubject();
        search("subjectSearch", subject);
        QVERIFY(session()->totalCount() > 0);
        auto *field = find<QLineEdit>("subjectSearch");
        QCompleter *completer = field->completer();
        QVERIFY(completer);
        field->clear();
        QTest::keyClicks(field, subject.left(3).toUpper());
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(offered(completer, subject.left(3).toUpper()).contains(subject));
        completer->popup()->hide();

        // Another connection has its own (none yet), and the first keeps its across a restart.
        field->clear();
        open(QStringLiteral("Other/with slash"));
        QCOMPARE(offered(completer, subject.left(3)), QStringList());
        cleanup();
        init();
        auto *restarted = find<QLineEdit>("subjectSearch");
        QVERIFY(offered(restarted->completer(), subject.left(3)).contains(subject));

        // Cleared on request, for this connection.
        find<QAction>("actionClearRecentSubjects")->trigger();
        QCOMPARE(offered(restarted->completer(), QString()), QStringList());
    }

    void aSubjectWithNoTokensIsNotOffered()
    {
        search("subjectSearch", QStringLiteral("no-such-user"));
        auto *completer = find<QLineEdit>("subjectSearch")->completer();
        QCOMPARE(offered(completer, QStringLiteral("no-such")), QStringList());
    }

    void aClientIsFoundByTheNameTheTableShows()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!session()->clients().isEmpty(), 10'000);
        const ClientLimited client = session()->clients().first();
        QVERIFY(!client.clientName.isEmpty());
        const QString id = QString::number(client.clientId);
        int theirs = 0;
        for (const AccessToken &token : serverTokens(m_sandbox))
            theirs += token.clientId == client.clientId ? 1 : 0;

        search("clientSearch", client.clientName.toLower());
        QCOMPARE(session()->query().clientIdentifier, id);
        QCOMPARE(session()->totalCount(), theirs);
        QVERIFY(m_window->statusBar()->currentMessage().contains(id));
        QTRY_VERIFY(revokeAllButton()->isVisible());
        QCOMPARE(revokeAllButton()->text(), QStringLiteral("Revoke &all %1 tokens of %2, for every user…")
                                                .arg(theirs)
                                                .arg(client.clientName));
        QVERIFY(find<QAction>("actionRevokeClient")->isEnabled());
        QVERIFY(!find<QAction>("actionRevokeSubject")->isEnabled());

        // A numeric ID passes through as it is.
        search("clientSearch", id);
        QCOMPARE(session()->query().clientIdentifier, id);
    }

    void severalMatchingClientsAreAskedAbout()
    {
        loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(session()->clients().size(), 24, 15'000);
        const QList<ClientLimited> both =
            ClientLookup::matching(session()->clients(), QStringLiteral("smart tv"));
        QCOMPARE(both.size(), 2);

        auto *field = find<QLineEdit>("clientSearch");
        QTest::keyClicks(field, QStringLiteral("smart tv"));
        QTest::keyClick(field, Qt::Key_Return);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("clientChoiceDialog"))));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->comboBoxItems().size(), 2);
        QVERIFY(dialog->labelText().contains(QStringLiteral("smart tv")));
        dialog->setTextValue(dialog->comboBoxItems().at(1));
        dialog->accept();
        QTRY_COMPARE(session()->query().clientIdentifier, QString::number(both.at(1).clientId));
        waitLoaded();
        QTRY_VERIFY(revokeAllButton()->text().contains(both.at(1).clientName));
    }

    void findByValueSelectsTheRow()
    {
        const QString subject = someSubject();
        const QString value = createToken(subject, model()->tokenAt(0).clientId);
        const QString hash = TokenHash::of(value);
        search("subjectSearch", subject);
        loadAll();
        QVERIFY(model()->rowOfHash(hash) >= 0);
        table()->clearSelection();

        find<QAction>("actionFindByValue")->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("findByValueDialog"))));
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(value);
        dialog->accept();
        const QModelIndexList selected = table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TokenTableModel::HashRole).toString(), hash);
        QCOMPARE(table()->currentIndex().data(TokenTableModel::HashRole).toString(), hash);
        QVERIFY(m_window->statusBar()->currentMessage().contains(subject));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(value));

        // Pasted into the quick filter: found the same way, and the value does not stay in the field.
        table()->clearSelection();
        auto *filter = find<QLineEdit>("quickFilter");
        filter->setFocus();
        filter->insert(value);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(table()->currentIndex().data(TokenTableModel::HashRole).toString(), hash);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    }

    void aValueNotLoadedIsOfferedLoadAllThenRevokeByValue()
    {
        const QString subject = someSubject();
        const qint64 clientId = model()->tokenAt(0).clientId;
        const QString value = createToken(subject, clientId);
        const QString hash = TokenHash::of(value);
        search("subjectSearch", QStringLiteral("no-such-user"));
        QVERIFY(session()->isComplete());
        // Everything the search shows is loaded: revoking by the value is what is left, and asked.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QAction>("actionFindByValue")->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("findByValueDialog"))));
        dialog->setTextValue(value);
        dialog->accept();
        QVERIFY(MessageBox::lastText().contains(hash));
        QVERIFY(!MessageBox::lastText().contains(value));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(QStringLiteral("revoked by its value")),
                                 15'000);
        for (const AccessToken &token : serverTokens(m_sandbox, subject))
            QVERIFY(token.accessTokenHash != hash);
        const QList<AuditEntry> audit = m_window->auditLog()->readAll();
        QCOMPARE(audit.last().accessTokenHash, hash);
        QCOMPARE(audit.last().outcome, AuditEntry::Outcome::Ok);

        // Not among the loaded rows of an incomplete list: the banner offers to load all first.
        const QString other = createToken(subject, clientId);
        search("subjectSearch", QString());
        QVERIFY(!session()->isComplete());
        QCOMPARE(model()->rowOfHash(TokenHash::of(other)), -1);
        find<QAction>("actionFindByValue")->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("findByValueDialog"))));
        dialog->setTextValue(other);
        dialog->accept();
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("not among the")));
        auto *action = find<QPushButton>("errorBannerAction");
        QCOMPARE(action->text(), QStringLiteral("Load all and look again"));
        action->click();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 30'000);
        QTRY_COMPARE(table()->currentIndex().data(TokenTableModel::HashRole).toString(),
                     TokenHash::of(other));
    }

    void subjectAndClientTogether()
    {
        const QString subject = someSubject();
        QTRY_VERIFY_WITH_TIMEOUT(!session()->clients().isEmpty(), 10'000);
        const ClientLimited client = session()->clients().first();
        find<QLineEdit>("clientSearch")->setText(client.clientName);
        search("subjectSearch", subject);
        QCOMPARE(session()->query().clientIdentifier, QString::number(client.clientId));
        QCOMPARE(session()->query().subject, subject);
        if (session()->totalCount() == 0) {
            QVERIFY(find<QLabel>("emptyResultLabel")->text().contains(client.clientName));
            return;
        }
        QTRY_VERIFY(revokeAllButton()->isVisible());
        QVERIFY(revokeAllButton()->text().endsWith(
            QStringLiteral("of %1 for %2…").arg(subject, client.clientName)));
        QVERIFY(find<QAction>("actionRevokeSubjectClient")->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestHelpDeskPath>(argc, argv, QStringLiteral("tst_helpdeskpath"));
}

#include "tst_helpdeskpath.moc"
