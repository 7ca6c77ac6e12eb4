#pragma once

#include "AccessToken.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Tokens as tokendesk-cli prints them. The column names are the list API's field names, in every
// format, so that scripts and `jq` filters read the same words as Authlete's documentation:
//   table  aligned columns on a terminal, local times; tab-separated with UTC ISO 8601 times otherwise
//   json   one array of the API's token objects; jsonl one object per line; csv RFC 4180 with a header
class TokenFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormatter)

public:
    enum class Format { Table, Json, JsonLines, Csv };

    static std::optional<Format> formatNamed(const QString &name);
    static QStringList formatNames();
    static QStringList columnNames();
    static QStringList defaultColumns();

    // Columns as --columns gives them, comma-separated; an empty text means every column for JSON
    // and the default ones otherwise. Unknown names set problem.
    TokenFormatter(Format format, const QString &columns, bool terminal);
    const QString &problem() const { return m_problem; }

    QString render(const QList<AccessToken> &tokens) const;

private:
    QString cell(const QJsonObject &token, const QString &column) const;
    QString table(const QList<AccessToken> &tokens) const;

    Format m_format;
    QStringList m_columns;
    bool m_allColumns = false; // JSON with no --columns: the whole objects, with what they carry
    bool m_terminal;
    QString m_problem;
};
