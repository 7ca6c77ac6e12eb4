#pragma once

#include <QDialog>

// Help → Keyboard shortcuts: every action of a window that has a shortcut, read from the actions
// themselves, so that the page cannot fall behind the menus, in the language the actions speak.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
};
