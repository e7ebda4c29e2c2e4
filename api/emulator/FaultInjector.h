#pragma once

#include "Emulator.h"
#include "Random.h"

#include <QList>
#include <QRegularExpression>

#include <array>
#include <mutex>
#include <optional>

namespace hexclave::emulator {

// Faults waiting for matching requests; each match uses up one of a fault's `count`. A fault
// with a probability below 1 draws from its own seeded random numbers whether it hits.
class FaultInjector
{
public:
    void add(const Fault &fault);
    void clear();
    // The first fault that matches (method, path below /api/v1) and hits, counted as used.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    // Per Fault::Kind (indexed by int(kind)): how many requests were hit so far.
    QList<int> injectedCounts() const;

    // One fault per kind, together hitting `rate` of all requests (see Emulator::addChaos).
    static QList<Fault> chaos(double rate, quint64 seed);

private:
    struct Entry
    {
        Fault fault;
        QRegularExpression pattern;
        int remaining = 1; // -1: until clear()
        Random random{0};
    };

    mutable std::mutex m_mutex;
    QList<Entry> m_entries;
    std::array<int, Fault::kKindCount> m_injected{};
};

} // namespace hexclave::emulator
