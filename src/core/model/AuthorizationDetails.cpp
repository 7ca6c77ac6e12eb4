#include "AuthorizationDetails.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

// The members Authlete models in an element; anything else travels in otherFields.
const QStringList kStringListMembers{QStringLiteral("locations"), QStringLiteral("actions"),
                                     QStringLiteral("dataTypes"), QStringLiteral("privileges")};
const QLatin1StringView kType("type");
const QLatin1StringView kIdentifier("identifier");
const QLatin1StringView kOtherFields("otherFields");

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

// One element, either as Authlete carries it or as RFC 9396 writes it ("datatypes", and the
// type-specific members inline); the result is Authlete's form.
std::optional<AuthorizationDetailsElement> parseElement(QJsonObject json, int number, QString *problem)
{
    if (json.contains(QLatin1StringView("datatypes")) && !json.contains(QLatin1StringView("dataTypes")))
        json.insert(QLatin1StringView("dataTypes"), json.take(QLatin1StringView("datatypes")));
    for (const QString &member : kStringListMembers) {
        if (json.contains(member) && !isStringArray(json.value(member))) {
            *problem = AuthorizationDetails::tr("In element %1, \"%2\" must be an array of strings.")
                           .arg(number)
                           .arg(member);
            return std::nullopt;
        }
    }
    if (json.contains(kIdentifier) && !json.value(kIdentifier).isString()) {
        *problem = AuthorizationDetails::tr("In element %1, \"identifier\" must be a string.").arg(number);
        return std::nullopt;
    }
    QJsonObject other;
    if (json.contains(kOtherFields)) {
        const QJsonDocument document = QJsonDocument::fromJson(json.value(kOtherFields).toString().toUtf8());
        if (!document.isObject()) {
            *problem =
                AuthorizationDetails::tr("In element %1, \"otherFields\" must be a JSON object as a string.")
                    .arg(number);
            return std::nullopt;
        }
        other = document.object();
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != kType && key != kIdentifier && key != kOtherFields && !kStringListMembers.contains(key))
            other.insert(key, it.value());
    }
    AuthorizationDetailsElement element = AuthorizationDetailsElement::fromJson(json);
    element.otherFields =
        other.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact));
    return element;
}

} // namespace

AuthorizationDetails AuthorizationDetails::fromJson(const QJsonObject &json)
{
    AuthorizationDetails details;
    const QJsonArray array = json.value(QLatin1StringView("elements")).toArray();
    for (const QJsonValue item : array) {
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

QString AuthorizationDetails::problem() const
{
    for (qsizetype i = 0; i < elements.size(); ++i) {
        // RFC 9396 §2: "type" is the one member every element must have.
        if (elements.at(i).type.isEmpty())
            return tr("Element %1 has no \"type\".").arg(i + 1);
    }
    return {};
}

std::optional<AuthorizationDetails> AuthorizationDetails::parse(const QString &text, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = JsonFields::parseProblem(error);
        return std::nullopt;
    }
    QJsonArray array = document.array();
    if (document.isObject()) {
        const QJsonValue elements = document.object().value(QLatin1StringView("elements"));
        if (!elements.isArray()) {
            *problem = tr("Expected {\"elements\": [...]} or an RFC 9396 array of objects.");
            return std::nullopt;
        }
        array = elements.toArray();
    }
    AuthorizationDetails details;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *problem = tr("Element %1 is not a JSON object.").arg(i + 1);
            return std::nullopt;
        }
        const std::optional<AuthorizationDetailsElement> element =
            parseElement(array.at(i).toObject(), i + 1, problem);
        if (!element)
            return std::nullopt;
        details.elements.append(*element);
    }
    *problem = details.problem();
    if (!problem->isEmpty())
        return std::nullopt;
    return details;
}
