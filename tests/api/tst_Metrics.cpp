// GET /internal/metrics: the newest server's full answer (every section), an older one without
// the overview sections, entries this client cannot read skipped rather than failing the whole
// overview, answers without total_users refused; the request sends include_anonymous only.

#include "dto/Metrics.h"
#include "endpoints/MetricsEndpoints.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullAnswer()
    {
        const auto metrics = api::parseJson<api::ProjectMetrics>(R"({
            "total_users": 1204, "live_users": 3,
            "daily_users": [{"date": "2026-11-22", "activity": 4}, {"date": "2026-11-23", "activity": 7}],
            "daily_active_users": [{"date": "2026-11-23", "activity": 311}],
            "hourly_users": [{"date": "2026-11-23T10:00:00.000Z", "activity": 1}],
            "users_by_country": {"US": 500, "DE": 120},
            "recently_registered": [{"id": "u1", "display_name": "Ada", "primary_email": "ada@example.com",
                                     "profile_image_url": null, "signed_up_at_millis": 1763900000000,
                                     "last_active_at_millis": null, "client_metadata": {}}],
            "recently_active": [{"id": "u2", "display_name": null, "primary_email": null,
                                 "signed_up_at_millis": 1763000000000, "last_active_at_millis": 1763910000000}],
            "login_methods": [{"method": "password", "count": 800}, {"method": "github", "count": 300}],
            "auth_overview": {"verified_users": 900, "unverified_users": 280, "anonymous_users": 24,
                              "total_teams": 61, "mau": 640, "daily_active_users_split": {"total": []}},
            "payments_overview": {"subscriptions_by_status": {"active": 12}, "active_subscription_count": 12,
                                  "total_one_time_purchases": 5, "daily_subscriptions": [], "revenue_cents": 322500,
                                  "mrr_cents": 42000, "total_orders": 17, "checkout_conversion_rate": 3.5},
            "email_overview": {"emails_by_status": {"sent": 40, "bounced": 2}, "total_emails": 42,
                               "daily_emails": [], "emails_sent": 40, "deliverability_rate": 95.2, "bounce_rate": 4.8,
                               "click_rate": 10},
            "analytics_overview": {"daily_page_views": []}
        })");
        QCOMPARE(metrics.totalUsers, 1204);
        QCOMPARE(metrics.dailySignUps.size(), 2);
        QCOMPARE(metrics.dailySignUps.at(1).date, QDate(2026, 11, 23));
        QCOMPARE(metrics.dailySignUps.at(1).activity, 7.0);
        QCOMPARE(metrics.dailyActiveUsers.first().activity, 311.0);
        QCOMPARE(metrics.usersByCountry.value(u"DE"_s), 120);
        QCOMPARE(metrics.recentlyRegistered.size(), 1);
        QCOMPARE(metrics.recentlyRegistered.first().primaryEmail, u"ada@example.com"_s);
        QCOMPARE(metrics.recentlyRegistered.first().signedUpAtMillis, std::optional<qint64>(1763900000000));
        QVERIFY(!metrics.recentlyRegistered.first().lastActiveAtMillis);
        QCOMPARE(metrics.recentlyActive.first().lastActiveAtMillis, std::optional<qint64>(1763910000000));
        QCOMPARE(metrics.recentlyActive.first().displayName, QString());
        QCOMPARE(metrics.loginMethods.size(), 2);
        QCOMPARE(metrics.loginMethods.at(1).method, u"github"_s);
        QCOMPARE(metrics.loginMethods.at(1).count, 300);
        QVERIFY(metrics.auth);
        QCOMPARE(metrics.auth->monthlyActiveUsers, 640);
        QCOMPARE(metrics.auth->anonymousUsers, 24);
        QCOMPARE(metrics.auth->totalTeams, 61);
        QVERIFY(metrics.payments);
        QCOMPARE(metrics.payments->revenueCents, 322500);
        QCOMPARE(metrics.payments->mrrCents, 42000);
        QCOMPARE(metrics.payments->activeSubscriptionCount, 12);
        QVERIFY(metrics.emails);
        QCOMPARE(metrics.emails->emailsByStatus.value(u"bounced"_s), 2);
        QCOMPARE(metrics.emails->deliverabilityRate, std::optional<double>(95.2));
        QCOMPARE(metrics.emails->bounceRate, std::optional<double>(4.8));
    }

    void olderServerWithoutOverviews()
    {
        const auto metrics = api::parseJson<api::ProjectMetrics>(
            R"({"total_users": 10, "daily_users": [], "daily_active_users": [], "users_by_country": {},
                "recently_registered": [], "recently_active": [], "login_methods": []})");
        QCOMPARE(metrics.totalUsers, 10);
        QVERIFY(metrics.dailySignUps.isEmpty());
        QVERIFY(!metrics.auth);
        QVERIFY(!metrics.payments);
        QVERIFY(!metrics.emails);
    }

    // One odd entry must not cost the whole overview.
    void unreadableEntriesAreSkipped()
    {
        const auto metrics = api::parseJson<api::ProjectMetrics>(R"({
            "total_users": 3,
            "daily_users": [{"date": "not a date", "activity": 1}, {"activity": 2}, 5, {"date": "2026-11-23"}],
            "users_by_country": {"US": 2, "XX": "many"},
            "recently_registered": [{"display_name": "no id"}, {"id": 7}, {"id": "u3"}],
            "login_methods": [{"method": null, "count": 1}, {"method": "otp"}],
            "auth_overview": "unavailable"
        })");
        QCOMPARE(metrics.dailySignUps.size(), 1);
        QCOMPARE(metrics.dailySignUps.first().activity, 0.0);
        QCOMPARE(metrics.usersByCountry.size(), 1);
        QCOMPARE(metrics.recentlyRegistered.size(), 1);
        QCOMPARE(metrics.recentlyRegistered.first().id, u"u3"_s);
        QCOMPARE(metrics.loginMethods.size(), 1);
        QCOMPARE(metrics.loginMethods.first().count, 0);
        QVERIFY(!metrics.auth);
    }

    void refusesWhatIsNotMetrics()
    {
        for (const QByteArray &body : {QByteArray(R"({"daily_users": []})"), QByteArray("[]"),
                                       QByteArray(R"({"total_users": "many"})"), QByteArray("Internal Server Error")}) {
            bool threw = false;
            try {
                api::parseJson<api::ProjectMetrics>(body);
            } catch (const std::exception &) {
                threw = true;
            }
            QVERIFY2(threw, body.constData());
        }
    }

    void request()
    {
        const auto scope = api::ProjectScope::project(u"p1"_s);
        const api::ApiRequest plain = api::metrics::projectMetrics(scope).request;
        QCOMPARE(plain.method, api::HttpMethod::Get);
        QCOMPARE(plain.path, u"/internal/metrics"_s);
        QCOMPARE(plain.scope.projectId, u"p1"_s);
        QCOMPARE(plain.query.toString(), u"include_anonymous=false"_s);
        QCOMPARE(api::metrics::projectMetrics(scope, true).request.query.toString(), u"include_anonymous=true"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestMetrics)
#include "tst_Metrics.moc"
