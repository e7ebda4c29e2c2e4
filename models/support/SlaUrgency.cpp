#include "SlaUrgency.h"

#include <QCoreApplication>

#include <algorithm>

namespace hexclave::models {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("hexclave::models::SlaUrgency", text, nullptr, n);
}

// "12 min", "2 h", "3 d": a duration rounded down to its largest unit, at least a minute.
QString durationText(qint64 ms)
{
    if (ms < hourMs)
        return tr("%n min", int(std::max<qint64>(1, ms / minuteMs)));
    if (ms < 2 * dayMs)
        return tr("%n h", int(ms / hourMs));
    return tr("%n d", int(ms / dayMs));
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
    if (summary.status == QLatin1String("closed"))
        return due;
    const api::ConversationMetadata &metadata = summary.metadata;
    if (!metadata.firstResponseAtMillis && metadata.firstResponseDueAtMillis) {
        due.dueAtMillis = metadata.firstResponseDueAtMillis;
        due.windowStartedAtMillis = summary.createdAtMillis;
    } else if (metadata.nextResponseDueAtMillis) {
        due.dueAtMillis = metadata.nextResponseDueAtMillis;
        due.windowStartedAtMillis = metadata.lastCustomerReplyAtMillis;
    } else {
        return due;
    }
    due.urgency = computeSlaUrgency(*due.dueAtMillis, nowMillis, due.windowStartedAtMillis);
    return due;
}

QString slaDueText(qint64 dueAtMillis, qint64 nowMillis)
{
    const qint64 remaining = dueAtMillis - nowMillis;
    if (remaining <= 0)
        return tr("overdue by %1").arg(durationText(-remaining));
    return tr("due in %1").arg(durationText(remaining));
}

QString slaDueShortText(qint64 dueAtMillis, qint64 nowMillis)
{
    const qint64 remaining = dueAtMillis - nowMillis;
    if (remaining <= 0)
        return tr("Overdue %1").arg(durationText(-remaining));
    return tr("Due in %1").arg(durationText(remaining));
}

} // namespace hexclave::models
