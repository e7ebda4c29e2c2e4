// SessionRoutes: GET /auth/sessions?user_id= (fixture 14), POST /auth/sessions (fixture 13) with
// tokens that work, DELETE /auth/sessions/{id}?user_id=, and the generated users' sessions.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestSessionRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId; // created with a password, so it can sign in

    ordered_json sessionsOf(const QString &userId, const Headers &headers)
    {
        const auto result = m_http->get(u"/auth/sessions?user_id="_s + userId, headers);
        if (result.status != 200)
            qWarning("GET /auth/sessions answered %d: %s", result.status, result.body.constData());
        return result.json();
    }

    HttpResult impersonate(const QString &userId, qint64 expiresInMillis = 3600000)
    {
        return m_http->postJson(u"/auth/sessions"_s, admin(),
                                {{"user_id", userId.toStdString()}, {"expires_in_millis", expiresInMillis}, {"is_impersonation", true}});
    }

private slots:
    void initTestCase()
    {
        EmulatorOptions options;
        options.userCount = 200;
        QVERIFY2(startEmulator(options), qPrintable(startError()));
        m_userId = createUser({{"primary_email", "session.user@example.com"}, {"primary_email_auth_enabled", true},
                               {"primary_email_verified", true}, {"password", "session-password"}});
        QVERIFY(!m_userId.isEmpty());
    }

    void newUserHasNoSessions()
    {
        const ordered_json body = sessionsOf(m_userId, admin());
        COMPARE_JSON(body, ordered_json({{"is_paginated", false}, {"items", ordered_json::array()}}));
    }

    void createImpersonationMatchesFixture13()
    {
        const auto result = impersonate(m_userId);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
        const ordered_json body = result.json();
        FIXTURE_BODY(expected, u"13-sessions-create-impersonation"_s);
        const QString difference = Fixtures::shapeDifference(expected, body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // The tokens are the user's: the access token reads the user, the refresh token refreshes.
        const QString accessToken = QString::fromStdString(body["access_token"].get<std::string>());
        const auto me = m_http->get(u"/users/me"_s, projectClient(accessToken));
        QCOMPARE(me.status, 200);
        QCOMPARE(idOf(me.json()), m_userId);
        const Headers refresh = withHeader(projectClient(), "X-Stack-Refresh-Token", QByteArray::fromStdString(body["refresh_token"].get<std::string>()));
        const auto refreshed = m_http->postJson(u"/auth/sessions/current/refresh"_s, refresh, ordered_json::object());
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.json()["access_token"].is_string());
    }

    void listMatchesFixture14()
    {
        const ordered_json body = sessionsOf(m_userId, admin());
        QCOMPARE(body["items"].size(), std::size_t(1));
        FIXTURE_BODY(expected, u"14-sessions-list"_s);
        const QString difference = Fixtures::shapeDifference(expected, body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const ordered_json &session = body["items"][0];
        QCOMPARE(QString::fromStdString(session["user_id"].get<std::string>()), m_userId);
        QVERIFY(session["is_impersonation"].get<bool>());
        QVERIFY(!session["is_current_session"].get<bool>());
        QVERIFY(session["last_used_at"].get<qint64>() >= session["created_at"].get<qint64>()); // the refresh used it
        QVERIFY(!session.contains("last_used_at_end_user_ip_info")); // unknown for sessions made through the API
    }

    void impersonationsAreForAdminsOnly()
    {
        // Server access lists only ordinary sessions, like the server (crud.tsx: listImpersonations).
        QVERIFY(sessionsOf(m_userId, server())["items"].empty());
        QCOMPARE(m_http->postJson(u"/auth/sessions"_s, server(), {{"user_id", m_userId.toStdString()}}).status, 200);
        QCOMPARE(sessionsOf(m_userId, server())["items"].size(), std::size_t(1));
        QCOMPARE(sessionsOf(m_userId, admin())["items"].size(), std::size_t(2));
        const ordered_json items = sessionsOf(m_userId, admin())["items"];
        QVERIFY(items[0]["created_at"].get<qint64>() >= items[1]["created_at"].get<qint64>()); // newest first
    }

    void currentSessionWithClientAccess()
    {
        const ordered_json tokens = signInToProject(u"session.user@example.com"_s, u"session-password"_s);
        QVERIFY(tokens.is_object());
        const QString accessToken = QString::fromStdString(tokens["access_token"].get<std::string>());
        const ordered_json body = sessionsOf(u"me"_s, projectClient(accessToken));
        QCOMPARE(body["items"].size(), std::size_t(2)); // the sign-in and the server's session, no impersonation
        QString currentId;
        for (const auto &session : body["items"]) {
            if (session["is_current_session"].get<bool>())
                currentId = idOf(session);
        }
        QVERIFY(!currentId.isEmpty());

        const auto current = m_http->send("DELETE", u"/auth/sessions/"_s + currentId + u"?user_id=me"_s, projectClient(accessToken));
        QCOMPARE(current.status, 400);
        COMPARE_JSON(current.json(), ordered_json({{"code", "CANNOT_DELETE_CURRENT_SESSION"}, {"error", "Cannot delete the current session."}}));

        const QString someoneElse = idOf(m_http->get(u"/users?limit=1"_s, admin()).json()["items"][0]);
        const auto foreign = m_http->get(u"/auth/sessions?user_id="_s + someoneElse, projectClient(accessToken));
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.text(), u"Client can only list sessions for their own user."_s);
        const auto anonymous = m_http->get(u"/auth/sessions?user_id=me"_s, projectClient());
        QCOMPARE(anonymous.header("x-stack-known-error"), QByteArray("CANNOT_GET_OWN_USER_WITHOUT_USER"));
    }

    void revoke()
    {
        const auto created = impersonate(m_userId);
        const QByteArray refreshToken = QByteArray::fromStdString(created.json()["refresh_token"].get<std::string>());
        const QString sessionId = idOf(sessionsOf(m_userId, admin())["items"][0]); // the newest
        const QString path = u"/auth/sessions/"_s + sessionId + u"?user_id="_s + m_userId;
        const std::size_t before = sessionsOf(m_userId, admin())["items"].size();

        const auto result = m_http->send("DELETE", path, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"54-user-delete"_s)); // {"success":true}
        QCOMPARE(sessionsOf(m_userId, admin())["items"].size(), before - 1);
        const auto refresh = m_http->postJson(u"/auth/sessions/current/refresh"_s,
                                              withHeader(projectClient(), "X-Stack-Refresh-Token", refreshToken), ordered_json::object());
        QCOMPARE(refresh.status, 401);
        QCOMPARE(refresh.header("x-stack-known-error"), QByteArray("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"));

        const auto again = m_http->send("DELETE", path, admin());
        QCOMPARE(again.status, 404);
        QCOMPARE(again.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(again.text(), u"Session not found."_s);
    }

    void passwordChangeEndsEverySession()
    {
        QVERIFY(!sessionsOf(m_userId, admin())["items"].empty());
        QCOMPARE(m_http->patchJson(u"/users/"_s + m_userId, admin(), {{"password", "changed-password"}}).status, 200);
        QVERIFY(sessionsOf(m_userId, admin())["items"].empty());
    }

    void generatedUsersHaveSessions()
    {
        const ordered_json users = m_http->get(u"/users?limit=60&include_anonymous=true"_s, admin()).json()["items"];
        int withSessions = 0, withIpInfo = 0, impersonations = 0;
        for (const auto &user : users) {
            const QString id = idOf(user);
            const ordered_json first = sessionsOf(id, admin());
            COMPARE_JSON(sessionsOf(id, admin()), first); // generated once, then the same
            const ordered_json &items = first["items"];
            withSessions += !items.empty();
            for (std::size_t i = 0; i < items.size(); ++i) {
                const ordered_json &session = items[i];
                QVERIFY(session["created_at"].get<qint64>() <= session["last_used_at"].get<qint64>());
                QVERIFY(session["last_used_at"].get<qint64>() <= user["last_active_at_millis"].get<qint64>());
                if (i > 0)
                    QVERIFY(items[i - 1]["created_at"].get<qint64>() >= session["created_at"].get<qint64>());
                impersonations += session["is_impersonation"].get<bool>();
                if (session.contains("last_used_at_end_user_ip_info")) {
                    ++withIpInfo;
                    const ordered_json &ip = session["last_used_at_end_user_ip_info"];
                    for (const char *key : {"ip", "countryCode", "regionCode", "cityName", "latitude", "longitude", "tzIdentifier"})
                        QVERIFY2(ip.contains(key), key);
                }
            }
        }
        QVERIFY(withSessions > 20);
        QVERIFY(withIpInfo > 10);
        Q_UNUSED(impersonations) // some seeds give none among 60 users
    }

    void revokeGeneratedSession()
    {
        const ordered_json users = m_http->get(u"/users?limit=40"_s, admin()).json()["items"];
        for (const auto &user : users) {
            const QString id = idOf(user);
            const ordered_json items = sessionsOf(id, admin())["items"];
            if (items.empty())
                continue;
            const auto result = m_http->send("DELETE", u"/auth/sessions/"_s + idOf(items[0]) + u"?user_id="_s + id, admin());
            QCOMPARE(result.status, 200);
            QCOMPARE(sessionsOf(id, admin())["items"].size(), items.size() - 1);
            return;
        }
        QFAIL("no generated user with a session among the first 40");
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("message");
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        QTest::newRow("list without user") << QByteArray("GET") << u"/auth/sessions"_s << QByteArray() << 400 << QByteArray("SCHEMA_ERROR")
                                           << u"Request validation failed on GET /api/v1/auth/sessions:\n  - query.user_id must be defined"_s;
        QTest::newRow("list bad user") << QByteArray("GET") << u"/auth/sessions?user_id=x"_s << QByteArray() << 400 << QByteArray("SCHEMA_ERROR")
                                       << u"Request validation failed on GET /api/v1/auth/sessions:\n  - query.user_id must be a valid UUID"_s;
        QTest::newRow("create for unknown user")
            << QByteArray("POST") << u"/auth/sessions"_s << QByteArray(R"({"user_id":"3241a285-8329-4d69-8f3d-316e08cf140c"})") << 400
            << QByteArray("USER_ID_DOES_NOT_EXIST") << u"The given user with the ID 3241a285-8329-4d69-8f3d-316e08cf140c does not exist."_s;
        QTest::newRow("create too long") << QByteArray("POST") << u"/auth/sessions"_s
                                         << QByteArray(R"({"user_id":"3241a285-8329-4d69-8f3d-316e08cf140c","expires_in_millis":31968000000})")
                                         << 400 << QByteArray("SCHEMA_ERROR")
                                         << u"Request validation failed on POST /api/v1/auth/sessions:\n  - body.expires_in_millis must be less than or equal to 31708800000"_s;
        QTest::newRow("create unknown field") << QByteArray("POST") << u"/auth/sessions"_s << QByteArray(R"({"user_id":"me","x":1})") << 400
                                              << QByteArray("SCHEMA_ERROR")
                                              << u"Request validation failed on POST /api/v1/auth/sessions:\n  - body contains unknown properties: x"_s;
        QTest::newRow("delete bad id") << QByteArray("DELETE") << u"/auth/sessions/nope?user_id="_s + unknown << QByteArray() << 400
                                       << QByteArray("SCHEMA_ERROR")
                                       << u"Request validation failed on DELETE /api/v1/auth/sessions/nope:\n  - params.id must be a valid UUID"_s;
        QTest::newRow("delete without user") << QByteArray("DELETE") << u"/auth/sessions/"_s + unknown << QByteArray() << 400
                                             << QByteArray("SCHEMA_ERROR")
                                             << u"Request validation failed on DELETE /api/v1/auth/sessions/"_s + unknown
                + u":\n  - query.user_id must be defined"_s;
        QTest::newRow("delete unknown") << QByteArray("DELETE") << u"/auth/sessions/%1?user_id=%1"_s.arg(unknown) << QByteArray() << 404
                                        << QByteArray() << u"Session not found."_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QString, message);
        const Headers headers = body.isEmpty() ? admin() : withHeader(admin(), "Content-Type", "application/json");
        const auto result = m_http->send(method, path, headers, body.isEmpty() ? QByteArray() : body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
        QCOMPARE(errorText(result), message);
        if (code == "USER_ID_DOES_NOT_EXIST")
            COMPARE_JSON(result.json()["details"], ordered_json({{"user_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}}));
    }

    void unknownUserHasNoSessions()
    {
        // The server does not check the user here.
        COMPARE_JSON(sessionsOf(u"3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin())["items"], ordered_json::array());
    }

    void clientMayNotCreate()
    {
        const auto result = m_http->postJson(u"/auth/sessions"_s, projectClient(), {{"user_id", m_userId.toStdString()}});
        QCOMPARE(result.status, 401);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
        COMPARE_JSON(result.json()["details"]["allowed_access_types"], ordered_json({"server", "admin"}));
    }
};

QTEST_GUILESS_MAIN(TestSessionRoutes)
#include "tst_sessionroutes.moc"
