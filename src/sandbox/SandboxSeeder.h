#pragma once

#include <QStringList>

class SandboxStore;

// Fills a store with believable clients and tokens. Everything derives from the seed, so the same
// seed, counts and `now` give the same clients, hashes and times.
struct SandboxSeeder
{
    quint64 seed = 1;
    int tokens = 1000;
    int clients = 12;
    int subjects = 300;
    QStringList scopes; // the service's supported scopes to draw from

    void populate(SandboxStore &store, qint64 now) const;
};
