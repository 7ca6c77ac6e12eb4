#include "FormCodec.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace FormCodec {

namespace {

std::optional<QString> formValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (!item.isString())
                return std::nullopt;
            items.append(item.toString());
        }
        return items.join(QLatin1Char(' '));
    }
    default:
        return std::nullopt;
    }
}

} // namespace

Encoded encode(const QJsonObject &json)
{
    QUrlQuery query;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::optional<QString> value = formValue(it.value());
        if (!value)
            return {QByteArray(), it.key()};
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                           QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    }
    return {query.query(QUrl::FullyEncoded).toLatin1(), QString()};
}

} // namespace FormCodec
