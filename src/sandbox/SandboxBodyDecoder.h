#pragma once

#include "Property.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <span>

// Turns a create/update/revoke body (JSON or form) into a JSON object whose members all have the
// types the API expects, or says why it cannot; the Sandbox*Request types then read that object
// without checking again. A real server is strict, so anything off the schema is a 400.
class SandboxBodyDecoder
{
public:
    enum class Type { String, Int64, Bool, StringArray, Properties, AuthorizationDetails };

    struct Member
    {
        QLatin1StringView name;
        Type type;
    };

    enum class Error { None, Malformed, UnsupportedMediaType, WrongType, JsonOnly };

    struct Result
    {
        QJsonObject json; // only schema members, nulls removed
        Error error = Error::None;
        QString detail; // what was wrong, for the result message
    };

    explicit SandboxBodyDecoder(std::span<const Member> schema)
        : m_schema(schema)
    {}

    Result decode(const QByteArray &contentType, const QByteArray &body) const;

    // One name or value of form data, as a servlet reads it: '+' is a space, %2B a '+'. QUrlQuery
    // knows neither.
    static QString formDecode(QByteArray bytes);

    // A member of type Properties in a decoded body, read as the store keeps it.
    static QList<Property> properties(const QJsonValue &value);

private:
    Result decodeJson(const QByteArray &body) const;
    Result decodeForm(const QByteArray &body) const;
    const Member *member(const QString &name) const;

    std::span<const Member> m_schema;
};
