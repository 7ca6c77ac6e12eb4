#pragma once

#include "SandboxDataFile.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>
#include <optional>

class QHttpServerResponder;
class SandboxApi;
struct SandboxRequest;
struct SandboxResponse;

// Carries SandboxApi over HTTP and adds the faults a client must survive: latency, failures and
// rate limiting. Every answer is JSON, never an HTML page.
class SandboxServer : public QAbstractHttpServer
{
public:
    struct Faults
    {
        int latencyMs = 0;
        double failRate = 0; // fraction of requests answered 500/502/503
        int rateLimit = 0;   // requests per second; 0: unlimited
        quint64 seed = 1;    // for the failure dice
    };

    SandboxServer(SandboxApi &api, const Faults &faults, QObject *parent = nullptr);

    // Save the store to this file after every change.
    void setDataFile(const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse respond(const SandboxRequest &request);
    std::optional<SandboxResponse> injectedFault(const SandboxRequest &request);
    void reply(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxResponse &response);
    void persist();

    SandboxApi &m_api;
    Faults m_faults;
    QRandomGenerator m_dice;
    qint64 m_rateSecond = -1;
    int m_rateCount = 0;
    std::optional<SandboxDataFile> m_dataFile;
    quint64 m_savedRevision = 0;
};
