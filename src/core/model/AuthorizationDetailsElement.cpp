#include "AuthorizationDetailsElement.h"

#include "JsonFields.h"

namespace {

const QLatin1StringView kLocations("locations");
const QLatin1StringView kActions("actions");
const QLatin1StringView kDataTypes("dataTypes");
const QLatin1StringView kPrivileges("privileges");

void insertList(QJsonObject &json, QLatin1StringView key, const QStringList &values)
{
    if (!values.isEmpty())
        json.insert(key, JsonFields::toArray(values));
}

} // namespace

AuthorizationDetailsElement AuthorizationDetailsElement::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    AuthorizationDetailsElement element;
    element.type = string(json, QLatin1StringView("type"));
    element.locations = stringList(json, kLocations).value_or(QStringList());
    element.actions = stringList(json, kActions).value_or(QStringList());
    element.dataTypes = stringList(json, kDataTypes).value_or(QStringList());
    element.identifier = string(json, QLatin1StringView("identifier"));
    element.privileges = stringList(json, kPrivileges).value_or(QStringList());
    element.otherFields = string(json, QLatin1StringView("otherFields"));
    return element;
}

QJsonObject AuthorizationDetailsElement::toJson() const
{
    QJsonObject json{{QLatin1StringView("type"), type}};
    insertList(json, kLocations, locations);
    insertList(json, kActions, actions);
    insertList(json, kDataTypes, dataTypes);
    JsonFields::insert(json, QLatin1StringView("identifier"), identifier);
    insertList(json, kPrivileges, privileges);
    JsonFields::insert(json, QLatin1StringView("otherFields"), otherFields);
    return json;
}
