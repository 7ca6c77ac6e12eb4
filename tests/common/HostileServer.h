#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

// A server on loopback that answers what a test makes it answer, byte for byte, below HTTP: a body
// that trickles, one that never ends, a Content-Length it never sends, status lines Qt's HTTP parser
// has to cope with. It is bounded whatever the client does: it sends at most maxBytes per
// connection and stops when the test ends it.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QByteArray head;            // sent at once: status lines and headers, "\r\n\r\n" included
        QByteArray body;            // sent right after the head
        int trickleEveryMs = 0;     // then one byte of `trickle` per interval
        QByteArray trickle;         //
        bool endlessChunks = false; // then chunks of a chunked body until maxBytes or the client leaves
        bool closeAfter = true;     // close once everything was sent; else stay silent and open
    };
    using Responder = std::function<Answer(const QByteArray &requestHead)>;

    explicit HostileServer(Responder responder, QObject *parent = nullptr);
    ~HostileServer() override;

    QUrl baseUrl() const;
    qint64 bytesSent() const { return m_bytesSent; }
    int requests() const { return m_requests; }
    // Connections the client closed (or reset) before the server was done with them.
    int droppedByClient() const { return m_droppedByClient; }

    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;

private:
    void serve(QTcpSocket *socket);
    void feedChunks(QTcpSocket *socket);

    QTcpServer m_server;
    Responder m_responder;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
    int m_droppedByClient = 0;
};
