#include "TokenFormatter.h"

#include "CsvText.h"
#include "Terminal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// The times of a token: milliseconds since the epoch, 0 for none.
bool isTime(const QString &column)
{
    return column.endsWith(QLatin1StringView("At"));
}

} // namespace

std::optional<TokenFormatter::Format> TokenFormatter::formatNamed(const QString &name)
{
    const QList<Format> formats = {Format::Table, Format::Json, Format::JsonLines, Format::Csv};
    const qsizetype index = formatNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional(formats.at(index));
}

QStringList TokenFormatter::formatNames()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("csv")};
}

QStringList TokenFormatter::columnNames()
{
    return {QStringLiteral("accessTokenHash"),
            QStringLiteral("subject"),
            QStringLiteral("clientId"),
            QStringLiteral("grantType"),
            QStringLiteral("scopes"),
            QStringLiteral("accessTokenExpiresAt"),
            QStringLiteral("refreshTokenHash"),
            QStringLiteral("refreshTokenExpiresAt"),
            QStringLiteral("createdAt"),
            QStringLiteral("lastRefreshedAt"),
            QStringLiteral("refreshTokenScopes"),
            QStringLiteral("properties")};
}

QStringList TokenFormatter::defaultColumns()
{
    return columnNames().mid(0, 6);
}

TokenFormatter::TokenFormatter(Format format, const QString &columns, bool terminal)
    : m_format(format)
    , m_terminal(terminal)
{
    if (columns.trimmed().isEmpty()) {
        m_allColumns = format == Format::Json || format == Format::JsonLines;
        m_columns = m_allColumns ? columnNames() : defaultColumns();
        return;
    }
    const QStringList known = columnNames();
    for (const QString &name : columns.split(u',', Qt::SkipEmptyParts)) {
        const QString column = name.trimmed();
        if (!known.contains(column)) {
            m_problem =
                tr("Unknown column “%1”; the columns are: %2.").arg(column, known.join(QStringLiteral(", ")));
            return;
        }
        m_columns.append(column);
    }
}

QString TokenFormatter::cell(const QJsonObject &token, const QString &column) const
{
    const QJsonValue value = token.value(column);
    if (isTime(column)) {
        const qint64 ms = qint64(value.toDouble());
        if (ms <= 0)
            return QString();
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        // People read their own time and language; scripts get one unambiguous form.
        return m_format == Format::Table && m_terminal
                   ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                   : time.toString(Qt::ISODate);
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList words;
        for (const QJsonValue item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            words.append(item.toString());
        }
        return words.join(u' ');
    }
    return QString();
}

QString TokenFormatter::render(const QList<AccessToken> &tokens) const
{
    switch (m_format) {
    case Format::Json:
    case Format::JsonLines: {
        QJsonArray array;
        QString lines;
        for (const AccessToken &token : tokens) {
            QJsonObject json = token.toJson();
            if (!m_allColumns) {
                QJsonObject chosen;
                for (const QString &column : m_columns)
                    chosen.insert(column, json.value(column));
                json = chosen;
            }
            if (m_format == Format::JsonLines)
                lines += QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + u'\n';
            else
                array.append(json);
        }
        return m_format == Format::JsonLines
                   ? lines
                   : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    case Format::Csv: {
        QString csv = CsvText::record(m_columns);
        for (const AccessToken &token : tokens) {
            const QJsonObject json = token.toJson();
            QStringList fields;
            for (const QString &column : m_columns)
                fields.append(cell(json, column));
            csv += CsvText::record(fields);
        }
        return csv;
    }
    case Format::Table:
        return table(tokens);
    }
    return QString();
}

QString TokenFormatter::table(const QList<AccessToken> &tokens) const
{
    QList<QStringList> rows{m_columns};
    for (const AccessToken &token : tokens) {
        const QJsonObject json = token.toJson();
        QStringList row;
        for (const QString &column : m_columns) {
            // A server's text must not move the cursor or end a line of the table.
            QString text = cell(json, column);
            for (QChar &c : text) {
                if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                    c = u'\uFFFD';
            }
            row.append(text);
        }
        rows.append(row);
    }
    if (!m_terminal) {
        QString text;
        for (const QStringList &row : rows)
            text += row.join(u'\t') + u'\n';
        return text;
    }
    QList<int> widths(m_columns.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), Terminal::width(row.at(column)));
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column);
            if (column + 1 < row.size())
                line += QString(widths.at(column) - Terminal::width(row.at(column)) + 2, u' ');
        }
        text += line + u'\n';
    }
    return text;
}
