#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

// A value with a language tag, as in a client's localized names ("clientName#ja").
struct TaggedValue
{
    QString tag;
    QString value;

    static QList<TaggedValue> listFromJson(const QJsonValue &json);
    static QJsonArray listToJson(const QList<TaggedValue> &values);

    friend bool operator==(const TaggedValue &, const TaggedValue &) = default;
};
