#pragma once

#include <QObject>

class QWidget;

// Keeps every window and dialog within the screen it opens on: at 150 % on a 1440×900 screen the
// window's default 1280×760 and the create dialog's height are larger than the screen, and their
// buttons would be out of reach. Installed once on the application, it shrinks a window as it is
// shown to the screen's available area (the dialogs scroll where their content is long) and moves
// it back on the screen.
class ScreenFit : public QObject
{
    Q_OBJECT

public:
    explicit ScreenFit(QObject *parent = nullptr);

    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
