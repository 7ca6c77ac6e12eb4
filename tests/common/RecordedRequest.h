#pragma once

#include <QNetworkRequest>
#include <QUrlQuery>

// One request as the client handed it to the network: what a server would have received.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request; // headers, attributes, transfer timeout and TLS configuration as set
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QUrlQuery query() const { return QUrlQuery(url); }
};
