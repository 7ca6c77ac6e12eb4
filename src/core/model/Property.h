#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// An extra key/value attached to a token. A hidden property never reaches the client application,
// but introspection still returns it.
struct Property
{
    QString key;
    QString value;
    bool hidden = false;

    static Property fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    static QList<Property> listFromJson(const QJsonValue &json);
    static QJsonArray listToJson(const QList<Property> &properties);
    // Why Authlete could not store the list (a key missing or used twice); empty when it could.
    static QString listProblem(const QList<Property> &properties);

    friend bool operator==(const Property &, const Property &) = default;
};
