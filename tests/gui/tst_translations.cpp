// The catalogs as the app installs them: the window's menus and actions in Japanese, relative times as
// whole Japanese phrases, English plurals from the English catalog, and the language setting.
#include "AppLanguage.h"
#include "ErrorBanner.h"
#include "EveryWindow.h"
#include "ExpiryText.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
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

// Words a Japanese admin console shows as they are: names of APIs, formats, protocols and products.
// Identifiers (AUTHORIZATION_CODE, accessTokenHash), URLs, numbers and hashes pass by their shape.
bool isAllowedLatin(const QString &word)
{
    static const QStringList kNames{
        QStringLiteral("JSON"),
        QStringLiteral("URL"),
        QStringLiteral("URI"),
        QStringLiteral("ID"),
        QStringLiteral("IDs"),
        QStringLiteral("API"),
        QStringLiteral("DPoP"),
        QStringLiteral("JWT"),
        QStringLiteral("JWK"),
        QStringLiteral("ACR"),
        QStringLiteral("OpenID"),
        QStringLiteral("IDA"),
        QStringLiteral("SHA"),
        QStringLiteral("base64url"),
        QStringLiteral("RFC"),
        QStringLiteral("TLS"),
        QStringLiteral("CSV"),
        QStringLiteral("Qt"),
        QStringLiteral("TokenDesk"),
        QStringLiteral("Authlete"),
        QStringLiteral("OAuth"),
        QStringLiteral("SSO"),
        QStringLiteral("Native"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("Del"),
        QStringLiteral("PEM"),
        QStringLiteral("HTTP"),
        QStringLiteral("HTTPS"),
        QStringLiteral("PUBLIC"),
        QStringLiteral("English"),
        QStringLiteral("Esc"),
        QStringLiteral("ASCII"),
        QStringLiteral("Bearer"),
        QStringLiteral("CA"),
        QStringLiteral("US"),
        QStringLiteral("EU"),
        QStringLiteral("JP"),
        QStringLiteral("authorization"),
        QStringLiteral("details"),
        QStringLiteral("Enter"),
        QStringLiteral("F1"),
        QStringLiteral("F5"),
        QStringLiteral("mTLS"),
        QStringLiteral("FAPI"),
        QStringLiteral("Web"),
        QStringLiteral("App"),
        QStringLiteral("Staging"),
        QStringLiteral("https"),
        // The header a CSV list of subjects must have, typed as it is in any language.
        QStringLiteral("subject"),
    };
    if (kNames.contains(word))
        return true;
    static const QRegularExpression identifier(
        QStringLiteral("^([A-Z0-9]+(_[A-Z0-9]+)+|[a-z]+([A-Z][a-z0-9]*)+|[A-Z]|[a-z]|.*[0-9].*)$"));
    return identifier.match(word).hasMatch();
}

// The Latin words of a text that a Japanese reader would meet untranslated.
QStringList englishWords(QString text)
{
    static const QRegularExpression url(QStringLiteral("[a-z]+://\\S+"));
    text.remove(url);
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonic); // a mnemonic's letter, as in ファイル(&F)
    // Names of specifications, and the sample data the windows show.
    for (const QString &name :
         {QStringLiteral("OpenID for IDA"), QStringLiteral("JSON Lines"), EveryWindow::sampleToken().subject})
        text.remove(name);
    static const QRegularExpression words(QStringLiteral("[A-Za-z][A-Za-z0-9_\\-]*"));
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (!isAllowedLatin(word))
            found.append(word);
    }
    return found;
}

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
    void cleanup() { AppLanguage::save(QString()); }

    void mainWindowSpeaksJapanese()
    {
        InstalledCatalog catalog;
        QVERIFY(catalog.load(AppLanguage::catalog(QStringLiteral("ja"))));
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
        QVERIFY(catalog.load(AppLanguage::catalog(QStringLiteral("ja"))));
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

    void everyWindowSpeaksJapaneseAndNoTextIsCutOff()
    {
        InstalledCatalog catalog;
        QVERIFY(catalog.load(AppLanguage::catalog(QStringLiteral("ja"))));
        InstalledCatalog qt;
        QVERIFY(qt.load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        EveryWindow windows;
        QStringList english;
        QStringList cutOff;
        for (const EveryWindow::Shown &shown : windows.open()) {
            const auto check = [&](const QObject *where, const QString &what, const QString &text) {
                const QStringList words = englishWords(text);
                if (!words.isEmpty())
                    english.append(QStringLiteral("%1: %2 %3 \"%4\" (%5)")
                                       .arg(shown.name, where->objectName(), what, text, words.join(u' ')));
            };
            QWidget *top = shown.widget.get();
            check(top, QStringLiteral("title"), top->windowTitle());
            QList<QWidget *> widgets = top->findChildren<QWidget *>();
            widgets.prepend(top);
            for (QWidget *widget : std::as_const(widgets)) {
                if (!widget->isVisibleTo(top) && widget != top)
                    continue;
                check(widget, QStringLiteral("tooltip"), widget->toolTip());
                check(widget, QStringLiteral("accessible name"), widget->accessibleName());
                if (const auto *edit = qobject_cast<QLineEdit *>(widget))
                    check(widget, QStringLiteral("placeholder"), edit->placeholderText());
                if (const auto *group = qobject_cast<QGroupBox *>(widget))
                    check(widget, QStringLiteral("title"), group->title());
                if (const auto *header = qobject_cast<QHeaderView *>(widget)) {
                    for (int section = 0; section < header->count(); ++section)
                        check(widget, QStringLiteral("header"),
                              header->model()->headerData(section, header->orientation()).toString());
                }
                QString text;
                if (const auto *label = qobject_cast<QLabel *>(widget)) {
                    text = label->text();
                    check(widget, QStringLiteral("text"), text);
                    if (label->wordWrap() || label->textFormat() == Qt::RichText || text.contains(u'\n') ||
                        Qt::mightBeRichText(text))
                        continue;
                    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
                    if (label->isVisible() &&
                        label->contentsRect().width() < label->fontMetrics().horizontalAdvance(text))
                        cutOff.append(
                            QStringLiteral("%1: %2 \"%3\"").arg(shown.name, widget->objectName(), text));
                } else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
                    check(widget, QStringLiteral("text"), button->text());
                    // A tool button showing only its icon does not draw its text.
                    const auto *tool = qobject_cast<const QToolButton *>(button);
                    const bool drawsText = !tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly;
                    if (drawsText && button->isVisible() && !button->text().isEmpty() &&
                        button->width() < button->sizeHint().width())
                        cutOff.append(QStringLiteral("%1: %2 \"%3\"")
                                          .arg(shown.name, widget->objectName(), button->text()));
                }
            }
            for (const QAction *action : top->findChildren<QAction *>()) {
                check(action, QStringLiteral("action"), action->text());
                check(action, QStringLiteral("action tooltip"), action->toolTip());
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY2(cutOff.isEmpty(), qPrintable(cutOff.join(QLatin1Char('\n'))));
    }

    void relativeTimesAreWholeJapanesePhrases()
    {
        InstalledCatalog catalog;
        QVERIFY(catalog.load(AppLanguage::catalog(QStringLiteral("ja"))));
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
        QVERIFY(catalog.load(AppLanguage::catalog(QStringLiteral("en"))));
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
        QCOMPARE(AppLanguage::chosen(), QStringLiteral("en"));

        japanese->trigger();
        QVERIFY(japanese->isChecked());
        QVERIFY(!system->isChecked());
        QCOMPARE(AppLanguage::saved(), QStringLiteral("ja"));
        QCOMPARE(AppLanguage::chosen(), QStringLiteral("ja"));
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("started again")),
                 qPrintable(window.banner()->text()));

        system->trigger();
        QCOMPARE(AppLanguage::saved(), QString());
        QCOMPARE(AppLanguage::chosen(), QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestTranslations>(argc, argv, QStringLiteral("tst_translations"));
}

#include "tst_translations.moc"
