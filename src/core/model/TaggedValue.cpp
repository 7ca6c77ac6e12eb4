#include "TaggedValue.h"

#include <QJsonObject>

QList<TaggedValue> TaggedValue::listFromJson(const QJsonValue &json)
{
    QList<TaggedValue> list;
    const QJsonArray array = json.toArray();
    for (const QJsonValue item : array) {
        const QJsonObject object = item.toObject();
        list.append({object.value(QLatin1StringView("tag")).toString(),
                     object.value(QLatin1StringView("value")).toString()});
    }
    return list;
}

QJsonArray TaggedValue::listToJson(const QList<TaggedValue> &values)
{
    QJsonArray array;
    for (const TaggedValue &value : values)
        array.append(
            QJsonObject{{QLatin1StringView("tag"), value.tag}, {QLatin1StringView("value"), value.value}});
    return array;
}
