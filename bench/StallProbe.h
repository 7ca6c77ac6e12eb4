#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Sees how long the event loop was blocked: a 1 ms timer that should fire every millisecond, and the
// longest gap between two of its firings. A gap is time in which no input or paint could be handled.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double maxStallMs() const { return double(m_maxGapNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};
