#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

// Runs the tokendesk-sandbox executable for a test: on a free loopback port, with the bearer passed
// through the environment (never on the command line), and waits for its "listening on" line.
// Its stderr goes to the test's stderr.
class SandboxProcess
{
public:
    static constexpr int kStartTimeoutMs = 15000;

    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // A sandbox of a million tokens takes longer than a test's to make them (the benchmark's).
    void setStartTimeoutMs(int milliseconds) { m_startTimeoutMs = milliseconds; }
    // False when the process does not start or does not announce itself in time.
    bool start(const QStringList &extraArgs = {}, const QString &bearer = QStringLiteral("test-bearer"));
    // scheme://host:port of the running sandbox.
    QUrl baseUrl() const { return m_baseUrl; }
    // The service ID the sandbox serves (--service-id among the arguments, else its default).
    QString serviceId() const { return m_serviceId; }
    QString bearer() const { return m_bearer; }
    qint64 processId() const;

    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL, then wait: a crash as far as the sandbox can tell
    // Sends a signal (SIGINT, SIGTERM; POSIX only) and waits for the end.
    void signal(int signalNumber);
    // How the stopped sandbox exited: its exit code, or -1 when a signal ended it.
    int exitCode() const;

private:
    void wait();

    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_serviceId;
    QString m_bearer;
    int m_startTimeoutMs = kStartTimeoutMs;
};
