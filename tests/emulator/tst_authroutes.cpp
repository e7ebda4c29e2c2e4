// AuthRoutes (with TokenIssuer): password sign-in, the access token's claims, refresh, sign-out
// and token expiry, compared with the recorded real answers (50, 53).
#include "EmulatorTestCase.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

ordered_json jwtPart(const QString &token, int part)
{
    const QByteArray encoded = token.section(u'.', part, part).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return ordered_json::parse(decoded.decoded.toStdString(), nullptr, false);
}

} // namespace

class TestAuthRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    static QString field(const ordered_json &json, const char *name)
    {
        return json.is_object() && json.contains(name) ? QString::fromStdString(json[name].get<std::string>()) : QString();
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void signInAndClaims()
    {
        const ordered_json tokens = signInToDashboard(*m_http);
        QVERIFY(tokens.is_object());
        QStringList keys;
        for (const auto &item : tokens.items())
            keys.append(QString::fromStdString(item.key()));
        QCOMPARE(keys, QStringList({u"access_token"_s, u"refresh_token"_s, u"user_id"_s}));

        const QString accessToken = field(tokens, "access_token");
        const ordered_json header = jwtPart(accessToken, 0);
        QCOMPARE(header["alg"].get<std::string>(), "HS256");
        const ordered_json claims = jwtPart(accessToken, 1);
        QCOMPARE(QString::fromStdString(claims["sub"].get<std::string>()), field(tokens, "user_id"));
        QCOMPARE(claims["aud"].get<std::string>(), "internal");
        QCOMPARE(claims["project_id"].get<std::string>(), "internal");
        QCOMPARE(claims["branch_id"].get<std::string>(), "main");
        QCOMPARE(claims["role"].get<std::string>(), "authenticated");
        QCOMPARE(claims["email"].get<std::string>(), "admin@example.com");
        QCOMPARE(claims["name"].get<std::string>(), "Administrator");
        QVERIFY(claims["email_verified"].get<bool>());
        QVERIFY(!claims["is_anonymous"].get<bool>());
        QVERIFY(claims["selected_team_id"].is_string());
        QVERIFY(!QUuid::fromString(QString::fromStdString(claims["refresh_token_id"].get<std::string>())).isNull());
        QCOMPARE(QString::fromStdString(claims["iss"].get<std::string>()), m_emulator->apiRoot().toString() + u"/projects/internal"_s);
        const qint64 issuedAt = claims["iat"].get<qint64>();
        QCOMPARE(claims["exp"].get<qint64>() - issuedAt, qint64(600));
        QVERIFY(qAbs(issuedAt - QDateTime::currentSecsSinceEpoch()) <= 2);

        const auto me = m_http->get(u"/users/me"_s, internalClient(accessToken));
        QCOMPARE(me.status, 200);
        QCOMPARE(QString::fromStdString(me.json()["id"].get<std::string>()), field(tokens, "user_id"));
    }

    void wrongPasswordMatchesFixture50()
    {
        for (const auto &[email, password] : {std::pair{"admin@example.com", "wrong"}, std::pair{"nobody@example.com", "demo-password"}}) {
            const auto result = m_http->postJson(u"/auth/password/sign-in"_s, internalClient(),
                                                 {{"email", email}, {"password", password}});
            QCOMPARE(result.status, 400);
            QCOMPARE(result.header("x-stack-known-error"), QByteArray("EMAIL_PASSWORD_MISMATCH"));
            const ordered_json expected = {{"code", "EMAIL_PASSWORD_MISMATCH"}, {"error", "Wrong e-mail or password."}};
            COMPARE_JSON(result.json(), expected);
            COMPARE_JSON(result.json(), Fixtures::responseBody(u"50-sign-in-wrong-password"_s));
        }
        // Sign-in e-mails are compared normalized.
        QVERIFY(signInToDashboard(*m_http, u"Admin@Example.COM"_s).is_object());
    }

    void refresh()
    {
        const ordered_json tokens = signInToDashboard(*m_http);
        const QString refreshToken = field(tokens, "refresh_token");
        const auto result = m_http->postJson(u"/auth/sessions/current/refresh"_s,
                                             withHeader(internalClient(), "X-Stack-Refresh-Token", refreshToken.toUtf8()),
                                             ordered_json::object());
        QCOMPARE(result.status, 200);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"53-refresh"_s), result.json());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString accessToken = field(result.json(), "access_token");
        COMPARE_JSON(jwtPart(accessToken, 1)["refresh_token_id"], jwtPart(field(tokens, "access_token"), 1)["refresh_token_id"]);
        QCOMPARE(m_http->get(u"/users/me"_s, internalClient(accessToken)).status, 200);

        const auto missing = m_http->postJson(u"/auth/sessions/current/refresh"_s, internalClient(), ordered_json::object());
        QCOMPARE(missing.status, 400);
        QCOMPARE(QString::fromStdString(missing.json()["error"].get<std::string>()),
                 u"Request validation failed on POST /api/v1/auth/sessions/current/refresh:\n  - headers.x-stack-refresh-token must be defined"_s);

        const auto unknown = m_http->postJson(u"/auth/sessions/current/refresh"_s,
                                              withHeader(internalClient(), "X-Stack-Refresh-Token", "nope"), ordered_json::object());
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.header("x-stack-known-error"), QByteArray("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"));

        const Headers otherProject = withHeader(projectClient(), "X-Stack-Refresh-Token", refreshToken.toUtf8());
        QCOMPARE(m_http->postJson(u"/auth/sessions/current/refresh"_s, otherProject, ordered_json::object()).status, 401);
    }

    void signOut()
    {
        const ordered_json tokens = signInToDashboard(*m_http);
        const QString accessToken = field(tokens, "access_token");
        const auto result = m_http->send("DELETE", u"/auth/sessions/current"_s, internalClient(accessToken));
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));

        const Headers refresh = withHeader(internalClient(), "X-Stack-Refresh-Token", field(tokens, "refresh_token").toUtf8());
        QCOMPARE(m_http->postJson(u"/auth/sessions/current/refresh"_s, refresh, ordered_json::object()).status, 401);
        const auto again = m_http->send("DELETE", u"/auth/sessions/current"_s, internalClient(accessToken));
        QCOMPARE(again.status, 401);
        QCOMPARE(again.header("x-stack-known-error"), QByteArray("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"));
        const auto anonymous = m_http->send("DELETE", u"/auth/sessions/current"_s, internalClient());
        QCOMPARE(anonymous.header("x-stack-known-error"), QByteArray("ACCESS_TOKEN_EXPIRED"));
    }

    void expireAccessTokens()
    {
        const ordered_json tokens = signInToDashboard(*m_http);
        const QString accessToken = field(tokens, "access_token");
        QCOMPARE(m_http->get(u"/users/me"_s, internalClient(accessToken)).status, 200);

        m_emulator->expireAccessTokens();
        const auto expired = m_http->get(u"/users/me"_s, internalClient(accessToken));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.header("x-stack-known-error"), QByteArray("ACCESS_TOKEN_EXPIRED"));
        QVERIFY(expired.json()["details"]["expired_at_millis"].is_number());

        // Tokens issued afterwards work at once, even within the same second.
        const auto refreshed = m_http->postJson(u"/auth/sessions/current/refresh"_s,
                                                withHeader(internalClient(), "X-Stack-Refresh-Token", field(tokens, "refresh_token").toUtf8()),
                                                ordered_json::object());
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(m_http->get(u"/users/me"_s, internalClient(field(refreshed.json(), "access_token"))).status, 200);
    }

    void tokensExpireAfterTheirLifetime()
    {
        EmulatorOptions options;
        options.userCount = 0;
        options.accessTokenLifetimeSeconds = 1;
        Emulator shortLived(options);
        QVERIFY(shortLived.start());
        TestHttpClient http(shortLived.apiRoot());
        const ordered_json tokens = signInToDashboard(http);
        const QString accessToken = field(tokens, "access_token");
        QCOMPARE(jwtPart(accessToken, 1)["exp"].get<qint64>() - jwtPart(accessToken, 1)["iat"].get<qint64>(), qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/users/me"_s, internalClient(accessToken)).header("x-stack-known-error"),
                                  QByteArray("ACCESS_TOKEN_EXPIRED"), 4000);
    }

    void passwordChangeRevokesSessions()
    {
        const auto created = m_http->postJson(u"/users"_s, server(), {{"primary_email", "revoke@example.com"},
                                                                      {"primary_email_auth_enabled", true},
                                                                      {"password", "first-password"}});
        QCOMPARE(created.status, 201);
        const Headers demoClient = projectClient();
        const auto tokens = m_http->postJson(u"/auth/password/sign-in"_s, demoClient,
                                             {{"email", "revoke@example.com"}, {"password", "first-password"}});
        QCOMPARE(tokens.status, 200);
        const Headers refresh = withHeader(demoClient, "X-Stack-Refresh-Token", field(tokens.json(), "refresh_token").toUtf8());
        QCOMPARE(m_http->postJson(u"/auth/sessions/current/refresh"_s, refresh, ordered_json::object()).status, 200);
        const QString id = QString::fromStdString(created.json()["id"].get<std::string>());
        QCOMPARE(m_http->patchJson(u"/users/"_s + id, server(), {{"password", "second-password"}}).status, 200);
        QCOMPARE(m_http->postJson(u"/auth/sessions/current/refresh"_s, refresh, ordered_json::object()).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestAuthRoutes)
#include "tst_authroutes.moc"
