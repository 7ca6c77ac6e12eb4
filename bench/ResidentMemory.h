#pragma once

#include <QtGlobal>

// This process's resident memory as the kernel counts it (Linux /proc/self/status), in bytes;
// 0 where that is not available.
class ResidentMemory
{
public:
    static qint64 current(); // VmRSS
    static qint64 peak();    // VmHWM: the high-water mark since the process started

private:
    static qint64 statusField(const char *name);
};
