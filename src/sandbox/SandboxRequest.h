#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request as SandboxApi sees it, free of any socket so that tests and fuzzers can build it.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // percent-encoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    // The first value of a header; name in lower case.
    QByteArray header(const QByteArray &name) const;
};
