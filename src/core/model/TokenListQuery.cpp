#include "TokenListQuery.h"

QUrlQuery TokenListQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (!clientIdentifier.isEmpty())
        query.addQueryItem(QStringLiteral("clientIdentifier"), clientIdentifier);
    if (!subject.isEmpty())
        query.addQueryItem(QStringLiteral("subject"), subject);
    if (start)
        query.addQueryItem(QStringLiteral("start"), QString::number(*start));
    if (end)
        query.addQueryItem(QStringLiteral("end"), QString::number(*end));
    // The official Java clients always send tokenStatus; so do we.
    query.addQueryItem(QStringLiteral("tokenStatus"), statusName(status));
    return query;
}

QString TokenListQuery::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("VALID");
    case Status::Invalid:
        return QStringLiteral("INVALID");
    case Status::All:
        break;
    }
    return QStringLiteral("ALL");
}

std::optional<TokenListQuery::Status> TokenListQuery::statusFromName(const QString &name)
{
    for (Status status : {Status::All, Status::Valid, Status::Invalid}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}
