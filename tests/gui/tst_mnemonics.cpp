// Keyboard-only use: in every window and dialog, in English and in Japanese, no two visible controls
// share a mnemonic (Alt+letter would reach only one of them, or cycle unpredictably), no menu has two
// items with one letter, and the menu bar's menus have a letter each.
#include "AppLanguage.h"
#include "EveryWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

namespace {

// The letter Alt reaches in a text ("&Revoke" and "失効(&R)" both give R); none for "Save && close".
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QString();
}

// Letters that appear more than once among the texts, with the texts that share each.
QStringList clashes(const QList<std::pair<QString, QString>> &letters)
{
    QMap<QString, QStringList> byLetter;
    for (const auto &[letter, text] : letters) {
        if (!letter.isEmpty())
            byLetter[letter].append(text);
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / "))));
    }
    return found;
}

QStringList menuClashes(const QString &where, const QMenu *menu)
{
    QList<std::pair<QString, QString>> letters;
    QStringList found;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        letters.append({mnemonicOf(action->text()), action->text()});
        if (action->menu())
            found += menuClashes(where + QStringLiteral(" > ") + action->text(), action->menu());
    }
    for (const QString &clash : clashes(letters))
        found.append(where + QStringLiteral(": ") + clash);
    return found;
}

QStringList windowClashes(const QString &name, QWidget *top)
{
    QList<std::pair<QString, QString>> letters;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            letters.append({mnemonicOf(button->text()), button->text()});
        else if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            letters.append({mnemonicOf(label->text()), label->text()});
        else if (const auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            letters.append({mnemonicOf(group->title()), group->title()});
        else if (const auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                letters.append({mnemonicOf(tabs->tabText(tab)), tabs->tabText(tab)});
        }
    }
    QStringList found;
    for (const QString &clash : clashes(letters))
        found.append(name + QStringLiteral(": ") + clash);
    if (const QMenuBar *bar = top->findChild<QMenuBar *>()) {
        QList<std::pair<QString, QString>> titles;
        for (const QAction *action : bar->actions()) {
            titles.append({mnemonicOf(action->text()), action->text()});
            if (mnemonicOf(action->text()).isEmpty())
                found.append(name + QStringLiteral(": the menu %1 has no letter").arg(action->text()));
            if (action->menu())
                found += menuClashes(name + QStringLiteral(" > ") + action->text(), action->menu());
        }
        for (const QString &clash : clashes(titles))
            found.append(name + QStringLiteral(" menu bar: ") + clash);
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void noTwoControlsShareALetter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void noTwoControlsShareALetter()
    {
        QFETCH(QString, language);
        QTranslator catalog;
        QVERIFY(catalog.load(AppLanguage::catalog(language)));
        QCoreApplication::installTranslator(&catalog);
        EveryWindow windows;
        QStringList found;
        for (const EveryWindow::Shown &shown : windows.open())
            found += windowClashes(shown.name, shown.widget.get());
        QCoreApplication::removeTranslator(&catalog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestMnemonics>(argc, argv, QStringLiteral("tst_mnemonics"));
}

#include "tst_mnemonics.moc"
