#pragma once

#include "Emulator.h"

#include <QList>
#include <QRegularExpression>

#include <mutex>
#include <optional>

namespace hexclave::emulator {

// Faults waiting for matching requests; each match uses up one of a fault's `count`.
class FaultInjector
{
public:
    void add(const Fault &fault);
    void clear();
    // The first fault that matches (method, path below /api/v1), counted as used.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

private:
    struct Entry
    {
        Fault fault;
        QRegularExpression pattern;
        int remaining = 1; // -1: until clear()
    };

    std::mutex m_mutex;
    QList<Entry> m_entries;
};

} // namespace hexclave::emulator
