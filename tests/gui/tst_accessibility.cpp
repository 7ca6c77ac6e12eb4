// The product through the accessibility tree, as a screen reader meets it: every window and dialog,
// walked from its QAccessibleInterface, has no interactive element without a name; combo boxes are named
// by their label rather than read out by their value; the details pane's values carry their labels; the
// banner is an alert; every action is reachable by a shortcut or a mnemonic.
#include "ErrorBanner.h"
#include "EveryWindow.h"
#include "ScreenFit.h"
#include "TokenDetailsWidget.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTest>

namespace {

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QString path;
    for (const QObject *at = object; at; at = at->parent()) {
        const QString name =
            at->objectName().isEmpty() ? QLatin1StringView(at->metaObject()->className()) : at->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
    }
    return QStringLiteral("%1 (role %2)").arg(path).arg(int(iface->role()));
}

bool isInteractive(QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return iface->state().focusable;
    }
}

// Cells and list items are named by their content, and the menu bar's menus by their titles.
bool namesItsOwnChildren(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
           role == QAccessible::MenuBar;
}

void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || iface->state().invisible || depth > 40)
        return;
    if (isInteractive(iface)) {
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(iface));
        // On Linux a combo box's name is its value (QAccessibleComboBox drops setAccessibleName, "on
        // Linux we use relations for this"): only a label, its buddy, says what it is for.
        if (iface->role() == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty())
            unnamed.append(describe(iface) + QStringLiteral(" has no label, only a value"));
    }
    if (namesItsOwnChildren(iface->role()))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void noInteractiveElementIsUnnamed()
    {
        EveryWindow windows;
        QStringList unnamed;
        for (const EveryWindow::Shown &shown : windows.open()) {
            QStringList found;
            collectUnnamed(QAccessible::queryAccessibleInterface(shown.widget.get()), found);
            for (const QString &one : std::as_const(found))
                unnamed.append(shown.name + QStringLiteral(": ") + one);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void detailValuesReadWithTheirLabels()
    {
        TokenDetailsWidget details;
        details.showToken(EveryWindow::sampleToken(), std::nullopt);
        auto *subject = details.findChild<QLabel *>(QStringLiteral("detailSubject"));
        QVERIFY(subject);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(subject);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Subject: niaj.1011"));
    }

    void bannerIsAnAlert()
    {
        ErrorBanner banner;
        banner.showMessage(ErrorBanner::Kind::Error, QStringLiteral("The server did not answer."));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&banner);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Error: The server did not answer."));
    }

    void everyWindowFitsTheScreen()
    {
        // The offscreen screen is 800×600: smaller than 1440×900 at 150 % (960×600).
        ScreenFit fit;
        qApp->installEventFilter(&fit);
        EveryWindow windows;
        QStringList outside;
        for (const EveryWindow::Shown &shown : windows.open()) {
            const QRect available = shown.widget->screen()->availableGeometry();
            if (!available.contains(shown.widget->frameGeometry()))
                outside.append(QStringLiteral("%1: %2×%3 at %4,%5 (minimum %6×%7)")
                                   .arg(shown.name)
                                   .arg(shown.widget->frameGeometry().width())
                                   .arg(shown.widget->frameGeometry().height())
                                   .arg(shown.widget->frameGeometry().x())
                                   .arg(shown.widget->frameGeometry().y())
                                   .arg(shown.widget->minimumSizeHint().width())
                                   .arg(shown.widget->minimumSizeHint().height()));
        }
        qApp->removeEventFilter(&fit);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    }

    void everyActionHasAShortcutOrAMnemonic()
    {
        EveryWindow windows;
        const std::vector<EveryWindow::Shown> shown = windows.open();
        auto *window = qobject_cast<QMainWindow *>(shown.front().widget.get());
        QVERIFY(window);
        QStringList unreachable;
        const std::function<void(const QList<QAction *> &)> visit = [&](const QList<QAction *> &actions) {
            for (QAction *action : actions) {
                if (action->isSeparator())
                    continue;
                if (action->menu())
                    visit(action->menu()->actions());
                if (!action->text().contains(QLatin1Char('&')) && action->shortcuts().isEmpty())
                    unreachable.append(action->text());
            }
        };
        visit(window->menuBar()->actions());
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
        // The help page lists the actions with shortcuts, read from the actions.
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts")));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestAccessibility>(argc, argv, QStringLiteral("tst_accessibility"));
}
#include "tst_accessibility.moc"
