#include "InterruptSignal.h"

#include <QSocketNotifier>
#include <utility>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_sockets[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, 1);
    // The next Ctrl+C is not ours: it ends the process, for a user who does not want to wait.
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptSignal::InterruptSignal(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0)
        return;
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptSignal::onNotified);
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a prompt waiting in read() returns, so that a confirmation can be interrupted too.
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
}

InterruptSignal::~InterruptSignal()
{
    std::signal(SIGINT, SIG_DFL);
    if (g_sockets[0] >= 0) {
        ::close(g_sockets[0]);
        ::close(g_sockets[1]);
        g_sockets[0] = g_sockets[1] = -1;
    }
}

void InterruptSignal::onNotified()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(g_sockets[1], &byte, 1);
    if (std::exchange(m_interrupted, true))
        return;
    emit interrupted();
}

#else

InterruptSignal::InterruptSignal(QObject *parent)
    : QObject(parent)
{}

InterruptSignal::~InterruptSignal() = default;

void InterruptSignal::onNotified() {}

#endif
