// The token actions and the details pane follow what the user visibly chose, in the real window against
// a real sandbox: nothing is current on first start, after a quick filter hid the chosen row, after a
// bulk revoke removed the chosen rows and after a refresh; Update… takes exactly one row.
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxProcess.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString kBearer = QStringLiteral("selection-test-bearer");

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    template<typename T> T *find(const char *name) const { return namedChild<T>(m_window.get(), name); }
    QTableView *table() const { return find<QTableView>("tokenTable"); }
    TokenListSession *session() const { return m_window->listSession(); }

    // The actions that target rows, by object name.
    static QStringList rowActions()
    {
        return {QStringLiteral("actionUpdate"), QStringLiteral("actionRevoke"),
                QStringLiteral("actionDelete"), QStringLiteral("actionCopyHash"),
                QStringLiteral("actionCopyRefreshHash")};
    }

    // They act on the server-side search, never on a row: a clicked row must not enable them.
    static QStringList searchActions()
    {
        return {QStringLiteral("actionRevokeSubject"), QStringLiteral("actionRevokeSubjectClient"),
                QStringLiteral("actionRevokeClient")};
    }

    QStringList enabledRowActions() const
    {
        QStringList enabled;
        for (const QString &name : rowActions()) {
            if (find<QAction>(qPrintable(name))->isEnabled())
                enabled.append(name);
        }
        return enabled;
    }

    // Nothing current, nothing selected, nothing to act on, and the pane says so.
    void verifyNothingChosen() const
    {
        QTRY_VERIFY(!table()->selectionModel()->hasSelection());
        QTRY_VERIFY(!table()->currentIndex().isValid());
        QTRY_COMPARE(enabledRowActions(), QStringList());
        auto *placeholder = find<QLabel>("detailsPlaceholder");
        QTRY_VERIFY(placeholder->isVisible());
        QVERIFY2(placeholder->text().contains(QStringLiteral("No token selected")),
                 qPrintable(placeholder->text()));
    }

    // A row with a subject and a refresh token, so that every row action applies to it.
    int fullRow() const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const AccessToken token = m_window->tokenModel()->tokenAt(
                m_window->proxyModel()->mapToSource(table()->model()->index(row, 0)).row());
            if (!token.subject.isEmpty() && !token.refreshTokenHash.isEmpty())
                return row;
        }
        failHard(QStringLiteral("the sandbox has no token with a subject and a refresh token"));
        return -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("120")}, kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(QStringLiteral("Main"), m_sandbox, kBearer);
    }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester->setUseFetchMore(false);
        showActive(m_window.get());
        if (QTest::currentTestFailed())
            return;
        table()->setFocus();
        m_window->openProfile(QStringLiteral("Main"));
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
        QVERIFY(table()->model()->rowCount() > 10);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_window.reset();
    }

    void firstStartHasNothingCurrent() { verifyNothingChosen(); }

    void oneSelectedRowEnablesEveryRowAction()
    {
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(fullRow(), 0)).center());
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(enabledRowActions(), rowActions());
        for (const QString &name : searchActions())
            QVERIFY2(!find<QAction>(qPrintable(name))->isEnabled(), qPrintable(name));
        QVERIFY(!find<QLabel>("detailsPlaceholder")->isVisible());
    }

    void thePaneFollowsARowReadAgain()
    {
        const int row = fullRow();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(row, 0)).center());
        AccessToken token = m_window->tokenModel()->tokenAt(
            m_window->proxyModel()->mapToSource(table()->model()->index(row, 0)).row());
        auto *scopes = find<QLabel>("detailScopes");
        QCOMPARE(scopes->text(), token.scopes.join(QLatin1Char(' ')));
        // What an update's re-read does: the same row, new scopes.
        token.scopes = {QStringLiteral("reread.scope")};
        m_window->tokenModel()->replaceToken(token.accessTokenHash, token);
        QCOMPARE(scopes->text(), QStringLiteral("reread.scope"));
    }

    void relativeTimesAreRedrawnWhileTheWindowIsOpen()
    {
        auto *timer = m_window->findChild<QTimer *>(QStringLiteral("relativeTimeTimer"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 30'000);
        const int row = fullRow();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(row, 0)).center());
        auto *scopes = find<QLabel>("detailScopes");
        scopes->setText(QStringLiteral("stale"));
        // A tick shows the chosen token afresh.
        QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection);
        QVERIFY(scopes->text() != QStringLiteral("stale"));
    }

    void updateTakesExactlyOneRow()
    {
        table()->selectionModel()->select(
            QItemSelection(table()->model()->index(0, 0), table()->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(!find<QAction>("actionUpdate")->isEnabled());
        QVERIFY(!find<QAction>("actionCopyHash")->isEnabled());
        QVERIFY(find<QAction>("actionRevoke")->isEnabled());
        QVERIFY(find<QAction>("actionDelete")->isEnabled());
        QCOMPARE(find<QAction>("actionRevoke")->text(), QStringLiteral("&Revoke 2 tokens"));
        QVERIFY2(find<QLabel>("detailsPlaceholder")->text().contains(QStringLiteral("2 tokens selected")),
                 qPrintable(find<QLabel>("detailsPlaceholder")->text()));
    }

    void quickFilterHidingTheSelectionChoosesNothing()
    {
        table()->selectRow(3);
        QVERIFY(find<QAction>("actionUpdate")->isEnabled());
        const QString hidden = table()->model()->index(3, 0).data(TokenTableModel::HashRole).toString();
        QString other;
        for (int row = 0; row < table()->model()->rowCount() && other.isEmpty(); ++row) {
            const QString hash = table()->model()->index(row, 0).data(TokenTableModel::HashRole).toString();
            if (hash.left(8) != hidden.left(8))
                other = hash;
        }
        QTest::keyClicks(find<QLineEdit>("quickFilter"), other.left(8));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        verifyNothingChosen();
    }

    void bulkRevokeLeavesNothingCurrent()
    {
        table()->selectionModel()->select(
            QItemSelection(table()->model()->index(4, 0), table()->model()->index(6, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->selectionModel()->setCurrentIndex(table()->model()->index(5, 0),
                                                   QItemSelectionModel::NoUpdate);
        const QString gone = table()->model()->index(5, 0).data(TokenTableModel::HashRole).toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QAction>("actionRevoke")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tokenModel()->rowOfHash(gone), -1, 10'000);
        verifyNothingChosen();
    }

    void refreshWithNothingSelectedChoosesNothing()
    {
        table()->selectRow(2);
        table()->clearSelection();
        find<QAction>("actionRefresh")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading(), 15'000);
        verifyNothingChosen();
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestSelection>(argc, argv, QStringLiteral("tst_selection"));
}

#include "tst_selection.moc"
