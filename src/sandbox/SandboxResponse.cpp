#include "SandboxResponse.h"

#include <QJsonDocument>

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

SandboxResponse SandboxResponse::result(int status, const QString &code, const QString &apiPath,
                                        const QString &text, const QString &action)
{
    QJsonObject object{
        {QLatin1StringView("resultCode"), code},
        {QLatin1StringView("resultMessage"), QString(QLatin1Char('[') + code + QLatin1StringView("] ") +
                                                     apiPath + QLatin1StringView(", ") + text)}};
    if (!action.isEmpty())
        object.insert(QLatin1StringView("action"), action);
    return json(status, object);
}
