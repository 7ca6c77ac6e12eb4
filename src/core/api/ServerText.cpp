#include "ServerText.h"

#include <QRegularExpression>

namespace {

// Bidi embeddings, overrides and isolates, the marks and zero-width characters: invisible, yet
// they reorder or hide what a message says.
bool isInvisibleFormat(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
           c == 0x061C || c == 0xFEFF;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString ServerText::plain(const QString &text)
{
    // CSI (ESC [ ... final byte), OSC and the other string sequences (ESC ] ... BEL or ESC \), and
    // any other two-character escape; their 8-bit C1 forms too.
    static const QRegularExpression escapes(QStringLiteral("(?:\\x1B\\[|\\x{9B})[\\x20-\\x3F]*[\\x40-\\x7E]?"
                                                           "|(?:\\x1B[\\]PX^_]|[\\x{90}\\x{9D}-\\x{9F}])"
                                                           "[^\\x07\\x1B\\x{9C}]*(?:\\x07|\\x1B\\\\|\\x{9C})?"
                                                           "|\\x1B[\\x20-\\x7E]?"));
    QString stripped = text;
    stripped.remove(escapes);
    QString result;
    result.reserve(stripped.size());
    for (const QChar c : std::as_const(stripped)) {
        if (isControl(c.unicode()))
            result.append(QLatin1Char(' '));
        else if (!isInvisibleFormat(c.unicode()))
            result.append(c);
    }
    return result.simplified();
}

QString ServerText::revealed(const QString &text, qsizetype maxLength)
{
    QString shown;
    const QString head = text.left(maxLength);
    for (const QChar c : head) {
        if (isControl(c.unicode()) || isInvisibleFormat(c.unicode()))
            shown += QStringLiteral("⟨U+%1⟩").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    if (text.size() <= maxLength)
        return shown;
    return tr("%1 (… %Ln more characters)", nullptr, int(qMin<qsizetype>(text.size() - maxLength, INT_MAX)))
        .arg(shown);
}

QString ServerText::bounded(const QString &text, qsizetype maxLength)
{
    // Only a little more than is shown is cleaned, so that a body of megabytes costs nothing; what
    // lies beyond that is counted as it came.
    const qsizetype scanned = maxLength * 4 + 64;
    QString head = plain(text.left(scanned));
    const qsizetype more =
        qMax<qsizetype>(0, head.size() - maxLength) + qMax<qsizetype>(0, text.size() - scanned);
    if (more <= 0)
        return head;
    return tr("%1 (… %Ln more characters)", nullptr, int(qMin<qsizetype>(more, INT_MAX)))
        .arg(head.left(maxLength));
}
