#pragma once

#include <QMessageBox>

// Every question the app asks goes through here, so that GUI tests can answer it
// (as KeePassXC's MessageBox::setNextAnswer does) instead of a modal box blocking the run.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Answers for the next boxes, in order, instead of showing them (a queue, since one action may
    // ask and then report); QMessageBox::NoButton drops the answers not used yet.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown or answered, for tests to check what was asked.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
