#pragma once

#include "dto/Support.h"

#include <QString>

#include <optional>

namespace hexclave::models {

// How close a support response is to its SLA deadline (the server dashboard's computeSlaUrgency).
enum class SlaUrgency { None, Ok, Warning, Urgent, Overdue };

// remaining ≤ 0 → Overdue; ≤ min(25 % of the window, 15 min) → Urgent; ≤ min(50 % of the window,
// 60 min) → Warning; else Ok. Without a window start the thresholds are 15 and 60 minutes.
SlaUrgency computeSlaUrgency(qint64 dueAtMillis, qint64 nowMillis,
                             std::optional<qint64> windowStartedAtMillis = std::nullopt);

// The response that is due now (first response while none was given, else the next one) with
// its window; None when nothing is due.
struct SlaDue
{
    std::optional<qint64> dueAtMillis;
    std::optional<qint64> windowStartedAtMillis;
    SlaUrgency urgency = SlaUrgency::None;
};
SlaDue slaDueOf(const api::ConversationSummary &summary, qint64 nowMillis);

// "due in 12 min", "overdue by 2 h" — for lists and tooltips.
QString slaDueText(qint64 dueAtMillis, qint64 nowMillis);
// "Due in 12 min", "Overdue 2 h" — the short form for a list row.
QString slaDueShortText(qint64 dueAtMillis, qint64 nowMillis);

} // namespace hexclave::models
