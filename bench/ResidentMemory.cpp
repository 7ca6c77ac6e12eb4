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
    // /proc files report a size of 0: readAll() reads on to the end, where atEnd() would stop at once.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').constFirst().toLongLong() * 1024; // in kB
    }
    return 0;
}
