#include "ExpiryText.h"

#include <iterator>

ExpiryText::State ExpiryText::state(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= 0)
        return State::None;
    if (expiresAtMs <= nowMs)
        return State::Expired;
    return expiresAtMs - nowMs <= kSoonMs ? State::ExpiringSoon : State::Valid;
}

QString ExpiryText::relative(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= 0)
        return QString();
    if (expiresAtMs <= nowMs)
        return phrase(Phrase::ExpiredAgo, nowMs - expiresAtMs);
    return phrase(Phrase::In, expiresAtMs - nowMs);
}

QString ExpiryText::ago(qint64 atMs, qint64 nowMs)
{
    return phrase(Phrase::Ago, qMax<qint64>(0, nowMs - atMs));
}

QString ExpiryText::phrase(Phrase phrase, qint64 ms)
{
    // One row per unit, one column per phrase.
    static const char *const kPhrases[][3] = {
        {QT_TR_NOOP("in %L1 s"), QT_TR_NOOP("expired %L1 s ago"), QT_TR_NOOP("%L1 s ago")},
        {QT_TR_NOOP("in %L1 min"), QT_TR_NOOP("expired %L1 min ago"), QT_TR_NOOP("%L1 min ago")},
        {QT_TR_NOOP("in %L1 h"), QT_TR_NOOP("expired %L1 h ago"), QT_TR_NOOP("%L1 h ago")},
        {QT_TR_NOOP("in %L1 d"), QT_TR_NOOP("expired %L1 d ago"), QT_TR_NOOP("%L1 d ago")},
        {QT_TR_NOOP("in %L1 y"), QT_TR_NOOP("expired %L1 y ago"), QT_TR_NOOP("%L1 y ago")},
    };
    static constexpr qint64 kUnitSeconds[] = {1, 60, 3600, 86'400, 365LL * 86'400};
    const qint64 seconds = ms / 1000;
    int unit = 0;
    while (unit + 1 < int(std::size(kUnitSeconds)) && seconds >= kUnitSeconds[unit + 1])
        ++unit;
    return tr(kPhrases[unit][int(phrase)]).arg(seconds / kUnitSeconds[unit]);
}
