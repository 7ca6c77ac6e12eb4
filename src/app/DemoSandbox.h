#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <memory>

class SandboxApi;
class SandboxServer;
class SandboxStore;

// The demo mode's data: the sandbox server, in this process, on a loopback port, seeded with a few
// thousand believable tokens, guarded by a random bearer that exists only in memory.
class DemoSandbox : public QObject
{
    Q_OBJECT

public:
    struct Size
    {
        int tokens = 5000;
        int clients = 12;
        int subjects = 400;
    };

    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // False when no loopback port could be had.
    bool start(const Size &size);
    // Where and how the window connects to it.
    ConnectionSettings connection() const { return m_connection; }

private:
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxServer> m_server;
    ConnectionSettings m_connection;
};
