#include "ApiCall.h"

#include "Logging.h"
#include "ReplyDecoder.h"
#include "ServerText.h"

#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>
#include <algorithm>

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
    // The certificate's names are the server's words.
    lines.removeDuplicates();
    QString text = lines.join(QStringLiteral("; "));
    const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    if (!certificate.isNull()) {
        const QLocale locale;
        text += ApiCall::tr(" (certificate for %1, issued by %2, valid %3 to %4)")
                    .arg(ServerText::bounded(certificate.subjectDisplayName(), 100),
                         ServerText::bounded(certificate.issuerDisplayName(), 100),
                         locale.toString(certificate.effectiveDate(), QLocale::ShortFormat),
                         locale.toString(certificate.expiryDate(), QLocale::ShortFormat));
    }
    return text;
}

// Whether the transfer broke off after the status line: the connection closed, or the transfer
// timeout expired, before the whole body came. Such a reply has a status but no answer, and its
// partial body must not be read as one.
QString maybeChanged()
{
    return ApiCall::tr("The change may or may not have been made: refresh to see the current state.");
}

bool isHttp(const QUrl &url)
{
    return url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https");
}

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
                 QByteArray verb, QByteArray body, Retries retries, const CallLimits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_operation(operation)
    , m_request(request)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_retries(std::move(retries))
    , m_limits(limits)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_attemptDeadline.setSingleShot(true);
    connect(&m_attemptDeadline, &QTimer::timeout, this, [this] {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.deadline = ApiError::Deadline::Attempt;
        error.deadlineMs = m_limits.attemptDeadlineMs;
        // With nothing received, Qt's transfer timeout is expiring at the same moment (the deadline
        // defaults to it): the error is the one that timeout gives, whichever timer came first.
        const int inactivityMs = m_request.transferTimeout();
        if (m_reply && !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() &&
            inactivityMs > 0 && m_limits.attemptDeadlineMs >= inactivityMs) {
            error.deadline = ApiError::Deadline::Inactivity;
            error.deadlineMs = inactivityMs;
        }
        if (m_operation != Operation::List)
            error.detail = maybeChanged();
        abortAttempt(error);
    });
    m_callDeadline.setSingleShot(true);
    connect(&m_callDeadline, &QTimer::timeout, this, [this] {
        QNetworkReply *reply = m_reply;
        finish(callDeadlineError());
        if (reply)
            reply->abort();
    });
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
    auto *call =
        new ApiCall(nullptr, operation, QNetworkRequest(), QByteArray(), QByteArray(), {}, {}, parent);
    call->m_error = error;
    call->start();
    return call;
}

