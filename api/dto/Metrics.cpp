#include "Metrics.h"

#include "JsonSupport.h"

namespace hexclave::api {

namespace {

using json::Json;

const Json *objectAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? &*it : nullptr;
}

const Json *arrayAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? &*it : nullptr;
}

qint64 countAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

std::optional<double> numberAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

QList<MetricsPoint> pointsAt(const Json &object, const char *key)
{
    QList<MetricsPoint> points;
    if (const Json *items = arrayAt(object, key)) {
        for (const Json &item : *items) {
            if (!item.is_object())
                continue;
            const QDate date = QDate::fromString(json::stringOrEmpty(item, "date").left(10), Qt::ISODate);
            if (date.isValid())
                points.append({date, numberAt(item, "activity").value_or(0)});
        }
    }
    return points;
}

QMap<QString, qint64> countsAt(const Json &object, const char *key)
{
    QMap<QString, qint64> counts;
    if (const Json *items = objectAt(object, key)) {
        for (auto it = items->begin(); it != items->end(); ++it) {
            if (it->is_number())
                counts.insert(QString::fromStdString(it.key()), it->get<qint64>());
        }
    }
    return counts;
}

QList<MetricsUser> usersAt(const Json &object, const char *key)
{
    QList<MetricsUser> users;
    if (const Json *items = arrayAt(object, key)) {
        for (const Json &item : *items) {
            if (!item.is_object() || !item.contains("id") || !item.at("id").is_string())
                continue;
            MetricsUser user;
            user.id = json::toQString(item.at("id"));
            user.displayName = json::stringOrEmpty(item, "display_name");
            user.primaryEmail = json::stringOrEmpty(item, "primary_email");
            if (const auto at = numberAt(item, "signed_up_at_millis"))
                user.signedUpAtMillis = qint64(*at);
            if (const auto at = numberAt(item, "last_active_at_millis"))
                user.lastActiveAtMillis = qint64(*at);
            users.append(user);
        }
    }
    return users;
}

} // namespace

void from_json(const nlohmann::ordered_json &j, ProjectMetrics &metrics)
{
    if (!j.is_object() || !j.contains("total_users"))
        throw std::runtime_error("\"total_users\" is missing");
    metrics.totalUsers = j.at("total_users").get<qint64>();
    metrics.dailySignUps = pointsAt(j, "daily_users");
    metrics.dailyActiveUsers = pointsAt(j, "daily_active_users");
    metrics.usersByCountry = countsAt(j, "users_by_country");
    metrics.recentlyRegistered = usersAt(j, "recently_registered");
    metrics.recentlyActive = usersAt(j, "recently_active");
    if (const Json *methods = arrayAt(j, "login_methods")) {
        for (const Json &item : *methods) {
            if (item.is_object() && item.contains("method") && item.at("method").is_string())
                metrics.loginMethods.append({json::toQString(item.at("method")), countAt(item, "count")});
        }
    }
    if (const Json *auth = objectAt(j, "auth_overview")) {
        metrics.auth = AuthOverview{countAt(*auth, "verified_users"), countAt(*auth, "unverified_users"),
                                    countAt(*auth, "anonymous_users"), countAt(*auth, "total_teams"),
                                    countAt(*auth, "mau")};
    }
    if (const Json *payments = objectAt(j, "payments_overview")) {
        metrics.payments = PaymentsOverview{countAt(*payments, "revenue_cents"), countAt(*payments, "mrr_cents"),
                                            countAt(*payments, "active_subscription_count"),
                                            countAt(*payments, "total_one_time_purchases")};
    }
    if (const Json *emails = objectAt(j, "email_overview")) {
        EmailOverview overview;
        overview.emailsByStatus = countsAt(*emails, "emails_by_status");
        overview.totalEmails = countAt(*emails, "total_emails");
        overview.emailsSent = countAt(*emails, "emails_sent");
        overview.deliverabilityRate = numberAt(*emails, "deliverability_rate");
        overview.bounceRate = numberAt(*emails, "bounce_rate");
        metrics.emails = overview;
    }
}

template ProjectMetrics parseJson<ProjectMetrics>(const QByteArray &);

} // namespace hexclave::api
