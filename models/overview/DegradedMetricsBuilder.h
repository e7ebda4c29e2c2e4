#pragma once

#include "OverviewData.h"
#include "dto/User.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

namespace hexclave::models {

// The overview a server without metrics still allows: counts over the users read from /users
// (page by page; nothing but the counts and a few recent users is kept). Anonymous users are
// counted apart and left out of everything else, as the metrics do by default. Only each user's
// latest activity is known, so a day's active users are those whose latest activity fell on it:
// exact for today and for the monthly count, a lower bound for earlier days.
class DegradedMetricsBuilder
{
public:
    static constexpr int dayCount = 31;     // today−30 … today (UTC), like the server's series
    static constexpr int monthDays = 30;    // monthly active users: the last 30 days
    static constexpr int recentCount = 10;  // recently registered / active users kept

    explicit DegradedMetricsBuilder(QDate todayUtc);

    void addUsers(const QList<api::User> &users);
    qint64 usersRead() const { return m_usersRead; }
    // The overview of the users added so far; `capped`: more users exist than were added.
    OverviewData result(bool capped) const;

    static OverviewData build(const QList<api::User> &users, QDate todayUtc, bool capped = false);

private:
    void addUser(const api::User &user);
    int dayIndex(qint64 millis) const; // -1 outside the days shown

    QDate m_today;
    QDate m_firstDay;
    qint64 m_usersRead = 0;
    qint64 m_users = 0;
    qint64 m_verified = 0;
    qint64 m_unverified = 0;
    qint64 m_anonymous = 0;
    std::optional<qint64> m_oldestSignUpMillis;
    QList<qint64> m_signUps;
    QList<qint64> m_active;
    QMap<QString, qint64> m_countries;
    QHash<QString, qint64> m_methods;
    QList<api::MetricsUser> m_recentlyRegistered; // newest sign-up first
    QList<api::MetricsUser> m_recentlyActive;     // latest activity first
};

} // namespace hexclave::models
