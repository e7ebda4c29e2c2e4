#pragma once

#include <QString>
#include <QtGlobal>

namespace hexclave::emulator {

class Clock
{
public:
    static qint64 nowMillis();
    static QString isoUtc(qint64 millis); // 2026-11-23T20:50:46.445Z, like JavaScript's toISOString()
};

} // namespace hexclave::emulator
