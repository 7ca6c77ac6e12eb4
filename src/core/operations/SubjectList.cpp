#include "SubjectList.h"

#include <QSet>

namespace {

// One CSV record's fields (RFC 4180 quoting; a record does not span lines here: subjects have no
// line breaks).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

} // namespace

SubjectList SubjectList::parse(const QByteArray &text)
{
    SubjectList list;
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF))) // a byte-order mark, as spreadsheets write it
        all.remove(0, 1);
    const QStringList lines = all.split(u'\n');
    qsizetype column = -1; // the subject column of a CSV, once its header was read
    bool first = true;
    QSet<QString> seen;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed(); // also the \r of CRLF
        if (line.isEmpty() || line.startsWith(u'#')) {
            ++list.skipped;
            continue;
        }
        if (first) {
            first = false;
            if (line.contains(u',')) {
                const QStringList header = csvFields(line);
                for (qsizetype i = 0; i < header.size(); ++i) {
                    if (header.at(i).compare(QLatin1StringView("subject"), Qt::CaseInsensitive) == 0)
                        column = i;
                }
                if (column < 0) {
                    list.error = tr("The first line has commas but no “subject” column: give one subject "
                                    "per line, or CSV whose header names a subject column.");
                    return list;
                }
                continue;
            }
        }
        QString subject = line;
        if (column >= 0) {
            const QStringList fields = csvFields(line);
            subject = column < fields.size() ? fields.at(column) : QString();
            if (subject.isEmpty()) {
                ++list.skipped;
                continue;
            }
        }
        if (seen.contains(subject)) {
            ++list.duplicates;
            continue;
        }
        if (list.subjects.size() >= kMaxSubjects) {
            list = SubjectList();
            list.error = tr("The list has more than %Ln subjects; split it into smaller lists.", nullptr,
                            kMaxSubjects);
            return list;
        }
        seen.insert(subject);
        list.subjects.append(subject);
    }
    return list;
}
