#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <functional>
#include <utility>

// The figures of one benchmark run, in the order they were recorded, as one line of JSON; and the
// waiting both benchmarks do on the event loop.
class BenchReport
{
public:
    void record(const char *key, double value);
    // A series of times (keystrokes, scroll steps) as <prefix>_median_ms, _p90_ms and _worst_ms.
    void recordSpread(const char *prefix, QList<double> timesMs);
    QByteArray json() const;

    static double median(QList<double> values);

    // Progress on stderr: stdout carries only the JSON.
    static void progress(const char *phase);
    static double elapsedMs(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }
    // Runs the event loop until `done` holds; false if that took unreasonably long (a stuck phase).
    static bool waitUntil(const std::function<bool()> &done);
    // Runs the event loop until what is posted now, and what that posts in turn, has been handled:
    // what a person waits for after a keystroke before the window answers the next one.
    static void waitUntilIdle();

private:
    QList<std::pair<QByteArray, double>> m_results;
};
