#include "SandboxProcess.h"

#ifdef Q_OS_UNIX
#include <csignal>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

namespace {

const QString kDefaultServiceId = QStringLiteral("715948317");
const QByteArray kReadyPrefix = QByteArrayLiteral("listening on ");

} // namespace

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs, const QString &bearer)
{
    stop();
    m_baseUrl.clear();
    m_bearer = bearer;
    const qsizetype serviceIdAt = extraArgs.indexOf(QStringLiteral("--service-id"));
    m_serviceId = serviceIdAt >= 0 && serviceIdAt + 1 < extraArgs.size() ? extraArgs.at(serviceIdAt + 1)
                                                                         : kDefaultServiceId;

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENDESK_SANDBOX_TOKEN"), bearer);
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its sandbox behind, holding ctest's output pipe open.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->setProgram(QStringLiteral(TOKENDESK_SANDBOX_EXECUTABLE));
    m_process->setArguments(QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QStringLiteral("0")} +
                            extraArgs);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (m_process->canReadLine())
            loop.quit();
    });
    m_process->start();
    timeout.start(m_startTimeoutMs);
    while (timeout.isActive() && m_process->state() != QProcess::NotRunning && !m_process->canReadLine())
        loop.exec();

    const QByteArray line = m_process->canReadLine() ? m_process->readLine().trimmed() : QByteArray();
    if (!line.startsWith(kReadyPrefix)) {
        qWarning("SandboxProcess: no 'listening on' line (got '%s')", line.constData());
        kill();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(kReadyPrefix.size())));
    return m_baseUrl.isValid();
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    wait();
}

void SandboxProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    wait();
}

void SandboxProcess::signal(int signalNumber)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    ::kill(pid_t(m_process->processId()), signalNumber);
#else
    Q_UNUSED(signalNumber);
    m_process->kill();
#endif
    wait();
}

int SandboxProcess::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning ||
        m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

void SandboxProcess::wait()
{
    if (!m_process->waitForFinished(kStartTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(kStartTimeoutMs);
    }
}
