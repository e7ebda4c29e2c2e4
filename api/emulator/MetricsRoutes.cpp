#include "MetricsRoutes.h"

#include "Clock.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr int kDays = 31; // today − 30 … today (UTC)
constexpr qint64 kMetricsDayMillis = 24LL * 60 * 60 * 1000;
constexpr std::size_t kRecentUsers = 100;

// The text of fixture 45 up to its stack trace (self-hosted, no ClickHouse).
const QString kMissingAnalyticsStore = u"Internal Server Error. The error message follows, but will be stripped in production. "
                                       "StackAssertionError: Missing environment variable: STACK_CLICKHOUSE_URL\n"
                                       "  Stack:\n"
                                       "    This is likely an error in Stack. Please make sure you are running the newest version and report it.\n"
                                       "    at getEnvVariable (emulator)\n"
                                       "  Extra properties: { \"extraData\": undefined }"_s;

qint64 dayOf(qint64 millis)
{
    return millis >= 0 ? millis / kMetricsDayMillis : (millis - kMetricsDayMillis + 1) / kMetricsDayMillis;
}

std::string dateText(qint64 day)
{
    return QDateTime::fromMSecsSinceEpoch(day * kMetricsDayMillis, QTimeZone::utc()).date().toString(Qt::ISODate).toStdString();
}

ordered_json dataPoints(qint64 firstDay, const std::array<qint64, kDays> &counts)
{
    ordered_json points = ordered_json::array();
    for (int i = 0; i < kDays; ++i)
        points.push_back({{"date", dateText(firstDay + i)}, {"activity", counts[std::size_t(i)]}});
    return points;
}

// Whether a user was active on `day` besides the last activity the record keeps: a stable draw
// (about one day in four between sign-up and last activity), so the daily curve looks lived-in.
bool activeOn(const UserRecord &user, qint64 day)
{
    const std::size_t draw = std::hash<quint64>{}(user.id.low() ^ (quint64(day) * 0x9E3779B97F4A7C15ULL));
    return draw % 4 == 0;
}

ordered_json emailOverview(const EmailStore &store, qint64 firstDay)
{
    std::map<std::string, qint64> byStatus;
    std::array<qint64, kDays> daily{};
    qint64 sent = 0, delivered = 0, bounced = 0, errors = 0, inProgress = 0, clicked = 0;
    for (const OutboxEmailRecord &email : store.emails()) {
        const OutboxStatus status = email.effectiveStatus();
        ++byStatus[outboxStatusId(status)];
        const qint64 index = dayOf(email.createdAtMillis) - firstDay;
        if (index >= 0 && index < kDays)
            ++daily[std::size_t(index)];
        const std::string simple = outboxSimpleStatus(status);
        if (hasDelivered(status)) {
            ++sent;
            ++delivered;
        } else if (status == OutboxStatus::Bounced) {
            ++sent;
            ++bounced;
        } else if (simple == "error") {
            ++errors;
        } else if (simple == "in-progress") {
            ++inProgress;
        }
        if (status == OutboxStatus::Clicked)
            ++clicked;
    }
    ordered_json statuses = ordered_json::object();
    for (const auto &[status, count] : byStatus)
        statuses[status] = count;
    const double attempted = double(delivered + bounced + errors);
    ordered_json overview = ordered_json::object();
    overview["emails_by_status"] = std::move(statuses);
    overview["total_emails"] = qint64(store.emails().size());
    overview["daily_emails"] = dataPoints(firstDay, daily);
    overview["emails_sent"] = sent;
    overview["deliverability_status"] = {{"delivered", delivered}, {"bounced", bounced}, {"error", errors}, {"in_progress", inProgress}};
    overview["deliverability_rate"] = attempted > 0 ? double(delivered) / attempted : 0.0;
    overview["bounce_rate"] = attempted > 0 ? double(bounced) / attempted : 0.0;
    overview["click_rate"] = delivered > 0 ? double(clicked) / double(delivered) : 0.0;
    return overview;
}

} // namespace

MetricsRoutes::MetricsRoutes(bool available)
    : m_available(available)
{
}

void MetricsRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/internal/metrics"_s, Router::kAdmin, [this](RequestContext &context) { return metrics(context); });
}

