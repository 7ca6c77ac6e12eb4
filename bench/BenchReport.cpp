#include "BenchReport.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

// Long enough for 100,000 windows fetched one by one at a generous latency; a phase that takes
// longer is stuck, and the run says so instead of hanging.
constexpr int kPhaseTimeoutMs = 30 * 60 * 1000;

} // namespace

void BenchReport::record(const char *key, double value)
{
    m_results.append({QByteArray(key), value});
}

void BenchReport::recordSpread(const char *prefix, QList<double> timesMs)
{
    if (timesMs.isEmpty())
        timesMs.append(0);
    std::sort(timesMs.begin(), timesMs.end());
    // The nearest-rank 90th percentile: the time that 90 % of the keystrokes did not exceed.
    const qsizetype rank = qsizetype(std::ceil(0.9 * double(timesMs.size()))) - 1;
    const QByteArray name(prefix);
    m_results.append({name + "_median_ms", median(timesMs)});
    m_results.append({name + "_p90_ms", timesMs.at(qMax<qsizetype>(0, rank))});
    m_results.append({name + "_worst_ms", timesMs.last()});
}

double BenchReport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QByteArray BenchReport::json() const
{
    // Written by hand so that the keys keep the order they were measured in (QJsonObject sorts them).
    QByteArray text = "{";
    for (const auto &[key, value] : m_results) {
        if (text.size() > 1)
            text += ", ";
        const bool whole = value == std::floor(value);
        text += '"' + key + "\": " + QByteArray::number(value, 'f', whole ? 0 : 1);
    }
    return text + '}';
}

void BenchReport::progress(const char *phase)
{
    std::fprintf(stderr, "tokendesk-bench: %s\n", phase);
}

bool BenchReport::waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer deadline;
    deadline.start();
    // Wakes the loop now and then, so that the deadline is seen even when nothing else happens.
    QTimer wakeUp;
    wakeUp.start(1000);
    while (!done()) {
        if (deadline.hasExpired(kPhaseTimeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void BenchReport::waitUntilIdle()
{
    // A zero timer fires once the events posted before it are handled. Two rounds: the first sees
    // what the input posted (a deferred layout, an update request), the second what those posted.
    for (int round = 0; round < 2; ++round) {
        bool fired = false;
        QTimer::singleShot(0, [&fired] { fired = true; });
        while (!fired)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}
