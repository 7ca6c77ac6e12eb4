#include "AuthleteClient.h"

#include "FormCodec.h"
#include "TokenDeskVersion.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrlQuery>

namespace {

// A list is a read: repeating it after any transient server error is harmless, 500 included.
const QList<int> kListRetryStatuses{429, 500, 502, 503, 504};
// A delete is repeated only where the server surely did not finish; a 500 may come after the deed.
const QList<int> kDeleteRetryStatuses{429, 502, 503, 504};
// Create, update and revoke are not idempotent: only a 429 says the server did not act.
const QList<int> kNotActedOnStatuses{429};
constexpr int kMaxRedirects = 5;

// Authlete runs on Java servlets, which read a query string as form data: a literal '+' would
// arrive as a space, so every value goes fully percent-encoded ('+' as %2B), as FormCodec does.
QUrlQuery formSafe(const QUrlQuery &query)
{
    QUrlQuery encoded;
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                             QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return encoded;
}

QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

AuthleteClient::AuthleteClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tls(QSslConfiguration::defaultConfiguration())
{}

void AuthleteClient::setConnection(const ConnectionSettings &connection)
{
    // Qt reuses an open connection to the same host even when the TLS configuration differs, so a
    // connection that just refused a certificate would keep refusing it after the CA file was set.
    if (connection.caCertificateFile != m_connection.caCertificateFile ||
        connection.baseUrl != m_connection.baseUrl)
        m_network->clearConnectionCache();
    m_connection = connection;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_caFileError.clear();
    if (!connection.caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
            connection.caCertificateFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            m_caFileError =
                tr("the CA certificate file %1 could not be read as PEM").arg(connection.caCertificateFile);
        else
            m_tls.addCaCertificates(certificates);
    }
}

QByteArray AuthleteClient::userAgent()
{
    return QByteArrayLiteral("TokenDesk/" TOKENDESK_VERSION);
}

ApiCall *AuthleteClient::list(const TokenListQuery &query)
{
    return send(ApiCall::Operation::List, QStringLiteral("get/list"), formSafe(query.toUrlQuery()), "GET",
                nullptr, BodyEncoding::Json);
}

ApiCall *AuthleteClient::create(const TokenCreateRequest &request, BodyEncoding encoding)
{
    const QJsonObject body = request.toJson();
    return send(ApiCall::Operation::Create, QStringLiteral("create"), {}, "POST", &body, encoding);
}

ApiCall *AuthleteClient::update(const TokenUpdateRequest &request, BodyEncoding encoding)
{
    const QJsonObject body = request.toJson();
    return send(ApiCall::Operation::Update, QStringLiteral("update"), {}, "POST", &body, encoding);
}

ApiCall *AuthleteClient::revoke(const TokenRevokeRequest &request, BodyEncoding encoding)
{
    const QJsonObject body = request.toJson();
    return send(ApiCall::Operation::Revoke, QStringLiteral("revoke"), {}, "POST", &body, encoding);
}

ApiCall *AuthleteClient::deleteToken(const QString &accessTokenIdentifier)
{
    if (accessTokenIdentifier.isEmpty())
        return ApiCall::failed(ApiCall::Operation::Delete, ApiError::invalidRequest(tr("no token was named")),
                               this);
    return send(ApiCall::Operation::Delete, QStringLiteral("delete/") + pathSegment(accessTokenIdentifier),
                {}, "DELETE", nullptr, BodyEncoding::Json);
}

ApiCall *AuthleteClient::send(ApiCall::Operation operation, const QString &endpoint, const QUrlQuery &query,
                              const QByteArray &verb, const QJsonObject *body, BodyEncoding encoding)
{
    QUrl url = m_connection.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/api/");
    if (m_connection.apiVersion == ConnectionSettings::ApiVersion::V3)
        path += pathSegment(m_connection.serviceId) + QLatin1Char('/');
    path += QStringLiteral("auth/token/") + endpoint;
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(query);

    if (const ApiError error = preflightError(url))
        return ApiCall::failed(operation, error, this);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", authorization());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_connection.transferTimeoutMs);
    // Redirects are checked one by one (ApiCall): only those within the same origin are followed,
    // so the credential is never sent anywhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    if (url.scheme() == QLatin1StringView("https"))
        request.setSslConfiguration(m_tls);

    QByteArray payload;
    if (body) {
        if (encoding == BodyEncoding::Form) {
            const FormCodec::Encoded form = FormCodec::encode(*body);
            if (!form.unsupportedMember.isEmpty()) {
                return ApiCall::failed(
                    operation,
                    ApiError::invalidRequest(tr("%1 can only be sent in a JSON body, not form-encoded")
                                                 .arg(form.unsupportedMember)),
                    this);
            }
            payload = form.body;
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        } else {
            payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
    }

    ApiCall::Retries retries{m_retryPolicy, kNotActedOnStatuses, false};
    if (operation == ApiCall::Operation::List)
        retries = {m_retryPolicy, kListRetryStatuses, true};
    else if (operation == ApiCall::Operation::Delete)
        retries = {m_retryPolicy, kDeleteRetryStatuses, true};
    CallLimits limits = m_limits;
    if (limits.attemptDeadlineMs <= 0)
        limits.attemptDeadlineMs = m_connection.transferTimeoutMs;
    auto *call = new ApiCall(m_network, operation, request, verb, payload, retries, limits, this);
    call->start();
    return call;
}

ApiError AuthleteClient::preflightError(const QUrl &url) const
{
    if (const QString problem = ConnectionSettings::urlProblem(url); !problem.isEmpty())
        return ApiError::invalidRequest(problem);
    if (!m_caFileError.isEmpty())
        return ApiError::invalidRequest(m_caFileError);
    const bool v3 = m_connection.apiVersion == ConnectionSettings::ApiVersion::V3;
    if (v3 && m_connection.serviceId.isEmpty())
        return ApiError::invalidRequest(tr("the connection has no service ID"));
    if (v3 ? m_connection.bearerToken.isEmpty() : m_connection.apiKey.isEmpty())
        return ApiError::invalidRequest(tr("the connection has no credential"));
    return ApiError();
}

QByteArray AuthleteClient::authorization() const
{
    if (m_connection.apiVersion == ConnectionSettings::ApiVersion::V2) {
        const QByteArray pair = (m_connection.apiKey + QLatin1Char(':') + m_connection.apiSecret).toUtf8();
        return QByteArrayLiteral("Basic ") + pair.toBase64();
    }
    QByteArray token = m_connection.bearerToken.trimmed().toUtf8();
    // A value pasted with its scheme (as the official SDK accepts) is not prefixed again.
    if (token.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return token;
    return QByteArrayLiteral("Bearer ") + token;
}
