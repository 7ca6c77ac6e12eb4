#include "ClientLimited.h"

#include "JsonFields.h"

ClientLimited ClientLimited::fromJson(const QJsonObject &json)
{
    using namespace JsonFields;
    ClientLimited client;
    client.number = int64(json, QLatin1StringView("number"));
    client.clientId = int64Or(json, QLatin1StringView("clientId"));
    client.clientIdAlias = string(json, QLatin1StringView("clientIdAlias"));
    client.clientIdAliasEnabled = boolean(json, QLatin1StringView("clientIdAliasEnabled"));
    client.clientName = string(json, QLatin1StringView("clientName"));
    client.clientNames = TaggedValue::listFromJson(json.value(QLatin1StringView("clientNames")));
    client.description = string(json, QLatin1StringView("description"));
    client.descriptions = TaggedValue::listFromJson(json.value(QLatin1StringView("descriptions")));
    client.clientType = string(json, QLatin1StringView("clientType"));
    return client;
}

QJsonObject ClientLimited::toJson() const
{
    using namespace JsonFields;
    QJsonObject json;
    JsonFields::insert(json, QLatin1StringView("number"), number);
    json.insert(QLatin1StringView("clientId"), clientId);
    JsonFields::insert(json, QLatin1StringView("clientIdAlias"), clientIdAlias);
    JsonFields::insert(json, QLatin1StringView("clientIdAliasEnabled"), clientIdAliasEnabled);
    JsonFields::insert(json, QLatin1StringView("clientName"), clientName);
    if (!clientNames.isEmpty())
        json.insert(QLatin1StringView("clientNames"), TaggedValue::listToJson(clientNames));
    JsonFields::insert(json, QLatin1StringView("description"), description);
    if (!descriptions.isEmpty())
        json.insert(QLatin1StringView("descriptions"), TaggedValue::listToJson(descriptions));
    JsonFields::insert(json, QLatin1StringView("clientType"), clientType);
    return json;
}

QString ClientLimited::displayName() const
{
    if (!clientName.isEmpty())
        return clientName;
    if (!clientIdAlias.isEmpty())
        return clientIdAlias;
    return QString::number(clientId);
}