HttpResponse MetricsRoutes::metrics(RequestContext &context) const
{
    InputValidator query(context.query.get(), u"query"_s, {"include_anonymous"});
    const auto includeAnonymous = query.oneOf("include_anonymous", {"true", "false"});
    if (!query.ok())
        return context.schemaError(query.problems());
    if (!m_available)
        return HttpResponse::text(500, kMissingAnalyticsStore);

    const ProjectRecord &project = *context.auth.project;
    const bool withAnonymous = includeAnonymous.hasValue() && includeAnonymous.value == "true";
    const qint64 now = Clock::nowMillis();
    const qint64 today = dayOf(now);
    const qint64 firstDay = today - (kDays - 1);
    const qint64 monthAgo = now - 30 * kMetricsDayMillis;

    std::array<qint64, kDays> signUps{};
    std::array<qint64, kDays> active{};
    std::map<std::string, qint64> countries;
    std::map<std::string, qint64> methods;
    std::vector<quint32> users;
    qint64 total = 0, verified = 0, unverified = 0, anonymous = 0, monthly = 0;
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        const UserRecord &user = project.users.at(index);
        if (user.deleted)
            continue;
        if (user.anonymous)
            ++anonymous;
        if (user.anonymous && !withAnonymous)
            continue;
        ++total;
        users.push_back(index);
        if (!user.anonymous)
            ++(user.emailVerified ? verified : unverified);
        const qint64 signUpDay = dayOf(user.signedUpAtMillis);
        const qint64 lastDay = dayOf(user.lastActiveAtMillis);
        if (signUpDay >= firstDay && signUpDay <= today)
            ++signUps[std::size_t(signUpDay - firstDay)];
        for (qint64 day = std::max(firstDay, signUpDay); day <= std::min(today, lastDay); ++day) {
            if (day == lastDay || day == signUpDay || activeOn(user, day))
                ++active[std::size_t(day - firstDay)];
        }
        if (user.lastActiveAtMillis >= monthAgo) {
            ++monthly;
            if (user.countryCode[0])
                ++countries[std::string(user.countryCode, 2)];
        }
        bool any = false;
        for (const OAuthAccount &account : user.oauthAccounts) {
            ++methods[account.providerId];
            any = true;
        }
        if (user.hasPassword) {
            ++methods["password"];
            any = true;
        }
        if (user.passkeyEnabled) {
            ++methods["passkey"];
            any = true;
        }
        if (user.otpEnabled) {
            ++methods["otp"];
            any = true;
        }
        if (!any)
            ++methods["other"];
    }

    const auto newest = [&](auto key) {
        std::vector<quint32> order = users;
        const std::size_t count = std::min(kRecentUsers, order.size());
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(count), order.end(), [&](quint32 a, quint32 b) {
            const qint64 ta = key(project.users.at(a)), tb = key(project.users.at(b));
            return ta != tb ? ta > tb : project.users.at(a).id > project.users.at(b).id;
        });
        ordered_json list = ordered_json::array();
        for (std::size_t i = 0; i < count; ++i)
            list.push_back(EntityJson::user(project, order[i]));
        return list;
    };

    qint64 teams = 0;
    for (const TeamRecord &team : project.teams)
        teams += team.deleted ? 0 : 1;

    ordered_json byCountry = ordered_json::object();
    for (const auto &[country, count] : countries)
        byCountry[country] = count;
    ordered_json loginMethods = ordered_json::array();
    for (const auto &[method, count] : methods)
        loginMethods.push_back({{"method", method}, {"count", count}});

    ordered_json body = ordered_json::object();
    body["total_users"] = total;
    body["daily_users"] = dataPoints(firstDay, signUps);
    body["daily_active_users"] = dataPoints(firstDay, active);
    body["users_by_country"] = std::move(byCountry);
    body["recently_registered"] = newest([](const UserRecord &user) { return user.signedUpAtMillis; });
    body["recently_active"] = newest([](const UserRecord &user) { return user.lastActiveAtMillis; });
    body["login_methods"] = std::move(loginMethods);
    body["auth_overview"] = {{"verified_users", verified}, {"unverified_users", unverified}, {"anonymous_users", anonymous},
                             {"total_teams", teams}, {"mau", monthly}};
    body["email_overview"] = emailOverview(project.emails, firstDay);
    return HttpResponse::json(200, body);
}

} // namespace hexclave::emulator
