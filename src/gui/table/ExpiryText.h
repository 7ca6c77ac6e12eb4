#pragma once

#include <QCoreApplication>
#include <QString>

// Times relative to now as a person reads them in a table: "in 3 h", "expired 2 d ago".
class ExpiryText
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryText)

public:
    enum class State { None, Valid, ExpiringSoon, Expired };

    // Tokens that expire within this window are marked as soon-expiring.
    static constexpr qint64 kSoonMs = 24LL * 3600 * 1000;

    static State state(qint64 expiresAtMs, qint64 nowMs);
    // "in 3 h", "expired 2 d ago"; empty for 0 (no expiry given).
    static QString relative(qint64 expiresAtMs, qint64 nowMs);
    // For past events (created, last refreshed): "2 d ago".
    static QString ago(qint64 atMs, qint64 nowMs);

private:
    enum class Phrase { In, ExpiredAgo, Ago };
    // The whole phrase with its amount in the largest unit that fits, rounded down: a translation
    // orders number, unit and "ago" in its own way ("3 日前", "あと 2 時間").
    static QString phrase(Phrase phrase, qint64 ms);
};
