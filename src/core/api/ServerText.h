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
    // plain(), cut to maxLength characters with "(… N more characters)".
    static QString bounded(const QString &text, qsizetype maxLength = kMaxLength);
};
