#pragma once

#include <QString>
#include <QUrlQuery>
#include <optional>

// The parameters of one list call: the server-side filters and the index window [start, end).
struct TokenListQuery
{
    enum class Status { All, Valid, Invalid };

    QString clientIdentifier; // client ID or alias; empty: every client
    QString subject;          // empty: every subject
    Status status = Status::All;
    std::optional<int> start;
    std::optional<int> end;

    QUrlQuery toUrlQuery() const;
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
};
