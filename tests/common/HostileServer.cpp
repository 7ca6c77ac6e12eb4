#include "HostileServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
// Chunks are written only while the socket's buffer is below this, so the server paces itself to
// what the client takes instead of generating its whole bound at once.
constexpr qint64 kMaxBuffered = 4 * kChunkBytes;

} // namespace

HostileServer::HostileServer(Responder responder, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("HostileServer: cannot listen on loopback: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

HostileServer::~HostileServer()
{
    // The connections' handlers count into this object, and a socket says "disconnected" as it is
    // destroyed: they go while this object is still whole, not among QObject's children later.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

QUrl HostileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void HostileServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    auto request = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::disconnected, socket, [this, socket, done] {
        if (!*done)
            ++m_droppedByClient;
        *done = true;
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request, done] {
        request->append(socket->readAll());
        const qsizetype headEnd = request->indexOf("\r\n\r\n");
        if (headEnd < 0 || request->isEmpty())
            return;
        const QByteArray head = request->left(headEnd + 4);
        // A keep-alive connection sends its next request on the same socket.
        request->remove(0, headEnd + 4);
        ++m_requests;
        const Answer answer = m_responder(head);
        const QByteArray first = answer.head + answer.body;
        m_bytesSent += socket->write(first);
        if (answer.endlessChunks) {
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { feedChunks(socket); });
            feedChunks(socket);
            return;
        }
        if (!answer.trickle.isEmpty()) {
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, answer, position, done] {
                if (*position >= answer.trickle.size()) {
                    timer->stop();
                    *done = answer.closeAfter;
                    if (answer.closeAfter)
                        socket->disconnectFromHost();
                    return;
                }
                m_bytesSent += socket->write(answer.trickle.mid((*position)++, 1));
            });
            timer->start(answer.trickleEveryMs);
            return;
        }
        if (answer.closeAfter) {
            *done = true;
            socket->disconnectFromHost();
        }
    });
}

void HostileServer::feedChunks(QTcpSocket *socket)
{
    static const QByteArray chunk =
        QByteArray::number(kChunkBytes, 16) + "\r\n" + QByteArray(kChunkBytes, 'x') + "\r\n";
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kMaxBuffered &&
           m_bytesSent < kMaxBytes)
        m_bytesSent += socket->write(chunk);
    if (m_bytesSent >= kMaxBytes)
        socket->disconnectFromHost();
}
