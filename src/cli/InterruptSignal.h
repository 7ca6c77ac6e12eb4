#pragma once

#include <QObject>

class QSocketNotifier;

// Ctrl+C (SIGINT) as a Qt signal, so that a command cancels what it runs and still reports what the
// server confirmed. The handler only writes a byte to a socket pair (the one thing safe in a signal
// handler); the event loop reads it. A second Ctrl+C ends the process at once, as usual. Elsewhere
// than on Unix, Ctrl+C keeps its default.
class InterruptSignal : public QObject
{
    Q_OBJECT

public:
    explicit InterruptSignal(QObject *parent = nullptr);
    ~InterruptSignal() override;

    bool isInterrupted() const { return m_interrupted; }

signals:
    void interrupted();

private:
    void onNotified();

    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};
