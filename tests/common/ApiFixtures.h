#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <algorithm>

// The golden request and reply fixtures of tests/fixtures/api (see the README there), read from the
// source tree. A fixture that is missing or not JSON is a broken checkout, not a test result: abort.
namespace ApiFixtures {

inline QByteArray bytes(const char *name)
{
    const QString path = QStringLiteral(TOKENDESK_FIXTURES_DIR "/api/") + QLatin1StringView(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(path));
    // An editor may add a final newline; it is no part of a form body or a query.
    return file.readAll().trimmed();
}

inline QJsonObject json(const char *name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes(name), &error);
    if (!document.isObject())
        qFatal("the fixture %s is not a JSON object: %s", name, qPrintable(error.errorString()));
    return document.object();
}

// A form body or a query as sorted, decoded (name, value) pairs: "+" and "%20" are both a space, and
// the order of the pairs carries no meaning.
inline QList<QPair<QString, QString>> formItems(const QByteArray &body)
{
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        items.append({decode(pair.left(equals)), equals < 0 ? QString() : decode(pair.mid(equals + 1))});
    }
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace ApiFixtures
