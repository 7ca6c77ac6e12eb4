#pragma once

#include "AuthorizationDetailsElement.h"

#include <QList>

// Authlete's wrapper around RAR elements: {"elements": [...]}.
struct AuthorizationDetails
{
    QList<AuthorizationDetailsElement> elements;

    static AuthorizationDetails fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AuthorizationDetails &, const AuthorizationDetails &) = default;
};
