#include "AuditEntry.h"

#include "JsonFields.h"

#include <limits>

QJsonObject AuditEntry::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    // Milliseconds, so that entries written within one second still sort in the order they happened.
    insert(json, QLatin1StringView("time"), time.toUTC().toString(Qt::ISODateWithMs));
    insert(json, QLatin1StringView("profile"), profile);
    insert(json, QLatin1StringView("serviceId"), serviceId);
    insert(json, QLatin1StringView("operation"), operation);
    insert(json, QLatin1StringView("accessTokenHash"), accessTokenHash);
    insert(json, QLatin1StringView("subject"), subject);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    insert(json, QLatin1StringView("outcome"), outcome);
    insert(json, QLatin1StringView("resultCode"), resultCode);
    if (count >= 0)
        json.insert(QLatin1StringView("count"), count);
    insert(json, QLatin1StringView("detail"), detail);
    return json;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    using JsonFields::string;
    AuditEntry entry;
    entry.time = QDateTime::fromString(string(json, QLatin1StringView("time")), Qt::ISODateWithMs);
    entry.operation = string(json, QLatin1StringView("operation"));
    if (!entry.time.isValid() || entry.operation.isEmpty())
        return std::nullopt;
    entry.time = QDateTime::fromMSecsSinceEpoch(entry.time.toMSecsSinceEpoch(), Qt::UTC);
    entry.profile = string(json, QLatin1StringView("profile"));
    entry.serviceId = string(json, QLatin1StringView("serviceId"));
    entry.accessTokenHash = string(json, QLatin1StringView("accessTokenHash"));
    entry.subject = string(json, QLatin1StringView("subject"));
    entry.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    entry.outcome = string(json, QLatin1StringView("outcome"));
    entry.resultCode = string(json, QLatin1StringView("resultCode"));
    const qint64 count = JsonFields::int64Or(json, QLatin1StringView("count"), -1);
    entry.count = count >= 0 && count <= std::numeric_limits<int>::max() ? int(count) : -1;
    entry.detail = string(json, QLatin1StringView("detail"));
    return entry;
}
