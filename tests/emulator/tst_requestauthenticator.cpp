// RequestAuthenticator (and the router's access-type check): every header combination the server
// refuses, with its status, known-error code, header and body.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

Q_DECLARE_METATYPE(hexclave::emulator::test::Headers)

class TestRequestAuthenticator : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_adminToken;     // of the dashboard account (internal project)
    QString m_demoUserToken;  // of a user of the demo project

    QString signIn(const QString &projectId, const QString &publishableKey, const QString &email, const QString &password)
    {
        const auto result = m_http->postJson(u"/auth/password/sign-in"_s, TestHttpClient::client(projectId, publishableKey),
                                             {{"email", email.toStdString()}, {"password", password.toStdString()}});
        if (result.status != 200)
            return {};
        return QString::fromStdString(result.json()["access_token"].get<std::string>());
    }

    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(result.header("x-stack-known-error"), code);
        QCOMPARE(result.header("x-hexclave-known-error"), code);
        QVERIFY(!result.header("x-stack-request-id").isEmpty());
        const ordered_json body = result.json();
        QCOMPARE(QByteArray::fromStdString(body["code"].get<std::string>()), code);
        QVERIFY(body.contains("error"));
        QCOMPARE(body.begin().key(), std::string("code"));
        QCOMPARE((--body.end()).key(), std::string("error"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_adminToken = dashboardAccessToken();
        QVERIFY(!m_adminToken.isEmpty());

        const auto created = m_http->postJson(u"/users"_s, server(),
                                              {{"primary_email", "demo.user@example.com"},
                                               {"primary_email_auth_enabled", true},
                                               {"primary_email_verified", true},
                                               {"password", "secret-password"}});
        QCOMPARE(created.status, 201);
        m_demoUserToken = signIn(m_account.projectId, m_account.projectPublishableClientKey,
                                 u"demo.user@example.com"_s, u"secret-password"_s);
        QVERIFY(!m_demoUserToken.isEmpty());
    }

    void noAccessTypeMatchesFixture51()
    {
        const auto result = m_http->get(u"/users"_s);
        verifyKnownError(result, 400, "ACCESS_TYPE_REQUIRED");
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"51-no-access-type"_s));
    }

    void unparsableAdminTokenMatchesFixture52()
    {
        const auto result = m_http->get(u"/users?limit=1"_s, TestHttpClient::adminToken(m_account.projectId, u"not-a-jwt"_s));
        verifyKnownError(result, 401, "UNPARSABLE_ADMIN_ACCESS_TOKEN");
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"52-expired-or-bad-admin-token"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");

        const QByteArray demo = m_account.projectId.toUtf8();
        QTest::newRow("key without access type")
            << u"/users"_s << Headers{{"X-Stack-Project-Id", demo}, {"X-Stack-Secret-Server-Key", "ssk_x"}} << 400
            << QByteArray("PROJECT_KEY_WITHOUT_ACCESS_TYPE");
        QTest::newRow("unknown access type") << u"/users"_s << Headers{{"X-Stack-Access-Type", "root"}, {"X-Stack-Project-Id", demo}}
                                             << 400 << QByteArray("INVALID_ACCESS_TYPE");
        QTest::newRow("no project id") << u"/users"_s << Headers{{"X-Stack-Access-Type", "server"}} << 400
                                       << QByteArray("ACCESS_TYPE_WITHOUT_PROJECT_ID");
        QTest::newRow("unknown project") << u"/users"_s
                                         << TestHttpClient::server(u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s, m_account.serverKey)
                                         << 400 << QByteArray("CURRENT_PROJECT_NOT_FOUND");
        QTest::newRow("client without key") << u"/users/me"_s << Headers{{"X-Stack-Access-Type", "client"}, {"X-Stack-Project-Id", demo}}
                                            << 401 << QByteArray("CLIENT_AUTHENTICATION_REQUIRED");
        QTest::newRow("wrong publishable key") << u"/users/me"_s << TestHttpClient::client(m_account.projectId, u"pck_wrong"_s)
                                               << 401 << QByteArray("INVALID_PUBLISHABLE_CLIENT_KEY");
        QTest::newRow("internal key on demo project")
            << u"/users/me"_s << TestHttpClient::client(m_account.projectId, m_account.publishableClientKey) << 401
            << QByteArray("INVALID_PUBLISHABLE_CLIENT_KEY");
        QTest::newRow("server without key") << u"/users"_s << Headers{{"X-Stack-Access-Type", "server"}, {"X-Stack-Project-Id", demo}}
                                            << 401 << QByteArray("SERVER_AUTHENTICATION_REQUIRED");
        QTest::newRow("wrong server key") << u"/users"_s << TestHttpClient::server(m_account.projectId, u"ssk_wrong"_s) << 401
                                          << QByteArray("INVALID_SECRET_SERVER_KEY");
        QTest::newRow("admin without key") << u"/users"_s << Headers{{"X-Stack-Access-Type", "admin"}, {"X-Stack-Project-Id", demo}}
                                           << 401 << QByteArray("ADMIN_AUTHENTICATION_REQUIRED");
        QTest::newRow("wrong admin key") << u"/users"_s << TestHttpClient::admin(m_account.projectId, u"sak_wrong"_s) << 401
                                         << QByteArray("INVALID_SUPER_SECRET_ADMIN_KEY");
        QTest::newRow("admin key of another project")
            << u"/users"_s << TestHttpClient::admin(m_account.secondProjectId, m_account.adminKey) << 401
            << QByteArray("INVALID_SUPER_SECRET_ADMIN_KEY");
        QTest::newRow("admin token of a non-internal user")
            << u"/users"_s << TestHttpClient::adminToken(m_account.projectId, m_demoUserToken) << 401
            << QByteArray("ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN");
        QTest::newRow("garbage access token")
            << u"/users/me"_s << TestHttpClient::client(u"internal"_s, m_account.publishableClientKey, u"garbage"_s) << 401
            << QByteArray("UNPARSABLE_ACCESS_TOKEN");
        QTest::newRow("access token of another project")
            << u"/users/me"_s << TestHttpClient::client(u"internal"_s, m_account.publishableClientKey, m_demoUserToken) << 401
            << QByteArray("INVALID_PROJECT_FOR_ACCESS_TOKEN");
        const Headers branch = withHeader(TestHttpClient::server(m_account.projectId, m_account.serverKey), "X-Stack-Branch-Id", "dev");
        QTest::newRow("unknown branch") << u"/users"_s << branch << 400 << QByteArray("BRANCH_DOES_NOT_EXIST");
        QTest::newRow("server key on an admin route")
            << u"/internal/projects/current"_s << TestHttpClient::server(m_account.projectId, m_account.serverKey) << 401
            << QByteArray("INSUFFICIENT_ACCESS_TYPE");
        QTest::newRow("client on /users")
            << u"/users"_s
            << TestHttpClient::client(m_account.projectId, m_account.projectPublishableClientKey) << 401
            << QByteArray("INSUFFICIENT_ACCESS_TYPE");
        QTest::newRow("no user for /internal/projects")
            << u"/internal/projects"_s << TestHttpClient::client(u"internal"_s, m_account.publishableClientKey) << 401
            << QByteArray("USER_AUTHENTICATION_REQUIRED");
        QTest::newRow("/internal/projects outside internal")
            << u"/internal/projects"_s << TestHttpClient::server(m_account.projectId, m_account.serverKey) << 401
            << QByteArray("EXPECTED_INTERNAL_PROJECT");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        verifyKnownError(m_http->get(path, headers), status, code);
    }

    void insufficientAccessTypeDetails()
    {
        const auto result = m_http->get(u"/users"_s, TestHttpClient::client(m_account.projectId,
                                                                            m_account.projectPublishableClientKey));
        const ordered_json expected = {{"code", "INSUFFICIENT_ACCESS_TYPE"},
                                       {"details", {{"actual_access_type", "client"}, {"allowed_access_types", {"server", "admin"}}}},
                                       {"error", "The x-stack-access-type header must be 'server' or 'admin', but was 'client'."}};
        COMPARE_JSON(result.json(), expected);
        // Known errors are pretty-printed with two spaces, like the server's JSON.stringify(…, 2).
        QVERIFY(result.body.startsWith("{\n  \"code\": \"INSUFFICIENT_ACCESS_TYPE\","));
    }

    void acceptedCredentials_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::newRow("server key") << TestHttpClient::server(m_account.projectId, m_account.serverKey);
        QTest::newRow("admin key") << TestHttpClient::admin(m_account.projectId, m_account.adminKey);
        QTest::newRow("admin access token") << TestHttpClient::adminToken(m_account.projectId, m_adminToken);
        QTest::newRow("admin access token, second project") << TestHttpClient::adminToken(m_account.secondProjectId, m_adminToken);
        QTest::newRow("x-hexclave spelling")
            << Headers{{"X-Hexclave-Access-Type", "admin"}, {"x-hexclave-project-id", m_account.projectId.toUtf8()},
                       {"X-Hexclave-Super-Secret-Admin-Key", m_account.adminKey.toUtf8()}};
        const Headers branch = withHeader(TestHttpClient::server(m_account.projectId, m_account.serverKey), "X-Stack-Branch-Id", "main");
        QTest::newRow("explicit main branch") << branch;
    }

    void acceptedCredentials()
    {
        QFETCH(Headers, headers);
        const auto result = m_http->get(u"/users?limit=1"_s, headers);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
    }

    void expiredAdminToken()
    {
        const QString token = dashboardAccessToken();
        QCOMPARE(m_http->get(u"/users?limit=1"_s, TestHttpClient::adminToken(m_account.projectId, token)).status, 200);
        m_emulator->expireAccessTokens();
        const auto result = m_http->get(u"/users?limit=1"_s, TestHttpClient::adminToken(m_account.projectId, token));
        verifyKnownError(result, 401, "ADMIN_ACCESS_TOKEN_EXPIRED");
        QVERIFY(result.json()["details"]["expired_at_millis"].is_number());
        QVERIFY(QString::fromStdString(result.json()["error"].get<std::string>()).contains(u"(The access token expired at 20"_s));
        m_adminToken = dashboardAccessToken();
        QCOMPARE(m_http->get(u"/users?limit=1"_s, TestHttpClient::adminToken(m_account.projectId, m_adminToken)).status, 200);
    }

    void overrideErrorStatus()
    {
        const Headers headers = withHeader(TestHttpClient::admin(m_account.projectId, u"sak_wrong"_s), "X-Stack-Override-Error-Status", "true");
        const auto result = m_http->get(u"/users"_s, headers);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("x-stack-actual-status"), QByteArray("401"));
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("INVALID_SUPER_SECRET_ADMIN_KEY"));
    }

    void apiRootWelcome()
    {
        const auto anonymous = m_http->get(u""_s);
        QCOMPARE(anonymous.status, 200);
        QVERIFY(anonymous.text().endsWith(u"Authentication: None"_s));
        const auto client = m_http->get(u"/"_s, TestHttpClient::client(u"internal"_s, m_account.publishableClientKey));
        QVERIFY(client.text().endsWith(u"Authentication: Client\n  Project: internal\n  User: None"_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestAuthenticator)
#include "tst_requestauthenticator.moc"