void ApiCall::start()
{
    if (m_network) {
        m_callClock.start();
        if (m_limits.callDeadlineMs > 0)
            m_callDeadline.start(m_limits.callDeadlineMs);
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
    m_abortReason.reset();
    m_redirects = 0;
    QNetworkReply *reply = m_network->sendCustomRequest(m_request, m_verb, m_body);
    m_reply = reply;
    if (m_limits.attemptDeadlineMs > 0)
        m_attemptDeadline.start(m_limits.attemptDeadlineMs);
    auto tlsDetail = std::make_shared<QString>();
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        // Our own count too, so that a loop is named whatever Qt's count does.
        if (++m_redirects > m_request.maximumRedirectsAllowed()) {
            abortAttempt(redirectLoop());
            return;
        }
        if (sameOrigin(resolved, m_request.url())) {
            emit reply->redirectAllowed();
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.redirect = isHttp(resolved) ? ApiError::Redirect::OtherOrigin : ApiError::Redirect::NotHttp;
        error.detail = isHttp(resolved)
                           ? resolved.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()
                           : resolved.scheme() + QLatin1Char(':');
        abortAttempt(error);
    });
    // Qt would buffer a body of any size: the announced size and every chunk are held to the limit.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong(), length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received, -1); });
    connect(reply, &QNetworkReply::readyRead, this,
            [this, reply] { checkSize(reply->bytesAvailable(), -1); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [tlsDetail](const QList<QSslError> &errors) { *tlsDetail = describeTlsErrors(errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, tlsDetail] {
        reply->deleteLater();
        m_attemptDeadline.stop();
        if (m_finished) {
            trace(reply, "cancelled");
            return;
        }
        if (m_abortReason) {
            const ApiError reason = *m_abortReason;
            trace(reply, reason.kind == ApiError::Kind::Redirect   ? "redirect refused"
                         : reason.kind == ApiError::Kind::TooLarge ? "too large"
                                                                   : "attempt deadline");
            if (reason.kind == ApiError::Kind::Timeout)
                retryOrFinish(reason, QByteArray());
            else
                finish(reason);
            return;
        }
        trace(reply);
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

void ApiCall::abortAttempt(const ApiError &reason)
{
    if (m_abortReason || !m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

void ApiCall::checkSize(qint64 bytes, qint64 announced)
{
    if (bytes <= m_limits.maxReplyBytes)
        return;
    ApiError error;
    error.kind = ApiError::Kind::TooLarge;
    error.sizeLimit = m_limits.maxReplyBytes;
    error.announcedSize = announced;
    if (m_operation != Operation::List)
        error.detail = maybeChanged();
    abortAttempt(error);
}

ApiError ApiCall::redirectLoop() const
{
    ApiError error;
    error.kind = ApiError::Kind::Redirect;
    error.redirect = ApiError::Redirect::Loop;
    error.detail = QString::number(m_request.maximumRedirectsAllowed());
    return error;
}

ApiError ApiCall::callDeadlineError() const
{
    ApiError error = m_lastAttemptError;
    if (error.kind == ApiError::Kind::Http) {
        error.note = tr("TokenDesk gave up after %Ln attempts within %1 s.", nullptr, m_attempt)
                         .arg((m_limits.callDeadlineMs + 999) / 1000);
        return error;
    }
    error = ApiError();
    error.kind = ApiError::Kind::Timeout;
    error.deadline = ApiError::Deadline::Call;
    error.deadlineMs = m_limits.callDeadlineMs;
    error.attempts = m_attempt;
    if (m_lastAttemptError)
        error.detail = tr("The last attempt: %1").arg(m_lastAttemptError.message());
    else if (m_operation != Operation::List)
        error.detail = maybeChanged();
    return error;
}

void ApiCall::onReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt ends a redirect it cannot follow with these errors beside the 3xx status.
    if (reply->error() == QNetworkReply::TooManyRedirectsError ||
        (reply->error() == QNetworkReply::ProtocolUnknownError && status >= 300 && status < 400)) {
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        const QByteArray location = reply->rawHeader("Location").trimmed();
        if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            error = redirectLoop();
        } else if (location.isEmpty()) {
            error.redirect = ApiError::Redirect::NoLocation;
        } else {
            error.redirect = ApiError::Redirect::NotHttp;
            error.detail = ServerText::bounded(QUrl::fromEncoded(location).scheme(), 20) + QLatin1Char(':');
        }
        finish(error);
        return;
    }
    // Qt 6.4 gives up a chain of redirects past its maximum with a status of 100 and no error (it
    // counts them before emitting redirected() the last time): a 1xx after redirects is that.
    if (status >= 100 && status < 200 && m_redirects > 0) {
        finish(redirectLoop());
        return;
    }
    if (status == 0 || brokeOff(reply)) {
        ApiError error;
        switch (reply->error()) {
        // Qt 6.4 reports an expired transfer timeout as OperationCanceledError; later versions as
        // TimeoutError. Our aborts never get here.
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.deadline = ApiError::Deadline::Inactivity;
            error.deadlineMs = m_request.transferTimeout();
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
            error.detail = maybeChanged();
        retryOrFinish(error, QByteArray());
        return;
    }
    // Never more than the limit, even if a reply got past the checks while it came.
    const QByteArray body = reply->read(m_limits.maxReplyBytes + 1);
    if (body.size() > m_limits.maxReplyBytes) {
        checkSize(body.size(), -1);
        finish(*m_abortReason);
        return;
    }
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
    m_lastAttemptError = error;
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
    const auto inSeconds = [](qint64 ms) { return QString::number((ms + 999) / 1000); };
    if (serverDelay && *serverDelay > policy.maxDelayMs) {
        // The server asks for a longer pause than we are willing to hide from the user.
        ApiError stopped = error;
        stopped.note = tr("The server asked to be retried in %1 s; TokenDesk waits at most %2 s between "
                          "attempts.")
                           .arg(inSeconds(*serverDelay), inSeconds(policy.maxDelayMs));
        finish(stopped);
        return;
    }
    const int delayMs = serverDelay.value_or(policy.backoffDelayMs(m_attempt + 1));
    // A pause that would end past the call's deadline is not waited out.
    if (m_limits.callDeadlineMs > 0 && m_callClock.elapsed() + delayMs >= m_limits.callDeadlineMs) {
        if (!serverDelay) {
            finish(callDeadlineError());
            return;
        }
        ApiError stopped = error;
        stopped.note = tr("The server asked to be retried in %1 s, past this call's deadline of %2 s.")
                           .arg(inSeconds(*serverDelay), inSeconds(m_limits.callDeadlineMs));
        finish(stopped);
        return;
    }
    qCDebug(lcApi).noquote().nospace()
        << m_verb << ' ' << tracedTarget(m_request.url(), m_operation) << ": attempt " << m_attempt + 1
        << " in " << delayMs << " ms" << (serverDelay ? " (Retry-After)" : "");
    emit retrying(m_attempt + 1, maxAttempts, delayMs);
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
    ReplyDecoder::Result result = ReplyDecoder::decode(m_operation, status, body, windowSize());
    m_response = std::move(result.response);
    finish(result.error);
}

// How many tokens the list call asked for; nullopt when it left the window to the server.
std::optional<int> ApiCall::windowSize() const
{
    const QUrlQuery query(m_request.url());
    bool startOk = false;
    bool endOk = false;
    const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong(&startOk);
    const qint64 end = query.queryItemValue(QStringLiteral("end")).toLongLong(&endOk);
    if (m_operation != Operation::List || !startOk || !endOk)
        return std::nullopt;
    return int(std::clamp<qint64>(end - start, 0, INT_MAX));
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    m_attemptDeadline.stop();
    m_callDeadline.stop();
    emit finished();
    deleteLater();
}
