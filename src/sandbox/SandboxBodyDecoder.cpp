#include "SandboxBodyDecoder.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

bool isOptional(const QJsonObject &object, QLatin1StringView key, bool (*check)(const QJsonValue &))
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || check(value);
}

bool isString(const QJsonValue &value)
{
    return value.isString();
}

bool isBool(const QJsonValue &value)
{
    return value.isBool();
}

bool isProperties(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
        const QJsonObject property = item.toObject();
        return item.isObject() && property.value(QLatin1StringView("key")).isString() &&
               property.value(QLatin1StringView("value")).isString() &&
               isOptional(property, QLatin1StringView("hidden"), isBool);
    });
}

bool isAuthorizationDetails(const QJsonValue &value)
{
    const QJsonValue elements = value.toObject().value(QLatin1StringView("elements"));
    if (!value.isObject() || !(elements.isUndefined() || elements.isArray()))
        return false;
    const QJsonArray array = elements.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
        const QJsonObject element = item.toObject();
        return item.isObject() && element.value(QLatin1StringView("type")).isString() &&
               isOptional(element, QLatin1StringView("locations"), isStringArray) &&
               isOptional(element, QLatin1StringView("actions"), isStringArray) &&
               isOptional(element, QLatin1StringView("dataTypes"), isStringArray) &&
               isOptional(element, QLatin1StringView("privileges"), isStringArray) &&
               isOptional(element, QLatin1StringView("identifier"), isString) &&
               isOptional(element, QLatin1StringView("otherFields"), isString);
    });
}

bool hasType(const QJsonObject &object, QLatin1StringView key, SandboxBodyDecoder::Type type)
{
    const QJsonValue value = object.value(key);
    switch (type) {
    case SandboxBodyDecoder::Type::String:
        return value.isString();
    case SandboxBodyDecoder::Type::Int64:
        // Integral and within 64 bits: 1.5, 1e300 and 2^64 are all refused.
        return JsonFields::int64(object, key).has_value();
    case SandboxBodyDecoder::Type::Bool:
        return value.isBool();
    case SandboxBodyDecoder::Type::StringArray:
        return isStringArray(value);
    case SandboxBodyDecoder::Type::Properties:
        return isProperties(value);
    case SandboxBodyDecoder::Type::AuthorizationDetails:
        return isAuthorizationDetails(value);
    }
    return false;
}

QString typeName(SandboxBodyDecoder::Type type)
{
    switch (type) {
    case SandboxBodyDecoder::Type::String:
        return QStringLiteral("a string");
    case SandboxBodyDecoder::Type::Int64:
        return QStringLiteral("a 64-bit integer");
    case SandboxBodyDecoder::Type::Bool:
        return QStringLiteral("a boolean");
    case SandboxBodyDecoder::Type::StringArray:
        return QStringLiteral("an array of strings");
    case SandboxBodyDecoder::Type::Properties:
        return QStringLiteral("an array of {key, value, hidden} objects");
    case SandboxBodyDecoder::Type::AuthorizationDetails:
        return QStringLiteral("an {elements: [...]} object");
    }
    return QString();
}

} // namespace

SandboxBodyDecoder::Result SandboxBodyDecoder::decode(const QByteArray &contentType,
                                                      const QByteArray &body) const
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType.isEmpty() || mediaType == "application/json")
        return decodeJson(body);
    if (mediaType == "application/x-www-form-urlencoded")
        return decodeForm(body);
    return {{},
            Error::UnsupportedMediaType,
            QStringLiteral("Content-Type must be application/json or application/x-www-form-urlencoded")};
}

QString SandboxBodyDecoder::formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QList<Property> SandboxBodyDecoder::properties(const QJsonValue &value)
{
    QList<Property> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        const QJsonObject property = item.toObject();
        list.append({property.value(QLatin1StringView("key")).toString(),
                     property.value(QLatin1StringView("value")).toString(),
                     property.value(QLatin1StringView("hidden")).toBool()});
    }
    return list;
}

const SandboxBodyDecoder::Member *SandboxBodyDecoder::member(const QString &name) const
{
    for (const Member &candidate : m_schema) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

SandboxBodyDecoder::Result SandboxBodyDecoder::decodeJson(const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{},
                Error::Malformed,
                QStringLiteral("The request body is not valid JSON: ") + parseError.errorString()};
    if (!document.isObject())
        return {{}, Error::Malformed, QStringLiteral("The request body is not a JSON object")};

    const QJsonObject object = document.object();
    Result result;
    for (const Member &expected : m_schema) {
        const QJsonValue value = object.value(expected.name);
        // A null is how some clients say "not set"; treat it as absent.
        if (value.isUndefined() || value.isNull())
            continue;
        if (!hasType(object, expected.name, expected.type))
            return {{},
                    Error::WrongType,
                    QString(expected.name) + QStringLiteral(" must be ") + typeName(expected.type)};
        result.json.insert(expected.name, value);
    }
    return result;
}

SandboxBodyDecoder::Result SandboxBodyDecoder::decodeForm(const QByteArray &body) const
{
    Result result;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(pair.left(equals < 0 ? pair.size() : equals));
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1));
        const Member *expected = member(name);
        if (!expected)
            continue;
        const QLatin1StringView key = expected->name;
        if (expected->type == Type::StringArray) {
            // Space-delimited, and repeated keys add to the list.
            QJsonArray items = result.json.value(key).toArray();
            for (const QString &item : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                items.append(item);
            result.json.insert(key, items);
            continue;
        }
        if (result.json.contains(key))
            return {{}, Error::Malformed, name + QStringLiteral(" is given more than once")};
        switch (expected->type) {
        case Type::String:
            result.json.insert(key, value);
            break;
        case Type::Int64: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok)
                return {{}, Error::WrongType, name + QStringLiteral(" must be ") + typeName(expected->type)};
            result.json.insert(key, number);
            break;
        }
        case Type::Bool:
            if (value != QLatin1StringView("true") && value != QLatin1StringView("false"))
                return {{}, Error::WrongType, name + QStringLiteral(" must be true or false")};
            result.json.insert(key, value == QLatin1StringView("true"));
            break;
        case Type::StringArray:
            break;
        case Type::Properties:
        case Type::AuthorizationDetails:
            return {{}, Error::JsonOnly, name + QStringLiteral(" is accepted only in a JSON body")};
        }
    }
    return result;
}
