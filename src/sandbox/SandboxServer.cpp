#include "SandboxServer.h"

#include "Logging.h"
#include "SandboxApi.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <array>
#include <memory>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyEncoded);
    converted.query = request.query();
    for (const auto &[name, value] : request.headers())
        converted.headers.append({name.toLower(), value});
    converted.body = request.body();
    return converted;
}

void write(QHttpServerResponder &responder, const SandboxResponse &response)
{
    // The HeaderList overloads take an initializer_list only, so the headers go one by one.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // 204 carries neither a body nor its length (RFC 9110 §8.6).
    if (response.status != 204) {
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    responder.writeBody(response.body);
}

} // namespace

SandboxServer::SandboxServer(SandboxApi &api, const Faults &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
    , m_dice(quint32(faults.seed ^ (faults.seed >> 32)))
    , m_savedRevision(api.store().revision())
{}

void SandboxServer::setDataFile(const QString &path)
{
    m_dataFile.emplace(path);
    m_savedRevision = m_api.store().revision();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    const SandboxResponse response = respond(sandboxRequest);
    if (lcSandbox().isDebugEnabled()) {
        // Without the query, and without the token a delete names (maybe by its value).
        QString endpoint = SandboxApi::apiPathOf(sandboxRequest.path);
        if (const qsizetype at = endpoint.indexOf(QLatin1StringView("/delete/")); at >= 0)
            endpoint = endpoint.left(at) + QStringLiteral("/delete/…");
        qCDebug(lcSandbox).noquote() << sandboxRequest.method << endpoint << "->" << response.status;
    }
    reply(request, socket, response);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    reply(request, socket,
          SandboxResponse::result(404, QStringLiteral("A001205"), SandboxApi::apiPathOf(path),
                                  QStringLiteral("No such API.")));
}

SandboxResponse SandboxServer::respond(const SandboxRequest &request)
{
    if (std::optional<SandboxResponse> fault = injectedFault(request))
        return *fault;
    SandboxResponse response = m_api.handle(request);
    persist();
    return response;
}

std::optional<SandboxResponse> SandboxServer::injectedFault(const SandboxRequest &request)
{
    const QString apiPath = SandboxApi::apiPathOf(request.path);
    if (m_faults.rateLimit > 0) {
        const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
        if (second != m_rateSecond) {
            m_rateSecond = second;
            m_rateCount = 0;
        }
        if (++m_rateCount > m_faults.rateLimit) {
            SandboxResponse response = SandboxResponse::result(429, QStringLiteral("A001208"), apiPath,
                                                               QStringLiteral("Too many requests."));
            response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            return response;
        }
    }
    if (m_faults.failRate > 0 && m_dice.generateDouble() < m_faults.failRate) {
        static constexpr std::array<int, 3> kStatuses{500, 502, 503};
        return SandboxResponse::result(kStatuses[m_dice.bounded(quint32(kStatuses.size()))],
                                       QStringLiteral("A001101"), apiPath,
                                       QStringLiteral("Authlete Server error (injected by the sandbox)."));
    }
    return std::nullopt;
}

void SandboxServer::reply(const QHttpServerRequest &request, QTcpSocket *socket,
                          const SandboxResponse &response)
{
    if (m_faults.latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, response);
        return;
    }
    // The delay must not block the event loop (concurrent requests overlap), and the client may
    // have given up and closed the socket before the timer fires.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(m_faults.latencyMs, this, [responder, guard = QPointer<QTcpSocket>(socket), response] {
        if (guard)
            write(*responder, response);
    });
}

void SandboxServer::persist()
{
    const quint64 revision = m_api.store().revision();
    if (!m_dataFile || revision == m_savedRevision)
        return;
    QString error;
    if (m_dataFile->save(m_api.store(), &error))
        m_savedRevision = revision;
    else
        qCWarning(lcSandbox, "cannot save the data file: %s", qPrintable(error));
}
