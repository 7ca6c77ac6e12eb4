#include "ExpiryText.h"

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
        return tr("expired %1 ago").arg(duration(nowMs - expiresAtMs));
    return tr("in %1").arg(duration(expiresAtMs - nowMs));
}

QString ExpiryText::ago(qint64 atMs, qint64 nowMs)
{
    return tr("%1 ago").arg(duration(qMax<qint64>(0, nowMs - atMs)));
}

QString ExpiryText::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86'400)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds < 365LL * 86'400)
        return tr("%1 d").arg(seconds / 86'400);
    return tr("%1 y").arg(seconds / (365LL * 86'400));
}
