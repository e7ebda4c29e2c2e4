#include "Uuid.h"

#include "Random.h"

#include <QRandomGenerator>

namespace hexclave::emulator {

namespace {

Uuid makeVersion4(quint64 high, quint64 low)
{
    high = (high & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
    low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    return {high, low};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

Uuid Uuid::random(Random &random)
{
    const quint64 high = random.next();
    return makeVersion4(high, random.next());
}

Uuid Uuid::randomFromSystem()
{
    auto *generator = QRandomGenerator::system();
    const quint64 high = generator->generate64();
    return makeVersion4(high, generator->generate64());
}

std::optional<Uuid> Uuid::parse(std::string_view text)
{
    if (text.size() != 36)
        return std::nullopt;
    quint64 parts[2] = {0, 0};
    int nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return std::nullopt;
        parts[nibble / 16] = (parts[nibble / 16] << 4) | quint64(value);
        ++nibble;
    }
    const Uuid uuid(parts[0], parts[1]);
    if (uuid.isNull())
        return uuid;
    const int version = int((parts[0] >> 12) & 0xF);
    const int variant = int(parts[1] >> 62);
    if (version < 1 || version > 5 || variant != 2)
        return std::nullopt;
    return uuid;
}

std::optional<Uuid> Uuid::parse(const QString &text)
{
    if (text.size() != 36)
        return std::nullopt;
    return parse(std::string_view(text.toLatin1().constData(), 36));
}

std::string Uuid::toString() const
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text(36, '-');
    int nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const quint64 part = nibble < 16 ? m_high : m_low;
        const int shift = (15 - nibble % 16) * 4;
        text[i] = digits[(part >> shift) & 0xF];
        ++nibble;
    }
    return text;
}

QString Uuid::toQString() const
{
    return QString::fromLatin1(toString());
}

} // namespace hexclave::emulator
