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

    // A query value as Authlete's servlets read it (form decoding: '+' is a space, %2B a '+').
    QString queryValue(const QString &key) const;
    // The first value of a header; name in lower case.
    QByteArray header(const QByteArray &name) const;
};
