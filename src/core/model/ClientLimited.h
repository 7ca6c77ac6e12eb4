#pragma once

#include "TaggedValue.h"

#include <QJsonObject>
#include <optional>

// The few facts about a client that the token list echoes when it was filtered by client.
struct ClientLimited
{
    std::optional<qint64> number;
    qint64 clientId = 0;
    QString clientIdAlias;
    std::optional<bool> clientIdAliasEnabled;
    QString clientName;
    QList<TaggedValue> clientNames;
    QString description;
    QList<TaggedValue> descriptions;
    QString clientType; // PUBLIC or CONFIDENTIAL

    static ClientLimited fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The name to show a person: the client's name, else its alias, else its numeric ID.
    QString displayName() const;

    friend bool operator==(const ClientLimited &, const ClientLimited &) = default;
};
