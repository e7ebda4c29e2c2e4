#pragma once

#include "JsonParse.h"

#include <nlohmann/json_fwd.hpp>

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hexclave::api {

// GET /internal/metrics (see /work/notes/config-facts.md §4). Sections other than the users'
// come and go with the server's version, so each is optional and read leniently. Servers without
// their analytics store answer 500 here (fixture 45): the overview then degrades to /users.

struct MetricsPoint
{
    QDate date; // UTC day
    double activity = 0;
};

struct MetricsUser
{
    QString id;
    QString displayName;
    QString primaryEmail;
    std::optional<qint64> signedUpAtMillis;
    std::optional<qint64> lastActiveAtMillis;
};

struct LoginMethodCount
{
    QString method; // an OAuth provider id ("github"), "password", "passkey", "otp" or "other"
    qint64 count = 0;
};

struct AuthOverview
{
    qint64 verifiedUsers = 0;
    qint64 unverifiedUsers = 0;
    qint64 anonymousUsers = 0;
    qint64 totalTeams = 0;
    qint64 monthlyActiveUsers = 0;
};

struct PaymentsOverview
{
    qint64 revenueCents = 0;
    qint64 mrrCents = 0;
    qint64 activeSubscriptionCount = 0;
    qint64 totalOneTimePurchases = 0;
};

struct EmailOverview
{
    QMap<QString, qint64> emailsByStatus;
    qint64 totalEmails = 0;
    qint64 emailsSent = 0;
    std::optional<double> deliverabilityRate;
    std::optional<double> bounceRate;
};

struct ProjectMetrics
{
    qint64 totalUsers = 0;
    QList<MetricsPoint> dailySignUps;  // daily_users: sign-ups per day, oldest first
    QList<MetricsPoint> dailyActiveUsers;
    QMap<QString, qint64> usersByCountry; // ISO 3166-1 alpha-2 → users
    QList<MetricsUser> recentlyRegistered;
    QList<MetricsUser> recentlyActive;
    QList<LoginMethodCount> loginMethods;
    std::optional<AuthOverview> auth;
    std::optional<PaymentsOverview> payments;
    std::optional<EmailOverview> emails;
};

void from_json(const nlohmann::ordered_json &j, ProjectMetrics &metrics);

extern template ProjectMetrics parseJson<ProjectMetrics>(const QByteArray &);

} // namespace hexclave::api
