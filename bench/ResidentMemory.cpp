#include "ResidentMemory.h"

#include <QFile>

qint64 ResidentMemory::current()
{
    return statusField("VmRSS:");
}

qint64 ResidentMemory::peak()
{
    return statusField("VmHWM:");
}

qint64 ResidentMemory::statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files report a size of 0, so they are read line by line rather than with readAll().
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith(name)) {
            const QList<QByteArray> parts = line.mid(qstrlen(name)).simplified().split(' ');
            return parts.constFirst().toLongLong() * 1024; // the kernel reports kB
        }
    }
    return 0;
}
