#include "FaultProxy.h"

#include <QTcpSocket>

namespace {

const QByteArray kHeaderEnd = QByteArrayLiteral("\r\n\r\n");

// The Content-Length of a message head (start line and headers), 0 when absent.
qsizetype contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().toLower() == "content-length")
            return line.sliced(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

// The length of the first whole message in `buffer` (head and body), or -1 while it is incomplete.
qsizetype wholeMessageLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf(kHeaderEnd);
    if (headEnd < 0)
        return -1;
    const qsizetype length = headEnd + kHeaderEnd.size() + contentLength(buffer.first(headEnd));
    return buffer.size() >= length ? length : -1;
}

// The head (ending in its last header's CRLF) with its Content-Length replaced by `length`.
QByteArray withContentLength(const QByteArray &head, qsizetype length)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            line = "Content-Length: " + QByteArray::number(length) + '\r';
    }
    return lines.join('\n');
}

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FaultProxy::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultProxy::setFault(Fault fault, int first, int every, int count)
{
    m_fault = fault;
    m_first = first;
    m_every = qMax(1, every);
    m_maxFaults = count;
    m_requests = 0;
    m_faults = 0;
}

QByteArray FaultProxy::badGatewayPage()
{
    return QByteArrayLiteral(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n"
        "</body>\r\n</html>\r\n");
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        m_received.insert(client, QByteArray());
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [this, client] { m_received.remove(client); });
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray &received = m_received[client];
    received += client->readAll();
    qsizetype length = 0;
    while ((length = wholeMessageLength(received)) > 0) {
        const QByteArray request = received.first(length);
        received.remove(0, length);
        const Fault fault = nextFault();
        if (fault == Fault::BadGatewayPage) {
            const QByteArray page = badGatewayPage();
            client->write("HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n"
                          "Content-Length: " +
                          QByteArray::number(page.size()) + "\r\nConnection: keep-alive\r\n\r\n" + page);
        } else if (fault != Fault::NoAnswer) {
            forward(client, request, fault);
        }
    }
}

FaultProxy::Fault FaultProxy::nextFault()
{
    const int number = ++m_requests;
    const bool chosen =
        number >= m_first && (number - m_first) % m_every == 0 && (m_maxFaults < 0 || m_faults < m_maxFaults);
    if (!chosen || m_fault == Fault::None)
        return Fault::None;
    ++m_faults;
    return m_fault;
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, Fault fault)
{
    // A child of the client connection: it goes when the client does.
    auto *upstream = new QTcpSocket(client);
    auto response = std::make_shared<QByteArray>();
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream, response, fault] {
        *response += upstream->readAll();
        const qsizetype length = wholeMessageLength(*response);
        if (length < 0)
            return;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        deliver(client, response->first(length), fault);
    });
    // An upstream that is down (killed, restarting) looks, to the client, like a connection that broke.
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, client, upstream] {
        upstream->disconnect(this);
        upstream->deleteLater();
        client->abort();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

void FaultProxy::deliver(QTcpSocket *client, const QByteArray &response, Fault fault)
{
    const qsizetype bodyAt = response.indexOf(kHeaderEnd) + kHeaderEnd.size();
    const QByteArray half = response.sliced(bodyAt).first((response.size() - bodyAt) / 2);
    switch (fault) {
    case Fault::CutAndClose:
        client->write(response.first(bodyAt) + half);
        client->disconnectFromHost();
        return;
    case Fault::CutJson:
        client->write(withContentLength(response.first(bodyAt - 2), half.size()) + "\r\n" + half);
        return;
    default:
        client->write(response);
        return;
    }
}
