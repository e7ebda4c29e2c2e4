#include "DegradedMetricsBuilder.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace hexclave::models {

namespace {

api::MetricsUser metricsUserOf(const api::User &user)
{
    api::MetricsUser result;
    result.id = user.id;
    result.displayName = user.displayName.value_or(QString());
    result.primaryEmail = user.primaryEmail.value_or(QString());
    result.signedUpAtMillis = user.signedUpAtMillis;
    result.lastActiveAtMillis = user.lastActiveAtMillis;
    return result;
}

// Keeps `list` the `limit` users with the largest `key`, largest first.
template <class Key>
void keepNewest(QList<api::MetricsUser> &list, const api::MetricsUser &user, Key key, int limit)
{
    const qint64 value = key(user);
    if (list.size() >= limit && key(list.constLast()) >= value)
        return;
    const auto at = std::upper_bound(list.begin(), list.end(), value,
                                     [&key](qint64 wanted, const api::MetricsUser &other) { return wanted > key(other); });
    list.insert(at, user);
    if (list.size() > limit)
        list.removeLast();
}

} // namespace

DegradedMetricsBuilder::DegradedMetricsBuilder(QDate todayUtc)
    : m_today(todayUtc)
    , m_firstDay(todayUtc.addDays(1 - dayCount))
    , m_signUps(dayCount, 0)
    , m_active(dayCount, 0)
{
}

int DegradedMetricsBuilder::dayIndex(qint64 millis) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc()).date();
    const qint64 index = m_firstDay.daysTo(day);
    return index >= 0 && index < dayCount ? int(index) : -1;
}

void DegradedMetricsBuilder::addUsers(const QList<api::User> &users)
{
    for (const api::User &user : users)
        addUser(user);
}

void DegradedMetricsBuilder::addUser(const api::User &user)
{
    ++m_usersRead;
    if (!m_oldestSignUpMillis || user.signedUpAtMillis < *m_oldestSignUpMillis)
        m_oldestSignUpMillis = user.signedUpAtMillis;
    if (user.isAnonymous) {
        ++m_anonymous;
        return;
    }
    ++m_users;
    ++(user.primaryEmailVerified ? m_verified : m_unverified);
    if (const int day = dayIndex(user.signedUpAtMillis); day >= 0)
        ++m_signUps[day];
    if (user.lastActiveAtMillis) {
        if (const int day = dayIndex(*user.lastActiveAtMillis); day >= 0)
            ++m_active[day];
    }
    if (user.countryCode && !user.countryCode->isEmpty())
        ++m_countries[user.countryCode->toUpper()];
    for (const api::OAuthProviderLink &provider : user.oauthProviders)
        ++m_methods[provider.id];
    if (user.hasPassword)
        ++m_methods[QStringLiteral("password")];
    if (user.passkeyAuthEnabled)
        ++m_methods[QStringLiteral("passkey")];
    if (user.otpAuthEnabled)
        ++m_methods[QStringLiteral("otp")];

    const api::MetricsUser brief = metricsUserOf(user);
    keepNewest(m_recentlyRegistered, brief, [](const api::MetricsUser &u) { return u.signedUpAtMillis.value_or(0); },
               recentCount);
    if (user.lastActiveAtMillis)
        keepNewest(m_recentlyActive, brief, [](const api::MetricsUser &u) { return u.lastActiveAtMillis.value_or(0); },
                   recentCount);
}

OverviewData DegradedMetricsBuilder::result(bool capped) const
{
    OverviewData data;
    data.degraded = true;
    data.today = m_today;
    data.usersRead = m_usersRead;
    data.capped = capped;
    // The users come newest sign-up first: once one signed up before the first day, every
    // sign-up of the days shown has been read.
    data.signUpsComplete = !capped
        || (m_oldestSignUpMillis && *m_oldestSignUpMillis < m_firstDay.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
    data.hasCountries = !m_countries.isEmpty();

    api::ProjectMetrics &metrics = data.metrics;
    metrics.totalUsers = m_users;
    qint64 monthly = 0;
    for (int day = 0; day < dayCount; ++day) {
        const QDate date = m_firstDay.addDays(day);
        metrics.dailySignUps.append({date, double(m_signUps.at(day))});
        metrics.dailyActiveUsers.append({date, double(m_active.at(day))});
        if (day >= dayCount - monthDays)
            monthly += m_active.at(day); // each user is counted on one day only: their latest
    }
    metrics.usersByCountry = m_countries;
    metrics.recentlyRegistered = m_recentlyRegistered;
    metrics.recentlyActive = m_recentlyActive;
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        metrics.loginMethods.append({it.key(), it.value()});
    std::sort(metrics.loginMethods.begin(), metrics.loginMethods.end(),
              [](const api::LoginMethodCount &a, const api::LoginMethodCount &b) {
                  return a.count != b.count ? a.count > b.count : a.method < b.method;
              });
    metrics.auth = api::AuthOverview{m_verified, m_unverified, m_anonymous, 0, monthly};
    return data;
}

OverviewData DegradedMetricsBuilder::build(const QList<api::User> &users, QDate todayUtc, bool capped)
{
    DegradedMetricsBuilder builder(todayUtc);
    builder.addUsers(users);
    return builder.result(capped);
}

} // namespace hexclave::models
