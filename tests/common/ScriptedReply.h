#pragma once

#include "RecordedRequest.h"
#include "ScriptedAnswer.h"

#include <QNetworkReply>
#include <QTimer>

class ScriptedNetworkAccess;

// A reply of ScriptedNetworkAccess: it answers what the test scripted, through the very signals,
// attributes and headers a QNetworkReply of Qt's HTTP backend uses, and nothing else. Until it has
// an answer it is held; its request's transfer timeout expires as Qt's does (OperationCanceledError).
class ScriptedReply : public QNetworkReply
{
    Q_OBJECT

public:
    ScriptedReply(ScriptedNetworkAccess *network, const RecordedRequest &sent);

    // The request this reply carries now: after a followed redirect, the followed one.
    const RecordedRequest &sent() const { return m_sent; }
    bool isHeld() const { return !m_scheduled && !isFinished(); }

    // Answers on the next turn of the event loop, or after `ms`. A reply the client already aborted
    // ignores it, as a server's late bytes are dropped; answering one reply twice is a test bug.
    void release(const ScriptedAnswer &answer) { releaseAfter(0, answer); }
    void releaseAfter(int ms, const ScriptedAnswer &answer);

    void abort() override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver(const ScriptedAnswer &answer);
    void redirect(const ScriptedAnswer &answer);
    void followRedirect();
    void end(QNetworkReply::NetworkError error, const QString &errorString);

    ScriptedNetworkAccess *m_network;
    RecordedRequest m_sent;
    QByteArray m_body;
    qsizetype m_readPosition = 0;
    bool m_scheduled = false;
    bool m_redirectAllowed = false;
    int m_redirects = 0;
    QTimer m_transferTimeout;
};
