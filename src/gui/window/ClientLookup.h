#pragma once

#include "ClientLimited.h"

#include <QList>

// A client among those the server has named, found by what a person types or a search holds: the
// table shows clients by name, the list API filters them by ID or alias.
namespace ClientLookup {

// The clients the text names: those whose ID, alias or name it is (ignoring case); failing that, those
// whose name contains it.
QList<ClientLimited> matching(const QList<ClientLimited> &clients, const QString &text);
// The client of an identifier (ID or alias) as the table names it; the identifier itself when no named
// client has it.
QString displayText(const QList<ClientLimited> &clients, const QString &identifier);
// A line to choose one client from several by: name, alias and ID.
QString choiceText(const ClientLimited &client);

} // namespace ClientLookup
