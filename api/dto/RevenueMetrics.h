#pragma once

#include "JsonParse.h"

#include <nlohmann/json_fwd.hpp>

#include <QDate>
#include <QList>

#include <optional>

namespace hexclave::api {

// The money part of GET /internal/metrics (integer cents there, unlike the rest of payments).
// Servers without their analytics store answer 5xx: then there are no metrics at all.
struct DailyRevenue
{
    QDate date;
    qint64 newCents = 0;
    qint64 refundCents = 0;
};

struct RevenueMetrics
{
    std::optional<qint64> revenueCents; // payments_overview.revenue_cents (subscription invoices, all time)
    std::optional<qint64> mrrCents;     // payments_overview.mrr_cents (last 30 days)
    std::optional<qint64> activeSubscriptionCount;
    QList<DailyRevenue> dailyRevenue; // analytics_overview.daily_revenue (31 UTC days, USD)
};

void from_json(const nlohmann::ordered_json &j, RevenueMetrics &metrics);

extern template RevenueMetrics parseJson<RevenueMetrics>(const QByteArray &);

} // namespace hexclave::api
