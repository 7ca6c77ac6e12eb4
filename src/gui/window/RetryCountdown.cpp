#include "RetryCountdown.h"

RetryCountdown::RetryCountdown(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_next.hasExpired())
            m_tick.stop();
        emit changed();
    });
}

void RetryCountdown::start(int attempt, int maxAttempts, int delayMs)
{
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_next.setRemainingTime(delayMs);
    m_tick.start();
    emit changed();
}

void RetryCountdown::clear()
{
    if (!isActive())
        return;
    m_attempt = 0;
    m_tick.stop();
    emit changed();
}

QString RetryCountdown::text() const
{
    if (!isActive())
        return QString();
    const qint64 remainingMs = m_next.remainingTime();
    if (remainingMs <= 0)
        return tr("Retrying (attempt %1 of %2)…").arg(m_attempt).arg(m_maxAttempts);
    const int seconds = int((remainingMs + 999) / 1000);
    return tr("Retrying (attempt %1 of %2, next in %Ln s)…", nullptr, seconds)
        .arg(m_attempt)
        .arg(m_maxAttempts);
}
