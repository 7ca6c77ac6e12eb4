#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <optional>

// Reading and writing the optional members of Authlete's JSON bodies.
// Integers are read with QJsonValue::toInteger(), which keeps all 64 bits: client IDs and millisecond
// times never pass through a double. Absent values are left out on writing, never sent as null
// (the official SDK's schemas reject null for optional fields).
namespace JsonFields {

std::optional<qint64> int64(const QJsonObject &object, QLatin1StringView key);
qint64 int64Or(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0);
std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key);
QString string(const QJsonObject &object, QLatin1StringView key);
std::optional<QStringList> stringList(const QJsonObject &object, QLatin1StringView key);

void insert(QJsonObject &object, QLatin1StringView key, const QString &value);
void insert(QJsonObject &object, QLatin1StringView key, std::optional<qint64> value);
void insert(QJsonObject &object, QLatin1StringView key, std::optional<bool> value);
void insert(QJsonObject &object, QLatin1StringView key, const std::optional<QStringList> &value);

QJsonArray toArray(const QStringList &values);

// Why text a person typed is not JSON, as a sentence that points at the place.
QString parseProblem(const QJsonParseError &error);

} // namespace JsonFields
