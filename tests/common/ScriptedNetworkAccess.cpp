#include "ScriptedNetworkAccess.h"

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return QByteArray();
}

} // namespace

ScriptedNetworkAccess::ScriptedNetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{}

QNetworkReply *ScriptedNetworkAccess::createRequest(Operation operation, const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    RecordedRequest sent;
    sent.method = methodOf(operation, request);
    sent.url = request.url();
    sent.request = request;
    if (outgoingData)
        sent.body = outgoingData->readAll();
    auto *reply = new ScriptedReply(this, sent);
    m_replies.append(reply);
    take(reply);
    return reply;
}

void ScriptedNetworkAccess::take(ScriptedReply *reply)
{
    m_requests.append(reply->sent());
    std::optional<ScriptedAnswer> answer;
    if (!m_queue.isEmpty())
        answer = m_queue.takeFirst();
    else if (m_responder)
        answer = m_responder(reply->sent());
    if (answer)
        reply->release(*answer);
    emit requested(reply);
}

QList<ScriptedReply *> ScriptedNetworkAccess::heldReplies() const
{
    QList<ScriptedReply *> held;
    for (const QPointer<ScriptedReply> &reply : m_replies) {
        if (reply && reply->isHeld())
            held.append(reply);
    }
    return held;
}
