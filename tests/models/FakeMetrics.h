#pragma once

// GET /internal/metrics answers for tests, in the exact shape of the real route
// (/work/notes/config-facts.md §4): 31 daily points ending today (UTC), users by country,
// recent users as admin user objects, login methods, and the auth, payments and email sections.

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace hexclave::tests {

struct FakeMetricsOptions
{
    QDate today = QDateTime::currentDateTimeUtc().date();
    qint64 totalUsers = 1234;
    bool withPayments = true;
    bool withEmails = true;
    bool empty = false; // a project without users: zero everywhere, empty lists
};

inline QJsonArray fakeDailyPoints(QDate today, int base, bool empty)
{
    QJsonArray points;
    for (int i = 30; i >= 0; --i) {
        points.append(QJsonObject{{QStringLiteral("date"), today.addDays(-i).toString(Qt::ISODate)},
                                  {QStringLiteral("activity"), empty ? 0 : base + (30 - i) % 7 * 3}});
    }
    return points;
}

inline QString fakeMetricsUserId(int serial)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
}

// Recently registered users are 1…12 (signed up 1…12 days ago), recently active ones 21…32.
inline QJsonObject fakeMetricsUser(int serial, QDate today)
{
    const qint64 signedUp = QDateTime(today.addDays(-serial), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("id"), fakeMetricsUserId(serial)},
        {QStringLiteral("display_name"), QStringLiteral("Metrics User %1").arg(serial)},
        {QStringLiteral("primary_email"), QStringLiteral("metrics%1@example.com").arg(serial)},
        {QStringLiteral("primary_email_verified"), true},
        {QStringLiteral("profile_image_url"), QJsonValue()},
        {QStringLiteral("signed_up_at_millis"), double(signedUp)},
        {QStringLiteral("last_active_at_millis"), double(signedUp + 3'600'000)},
        {QStringLiteral("is_anonymous"), false},
        {QStringLiteral("oauth_providers"), QJsonArray()},
    };
}

inline QByteArray fakeMetricsJson(const FakeMetricsOptions &options = {})
{
    const QDate today = options.today;
    const bool empty = options.empty;
    QJsonObject body;
    body.insert(QStringLiteral("total_users"), double(empty ? 0 : options.totalUsers));
    body.insert(QStringLiteral("live_users"), 0);
    body.insert(QStringLiteral("daily_users"), fakeDailyPoints(today, 4, empty));
    body.insert(QStringLiteral("daily_active_users"), fakeDailyPoints(today, 40, empty));
    QJsonObject countries;
    if (!empty) {
        const char *codes[] = {"US", "DE", "FR", "GB", "IN", "BR", "JP", "CA", "ES", "IT", "NL", "SE"};
        int count = 300;
        for (const char *code : codes) {
            countries.insert(QString::fromLatin1(code), count);
            count = count * 3 / 4;
        }
    }
    body.insert(QStringLiteral("users_by_country"), countries);
    QJsonArray registered;
    QJsonArray active;
    if (!empty) {
        for (int i = 1; i <= 12; ++i) {
            registered.append(fakeMetricsUser(i, today));
            active.append(fakeMetricsUser(20 + i, today));
        }
    }
    body.insert(QStringLiteral("recently_registered"), registered);
    body.insert(QStringLiteral("recently_active"), active);
    QJsonArray methods;
    if (!empty) {
        methods.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("github")}, {QStringLiteral("count"), 420}});
        methods.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("password")}, {QStringLiteral("count"), 610}});
        methods.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("otp")}, {QStringLiteral("count"), 95}});
        methods.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("passkey")}, {QStringLiteral("count"), 31}});
        methods.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("google")}, {QStringLiteral("count"), 280}});
    }
    body.insert(QStringLiteral("login_methods"), methods);
    QJsonObject split{{QStringLiteral("total"), fakeDailyPoints(today, 40, empty)},
                      {QStringLiteral("new"), fakeDailyPoints(today, 4, empty)},
                      {QStringLiteral("retained"), fakeDailyPoints(today, 30, empty)},
                      {QStringLiteral("reactivated"), fakeDailyPoints(today, 6, empty)}};
    body.insert(QStringLiteral("auth_overview"),
                QJsonObject{{QStringLiteral("verified_users"), empty ? 0 : 1000},
                            {QStringLiteral("unverified_users"), empty ? 0 : 234},
                            {QStringLiteral("anonymous_users"), empty ? 0 : 17},
                            {QStringLiteral("total_teams"), empty ? 0 : 56},
                            {QStringLiteral("mau"), empty ? 0 : 789},
                            {QStringLiteral("daily_active_users_split"), split},
                            {QStringLiteral("daily_active_teams_split"), split},
                            {QStringLiteral("total_users_filtered"), double(empty ? 0 : options.totalUsers)}});
    if (options.withPayments) {
        body.insert(QStringLiteral("payments_overview"),
                    QJsonObject{{QStringLiteral("subscriptions_by_status"), QJsonObject{{QStringLiteral("active"), 42}}},
                                {QStringLiteral("active_subscription_count"), 42},
                                {QStringLiteral("total_one_time_purchases"), 17},
                                {QStringLiteral("daily_subscriptions"), fakeDailyPoints(today, 1, empty)},
                                {QStringLiteral("revenue_cents"), 1234567},
                                {QStringLiteral("mrr_cents"), 98700},
                                {QStringLiteral("total_orders"), 59},
                                {QStringLiteral("checkout_conversion_rate"), 12.5}});
    }
    if (options.withEmails) {
        body.insert(QStringLiteral("email_overview"),
                    QJsonObject{{QStringLiteral("emails_by_status"),
                                 QJsonObject{{QStringLiteral("sent"), 900}, {QStringLiteral("bounced"), 12}}},
                                {QStringLiteral("total_emails"), 930},
                                {QStringLiteral("daily_emails"), fakeDailyPoints(today, 20, empty)},
                                {QStringLiteral("daily_emails_by_status"), QJsonArray()},
                                {QStringLiteral("emails_sent"), 912},
                                {QStringLiteral("recent_emails"), QJsonArray()},
                                {QStringLiteral("deliverability_status"),
                                 QJsonObject{{QStringLiteral("delivered"), 900}, {QStringLiteral("bounced"), 12},
                                             {QStringLiteral("error"), 0}, {QStringLiteral("in_progress"), 0}}},
                                {QStringLiteral("deliverability_rate"), 0.987},
                                {QStringLiteral("bounce_rate"), 0.013},
                                {QStringLiteral("click_rate"), 0.2}});
    }
    body.insert(QStringLiteral("analytics_overview"),
                QJsonObject{{QStringLiteral("daily_page_views"), fakeDailyPoints(today, 100, empty)},
                            {QStringLiteral("visitors"), 0}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace hexclave::tests
