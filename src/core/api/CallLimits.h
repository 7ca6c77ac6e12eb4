#pragma once

#include <QtGlobal>

// What one call may cost, whatever the server does. Qt's transfer timeout only ends a transfer in
// which nothing moves for that long: a body trickling a byte a second, or an endless one, needs these.
struct CallLimits
{
    // A list window of 200 tokens is a few hundred KB; nothing the API sends comes near this.
    qint64 maxReplyBytes = qint64(8) * 1024 * 1024;
    // One attempt, from sending to the last byte of the body; 0: the connection's transfer timeout.
    int attemptDeadlineMs = 0;
    // All attempts and the pauses between them; 0: no deadline beyond the attempts'.
    int callDeadlineMs = 60'000;
};
