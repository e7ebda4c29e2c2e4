#include "SlaUrgency.h"

#include <QCoreApplication>

#include <algorithm>

namespace hexclave::models {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// "12 min", "2 h", "3 d": a duration rounded down to its largest unit, at least a minute.
QString durationText(qint64 ms)
{
    if (ms < hourMs) {
        const int minutes = int(std::max<qint64>(1, ms / minuteMs));
        return QCoreApplication::translate("hexclave::models::SlaUrgency", "%n min", nullptr, minutes);
    }
    if (ms < 2 * dayMs)
        return QCoreApplication::translate("hexclave::models::SlaUrgency", "%n h", nullptr, int(ms / hourMs));
    return QCoreApplication::translate("hexclave::models::SlaUrgency", "%n d", nullptr, int(ms / dayMs));
}

} // namespace

SlaUrgency computeSlaUrgency(qint64 dueAtMillis, qint64 nowMillis, std::optional<qint64> windowStartedAtMillis)
{
    const qint64 remaining = dueAtMillis - nowMillis;
    if (remaining <= 0)
        return SlaUrgency::Overdue;
    qint64 urgentThreshold = 15 * minuteMs;
    qint64 warningThreshold = 60 * minuteMs;
    if (windowStartedAtMillis) {
        const qint64 window = std::max<qint64>(0, dueAtMillis - *windowStartedAtMillis);
        urgentThreshold = std::min(window / 4, urgentThreshold);
        warningThreshold = std::min(window / 2, warningThreshold);
    }
    if (remaining <= urgentThreshold)
        return SlaUrgency::Urgent;
    if (remaining <= warningThreshold)
        return SlaUrgency::Warning;
    return SlaUrgency::Ok;
}

SlaDue slaDueOf(const api::ConversationSummary &summary, qint64 nowMillis)
{
    SlaDue due;
    due.dueAtMillis = summary.responseDueAtMillis(); // which response is due: one rule, in the DTO
    if (!due.dueAtMillis)
        return due;
    const api::ConversationMetadata &metadata = summary.metadata;
    const bool firstResponseDue = !metadata.firstResponseAtMillis && due.dueAtMillis == metadata.firstResponseDueAtMillis;
    // The first response's window opens with the conversation, the next one's with the customer's message.
    if (firstResponseDue)
        due.windowStartedAtMillis = summary.createdAtMillis;
    else
        due.windowStartedAtMillis = metadata.lastCustomerReplyAtMillis;
    due.urgency = computeSlaUrgency(*due.dueAtMillis, nowMillis, due.windowStartedAtMillis);
    return due;
}

QString slaDueText(qint64 dueAtMillis, qint64 nowMillis)
{
    const qint64 remaining = dueAtMillis - nowMillis;
    if (remaining <= 0)
        return QCoreApplication::translate("hexclave::models::SlaUrgency", "overdue by %1").arg(durationText(-remaining));
    return QCoreApplication::translate("hexclave::models::SlaUrgency", "due in %1").arg(durationText(remaining));
}

QString slaDueShortText(qint64 dueAtMillis, qint64 nowMillis)
{
    const qint64 remaining = dueAtMillis - nowMillis;
    if (remaining <= 0)
        return QCoreApplication::translate("hexclave::models::SlaUrgency", "Overdue %1").arg(durationText(-remaining));
    return QCoreApplication::translate("hexclave::models::SlaUrgency", "Due in %1").arg(durationText(remaining));
}

} // namespace hexclave::models
