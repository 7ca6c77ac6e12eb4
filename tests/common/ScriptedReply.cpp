#include "ScriptedReply.h"

#include "ScriptedNetworkAccess.h"

#include <cstring>

namespace {

// The error Qt's HTTP backend sets beside an error status (QNetworkReplyHttpImpl), so that the
// client reads the same error() for a scripted 503 as for a real one.
QNetworkReply::NetworkError errorOfStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 500)
            return QNetworkReply::UnknownServerError;
        return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    }
}

} // namespace

ScriptedReply::ScriptedReply(ScriptedNetworkAccess *network, const RecordedRequest &sent)
    : QNetworkReply(network)
    , m_network(network)
    , m_sent(sent)
{
    setRequest(sent.request);
    setUrl(sent.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly);
    connect(this, &QNetworkReply::redirectAllowed, this, [this] { m_redirectAllowed = true; });
    m_transferTimeout.setSingleShot(true);
    connect(&m_transferTimeout, &QTimer::timeout, this,
            [this] { end(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled")); });
    if (sent.request.transferTimeout() > 0)
        m_transferTimeout.start(sent.request.transferTimeout());
}

void ScriptedReply::releaseAfter(int ms, const ScriptedAnswer &answer)
{
    if (isFinished())
        return;
    if (m_scheduled)
        qFatal("ScriptedReply: %s was answered twice", m_sent.url.toEncoded().constData());
    m_scheduled = true;
    QTimer::singleShot(ms, this, [this, answer] {
        m_scheduled = false;
        if (!isFinished())
            deliver(answer);
    });
}

void ScriptedReply::deliver(const ScriptedAnswer &answer)
{
    m_transferTimeout.stop();
    if (!answer.tlsErrors.isEmpty())
        emit sslErrors(answer.tlsErrors);
    if (answer.status == 0) {
        end(answer.error, answer.errorString);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArrayLiteral("Scripted"));
    for (const auto &[name, value] : answer.headers)
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader,
              answer.contentLength >= 0 ? answer.contentLength : qint64(answer.body.size()));
    emit metaDataChanged();
    if (answer.redirectTo.isValid()) {
        redirect(answer);
        return;
    }
    m_body = answer.body;
    m_readPosition = 0;
    if (!m_body.isEmpty()) {
        emit readyRead();
        emit downloadProgress(m_body.size(),
                              answer.contentLength >= 0 ? answer.contentLength : m_body.size());
    }
    if (answer.error != QNetworkReply::NoError) {
        end(answer.error, answer.errorString);
        return;
    }
    const QNetworkReply::NetworkError statusError = errorOfStatus(answer.status);
    end(statusError, statusError == QNetworkReply::NoError
                         ? QString()
                         : QStringLiteral("Error transferring %1 - server replied: Scripted")
                               .arg(url().toDisplayString()));
}

void ScriptedReply::redirect(const ScriptedAnswer &answer)
{
    const QUrl target = url().resolved(answer.redirectTo);
    if (++m_redirects > m_sent.request.maximumRedirectsAllowed()) {
        end(QNetworkReply::TooManyRedirectsError, QStringLiteral("Too many redirects"));
        return;
    }
    m_redirectAllowed = false;
    // Under UserVerifiedRedirectPolicy, Qt goes on only once the client emitted redirectAllowed();
    // a client that does neither leaves the reply waiting, as here.
    emit redirected(target);
    if (isFinished() || !m_redirectAllowed)
        return;
    m_sent.url = target;
    m_sent.request.setUrl(target);
    setUrl(target);
    followRedirect();
}

void ScriptedReply::followRedirect()
{
    if (m_sent.request.transferTimeout() > 0)
        m_transferTimeout.start(m_sent.request.transferTimeout());
    m_network->take(this);
}

void ScriptedReply::abort()
{
    if (isFinished())
        return;
    end(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void ScriptedReply::end(QNetworkReply::NetworkError error, const QString &errorString)
{
    if (isFinished())
        return;
    m_transferTimeout.stop();
    if (error != QNetworkReply::NoError) {
        setError(error, errorString);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

qint64 ScriptedReply::bytesAvailable() const
{
    return m_body.size() - m_readPosition + QNetworkReply::bytesAvailable();
}

qint64 ScriptedReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_body.size() - m_readPosition);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_readPosition, size_t(count));
    m_readPosition += count;
    return count;
}
