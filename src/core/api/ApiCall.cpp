#include "ApiCall.h"

#include "Logging.h"
#include "ReplyDecoder.h"

#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

namespace {

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1StringView("https") ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           defaultPort(a) == defaultPort(b);
}

QString describeTlsErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors)
        lines.append(error.errorString());
    lines.removeDuplicates();
    QString text = lines.join(QStringLiteral("; "));
    const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    if (!certificate.isNull()) {
        const QLocale locale;
        text += ApiCall::tr(" (certificate for %1, issued by %2, valid %3 to %4)")
                    .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                         locale.toString(certificate.effectiveDate(), QLocale::ShortFormat),
                         locale.toString(certificate.expiryDate(), QLocale::ShortFormat));
    }
    return text;
}

// Whether the transfer broke off after the status line: the connection closed, or the transfer
// timeout expired, before the whole body came. Such a reply has a status but no answer, and its
// partial body must not be read as one.
bool brokeOff(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// The request as the trace shows it: the query values that may name a person (subject,
// clientIdentifier, anything not known to be harmless) and the token a delete names are elided.
QString tracedTarget(const QUrl &url, ApiCall::Operation operation)
{
    static const QStringList kShown{QStringLiteral("start"), QStringLiteral("end"),
                                    QStringLiteral("tokenStatus")};
    QString target = url.path(QUrl::FullyEncoded);
    if (operation == ApiCall::Operation::Delete)
        target = target.left(target.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("…");
    QStringList items;
    const QList<std::pair<QString, QString>> query = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    for (const auto &[key, value] : query)
        items.append(key + QLatin1Char('=') + (kShown.contains(key) ? value : QStringLiteral("…")));
    if (!items.isEmpty())
        target += QLatin1Char('?') + items.join(QLatin1Char('&'));
    return target;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, Operation operation, const QNetworkRequest &request,
                 QByteArray verb, QByteArray body, Retries retries, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_operation(operation)
    , m_request(request)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_retries(std::move(retries))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiCall *ApiCall::failed(Operation operation, const ApiError &error, QObject *parent)
{
    auto *call = new ApiCall(nullptr, operation, QNetworkRequest(), QByteArray(), QByteArray(), {}, parent);
    call->m_error = error;
    call->start();
    return call;
}

void ApiCall::start()
{
    if (m_network) {
        sendAttempt();
        return;
    }
    // Callers connect to finished() after the call is returned to them, so even a call refused
    // before sending must end on a later turn of the event loop.
    QMetaObject::invokeMethod(
        this, [this] { finish(m_error); }, Qt::QueuedConnection);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    QNetworkReply *reply = m_reply;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finish(error);
    if (reply)
        reply->abort();
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    m_attemptClock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(m_request, m_verb, m_body);
    m_reply = reply;
    auto refusedRedirect = std::make_shared<QUrl>();
    auto tlsDetail = std::make_shared<QString>();
    connect(reply, &QNetworkReply::redirected, this, [this, reply, refusedRedirect](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (sameOrigin(resolved, m_request.url())) {
            emit reply->redirectAllowed();
            return;
        }
        *refusedRedirect = resolved;
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [tlsDetail](const QList<QSslError> &errors) { *tlsDetail = describeTlsErrors(errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, refusedRedirect, tlsDetail] {
        reply->deleteLater();
        if (m_finished) {
            trace(reply, "cancelled");
            return;
        }
        trace(reply, refusedRedirect->isEmpty() ? nullptr : "redirect refused");
        if (!refusedRedirect->isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Redirect;
            error.detail = refusedRedirect->adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString();
            finish(error);
            return;
        }
        if (!tlsDetail->isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Tls;
            error.detail = *tlsDetail;
            finish(error);
            return;
        }
        onReplyFinished(reply);
    });
}

void ApiCall::onReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || brokeOff(reply)) {
        ApiError error;
        switch (reply->error()) {
        // Qt 6.4 reports an expired transfer timeout as OperationCanceledError; later versions as
        // TimeoutError. Ours is the only other abort, and it never gets here.
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        if (error.kind != ApiError::Kind::Timeout)
            error.detail = reply->errorString(); // Qt's words for a timeout are "Operation canceled"
        else if (m_operation != Operation::List)
            error.detail = tr("The change may or may not have been made: refresh to see the current state.");
        retryOrFinish(error, QByteArray());
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        decode(status, body);
        return;
    }
    if (status == 404 && m_operation == Operation::Delete && m_hadAmbiguousAttempt) {
        // An earlier attempt that got no answer deleted it: the token is gone, as asked.
        finish(ApiError());
        return;
    }
    retryOrFinish(ApiError::fromHttp(status, body), reply->rawHeader("Retry-After"));
}

void ApiCall::retryOrFinish(const ApiError &error, const QByteArray &retryAfter)
{
    const bool retryable = error.kind == ApiError::Kind::Http
                               ? m_retries.statuses.contains(error.httpStatus)
                               : m_retries.onConnectionErrors && error.isAmbiguous();
    const RetryPolicy &policy = m_retries.policy;
    const int maxAttempts = error.kind == ApiError::Kind::Http
                                ? policy.maxAttempts
                                : qMin(policy.maxAttempts, policy.maxAttemptsWithoutAnswer);
    if (!retryable || m_attempt >= maxAttempts) {
        finish(error);
        return;
    }
    m_hadAmbiguousAttempt = m_hadAmbiguousAttempt || error.isAmbiguous();
    const std::optional<int> serverDelay =
        RetryPolicy::retryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
    if (serverDelay && *serverDelay > policy.maxDelayMs) {
        // The server asks for a longer pause than we are willing to hide from the user.
        finish(error);
        return;
    }
    const int delayMs = serverDelay.value_or(policy.backoffDelayMs(m_attempt + 1));
    qCDebug(lcApi).noquote().nospace()
        << m_verb << ' ' << tracedTarget(m_request.url(), m_operation) << ": attempt " << m_attempt + 1
        << " in " << delayMs << " ms" << (serverDelay ? " (Retry-After)" : "");
    m_retryTimer.start(delayMs);
}

// Method, target, outcome, attempt, milliseconds; never the credential (a header) or a body.
void ApiCall::trace(const QNetworkReply *reply, const char *outcome) const
{
    if (!lcApi().isDebugEnabled())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArrayList result;
    if (status > 0)
        result.append(QByteArray::number(status));
    // An error beside a status is only worth naming when the body broke off; ours (an abort) never.
    if (outcome)
        result.append(outcome);
    else if (reply->error() != QNetworkReply::NoError && (status == 0 || brokeOff(reply)))
        result.append(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
    qCDebug(lcApi).noquote().nospace()
        << m_verb << ' ' << tracedTarget(m_request.url(), m_operation) << " -> " << result.join(' ')
        << ", attempt " << m_attempt << ", " << m_attemptClock.elapsed() << " ms";
}

void ApiCall::decode(int status, const QByteArray &body)
{
    ReplyDecoder::Result result = ReplyDecoder::decode(m_operation, status, body);
    m_response = std::move(result.response);
    finish(result.error);
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    emit finished();
    deleteLater();
}
