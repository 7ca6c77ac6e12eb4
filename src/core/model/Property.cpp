#include "Property.h"

#include <QCoreApplication>
#include <QSet>

Property Property::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("key")).toString(),
            json.value(QLatin1StringView("value")).toString(),
            json.value(QLatin1StringView("hidden")).toBool()};
}

QJsonObject Property::toJson() const
{
    return {{QLatin1StringView("key"), key},
            {QLatin1StringView("value"), value},
            {QLatin1StringView("hidden"), hidden}};
}

QList<Property> Property::listFromJson(const QJsonValue &json)
{
    QList<Property> list;
    const QJsonArray array = json.toArray();
    for (const QJsonValue item : array) {
        if (item.isObject())
            list.append(fromJson(item.toObject()));
    }
    return list;
}

QJsonArray Property::listToJson(const QList<Property> &properties)
{
    QJsonArray array;
    for (const Property &property : properties)
        array.append(property.toJson());
    return array;
}

QString Property::listProblem(const QList<Property> &properties)
{
    QSet<QString> keys;
    for (const Property &property : properties) {
        if (property.key.isEmpty())
            return QCoreApplication::translate("Property", "The property with the value “%1” has no key.")
                .arg(property.value);
        if (keys.contains(property.key))
            return QCoreApplication::translate("Property", "The property key “%1” is used more than once.")
                .arg(property.key);
        keys.insert(property.key);
    }
    return {};
}
