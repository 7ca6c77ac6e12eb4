#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

// What the status bar says while a call waits to try again: the attempt that comes, of how many,
// and the seconds until it starts, counted down (ApiCall::retrying gives the pause once).
class RetryCountdown : public QObject
{
    Q_OBJECT

public:
    explicit RetryCountdown(QObject *parent = nullptr);

    void start(int attempt, int maxAttempts, int delayMs);
    void clear();
    bool isActive() const { return m_attempt > 0; }
    // Empty when no retry is pending or running.
    QString text() const;

signals:
    void changed();

private:
    int m_attempt = 0;
    int m_maxAttempts = 0;
    QDeadlineTimer m_next;
    QTimer m_tick;
};
