// DegradedMetricsBuilder: the overview computed from /users when the server has no metrics —
// counts of verified, unverified and anonymous users, monthly and daily activity from each
// user's latest activity, sign-ups per UTC day, sign-in methods, countries, the recent users, and
// whether a capped read still covers every day of the sign-ups chart.

#include "overview/DegradedMetricsBuilder.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

const QDate today(2026, 11, 24);

qint64 at(int daysAgo, int hour = 10, int minute = 0)
{
    return QDateTime(today.addDays(-daysAgo), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

struct UserSpec
{
    QString id;
    qint64 signedUp = 0;
    std::optional<qint64> lastActive;
    bool verified = true;
    bool anonymous = false;
    QStringList methods; // "password", "passkey", "otp" or an OAuth provider id
    QString country;
};

api::User makeUser(const UserSpec &spec)
{
    api::User user;
    user.id = spec.id;
    user.displayName = u"Name of "_s + spec.id;
    user.primaryEmail = spec.id + u"@example.com"_s;
    user.signedUpAtMillis = spec.signedUp;
    user.lastActiveAtMillis = spec.lastActive;
    user.primaryEmailVerified = spec.verified;
    user.isAnonymous = spec.anonymous;
    for (const QString &method : spec.methods) {
        if (method == u"password")
            user.hasPassword = true;
        else if (method == u"passkey")
            user.passkeyAuthEnabled = true;
        else if (method == u"otp")
            user.otpAuthEnabled = true;
        else
            user.oauthProviders.append({method, u"acct"_s, std::nullopt});
    }
    if (!spec.country.isEmpty())
        user.countryCode = spec.country;
    return user;
}

QList<api::User> makeUsers(const QList<UserSpec> &specs)
{
    QList<api::User> users;
    for (const UserSpec &spec : specs)
        users << makeUser(spec);
    return users;
}

// "index:count" for every day with a count, index 0 = today−30.
QString nonZeroDays(const QList<api::MetricsPoint> &points)
{
    QStringList days;
    for (int i = 0; i < points.size(); ++i) {
        if (points.at(i).activity != 0)
            days << u"%1:%2"_s.arg(i).arg(points.at(i).activity);
    }
    return days.join(u' ');
}

QString methodsText(const QList<api::LoginMethodCount> &methods)
{
    QStringList texts;
    for (const api::LoginMethodCount &method : methods)
        texts << u"%1=%2"_s.arg(method.method).arg(method.count);
    return texts.join(u' ');
}

QString countriesText(const QMap<QString, qint64> &countries)
{
    QStringList texts;
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        texts << u"%1=%2"_s.arg(it.key()).arg(it.value());
    return texts.join(u' ');
}

QStringList ids(const QList<api::MetricsUser> &users)
{
    QStringList result;
    for (const api::MetricsUser &user : users)
        result << user.id;
    return result;
}

} // namespace

class TestDegradedMetricsBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QList<UserSpec>>("users");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("verified");
        QTest::addColumn<qint64>("unverified");
        QTest::addColumn<qint64>("anonymous");
        QTest::addColumn<qint64>("monthlyActive");
        QTest::addColumn<QString>("signUpDays");
        QTest::addColumn<QString>("activeDays");
        QTest::addColumn<QString>("methods");
        QTest::addColumn<QString>("countries");

        QTest::newRow("no users") << QList<UserSpec>{} << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                  << QString() << QString() << QString() << QString();
        QTest::newRow("mixed")
            << QList<UserSpec>{
                   {u"a"_s, at(0), at(0, 12), true, false, {u"password"_s, u"github"_s}, u"DE"_s},
                   {u"b"_s, at(2), at(1), false, false, {u"otp"_s}, u"us"_s},
                   {u"c"_s, at(40), at(5), true, false, {u"passkey"_s, u"google"_s}, u"DE"_s},
                   {u"d"_s, at(0), at(0), false, true, {}, u"FR"_s},
                   {u"e"_s, at(100), std::nullopt, true, false, {u"password"_s}, {}},
               }
            << qint64(4) << qint64(3) << qint64(1) << qint64(1) << qint64(3) << u"28:1 30:1"_s
            << u"25:1 29:1 30:1"_s << u"password=2 github=1 google=1 otp=1 passkey=1"_s << u"DE=2 US=1"_s;
        // The window is today−30 … today; monthly activity the last 30 days (today−29 … today).
        QTest::newRow("window edges")
            << QList<UserSpec>{
                   {u"a"_s, at(30), at(30), true, false, {}, {}},
                   {u"b"_s, at(31), at(31), true, false, {}, {}},
                   {u"c"_s, at(29), at(29), true, false, {}, {}},
               }
            << qint64(3) << qint64(3) << qint64(0) << qint64(0) << qint64(1) << u"0:1 1:1"_s << u"0:1 1:1"_s
            << QString() << QString();
        // Days are UTC days, whatever the local time zone.
        QTest::newRow("UTC midnight")
            << QList<UserSpec>{
                   {u"a"_s, at(1, 23, 59), at(1, 23, 59), true, false, {}, {}},
                   {u"b"_s, at(0, 0, 1), at(0, 0, 1), true, false, {}, {}},
               }
            << qint64(2) << qint64(2) << qint64(0) << qint64(0) << qint64(2) << u"29:1 30:1"_s << u"29:1 30:1"_s
            << QString() << QString();
        QTest::newRow("only anonymous")
            << QList<UserSpec>{{u"a"_s, at(0), at(0), false, true, {u"password"_s}, u"DE"_s}}
            << qint64(0) << qint64(0) << qint64(0) << qint64(1) << qint64(0) << QString() << QString() << QString()
            << QString();
    }

    void counts()
    {
        QFETCH(QList<UserSpec>, users);
        QFETCH(qint64, total);
        QFETCH(qint64, verified);
        QFETCH(qint64, unverified);
        QFETCH(qint64, anonymous);
        QFETCH(qint64, monthlyActive);
        QFETCH(QString, signUpDays);
        QFETCH(QString, activeDays);
        QFETCH(QString, methods);
        QFETCH(QString, countries);
        const models::OverviewData data = models::DegradedMetricsBuilder::build(makeUsers(users), today);
        QVERIFY(data.degraded);
        QCOMPARE(data.today, today);
        QCOMPARE(data.usersRead, qint64(users.size()));
        QVERIFY(!data.capped);
        QVERIFY(data.signUpsComplete);
        const api::ProjectMetrics &metrics = data.metrics;
        QCOMPARE(metrics.totalUsers, total);
        QVERIFY(metrics.auth.has_value());
        QCOMPARE(metrics.auth->verifiedUsers, verified);
        QCOMPARE(metrics.auth->unverifiedUsers, unverified);
        QCOMPARE(metrics.auth->anonymousUsers, anonymous);
        QCOMPARE(metrics.auth->monthlyActiveUsers, monthlyActive);
        QCOMPARE(metrics.dailySignUps.size(), models::DegradedMetricsBuilder::dayCount);
        QCOMPARE(metrics.dailyActiveUsers.size(), models::DegradedMetricsBuilder::dayCount);
        QCOMPARE(metrics.dailySignUps.constFirst().date, today.addDays(-30));
        QCOMPARE(metrics.dailySignUps.constLast().date, today);
        QCOMPARE(nonZeroDays(metrics.dailySignUps), signUpDays);
        QCOMPARE(nonZeroDays(metrics.dailyActiveUsers), activeDays);
        QCOMPARE(methodsText(metrics.loginMethods), methods);
        QCOMPARE(countriesText(metrics.usersByCountry), countries);
        QCOMPARE(data.hasCountries, !countries.isEmpty());
        QVERIFY(!metrics.payments && !metrics.emails);
    }

    void activeTodayIsTheLastDay()
    {
        const models::OverviewData data = models::DegradedMetricsBuilder::build(
            makeUsers({{u"a"_s, at(3), at(0), true, false, {}, {}}, {u"b"_s, at(3), at(0, 1), true, false, {}, {}},
                       {u"c"_s, at(3), at(1), true, false, {}, {}}}),
            today);
        QCOMPARE(data.activeToday(), std::optional<qint64>(2));
    }

    void recentUsersNewestFirstAndCapped()
    {
        QList<UserSpec> specs;
        for (int i = 0; i < 15; ++i) // u0 signed up most recently, u14 was active most recently
            specs.append({u"u%1"_s.arg(i), at(0, 20) - i * 60'000, at(0, 20) - (14 - i) * 60'000, true, false, {}, {}});
        specs.append({u"anon"_s, at(0, 23), at(0, 23), false, true, {}, {}});
        specs.append({u"never"_s, at(50), std::nullopt, true, false, {}, {}});
        models::DegradedMetricsBuilder builder(today);
        // Page by page, in any order: the result is the same.
        builder.addUsers(makeUsers(specs.mid(8)));
        builder.addUsers(makeUsers(specs.mid(0, 8)));
        const models::OverviewData data = builder.result(false);
        QCOMPARE(ids(data.metrics.recentlyRegistered),
                 (QStringList{u"u0"_s, u"u1"_s, u"u2"_s, u"u3"_s, u"u4"_s, u"u5"_s, u"u6"_s, u"u7"_s, u"u8"_s, u"u9"_s}));
        QCOMPARE(ids(data.metrics.recentlyActive), (QStringList{u"u14"_s, u"u13"_s, u"u12"_s, u"u11"_s, u"u10"_s,
                                                                u"u9"_s, u"u8"_s, u"u7"_s, u"u6"_s, u"u5"_s}));
        const api::MetricsUser &first = data.metrics.recentlyRegistered.constFirst();
        QCOMPARE(first.displayName, u"Name of u0"_s);
        QCOMPARE(first.primaryEmail, u"u0@example.com"_s);
        QCOMPARE(first.signedUpAtMillis, std::optional<qint64>(at(0, 20)));
    }

    void cappedReadCoversTheDaysWhenOldEnough_data()
    {
        QTest::addColumn<int>("oldestDaysAgo");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<bool>("complete");
        QTest::newRow("not capped") << 2 << false << true;
        QTest::newRow("capped, read back 40 days") << 40 << true << true;
        QTest::newRow("capped, read back 31 days") << 31 << true << true;
        QTest::newRow("capped, read back 30 days") << 30 << true << false;
        QTest::newRow("capped, read back 2 days") << 2 << true << false;
    }

    void cappedReadCoversTheDaysWhenOldEnough()
    {
        QFETCH(int, oldestDaysAgo);
        QFETCH(bool, capped);
        QFETCH(bool, complete);
        models::DegradedMetricsBuilder builder(today);
        builder.addUsers(makeUsers({{u"new"_s, at(0), at(0), true, false, {}, {}},
                                    {u"old"_s, at(oldestDaysAgo), std::nullopt, true, false, {}, {}}}));
        const models::OverviewData data = builder.result(capped);
        QCOMPARE(data.capped, capped);
        QCOMPARE(data.signUpsComplete, complete);
        QCOMPARE(data.usersRead, qint64(2));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestDegradedMetricsBuilder)
#include "tst_DegradedMetricsBuilder.moc"
