#include "FaultInjector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

void FaultInjector::add(const Fault &fault)
{
    if (fault.count == 0)
        return;
    const std::lock_guard lock(m_mutex);
    m_entries.append({fault, QRegularExpression(fault.pathPattern), fault.count < 0 ? -1 : fault.count, Random(fault.seed)});
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
        if (entry.fault.probability < 1.0 && !entry.random.chance(entry.fault.probability))
            continue;
        const Fault fault = entry.fault;
        if (entry.remaining > 0 && --entry.remaining == 0)
            m_entries.removeAt(i);
        if (const auto index = std::size_t(fault.kind); index < m_injected.size())
            ++m_injected[index];
        return fault;
    }
    return std::nullopt;
}

QList<int> FaultInjector::injectedCounts() const
{
    const std::lock_guard lock(m_mutex);
    return QList<int>(m_injected.cbegin(), m_injected.cend());
}

QList<Fault> FaultInjector::chaos(double rate, quint64 seed)
{
    using Kind = Fault::Kind;
    QList<Fault> faults = {
        {.kind = Kind::Latency, .latencyMs = 300},
        {.kind = Kind::KnownError, .status = 429, .knownErrorCode = u"RATE_LIMITED"_s,
         .message = u"Too many requests (injected)."_s, .retryAfterSeconds = 1},
        {.kind = Kind::Status, .status = 503, .message = u"Service unavailable (injected)"_s, .retryAfterSeconds = 1},
        {.kind = Kind::Status, .status = 500, .message = u"Internal server error (injected)"_s},
        {.kind = Kind::Status, .status = 502, .message = u"Bad gateway (injected)"_s},
        {.kind = Kind::DropConnection},
        {.kind = Kind::LostAnswer},
        {.kind = Kind::MalformedBody},
        {.kind = Kind::TruncatedBody},
    };
    // Each later fault only sees the requests the earlier ones spared: p_i = share / (1 - taken).
    const double share = std::clamp(rate, 0.0, 1.0) / double(faults.size());
    double taken = 0;
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Fault &fault = faults[i];
        fault.count = -1;
        fault.probability = taken < 1.0 ? std::min(1.0, share / (1.0 - taken)) : 0.0;
        fault.seed = seed + quint64(i) * 0x9E3779B97F4A7C15ull;
        taken += share;
    }
    return faults;
}

} // namespace hexclave::emulator
