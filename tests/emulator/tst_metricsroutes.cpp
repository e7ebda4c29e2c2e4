// MetricsRoutes: GET /internal/metrics computed from the demo project's users (config-facts §4),
// read back through the client's DTO, its query check, and the 500 of a server without its
// analytics store (fixture 45).
#include "EmulatorTestCase.h"

#include "dto/Metrics.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hexclave;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestMetricsRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    ordered_json metrics(const QString &query = {})
    {
        const auto result = m_http->get(u"/internal/metrics"_s + query, admin());
        return result.status == 200 ? result.json() : ordered_json(ordered_json::value_t::discarded);
    }

    // The demo project's users as GET /users lists them (every page).
    ordered_json allUsers()
    {
        ordered_json users = ordered_json::array();
        QString cursor;
        do {
            const ordered_json page = m_http->get(u"/users?include_anonymous=true&limit=100"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), server()).json();
            for (const auto &user : page["items"])
                users.push_back(user);
            const auto &next = page["pagination"]["next_cursor"];
            cursor = next.is_string() ? QString::fromStdString(next.get<std::string>()) : QString();
        } while (!cursor.isEmpty());
        return users;
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void overviewOfTheDemoProject()
    {
        const ordered_json body = metrics();
        QVERIFY(!body.is_discarded());
        const ordered_json users = allUsers();
        qint64 named = 0, anonymous = 0, verified = 0;
        for (const auto &user : users) {
            if (user["is_anonymous"].get<bool>())
                ++anonymous;
            else
                ++named, verified += user["primary_email_verified"].get<bool>() ? 1 : 0;
        }
        QCOMPARE(body["total_users"].get<qint64>(), named);
        QVERIFY(named >= 100);

        // 31 days, today last (UTC); sign-ups per day agree with the users' sign-up times.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(body["daily_users"].size(), std::size_t(31));
        QCOMPARE(body["daily_active_users"].size(), std::size_t(31));
        QCOMPARE(QString::fromStdString(body["daily_users"][30]["date"].get<std::string>()), today.toString(Qt::ISODate));
        QCOMPARE(QString::fromStdString(body["daily_users"][0]["date"].get<std::string>()), today.addDays(-30).toString(Qt::ISODate));
        qint64 recentSignUps = 0;
        for (const auto &user : users) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(user["signed_up_at_millis"].get<qint64>(), QTimeZone::utc()).date();
            if (!user["is_anonymous"].get<bool>() && day >= today.addDays(-30))
                ++recentSignUps;
        }
        qint64 listed = 0, active = 0;
        for (int i = 0; i < 31; ++i) {
            listed += body["daily_users"][std::size_t(i)]["activity"].get<qint64>();
            active += body["daily_active_users"][std::size_t(i)]["activity"].get<qint64>();
        }
        QCOMPARE(listed, recentSignUps);
        QVERIFY(active > 0);

        const ordered_json &auth = body["auth_overview"];
        QCOMPARE(auth["verified_users"].get<qint64>(), verified);
        QCOMPARE(auth["unverified_users"].get<qint64>(), named - verified);
        QCOMPARE(auth["anonymous_users"].get<qint64>(), anonymous);
        QVERIFY(auth["total_teams"].get<qint64>() >= 16);
        QVERIFY(auth["mau"].get<qint64>() > 0 && auth["mau"].get<qint64>() <= named);

        // Newest first, at most 100, admin user objects.
        const ordered_json &registered = body["recently_registered"];
        QCOMPARE(registered.size(), std::size_t(std::min<qint64>(100, named)));
        for (std::size_t i = 1; i < registered.size(); ++i)
            QVERIFY(registered[i - 1]["signed_up_at_millis"].get<qint64>() >= registered[i]["signed_up_at_millis"].get<qint64>());
        QVERIFY(registered[0].contains("primary_email") && registered[0].contains("server_metadata"));
        const ordered_json &active30 = body["recently_active"];
        for (std::size_t i = 1; i < active30.size(); ++i)
            QVERIFY(active30[i - 1]["last_active_at_millis"].get<qint64>() >= active30[i]["last_active_at_millis"].get<qint64>());

        qint64 countries = 0;
        for (const auto &[country, count] : body["users_by_country"].items()) {
            QCOMPARE(country.size(), std::size_t(2));
            QVERIFY(QChar::fromLatin1(country[0]).isUpper());
            countries += count.get<qint64>();
        }
        QVERIFY(countries > 0 && countries <= auth["mau"].get<qint64>());
        QStringList methods;
        for (const auto &method : body["login_methods"])
            methods.append(QString::fromStdString(method["method"].get<std::string>()));
        QVERIFY2(methods.contains(u"password"_s), qPrintable(methods.join(u',')));
        QVERIFY2(methods.size() >= 3, qPrintable(methods.join(u',')));
        QVERIFY(body["email_overview"]["total_emails"].get<qint64>() > 0);

        // What the client makes of it.
        const auto parsed = api::parseJson<api::ProjectMetrics>(QByteArray::fromStdString(body.dump()));
        QCOMPARE(parsed.totalUsers, named);
        QCOMPARE(parsed.dailySignUps.size(), 31);
        QCOMPARE(parsed.dailySignUps.last().date, today);
        QVERIFY(parsed.auth.has_value());
        QCOMPARE(parsed.auth->anonymousUsers, anonymous);
        QVERIFY(parsed.emails.has_value());
        QVERIFY(!parsed.payments.has_value());
    }

    void anonymousUsersOnRequest()
    {
        const ordered_json without = metrics(u"?include_anonymous=false"_s);
        const ordered_json with = metrics(u"?include_anonymous=true"_s);
        QCOMPARE(with["total_users"].get<qint64>(), without["total_users"].get<qint64>() + with["auth_overview"]["anonymous_users"].get<qint64>());
        const auto bad = m_http->get(u"/internal/metrics?include_anonymous=yes"_s, admin());
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QVERIFY(errorText(bad).endsWith(u"query.include_anonymous must be one of the following values: true, false"_s));
        QCOMPARE(m_http->get(u"/internal/metrics?since=1"_s, admin()).header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(m_http->get(u"/internal/metrics"_s, server()).status, 401);
    }

    void newProjectHasNoActivity()
    {
        const ordered_json body = m_http->get(u"/internal/metrics"_s,
                                              TestHttpClient::admin(m_account.secondProjectId, u"sak_emulator0second0project0super0secret0adm"_s)).json();
        QVERIFY(body["total_users"].get<qint64>() > 0 && body["total_users"].get<qint64>() <= 10);
        QCOMPARE(body["daily_users"].size(), std::size_t(31));
    }

    // Last: restarts the emulator without its analytics store.
    void withoutAnalyticsStore()
    {
        QVERIFY2(startEmulator({.metricsAvailable = false}), qPrintable(startError()));
        const auto result = m_http->get(u"/internal/metrics"_s, admin());
        QCOMPARE(result.status, 500);
        QCOMPARE(result.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(result.header("x-stack-known-error"), QByteArray());
        QVERIFY(result.text().startsWith(u"Internal Server Error. The error message follows, but will be stripped in production. "
                                         "StackAssertionError: Missing environment variable: STACK_CLICKHOUSE_URL"_s));
        QCOMPARE(m_http->get(u"/users"_s, admin()).status, 200); // the rest works
    }
};

QTEST_GUILESS_MAIN(TestMetricsRoutes)
#include "tst_metricsroutes.moc"
