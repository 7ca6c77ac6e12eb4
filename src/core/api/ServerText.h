#pragma once

#include <QCoreApplication>
#include <QString>

// Text a server chose (a result message, an error page's title, a certificate's name) on its way into
// a message: it may hold terminal escape sequences, line breaks, bidi overrides or megabytes. What
// comes out is plain, on one line, and short enough to read.
class ServerText
{
    Q_DECLARE_TR_FUNCTIONS(ServerText)

public:
    static constexpr qsizetype kMaxLength = 300;

    // Escape sequences dropped; control characters (C0, DEL, C1), bidi controls and zero-width
    // characters dropped or, where they separated words, turned into one space.
    static QString plain(const QString &text);
    // For text the user must judge before acting (a subject, a client's name in a confirmation): every
    // control, bidi and zero-width character is kept in place but shown as its code (⟨U+202E⟩), so
    // that a name cannot pose as another; cut to maxLength characters like bounded().
    static QString revealed(const QString &text, qsizetype maxLength = kMaxLength);
    // plain(), cut to maxLength characters with "(… N more characters)".
    static QString bounded(const QString &text, qsizetype maxLength = kMaxLength);
};
