#include "Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace hexclave::emulator {

qint64 Clock::nowMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Clock::isoUtc(qint64 millis)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC);
#else
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
#endif
    return time.toString(Qt::ISODateWithMs);
}

} // namespace hexclave::emulator
