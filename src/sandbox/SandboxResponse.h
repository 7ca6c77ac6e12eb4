#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer of the sandbox. The body is JSON, or empty for 204.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static SandboxResponse json(int status, const QJsonObject &object);
    // Authlete's error body: {"resultCode", "resultMessage": "[code] <apiPath>, <text>"} plus "action"
    // when given (create and update carry one).
    static SandboxResponse result(int status, const QString &code, const QString &apiPath,
                                  const QString &text, const QString &action = QString());
};
