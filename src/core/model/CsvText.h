#pragma once

#include <QString>
#include <QStringList>

// CSV as spreadsheets read it (RFC 4180, UTF-8): the window's exports and tokendesk-cli's output.
namespace CsvText {

// One field, quoted when it must be, and guarded against formula injection.
QString field(const QString &value);
// A whole record: the fields quoted as field() does, joined by commas, ended by CRLF.
QString record(const QStringList &fields);

} // namespace CsvText
