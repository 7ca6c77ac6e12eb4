#pragma once

#include <QMessageBox>
#include <functional>
#include <optional>

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
    // The only box with markup: the app's own words, nothing a server or user wrote. Every other box
    // shows its text plain.
    static void about(QWidget *parent, const QString &title, const QString &richText);

    // The same without a nested event loop, for code that runs in a reply slot: the box opens with
    // open() and answered gets the button when it is clicked (at once, when a test queued an answer).
    static void ask(QWidget *parent, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    std::function<void(QMessageBox::StandardButton)> answered);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // Answers for the next boxes, in order, instead of showing them (a queue, since one action may
    // ask and then report); QMessageBox::NoButton drops the answers not used yet.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown or answered, for tests to check what was asked.
    static QString lastText();

    // For the app's other confirmations (ScopedConfirmation), so that the same hooks reach them: notes
    // text as the last one asked, and takes the next queued answer when take is true and one is queued.
    static std::optional<QMessageBox::StandardButton> noteAsked(const QString &text, bool take);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            Qt::TextFormat format = Qt::PlainText);
    static void open(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                     std::function<void(QMessageBox::StandardButton)> answered);
};
