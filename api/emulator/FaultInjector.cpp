#include "FaultInjector.h"

namespace hexclave::emulator {

void FaultInjector::add(const Fault &fault)
{
    if (fault.count == 0)
        return;
    const std::lock_guard lock(m_mutex);
    m_entries.append({fault, QRegularExpression(fault.pathPattern), fault.count < 0 ? -1 : fault.count});
}

void FaultInjector::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    const std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!entry.fault.method.isEmpty() && entry.fault.method.compare(QString::fromLatin1(method), Qt::CaseInsensitive) != 0)
            continue;
        if (!entry.fault.pathPattern.isEmpty() && !entry.pattern.match(path).hasMatch())
            continue;
        const Fault fault = entry.fault;
        if (entry.remaining > 0 && --entry.remaining == 0)
            m_entries.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

} // namespace hexclave::emulator
