#pragma once

#include <QString>
#include <QtGlobal>

namespace hexclave::emulator {

// Durations the sample data and stores compute with.
inline constexpr qint64 kMinuteMillis = 60 * 1000;
inline constexpr qint64 kHourMillis = 60 * kMinuteMillis;
inline constexpr qint64 kDayMillis = 24 * kHourMillis;

class Clock
{
public:
    static qint64 nowMillis();
    static QString isoUtc(qint64 millis); // 2026-11-23T20:50:46.445Z, like JavaScript's toISOString()
};

} // namespace hexclave::emulator
