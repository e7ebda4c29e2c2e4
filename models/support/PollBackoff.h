#pragma once

#include <QList>

#include <algorithm>

namespace hexclave::models {

// When the support lists are asked again: every 15 s, and after consecutive failures 30 s, 60 s,
// 120 s, then every 300 s, until one succeeds.
class PollBackoff
{
public:
    int nextMs() const { return m_intervalsMs.at(std::min<qsizetype>(m_failures, m_intervalsMs.size() - 1)); }
    void succeeded() { m_failures = 0; }
    void failed() { ++m_failures; }
    // Tests: first = normal, then one per consecutive failure, the last repeats; empty: the defaults.
    void setIntervals(const QList<int> &intervalsMs) { m_intervalsMs = intervalsMs.isEmpty() ? defaults() : intervalsMs; }

private:
    static QList<int> defaults() { return {15'000, 30'000, 60'000, 120'000, 300'000}; }

    QList<int> m_intervalsMs = defaults();
    int m_failures = 0;
};

} // namespace hexclave::models
