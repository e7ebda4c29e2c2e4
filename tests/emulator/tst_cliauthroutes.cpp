// CliAuthRoutes: the browser sign-in of the official CLI, end to end against the emulator:
// start (fixture 49), waiting, confirm (API, confirm page, auto-confirm), success, used, expired.
#include "EmulatorTestCase.h"

#include <QDateTime>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestCliAuthRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    ordered_json start(TestHttpClient &http, const ordered_json &body = ordered_json::object())
    {
        const auto result = http.postJson(u"/auth/cli"_s, internalClient(), body);
        return result.status == 200 ? result.json() : ordered_json();
    }

    HttpResult poll(TestHttpClient &http, const ordered_json &attempt)
    {
        return http.postJson(u"/auth/cli/poll"_s, internalClient(), {{"polling_code", attempt["polling_code"]}});
    }

    static QString statusOf(const HttpResult &result)
    {
        return QString::fromStdString(result.json().value("status", std::string()));
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void startMatchesFixture49()
    {
        const auto result = m_http->postJson(u"/auth/cli"_s, internalClient(), ordered_json::object());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"49-cli-auth-start"_s), body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QDateTime expiresAt = QDateTime::fromString(QString::fromStdString(body["expires_at"].get<std::string>()), Qt::ISODateWithMs);
        QVERIFY(expiresAt.isValid());
        QVERIFY(QString::fromStdString(body["expires_at"].get<std::string>()).endsWith(u'Z'));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiresAt) - 7200) < 10);
        QVERIFY(body["polling_code"].get<std::string>() != body["login_code"].get<std::string>());
    }

    void waitingConfirmSuccessUsed()
    {
        const ordered_json attempt = start(*m_http);
        for (int i = 0; i < 3; ++i) {
            const auto waiting = poll(*m_http, attempt);
            QCOMPARE(waiting.status, 200);
            COMPARE_JSON(waiting.json(), ordered_json({{"status", "waiting"}}));
        }
        QVERIFY(m_emulator->confirmCliAuth(QString::fromStdString(attempt["login_code"].get<std::string>())));
        QVERIFY(!m_emulator->confirmCliAuth(QString::fromStdString(attempt["login_code"].get<std::string>())));

        const auto success = poll(*m_http, attempt);
        QCOMPARE(success.status, 201);
        const ordered_json body = success.json();
        QCOMPARE(body["status"].get<std::string>(), "success");
        const QString refreshToken = QString::fromStdString(body["refresh_token"].get<std::string>());
        QVERIFY(!refreshToken.isEmpty());

        const auto used = poll(*m_http, attempt);
        QCOMPARE(used.status, 200);
        QCOMPARE(statusOf(used), u"used"_s);

        // The refresh token signs the dashboard account in: it owns the two demo projects.
        const auto refreshed = m_http->postJson(u"/auth/sessions/current/refresh"_s,
                                                withHeader(internalClient(), "X-Stack-Refresh-Token", refreshToken.toUtf8()),
                                                ordered_json::object());
        QCOMPARE(refreshed.status, 200);
        const QString accessToken = QString::fromStdString(refreshed.json()["access_token"].get<std::string>());
        QCOMPARE(m_http->get(u"/users/me"_s, internalClient(accessToken)).json()["primary_email"].get<std::string>(),
                 "admin@example.com");
        const ordered_json projects = m_http->get(u"/internal/projects"_s, internalClient(accessToken)).json()["items"];
        QCOMPARE(projects.size(), std::size_t(2));
        QCOMPARE(m_http->get(u"/users?limit=1"_s, TestHttpClient::adminToken(m_account.projectId, accessToken)).status, 200);
    }

    void confirmPageInTheBrowser()
    {
        const ordered_json attempt = start(*m_http);
        const QString loginCode = QString::fromStdString(attempt["login_code"].get<std::string>());
        QUrl pageUrl(m_emulator->dashboardUrl().toString() + u"/handler/cli-auth-confirm"_s);
        QUrlQuery query;
        query.addQueryItem(u"login_code"_s, loginCode);
        pageUrl.setQuery(query);

        const auto page = m_http->sendRaw("GET", pageUrl);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.text().contains(u"Authorize CLI Application"_s));
        QVERIFY(page.text().contains(u">Authorize</button>"_s));
        QVERIFY(page.text().contains(loginCode));
        QCOMPARE(statusOf(poll(*m_http, attempt)), u"waiting"_s);

        // What the browser sends when the button is pressed.
        const QByteArray form = "login_code=" + QUrl::toPercentEncoding(loginCode);
        const auto confirmed = m_http->sendRaw("POST", QUrl(m_emulator->dashboardUrl().toString() + u"/handler/cli-auth-confirm"_s),
                                               {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
        QCOMPARE(confirmed.status, 200);
        QVERIFY(confirmed.text().contains(u"CLI Authorization Successful"_s));
        QCOMPARE(poll(*m_http, attempt).status, 201);

        const auto again = m_http->sendRaw("POST", QUrl(m_emulator->dashboardUrl().toString() + u"/handler/cli-auth-confirm"_s),
                                           {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
        QCOMPARE(again.status, 400);
        QVERIFY(again.text().contains(u"Authorization Failed"_s));
        QVERIFY(m_http->sendRaw("GET", pageUrl).text().contains(u"Authorization Failed"_s));
    }

    void completeWithARefreshToken()
    {
        const ordered_json attempt = start(*m_http);
        const ordered_json tokens = signInToDashboard(*m_http);
        QVERIFY(tokens.is_object());
        const std::string refreshToken = tokens["refresh_token"].get<std::string>();
        const auto check = m_http->postJson(u"/auth/cli/complete"_s, internalClient(),
                                            {{"login_code", attempt["login_code"]}, {"mode", "check"}});
        COMPARE_JSON(check.json(), ordered_json({{"cli_session_state", "none"}}));
        const auto complete = m_http->postJson(u"/auth/cli/complete"_s, internalClient(),
                                               {{"login_code", attempt["login_code"]}, {"refresh_token", refreshToken}});
        QCOMPARE(complete.status, 200);
        COMPARE_JSON(complete.json(), ordered_json({{"success", true}}));
        const auto success = poll(*m_http, attempt);
        QCOMPARE(success.status, 201);
        QCOMPARE(success.json()["refresh_token"].get<std::string>(), refreshToken);
        const auto twice = m_http->postJson(u"/auth/cli/complete"_s, internalClient(),
                                            {{"login_code", attempt["login_code"]}, {"refresh_token", refreshToken}});
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.text(), u"Invalid login code or the code has expired"_s);
    }

    void expiredAttempt()
    {
        const ordered_json attempt = start(*m_http, {{"expires_in_millis", 300}});
        QVERIFY(attempt.is_object());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(poll(*m_http, attempt)), u"expired"_s, 3000);
        QVERIFY(!m_emulator->confirmCliAuth(QString::fromStdString(attempt["login_code"].get<std::string>())));

        const auto tooLong = m_http->postJson(u"/auth/cli"_s, internalClient(), {{"expires_in_millis", 86400001}});
        QCOMPARE(tooLong.status, 400);
        QVERIFY(QString::fromStdString(tooLong.json()["error"].get<std::string>())
                    .endsWith(u"body.expires_in_millis must be less than or equal to 86400000"_s));
    }

    void invalidPollingCode()
    {
        const auto result = m_http->postJson(u"/auth/cli/poll"_s, internalClient(), {{"polling_code", "nope"}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("INVALID_POLLING_CODE"));
        const auto missing = m_http->postJson(u"/auth/cli/poll"_s, internalClient(), ordered_json::object());
        QCOMPARE(missing.status, 400);
        QVERIFY(QString::fromStdString(missing.json()["error"].get<std::string>()).endsWith(u"body.polling_code must be defined"_s));
    }

    void autoConfirm()
    {
        EmulatorOptions options;
        options.userCount = 0;
        options.autoConfirmCliAuth = true;
        Emulator demo(options);
        QVERIFY(demo.start());
        TestHttpClient http(demo.apiRoot());
        const ordered_json attempt = start(http);
        const auto result = poll(http, attempt);
        QCOMPARE(result.status, 201);
        QCOMPARE(statusOf(result), u"success"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliAuthRoutes)
#include "tst_cliauthroutes.moc"
