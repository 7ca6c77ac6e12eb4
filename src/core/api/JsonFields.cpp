#include "JsonFields.h"

#include <QCoreApplication>

namespace JsonFields {

std::optional<qint64> int64(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers the fallback for a non-integral number; two fallbacks tell that apart.
    const qint64 first = value.toInteger(0);
    if (first != 0 || value.toInteger(1) == 0)
        return first;
    return std::nullopt;
}

qint64 int64Or(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    return int64(object, key).value_or(fallback);
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QString string(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

std::optional<QStringList> stringList(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

void insert(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insert(QJsonObject &object, QLatin1StringView key, std::optional<qint64> value)
{
    if (value)
        object.insert(key, *value);
}

void insert(QJsonObject &object, QLatin1StringView key, std::optional<bool> value)
{
    if (value)
        object.insert(key, *value);
}

void insert(QJsonObject &object, QLatin1StringView key, const std::optional<QStringList> &value)
{
    if (value)
        object.insert(key, toArray(*value));
}

QJsonArray toArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QString parseProblem(const QJsonParseError &error)
{
    return QCoreApplication::translate("JsonFields", "Not valid JSON: %1 (at character %2).")
        .arg(error.errorString())
        .arg(error.offset);
}

} // namespace JsonFields
