#include "TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hexclave::models {

QString relativeTime(qint64 millis, qint64 nowMillis)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const qint64 seconds = (nowMillis - millis) / 1000;
    if (seconds < 0) {
        const qint64 ahead = -seconds;
        if (ahead < hour) {
            const int minutes = int(qMax(qint64(1), ahead / minute));
            return QCoreApplication::translate("hexclave::models::TimeText", "in %n minute(s)", nullptr, minutes);
        }
        if (ahead < day) {
            const int hours = int(ahead / hour);
            return QCoreApplication::translate("hexclave::models::TimeText", "in %n hour(s)", nullptr, hours);
        }
        const int days = int(ahead / day);
        return QCoreApplication::translate("hexclave::models::TimeText", "in %n day(s)", nullptr, days);
    }
    if (seconds < 45)
        return QCoreApplication::translate("hexclave::models::TimeText", "just now");
    if (seconds < hour) {
        const int minutes = int(qMax(qint64(1), seconds / minute));
        return QCoreApplication::translate("hexclave::models::TimeText", "%n minute(s) ago", nullptr, minutes);
    }
    if (seconds < day) {
        const int hours = int(seconds / hour);
        return QCoreApplication::translate("hexclave::models::TimeText", "%n hour(s) ago", nullptr, hours);
    }
    if (seconds < 30 * day) {
        const int days = int(seconds / day);
        return QCoreApplication::translate("hexclave::models::TimeText", "%n day(s) ago", nullptr, days);
    }
    if (seconds < 365 * day) {
        const int months = int(qBound(qint64(1), seconds / (30 * day), qint64(11)));
        return QCoreApplication::translate("hexclave::models::TimeText", "%n month(s) ago", nullptr, months);
    }
    const int years = int(seconds / (365 * day));
    return QCoreApplication::translate("hexclave::models::TimeText", "%n year(s) ago", nullptr, years);
}

QString absoluteTime(qint64 millis)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis), QLocale::LongFormat);
}

} // namespace hexclave::models
