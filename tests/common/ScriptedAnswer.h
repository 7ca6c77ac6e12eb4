#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>
#include <utility>

class QJsonObject;

// What a test scripts as the server's answer to one request, from a complete reply to a failure
// before any byte came. The builders cover the cases ApiCall tells apart.
struct ScriptedAnswer
{
    int status = 200; // 0: no HTTP answer at all (with `error`)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // With a status: the transfer broke off after the headers (the body is what came before).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 contentLength = -1; // announced; -1: the body's size
    QUrl redirectTo;           // a 3xx whose Location is this, resolved against the request's URL
    QList<QSslError> tlsErrors;

    static ScriptedAnswer json(const QJsonObject &object, int status = 200);
    static ScriptedAnswer raw(int status, const QByteArray &body, const QByteArray &contentType);
    // Authlete's error body: resultCode and resultMessage.
    static ScriptedAnswer apiError(int status, const QString &resultCode = QStringLiteral("A001201"));
    // No answer: refused, reset, host not found...
    static ScriptedAnswer noAnswer(QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    // The status line and headers of `whole`, then `bytes` of its body, then the connection closes.
    static ScriptedAnswer cutAfter(const ScriptedAnswer &whole, qsizetype bytes);
    static ScriptedAnswer redirect(const QUrl &target, int status = 302);
    // The handshake fails with these errors, reported through sslErrors() first as Qt does.
    static ScriptedAnswer tlsFailure(const QList<QSslError> &errors);

    ScriptedAnswer &withHeader(const QByteArray &name, const QByteArray &value);
};

Q_DECLARE_METATYPE(ScriptedAnswer)
