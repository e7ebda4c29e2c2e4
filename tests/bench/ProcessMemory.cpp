#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace hexclave::bench::memory {

namespace {

qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(); // "123456 kB"
    }
    return 0;
}

} // namespace

qint64 residentKb()
{
    return statusKb("VmRSS");
}

qint64 peakKb()
{
    return statusKb("VmHWM");
}

bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 childrenPeakKb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        return usage.ru_maxrss; // kB on Linux
#endif
    return 0;
}

void releaseFreeHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace hexclave::bench::memory
