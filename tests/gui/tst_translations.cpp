// The catalogs as the app installs them: the window's menus and actions in Japanese, relative times as
// whole Japanese phrases, English plurals from the English catalog, and the language setting.
#include "ErrorBanner.h"
#include "ExpiryText.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <memory>

namespace {

// Installs a catalog for the life of one test function, so that no test sees another's language.
class InstalledCatalog
{
public:
    bool load(const QString &file, const QString &directory = QString())
    {
        if (!m_translator.load(file, directory))
            return false;
        return QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledCatalog() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    std::unique_ptr<SessionProfiles> profiles() const
    {
        return std::make_unique<SessionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
    }

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (const QAction *menu : menus)
            titles.append(menu->text());
        return titles;
    }

    static QString actionText(MainWindow &window, const char *name)
    {
        const auto *action = window.findChild<QAction *>(QLatin1StringView(name));
        return action ? action->text() : QStringLiteral("(no action %1)").arg(QLatin1StringView(name));
    }

private slots:
    void cleanup() { UiLanguage::save(QString()); }

    void mainWindowSpeaksJapanese()
    {
        InstalledCatalog catalog;
        QVERIFY(catalog.load(UiLanguage::catalog(QStringLiteral("ja"))));
        const auto store = profiles();
        MainWindow window(&m_network, store->profiles(), store->credentials());

        // Japanese mnemonics follow the word in brackets, with the letter the English one had.
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                                                  QStringLiteral("表示(&V)"), QStringLiteral("トークン(&T)"),
                                                  QStringLiteral("ヘルプ(&H)")}));
        QCOMPARE(actionText(window, "actionRevoke"), QStringLiteral("失効(&R)"));
        QCOMPARE(actionText(window, "actionDelete"), QStringLiteral("レコードを削除(&D)"));
        QCOMPARE(actionText(window, "actionCreate"), QStringLiteral("新しいトークン(&N)…"));
        QCOMPARE(actionText(window, "actionRefresh"), QStringLiteral("再読み込み(&R)"));
        QCOMPARE(actionText(window, "actionAuditLog"), QStringLiteral("監査ログ(&A)…"));
        QCOMPARE(actionText(window, "actionRevokeSubject"),
                 QStringLiteral("サブジェクトのトークンを一括失効(&S)…"));
        // The shortcuts stay what they were.
        const auto *revoke = window.findChild<QAction *>(QStringLiteral("actionRevoke"));
        QCOMPARE(revoke->shortcut(), QKeySequence(QKeySequence::Delete));
    }

    void toolBarButtonsShowNoMnemonic()
    {
        QCOMPARE(UiLanguage::withoutMnemonic(QStringLiteral("新しいトークン(&N)…")),
                 QStringLiteral("新しいトークン"));
        QCOMPARE(UiLanguage::withoutMnemonic(QStringLiteral("&Revoke 3 tokens")),
                 QStringLiteral("Revoke 3 tokens"));
        QCOMPARE(UiLanguage::withoutMnemonic(QStringLiteral("Load &all...")), QStringLiteral("Load all"));
        QCOMPARE(UiLanguage::withoutMnemonic(QStringLiteral("Save && close")),
                 QStringLiteral("Save & close"));

        InstalledCatalog catalog;
        QVERIFY(catalog.load(UiLanguage::catalog(QStringLiteral("ja"))));
        const auto store = profiles();
        MainWindow window(&m_network, store->profiles(), store->credentials());
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        auto *revoke = window.findChild<QAction *>(QStringLiteral("actionRevoke"));
        const auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(revoke));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("失効"));
        // A text set later, as the selection changes it, loses its mnemonic too.
        revoke->setText(QStringLiteral("トークン 3 件を失効(&R)"));
        QCOMPARE(button->text(), QStringLiteral("トークン 3 件を失効"));
        QCOMPARE(revoke->text(), QStringLiteral("トークン 3 件を失効(&R)"));
    }

    void relativeTimesAreWholeJapanesePhrases()
    {
        InstalledCatalog catalog;
        QVERIFY(catalog.load(UiLanguage::catalog(QStringLiteral("ja"))));
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(ExpiryText::ago(now - 3 * 86'400'000LL, now), QStringLiteral("3 日前"));
        QCOMPARE(ExpiryText::relative(now + 2 * 3'600'000LL + 60'000, now), QStringLiteral("あと 2 時間"));
        QCOMPARE(ExpiryText::relative(now - 5 * 60'000LL, now), QStringLiteral("5 分前に期限切れ"));
    }

    void qtsOwnCatalogTranslatesItsButtons()
    {
        InstalledCatalog qt;
        QVERIFY(qt.load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
    }

    void englishCatalogGivesSingularAndPlural()
    {
        // Without a catalog the source's plural form stands for every count.
        QCOMPARE(QCoreApplication::translate("main", "Connected: %Ln tokens", nullptr, 1),
                 QStringLiteral("Connected: 1 tokens"));
        InstalledCatalog catalog;
        QVERIFY(catalog.load(UiLanguage::catalog(QStringLiteral("en"))));
        QCOMPARE(QCoreApplication::translate("main", "Connected: %Ln tokens", nullptr, 1),
                 QStringLiteral("Connected: 1 token"));
        QCOMPARE(QCoreApplication::translate("main", "Connected: %Ln tokens", nullptr, 2),
                 QStringLiteral("Connected: 2 tokens"));
        QCOMPARE(QCoreApplication::translate("TokenActions", "%Ln tokens revoked.", nullptr, 1),
                 QStringLiteral("1 token revoked."));
    }

    void languageMenuSavesTheChoiceForTheNextStart()
    {
        const auto store = profiles();
        MainWindow window(&m_network, store->profiles(), store->credentials());
        auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
        auto *japanese = window.findChild<QAction *>(QStringLiteral("actionLanguage_ja"));
        auto *english = window.findChild<QAction *>(QStringLiteral("actionLanguage_en"));
        QVERIFY(system && japanese && english);
        QVERIFY(system->isChecked());
        // The test runs under LANG=C.UTF-8: the system's choice is English.
        QCOMPARE(UiLanguage::chosen(), QStringLiteral("en"));

        japanese->trigger();
        QVERIFY(japanese->isChecked());
        QVERIFY(!system->isChecked());
        QCOMPARE(UiLanguage::saved(), QStringLiteral("ja"));
        QCOMPARE(UiLanguage::chosen(), QStringLiteral("ja"));
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("started again")),
                 qPrintable(window.banner()->text()));

        system->trigger();
        QCOMPARE(UiLanguage::saved(), QString());
        QCOMPARE(UiLanguage::chosen(), QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestTranslations>(argc, argv, QStringLiteral("tst_translations"));
}

#include "tst_translations.moc"
