#include "ClientLookup.h"

#include <QCoreApplication>
#include <algorithm>

namespace ClientLookup {

namespace {

bool isIdentifiedBy(const ClientLimited &client, const QString &identifier)
{
    return QString::number(client.clientId) == identifier ||
           (!client.clientIdAlias.isEmpty() && client.clientIdAlias == identifier);
}

} // namespace

QList<ClientLimited> matching(const QList<ClientLimited> &clients, const QString &text)
{
    QList<ClientLimited> exact;
    QList<ClientLimited> partial;
    for (const ClientLimited &client : clients) {
        if (isIdentifiedBy(client, text) || client.clientIdAlias.compare(text, Qt::CaseInsensitive) == 0 ||
            client.clientName.compare(text, Qt::CaseInsensitive) == 0)
            exact.append(client);
        else if (client.clientName.contains(text, Qt::CaseInsensitive))
            partial.append(client);
    }
    QList<ClientLimited> &found = exact.isEmpty() ? partial : exact;
    std::sort(found.begin(), found.end(), [](const ClientLimited &left, const ClientLimited &right) {
        return left.displayName().localeAwareCompare(right.displayName()) < 0;
    });
    return found;
}

QString displayText(const QList<ClientLimited> &clients, const QString &identifier)
{
    for (const ClientLimited &client : clients) {
        if (isIdentifiedBy(client, identifier))
            return client.displayName();
    }
    return identifier;
}

QString choiceText(const ClientLimited &client)
{
    const QString id = QString::number(client.clientId);
    if (client.clientIdAlias.isEmpty() || client.clientIdAlias == id)
        return QCoreApplication::translate("ClientLookup", "%1 (ID %2)").arg(client.displayName(), id);
    return QCoreApplication::translate("ClientLookup", "%1 (alias %2, ID %3)")
        .arg(client.displayName(), client.clientIdAlias, id);
}

} // namespace ClientLookup
