#pragma once

#include <QtGlobal>

namespace hexclave::emulator {

// splitmix64: the same seed gives the same numbers on every platform and standard library
// (std::uniform_int_distribution does not promise that).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }

    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[below(quint32(N))]; }

private:
    quint64 m_state;
};

} // namespace hexclave::emulator
