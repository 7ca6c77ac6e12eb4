#include "StallProbe.h"

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may be shifted by up to 5 % to batch wake-ups; the probe must fire on time.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    tick();
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
    m_lastNs = now;
}
