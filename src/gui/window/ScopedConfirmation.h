#pragma once

#include "ConnectionSettings.h"

#include <QDialog>
#include <functional>

class QLineEdit;
class QPushButton;

// The confirmation of a step that ends or deletes tokens, grown with its scope: the connection and
// service it runs on always (a production one in colour and words), what it touches (one token's
// fields, the list of several), what it means, and for the widest steps a name the user types before
// the button wakes up. Cancel is the default; server text is shown as plain text with every invisible
// character made visible.
class ScopedConfirmation : public QDialog
{
    Q_OBJECT

public:
    // Where the step runs.
    struct Connection
    {
        QString profile;
        QString serviceId;
        QUrl baseUrl;
        ConnectionSettings::Environment environment = ConnectionSettings::Environment::Unlabelled;
    };

    // One line of what the step touches: "Subject: alice".
    struct Fact
    {
        QString label;
        QString value;
        bool fixedWidth = false; // hashes and IDs, read character by character
    };

    struct Request
    {
        QString title;
        QString question;        // what happens, in one sentence
        QList<Fact> facts;       // what it touches, when it is one thing
        QStringList items;       // what it touches, when it is several
        QString consequence;     // what the step means
        QString confirmText;     // the button, named after the step ("Revoke 5 tokens")
        QString typedPhrase;     // when set, typed exactly before the button is enabled
        QString typedLabel;      // says what to type ("Type the client ID 123 to confirm")
        bool asksReason = false; // an optional reason (a ticket number) for the audit log
    };
    using Confirmed = std::function<void(const QString &reason)>;

    ScopedConfirmation(const Request &request, const Connection &connection, QWidget *parent = nullptr);

    // Opens a confirmation with open(); confirmed runs when the user confirms, with the reason given
    // (empty when none was asked or given). A test's queued answer answers it at once:
    // MessageBox::setNextAnswer for one without a typed phrase, setNextTypedAnswer (the text typed)
    // for one with, and setNextReason for the reason typed.
    static void ask(QWidget *parent, const Request &request, const Connection &connection,
                    Confirmed confirmed);
    static void setNextTypedAnswer(const QString &typed);
    static void setNextReason(const QString &reason);

    QString reason() const;

    // Everything the dialog says, as one text (what MessageBox::lastText() reports for it).
    QString text() const { return m_text; }

private:
    QString m_text;
    QString m_typedPhrase;
    QLineEdit *m_typed = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};
