#pragma once

#include <QJsonObject>
#include <QStringList>

// One element of RFC 9396 Rich Authorization Request details. Only "type" is required.
struct AuthorizationDetailsElement
{
    QString type;
    QStringList locations;
    QStringList actions;
    QStringList dataTypes;
    QString identifier;
    QStringList privileges;
    // The rest of the RAR element as JSON text, as Authlete carries it.
    QString otherFields;

    static AuthorizationDetailsElement fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AuthorizationDetailsElement &,
                           const AuthorizationDetailsElement &) = default;
};
