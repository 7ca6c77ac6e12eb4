#include "ScriptedAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

ScriptedAnswer ScriptedAnswer::json(const QJsonObject &object, int status)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

ScriptedAnswer ScriptedAnswer::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    ScriptedAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.headers.append({"Content-Type", contentType});
    return answer;
}

ScriptedAnswer ScriptedAnswer::apiError(int status, const QString &resultCode)
{
    return json({{QLatin1StringView("resultCode"), resultCode},
                 {QLatin1StringView("resultMessage"), QStringLiteral("[%1] scripted").arg(resultCode)}},
                status);
}

ScriptedAnswer ScriptedAnswer::noAnswer(QNetworkReply::NetworkError error)
{
    ScriptedAnswer answer;
    answer.status = 0;
    answer.error = error;
    answer.errorString = QStringLiteral("scripted network error %1").arg(int(error));
    return answer;
}

ScriptedAnswer ScriptedAnswer::cutAfter(const ScriptedAnswer &whole, qsizetype bytes)
{
    ScriptedAnswer answer = whole;
    answer.contentLength = whole.body.size();
    answer.body.truncate(bytes);
    answer.error = QNetworkReply::RemoteHostClosedError;
    answer.errorString = QStringLiteral("Connection closed");
    return answer;
}

ScriptedAnswer ScriptedAnswer::redirect(const QUrl &target, int status)
{
    ScriptedAnswer answer;
    answer.status = status;
    answer.redirectTo = target;
    answer.headers.append({"Location", target.toEncoded()});
    return answer;
}

ScriptedAnswer ScriptedAnswer::tlsFailure(const QList<QSslError> &errors)
{
    ScriptedAnswer answer = noAnswer(QNetworkReply::SslHandshakeFailedError);
    answer.tlsErrors = errors;
    return answer;
}

ScriptedAnswer &ScriptedAnswer::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}
