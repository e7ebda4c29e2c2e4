#include "RevenueMetrics.h"

#include "JsonSupport.h"

namespace hexclave::api {

namespace {

std::optional<qint64> optionalInteger(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<qint64>();
}

} // namespace

void from_json(const nlohmann::ordered_json &j, RevenueMetrics &metrics)
{
    if (!j.is_object())
        throw std::runtime_error("the metrics are not a JSON object");
    const auto payments = j.find("payments_overview");
    if (payments != j.end() && payments->is_object()) {
        metrics.revenueCents = optionalInteger(*payments, "revenue_cents");
        metrics.mrrCents = optionalInteger(*payments, "mrr_cents");
        metrics.activeSubscriptionCount = optionalInteger(*payments, "active_subscription_count");
    }
    const auto analytics = j.find("analytics_overview");
    if (analytics == j.end() || !analytics->is_object())
        return;
    const auto daily = analytics->find("daily_revenue");
    if (daily == analytics->end() || !daily->is_array())
        return;
    for (const auto &day : *daily) {
        const QDate date = QDate::fromString(json::stringOrEmpty(day, "date"), Qt::ISODate);
        if (!date.isValid())
            continue;
        metrics.dailyRevenue.append({date, optionalInteger(day, "new_cents").value_or(0),
                                     optionalInteger(day, "refund_cents").value_or(0)});
    }
}

template RevenueMetrics parseJson<RevenueMetrics>(const QByteArray &);

} // namespace hexclave::api
