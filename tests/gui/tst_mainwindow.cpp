// The main window driven offscreen like a user would, against real sandboxes: search a subject,
// load everything, filter, switch profiles, and see a refused credential explained.
#include "AuditLog.h"
#include "ConnectionDialog.h"
#include "ErrorBanner.h"
#include "HardFailure.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxProcess.h"
#include "TokenDeskVersion.h"
#include "TokenFilterProxyModel.h"
#include "TokenListSession.h"
#include "TokenTableModel.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString kBearer = QStringLiteral("window-test-bearer");
constexpr int kTokens = 5000;

} // namespace

class TestMainWindow : public QObject
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

    void waitLoaded() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(session()->isTotalKnown() && !session()->isLoading(), 15'000);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QString::number(kTokens)}, kBearer));
        QVERIFY(m_other.start({QStringLiteral("--tokens"), QStringLiteral("42")}, kBearer));
        m_profiles = std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->add(QStringLiteral("Main"), m_sandbox, kBearer);
        m_profiles->add(QStringLiteral("Other"), m_other, kBearer);
        m_profiles->add(QStringLiteral("Rotated"), m_sandbox, QStringLiteral("an-old-bearer"));
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
        m_window->openProfile(QStringLiteral("Main"));
        waitLoaded();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
    }

    void opensAProfileAndSaysHowMuchIsLoaded()
    {
        QVERIFY(model()->rowCount() >= TokenListSession::kWindowSize);
        QCOMPARE(session()->totalCount(), kTokens);
        QTRY_COMPARE(find<QLabel>("statusLabel")->text(),
                     QStringLiteral("%1 of 5,000 tokens loaded").arg(model()->rowCount()));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Main")));
        QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Main"));
        QCOMPARE(m_profiles->profiles()->lastUsed(), QStringLiteral("Main"));
    }

    void searchingASubjectShowsExactlyItsTokens()
    {
        QString subject;
        for (int row = 0; row < model()->rowCount() && subject.isEmpty(); ++row)
            subject = model()->tokenAt(row).subject;
        auto *field = find<QLineEdit>("subjectSearch");
        QTest::keyClicks(field, subject);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(session()->query().subject, subject);
        waitLoaded();
        if (!session()->isComplete()) {
            find<QAction>("actionLoadAll")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(session()->isComplete() && !session()->isLoading(), 30'000);
        }
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(session()->totalCount() < kTokens);
        QCOMPARE(model()->rowCount(), session()->totalCount());
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->tokenAt(row).subject, subject);
        auto *table = find<QTableView>("tokenTable");
        QCOMPARE(table->model()->rowCount(), session()->totalCount());
    }

    void loadAllBringsTheWholeService()
    {
        auto *loadAll = find<QAction>("actionLoadAll");
        QVERIFY(loadAll->isEnabled());
        loadAll->trigger();
        QVERIFY(find<QProgressBar>("loadProgress")->isVisible());
        QVERIFY(find<QPushButton>("cancelLoadButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), kTokens, 60'000);
        QTRY_VERIFY(!session()->isLoading());
        QSet<QString> hashes;
        for (int row = 0; row < model()->rowCount(); ++row)
            hashes.insert(model()->tokenAt(row).accessTokenHash);
        QCOMPARE(hashes.size(), kTokens);
        QCOMPARE(find<QLabel>("statusLabel")->text(), QStringLiteral("5,000 of 5,000 tokens loaded"));
        QVERIFY(!find<QProgressBar>("loadProgress")->isVisible());
        QVERIFY(!loadAll->isEnabled());
    }

    void quickFilterNarrowsTheLoadedRows()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = find<QLineEdit>("quickFilter");
        QTRY_VERIFY(filter->hasFocus());
        const QString hash = model()->tokenAt(7).accessTokenHash;
        QTest::keyClicks(filter, hash.left(10));
        auto *table = find<QTableView>("tokenTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(TokenTableModel::HashRole).toString(), hash);
        QCOMPARE(find<QLabel>("statusLabel")->text(),
                 QStringLiteral("Showing 1 of %1 loaded tokens (5,000 in all)").arg(model()->rowCount()));
        // The filter sees only what is loaded, and says so with the way to load the rest.
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("loaded")));
        QCOMPARE(find<QPushButton>("errorBannerAction")->text(), QStringLiteral("Load all"));
    }

    void switchingProfilesShowsTheOtherService()
    {
        auto *combo = find<QComboBox>("profileCombo");
        const int other = combo->findData(QStringLiteral("Other"));
        QVERIFY(other >= 0);
        combo->setCurrentIndex(other);
        emit combo->activated(other);
        QTRY_COMPARE(session()->totalCount(), 42);
        waitLoaded();
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Other")));
        QCOMPARE(m_window->currentProfile(), QStringLiteral("Other"));
    }

    void profileSwitcherFollowsTheStore()
    {
        auto *combo = find<QComboBox>("profileCombo");
        const int before = combo->count();
        ConnectionProfile added;
        added.name = QStringLiteral("Added elsewhere");
        added.baseUrl = m_other.baseUrl();
        added.serviceId = m_other.serviceId();
        m_profiles->profiles()->save(added);
        QCOMPARE(combo->count(), before + 1);
        QVERIFY(combo->findData(added.name) >= 0);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("Main"));
        m_profiles->profiles()->remove(added.name);
        QCOMPARE(combo->count(), before);
        QCOMPARE(combo->findData(added.name), -1);
    }

    void refusedCredentialIsExplainedWithTheWayOut()
    {
        m_window->openProfile(QStringLiteral("Rotated"));
        QTRY_VERIFY(m_window->banner()->text().contains(QStringLiteral("401")));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("refused")));
        QCOMPARE(find<QPushButton>("errorBannerAction")->text(), QStringLiteral("Edit connection…"));
        QCOMPARE(model()->rowCount(), 0);
    }

    void refreshKeepsTheSelection()
    {
        auto *table = find<QTableView>("tokenTable");
        table->selectRow(5);
        const QString selected = table->currentIndex().data(TokenTableModel::HashRole).toString();
        QVERIFY(!selected.isEmpty());
        QSignalSpy refreshed(model(), &TokenTableModel::refreshed);
        QTest::keyClick(table, Qt::Key_F5);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(table->currentIndex().data(TokenTableModel::HashRole).toString(), selected);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    }

    // As with --profile NAME whose credential cannot be read: nothing opens, yet Edit connection…
    // edits NAME, not the profile used last.
    void editConnectionEditsTheProfileAskedFor()
    {
        ConnectionProfile locked;
        locked.name = QStringLiteral("Locked");
        locked.baseUrl = m_sandbox.baseUrl();
        locked.serviceId = m_sandbox.serviceId();
        m_profiles->profiles()->save(locked);
        m_window->openProfile(locked.name);
        QTRY_COMPARE(find<QPushButton>("errorBannerAction")->text(), QStringLiteral("Edit connection…"));
        QCOMPARE(m_profiles->profiles()->lastUsed(), QStringLiteral("Main"));
        QString edited;
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, &edited] {
            if (auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget())) {
                edited = dialog->currentProfileName();
                timer->stop();
                dialog->done(QDialog::Rejected);
            }
        });
        timer->start();
        find<QPushButton>("errorBannerAction")->click();
        m_profiles->profiles()->remove(locked.name);
        QCOMPARE(edited, locked.name);
    }

    void detailPaneShowsTheSelectedToken()
    {
        auto *table = find<QTableView>("tokenTable");
        table->selectRow(2);
        const AccessToken token =
            model()->tokenAt(m_window->proxyModel()->mapToSource(table->currentIndex()).row());
        QCOMPARE(find<QLabel>("detailAccessTokenHash")->text(), token.accessTokenHash);
        QCOMPARE(find<QLabel>("detailScopes")->text(), token.scopes.join(QLatin1Char(' ')));
        find<QWidget>("copyAccessHashButton")->setFocus();
        QTest::mouseClick(find<QWidget>("copyAccessHashButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token.accessTokenHash);
    }

    void aboutNamesTheVersions()
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        find<QAction>("actionAbout")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral(TOKENDESK_VERSION)));
        QVERIFY(MessageBox::lastText().contains(QString::fromLatin1(qVersion())));
    }

    void columnLayoutIsRememberedById()
    {
        auto *table = find<QTableView>("tokenTable");
        QHeaderView *header = table->horizontalHeader();
        // The header's own menu shows and hides columns.
        QAction *toggle = nullptr;
        for (QAction *action : header->actions()) {
            if (action->objectName() == QStringLiteral("actionColumn_refreshTokenHash"))
                toggle = action;
        }
        QVERIFY(toggle);
        QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(header->actions().size(), int(TokenColumns::Count));
        for (int column = 0; column < TokenColumns::Count; ++column)
            QCOMPARE(header->actions().at(column)->isChecked(), !table->isColumnHidden(column));
        QVERIFY(table->isColumnHidden(TokenColumns::ClientId)); // hidden by default
        // The refresh token hash is hidden by default too, and one click shows it.
        QVERIFY(table->isColumnHidden(TokenColumns::RefreshHash));
        QVERIFY(!toggle->isChecked());
        toggle->setChecked(true);
        QVERIFY(!table->isColumnHidden(TokenColumns::RefreshHash));
        table->setColumnWidth(TokenColumns::Subject, 211);
        header->moveSection(header->visualIndex(TokenColumns::Scopes), 0);
        m_window->close();
        m_proxyTester.reset();
        m_modelTester.reset();
        {
            // Saved by id, not as the header's state by position.
            QSettings settings;
            QVERIFY(!settings.contains(QStringLiteral("MainWindow/columns")));
            QCOMPARE(settings.value(QStringLiteral("MainWindow/columnLayout/1/id")).toString(),
                     QStringLiteral("scopes"));
        }
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        auto *restored = find<QTableView>("tokenTable");
        QVERIFY(!restored->isColumnHidden(TokenColumns::RefreshHash));
        QCOMPARE(restored->columnWidth(TokenColumns::Subject), 211);
        QCOMPARE(restored->horizontalHeader()->logicalIndex(0), int(TokenColumns::Scopes));
        QCOMPARE(restored->horizontalHeader()->logicalIndex(1), int(TokenColumns::Subject));
        m_window.reset();
        QSettings().remove(QStringLiteral("MainWindow/columnLayout"));
    }

    void anOldPositionalLayoutDoesNotBreakStartup()
    {
        m_window.reset();
        m_proxyTester.reset();
        m_modelTester.reset();
        {
            QSettings settings;
            settings.remove(QStringLiteral("MainWindow/columnLayout"));
            settings.setValue(QStringLiteral("MainWindow/columns"),
                              QByteArray("\x00\x00\x00\xff\x00\x01", 6));
            settings.setValue(QStringLiteral("MainWindow/columnLayout/1/id"), QStringLiteral("noSuchColumn"));
            settings.setValue(QStringLiteral("MainWindow/columnLayout/size"), 1);
        }
        m_window =
            std::make_unique<MainWindow>(&m_network, m_profiles->profiles(), m_profiles->credentials());
        const QHeaderView *header = find<QTableView>("tokenTable")->horizontalHeader();
        for (int column = 0; column < TokenColumns::Count; ++column) {
            QCOMPARE(header->logicalIndex(column), column);
            QCOMPARE(header->isSectionHidden(column), !TokenColumns::at(column).visibleByDefault);
        }
        m_window.reset();
        QSettings().remove(QStringLiteral("MainWindow/columnLayout"));
    }

    void theDemoKeepsAnAuditLogOfItsOwn()
    {
        QCOMPARE(m_window->auditLog()->path(), AuditLog::defaultPath());
        ConnectionSettings demo;
        demo.baseUrl = m_sandbox.baseUrl();
        demo.serviceId = m_sandbox.serviceId();
        demo.bearerToken = kBearer;
        m_window->openDemo(demo);
        waitLoaded();
        QCOMPARE(m_window->auditLog()->path(), AuditLog::demoPath());
        QVERIFY(AuditLog::demoPath() != AuditLog::defaultPath());
        // The credential is read from the store first: the switch happens in a later event.
        m_window->openProfile(QStringLiteral("Main"));
        QTRY_COMPARE(m_window->auditLog()->path(), AuditLog::defaultPath());
    }

    void firstStartSaysHowToConnect()
    {
        MainWindow fresh(&m_network, m_profiles->profiles(), m_profiles->credentials());
        fresh.showWelcome();
        QVERIFY(fresh.banner()->text().contains(QStringLiteral("No connection yet")));
        QCOMPARE(fresh.findChild<QPushButton *>(QStringLiteral("errorBannerAction"))->text(),
                 QStringLiteral("Add connection…"));
    }

    void everyControlHasAnAccessibleName()
    {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                                 qobject_cast<QTableView *>(widget) || qobject_cast<QProgressBar *>(widget);
            if (control && !widget->objectName().startsWith(QLatin1String("qt_")) && widget->parentWidget() &&
                !qobject_cast<QComboBox *>(widget->parentWidget()))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestMainWindow>(argc, argv, QStringLiteral("tst_mainwindow"));
}

#include "tst_mainwindow.moc"
