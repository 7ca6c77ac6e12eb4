#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <span>

// Turns a create/update/revoke body (JSON or form) into a JSON object whose members all have the
// types the API expects. The core fromJson() functions are lenient (they serve the client), so the
// sandbox checks strictly here first and answers 400 for anything else.
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

private:
    Result decodeJson(const QByteArray &body) const;
    Result decodeForm(const QByteArray &body) const;
    const Member *member(const QString &name) const;

    std::span<const Member> m_schema;
};
