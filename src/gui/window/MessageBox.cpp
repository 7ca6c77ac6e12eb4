#include "MessageBox.h"

namespace {

QList<QMessageBox::StandardButton> g_answers;
QString g_lastText;

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText)
{
    show(QMessageBox::Information, parent, title, richText, QMessageBox::Ok, QMessageBox::Ok, Qt::RichText);
}

void MessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                     std::function<void(QMessageBox::StandardButton)> answered)
{
    open(QMessageBox::Question, parent, title, text, buttons, defaultButton, std::move(answered));
}

void MessageBox::warn(QWidget *parent, const QString &title, const QString &text)
{
    open(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    if (answer == QMessageBox::NoButton)
        g_answers.clear();
    else
        g_answers.append(answer);
}

QString MessageBox::lastText()
{
    return g_lastText;
}

std::optional<QMessageBox::StandardButton> MessageBox::noteAsked(const QString &text, bool take)
{
    g_lastText = text;
    if (!take || g_answers.isEmpty())
        return std::nullopt;
    return g_answers.takeFirst();
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, Qt::TextFormat format)
{
    if (const std::optional<QMessageBox::StandardButton> answer = noteAsked(text, true))
        return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    // What a box says may quote a server or a user: never markup.
    box.setTextFormat(format);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::open(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                      std::function<void(QMessageBox::StandardButton)> answered)
{
    if (const std::optional<QMessageBox::StandardButton> answer = noteAsked(text, true)) {
        if (answered)
            answered(*answer);
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(defaultButton);
    QObject::connect(box, &QDialog::finished, box, [box, answered = std::move(answered)] {
        box->deleteLater();
        if (answered)
            answered(box->standardButton(box->clickedButton()));
    });
    box->open();
}
