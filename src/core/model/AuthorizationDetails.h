#pragma once

#include "AuthorizationDetailsElement.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// Authlete's wrapper around RAR elements: {"elements": [...]}.
struct AuthorizationDetails
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationDetails)

public:
    QList<AuthorizationDetailsElement> elements;

    static AuthorizationDetails fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Why Authlete would refuse these details (an element without a type); empty when it would not.
    QString problem() const;
    // Text a person typed: Authlete's {"elements": [...]} or a bare RFC 9396 array, whose elements may
    // carry their type-specific members inline. Empty with *problem set when the text is neither.
    static std::optional<AuthorizationDetails> parse(const QString &text, QString *problem);

    friend bool operator==(const AuthorizationDetails &, const AuthorizationDetails &) = default;
};
