#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

int RetryPolicy::backoffDelayMs(int attempt) const
{
    const double exponential = initialDelayMs * std::pow(multiplier, std::max(0, attempt - 2));
    const int capped = int(std::min<double>(exponential, maxDelayMs));
    const int half = capped / 2;
    return capped - (half > 0 ? int(QRandomGenerator::global()->bounded(half + 1)) : 0);
}

std::optional<int> RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qint64>(seconds, 86'400) * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(value.chopped(value.endsWith(" GMT") ? 4 : 0)),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return std::nullopt;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, 86'400'000));
}
