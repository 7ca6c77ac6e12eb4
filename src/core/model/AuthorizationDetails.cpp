#include "AuthorizationDetails.h"

#include <QJsonArray>

AuthorizationDetails AuthorizationDetails::fromJson(const QJsonObject &json)
{
    AuthorizationDetails details;
    const QJsonArray array = json.value(QLatin1StringView("elements")).toArray();
    for (const QJsonValue &item : array) {
        if (item.isObject())
            details.elements.append(AuthorizationDetailsElement::fromJson(item.toObject()));
    }
    return details;
}

QJsonObject AuthorizationDetails::toJson() const
{
    QJsonArray array;
    for (const AuthorizationDetailsElement &element : elements)
        array.append(element.toJson());
    return {{QLatin1StringView("elements"), array}};
}
