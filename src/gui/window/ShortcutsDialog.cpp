#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// "&Refresh" → "Refresh", "Revoke all tokens of…" → "Revoke all tokens of", "表示(&V)" → "表示".
QString plainText(QString text)
{
    static const QLatin1StringView kBracketedMnemonic("(&");
    if (const qsizetype at = text.indexOf(kBracketedMnemonic); at >= 0 && text.indexOf(u')', at) == at + 3)
        text.remove(at, 4);
    text.replace(QLatin1StringView("&&"), QLatin1StringView("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // One row per action, even when an action sits in a menu and on the toolbar.
    QList<const QAction *> actions;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    std::sort(actions.begin(), actions.end(), [](const QAction *a, const QAction *b) {
        return plainText(a->text()).localeAwareCompare(plainText(b->text())) < 0;
    });
    for (const QAction *action : std::as_const(actions)) {
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(plainText(action->text())));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(", "))));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 480);
}
