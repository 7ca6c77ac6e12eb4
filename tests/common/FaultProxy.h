#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A plain-HTTP/1.1 proxy for tests, on a free loopback port, between a client and the sandbox: it
// breaks chosen replies the way a network, a gateway or a buggy server would. Requests are numbered
// from 1 in the order they arrive, over all connections. Each request goes to the upstream on a
// connection of its own; the client's connections are kept alive. Requests on one connection are
// answered one after the other (QNetworkAccessManager does not pipeline).
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        // The upstream's status line, headers and half its body, then the connection closes: the
        // Content-Length promised more than came.
        CutAndClose,
        // Half the upstream's body under a Content-Length that matches it: a complete reply whose
        // JSON stops in the middle.
        CutJson,
        // nginx's HTML page for 502 Bad Gateway; the upstream is not asked.
        BadGatewayPage,
        // The request is read and never answered; the connection stays open.
        NoAnswer,
    };

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;

    // Requests number first, first + every, first + 2 * every, ... get the fault, at most `count` of
    // them (-1: no limit); every other request passes through. Counting starts again from here.
    void setFault(Fault fault, int first = 1, int every = 1, int count = -1);
    int requestCount() const { return m_requests; }
    int faultCount() const { return m_faults; }

    static QByteArray badGatewayPage();

private:
    void onNewConnection();
    void onClientData(QTcpSocket *client);
    Fault nextFault();
    void forward(QTcpSocket *client, const QByteArray &request, Fault fault);
    void deliver(QTcpSocket *client, const QByteArray &response, Fault fault);

    // Declared before the server: the client connections, its children, leave this hash as they go.
    QHash<QTcpSocket *, QByteArray> m_received; // of each client connection: bytes of a request not yet whole
    QTcpServer m_server;
    QUrl m_upstream;
    Fault m_fault = Fault::None;
    int m_first = 1;
    int m_every = 1;
    int m_maxFaults = -1;
    int m_requests = 0;
    int m_faults = 0;
};
