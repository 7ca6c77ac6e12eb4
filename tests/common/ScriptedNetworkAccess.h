#pragma once

#include "RecordedRequest.h"
#include "ScriptedAnswer.h"
#include "ScriptedReply.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <functional>
#include <optional>

// The network seam of the client tests: Qt's own. AuthleteClient sends through the
// QNetworkAccessManager it is given, and every request of a QNetworkAccessManager goes through the
// virtual createRequest(); this one answers there, in-process, with what the test scripted, so
// ordering, partial replies, slow replies and failures are deterministic. The client's code is
// exactly the production code: nothing in it knows about tests.
//
// Every request is recorded (method, URL, headers, body) before it is answered. A request takes the
// next enqueued answer; when none is queued, the responder's; when there is no responder or it
// returns nullopt, its reply is held until the test releases it (ScriptedReply::release, in any
// order, or releaseAfter(ms)). Answers always come on a later turn of the event loop, as from a
// socket. A redirect the client allows is followed as a new recorded request on the same reply.
class ScriptedNetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Responder = std::function<std::optional<ScriptedAnswer>(const RecordedRequest &)>;

    explicit ScriptedNetworkAccess(QObject *parent = nullptr);

    void enqueue(const ScriptedAnswer &answer) { m_queue.append(answer); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    // The replies waiting for the test, oldest request first.
    QList<ScriptedReply *> heldReplies() const;

signals:
    void requested(ScriptedReply *reply);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class ScriptedReply;
    // Records the request the reply now carries, then answers it or holds it.
    void take(ScriptedReply *reply);

    QList<RecordedRequest> m_requests;
    QList<ScriptedAnswer> m_queue;
    Responder m_responder;
    QList<QPointer<ScriptedReply>> m_replies;
};
