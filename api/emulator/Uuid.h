#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hexclave::emulator {

class Random;

// A 128-bit id kept as two integers (16 bytes instead of a 36-character string per user).
// Ordering equals the ordering of the lower-case text form, which is how PostgreSQL sorts UUIDs.
class Uuid
{
public:
    constexpr Uuid() = default;
    constexpr Uuid(quint64 high, quint64 low) : m_high(high), m_low(low) {}

    static Uuid random(Random &random);      // version 4, from a seeded generator
    static Uuid randomFromSystem();          // version 4, for objects created at run time
    // Accepts what the server's validation (yup .uuid()) accepts: versions 1-5 with RFC variant,
    // any case, or the nil UUID.
    static std::optional<Uuid> parse(std::string_view text);
    static std::optional<Uuid> parse(const QString &text);

    std::string toString() const;
    QString toQString() const;
    bool isNull() const { return m_high == 0 && m_low == 0; }
    quint64 high() const { return m_high; }
    quint64 low() const { return m_low; }

    friend constexpr auto operator<=>(const Uuid &, const Uuid &) = default;

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
};

struct UuidHash
{
    std::size_t operator()(const Uuid &uuid) const noexcept
    {
        return std::size_t(uuid.high() ^ (uuid.low() * 0x9E3779B97F4A7C15ull));
    }
};

} // namespace hexclave::emulator
