#include "AuditEntry.h"

#include "JsonFields.h"

#include <initializer_list>
#include <limits>

namespace {

// The value whose file name is name; nullopt for a name this version does not know.
template<typename Enum> std::optional<Enum> fromName(std::initializer_list<Enum> values, const QString &name)
{
    for (const Enum value : values) {
        if (AuditEntry::name(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString AuditEntry::name(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Revoke:
        return QStringLiteral("revoke");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    Q_UNREACHABLE();
    return {};
}

QString AuditEntry::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
    return {};
}

QJsonObject AuditEntry::toJson() const
{
    using JsonFields::insert;
    QJsonObject json;
    // Milliseconds, so that entries written within one second still sort in the order they happened.
    insert(json, QLatin1StringView("time"), time.toUTC().toString(Qt::ISODateWithMs));
    insert(json, QLatin1StringView("operator"), operatorName);
    insert(json, QLatin1StringView("profile"), profile);
    insert(json, QLatin1StringView("serviceId"), serviceId);
    insert(json, QLatin1StringView("operation"), name(operation));
    insert(json, QLatin1StringView("accessTokenHash"), accessTokenHash);
    insert(json, QLatin1StringView("subject"), subject);
    insert(json, QLatin1StringView("clientIdentifier"), clientIdentifier);
    insert(json, QLatin1StringView("clientName"), clientName);
    insert(json, QLatin1StringView("outcome"), name(outcome));
    insert(json, QLatin1StringView("resultCode"), resultCode);
    if (count >= 0)
        json.insert(QLatin1StringView("count"), count);
    insert(json, QLatin1StringView("detail"), detail);
    insert(json, QLatin1StringView("command"), command);
    insert(json, QLatin1StringView("reason"), reason);
    return json;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    using JsonFields::string;
    AuditEntry entry;
    entry.time = QDateTime::fromString(string(json, QLatin1StringView("time")), Qt::ISODateWithMs);
    const std::optional<Operation> operation =
        fromName({Operation::Create, Operation::Update, Operation::Revoke, Operation::Delete},
                 string(json, QLatin1StringView("operation")));
    const std::optional<Outcome> outcome =
        fromName({Outcome::Ok, Outcome::Failed}, string(json, QLatin1StringView("outcome")));
    if (!entry.time.isValid() || !operation || !outcome)
        return std::nullopt;
    entry.operation = *operation;
    entry.outcome = *outcome;
    entry.time = QDateTime::fromMSecsSinceEpoch(entry.time.toMSecsSinceEpoch(), Qt::UTC);
    entry.operatorName = string(json, QLatin1StringView("operator"));
    entry.profile = string(json, QLatin1StringView("profile"));
    entry.serviceId = string(json, QLatin1StringView("serviceId"));
    entry.accessTokenHash = string(json, QLatin1StringView("accessTokenHash"));
    entry.subject = string(json, QLatin1StringView("subject"));
    entry.clientIdentifier = string(json, QLatin1StringView("clientIdentifier"));
    entry.clientName = string(json, QLatin1StringView("clientName"));
    entry.resultCode = string(json, QLatin1StringView("resultCode"));
    const qint64 count = JsonFields::int64Or(json, QLatin1StringView("count"), -1);
    entry.count = count >= 0 && count <= std::numeric_limits<int>::max() ? int(count) : -1;
    entry.detail = string(json, QLatin1StringView("detail"));
    entry.command = string(json, QLatin1StringView("command"));
    entry.reason = string(json, QLatin1StringView("reason"));
    return entry;
}
