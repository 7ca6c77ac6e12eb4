#include "CsvText.h"

#include <QStringView>
#include <algorithm>

namespace CsvText {

QString field(const QString &value)
{
    // Formula injection (CWE-1236): a spreadsheet runs a cell starting with = + - or @ as a formula, and
    // subjects and client names come from outside. The apostrophe makes it text; it also shows on a hash
    // that happens to start with '-' (base64url), which the JSON export keeps exact.
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsQuotes.contains(c); }))
        return text;
    text.replace(u'"', QLatin1StringView("\"\""));
    return u'"' + text + u'"';
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(CsvText::field(field));
    return quoted.join(u',') + QLatin1StringView("\r\n");
}

} // namespace CsvText
