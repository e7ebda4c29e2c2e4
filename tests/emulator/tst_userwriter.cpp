// UserWriter: POST /users and PATCH /users/{id} against the recorded real answers (08-12) and
// the server's validation and update rules.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestUserWriter : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_fixtureUserId;

    static QString errorText(const HttpResult &result)
    {
        const ordered_json body = result.json();
        return body.is_object() ? QString::fromStdString(body.value("error", std::string())) : result.text();
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void createMatchesFixture08()
    {
        const ordered_json request = {{"primary_email", "fixture.user@example.com"},
                                      {"primary_email_verified", true},
                                      {"primary_email_auth_enabled", true},
                                      {"display_name", "Fixture User"},
                                      {"server_metadata", {{"plan", "pro"}}}};
        const int before = m_emulator->userCount(m_account.projectId);
        const auto result = m_http->postJson(u"/users"_s, admin(), request);
        QCOMPARE(result.status, 201);
        QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(m_emulator->userCount(m_account.projectId), before + 1);
        ordered_json body = result.json();
        m_fixtureUserId = QString::fromStdString(body["id"].get<std::string>());
        QVERIFY(body["signed_up_at_millis"].get<qint64>() > 1793491200000);
        {
            FIXTURE_BODY(expected, u"08-user-create"_s);
            const QString difference = Fixtures::shapeDifference(expected, body);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            for (const char *varying : {"id", "signed_up_at_millis", "last_active_at_millis"}) {
                expected.erase(varying);
                body.erase(varying);
            }
            COMPARE_JSON(body, expected);
        }
        const auto read = m_http->get(u"/users/"_s + m_fixtureUserId, admin());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json()["server_metadata"]["plan"].get<std::string>(), "pro");
        QCOMPARE(read.json().begin().key(), std::string("id")); // GET answers in the read order again
    }

    void unknownFieldMatchesFixture09()
    {
        const auto result = m_http->postJson(u"/users"_s, admin(), {{"primary_email", "x@example.com"}, {"bogus_field", 1}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"09-user-create-unknown-field"_s));
    }

    void duplicateEmailMatchesFixture10()
    {
        const auto result = m_http->postJson(u"/users"_s, admin(),
                                             {{"primary_email", "Fixture.User@example.com"}, {"primary_email_auth_enabled", true}});
        QCOMPARE(result.status, 409);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("USER_EMAIL_ALREADY_EXISTS"));
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"10-user-create-duplicate-email"_s));
        // Without auth the same address may be used again.
        QCOMPARE(m_http->postJson(u"/users"_s, admin(), {{"primary_email", "fixture.user@example.com"}}).status, 201);
    }

    void restrictMatchesFixture11()
    {
        const auto result = m_http->patchJson(u"/users/"_s + m_fixtureUserId, admin(),
                                              {{"restricted_by_admin", true},
                                               {"restricted_by_admin_reason", "Chargeback"},
                                               {"restricted_by_admin_private_details", "ticket 42"}});
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        QVERIFY(body["is_restricted"].get<bool>());
        COMPARE_JSON(body["restricted_reason"], ordered_json({{"type", "restricted_by_administrator"}}));
        {
            FIXTURE_BODY(expected, u"11-user-patch-restrict"_s);
            const QString difference = Fixtures::shapeDifference(expected, body);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            ordered_json actual = body;
            for (const char *varying : {"id", "signed_up_at_millis", "last_active_at_millis"}) {
                expected.erase(varying);
                actual.erase(varying);
            }
            COMPARE_JSON(actual, expected);
        }
        // Restricted users leave the default list and come back with include_restricted.
        const auto list = m_http->get(u"/users?query="_s + m_fixtureUserId, admin());
        QVERIFY(list.json()["items"].empty());
        QCOMPARE(m_http->get(u"/users?include_restricted=true&query="_s + m_fixtureUserId, admin()).json()["items"].size(),
                 std::size_t(1));
    }

    void invalidRestrictionMatchesFixture12()
    {
        const auto result = m_http->patchJson(u"/users/"_s + m_fixtureUserId, admin(),
                                              {{"restricted_by_admin", false}, {"restricted_by_admin_reason", "should be null"}});
        QCOMPARE(result.status, 400);
        const QString expected = u"Request validation failed on PATCH /api/v1/users/"_s + m_fixtureUserId
            + u":\n  - restricted_by_admin_reason must be null when restricted_by_admin is not true"_s;
        QCOMPARE(errorText(result), expected);
        FIXTURE_BODY(fixture, u"12-user-patch-restrict-invalid"_s);
        QVERIFY(fixture["error"].is_string());
        QCOMPARE(errorText(result).section(u":\n"_s, 1), QString::fromStdString(fixture["error"].get<std::string>()).section(u":\n"_s, 1));
    }

    void unrestrictClearsReason()
    {
        const auto result = m_http->patchJson(u"/users/"_s + m_fixtureUserId, admin(), {{"restricted_by_admin", false}});
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QVERIFY(!body["is_restricted"].get<bool>());
        QVERIFY(body["restricted_by_admin_reason"].is_null());
        QVERIFY(body["restricted_by_admin_private_details"].is_null());
    }

    void patchFields()
    {
        const ordered_json teams = m_http->get(u"/teams"_s, admin()).json()["items"];
        const auto created = m_http->postJson(u"/users"_s, admin(), {{"display_name", "Patch Me"},
                                                                     {"primary_email", "patch.me@example.com"},
                                                                     {"primary_email_verified", true},
                                                                     {"primary_email_auth_enabled", true},
                                                                     {"client_metadata", {{"a", 1}, {"b", 2}}}});
        QCOMPARE(created.status, 201);
        const QString id = QString::fromStdString(created.json()["id"].get<std::string>());
        const QString path = u"/users/"_s + id;

        auto result = m_http->patchJson(path, admin(), {{"display_name", "Renamed \u2603"},
                                                        {"client_metadata", {{"c", 3}}},
                                                        {"server_metadata", "just a string"},
                                                        {"profile_image_url", "https://example.com/a.png"},
                                                        {"password", "new-password"},
                                                        {"otp_auth_enabled", true},
                                                        {"totp_secret_base64", "AAAAAAAA"},
                                                        {"country_code", "NZ"},
                                                        {"risk_scores", {{"sign_up", {{"bot", 12}, {"free_trial_abuse", 99}}}}}});
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        QCOMPARE(body["display_name"].get<std::string>(), "Renamed \u2603");
        COMPARE_JSON(body["client_metadata"], ordered_json({{"c", 3}})); // replaced whole
        COMPARE_JSON(body["server_metadata"], ordered_json("just a string"));
        QCOMPARE(body["profile_image_url"].get<std::string>(), "https://example.com/a.png");
        QVERIFY(body["has_password"].get<bool>());
        QVERIFY(body["otp_auth_enabled"].get<bool>());
        QVERIFY(body["auth_with_email"].get<bool>());
        QVERIFY(body["requires_totp_mfa"].get<bool>());
        QCOMPARE(body["country_code"].get<std::string>(), "NZ");
        QCOMPARE(body["risk_scores"]["sign_up"]["free_trial_abuse"].get<int>(), 99);
        QCOMPARE(body.begin().key(), std::string("requires_totp_mfa")); // mutation key order (fixture 11)

        const auto signIn = m_http->postJson(u"/auth/password/sign-in"_s, projectClient(),
                                             {{"email", "patch.me@example.com"}, {"password", "new-password"}});
        QCOMPARE(signIn.status, 200);

        result = m_http->patchJson(path, admin(), {{"totp_secret_base64", nullptr}, {"client_metadata", nullptr},
                                                   {"display_name", ""}, {"password", nullptr}});
        body = result.json();
        QVERIFY(!body["requires_totp_mfa"].get<bool>());
        QVERIFY(body["client_metadata"].is_null());
        QVERIFY(body["display_name"].is_null());
        QVERIFY(!body["has_password"].get<bool>());

        // A new e-mail starts unverified; removing it clears verification and auth.
        body = m_http->patchJson(path, admin(), {{"primary_email", "Other.Address@Example.com"}}).json();
        QCOMPARE(body["primary_email"].get<std::string>(), "other.address@example.com");
        QVERIFY(!body["primary_email_verified"].get<bool>());
        QVERIFY(body["primary_email_auth_enabled"].get<bool>());
        body = m_http->patchJson(path, admin(), {{"primary_email", nullptr}}).json();
        QVERIFY(body["primary_email"].is_null());
        QVERIFY(!body["primary_email_auth_enabled"].get<bool>());
        QVERIFY(!body["primary_email_verified"].get<bool>());

        // selected_team_id needs a membership.
        const QString teamId = QString::fromStdString(teams[0]["id"].get<std::string>());
        result = m_http->patchJson(path, admin(), {{"selected_team_id", teamId.toStdString()}});
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("TEAM_MEMBERSHIP_NOT_FOUND"));
        const ordered_json member = m_http->get(u"/users?limit=1&team_id="_s + teamId, admin()).json()["items"][0];
        body = m_http->patchJson(u"/users/"_s + QString::fromStdString(member["id"].get<std::string>()), admin(),
                                 {{"selected_team_id", teamId.toStdString()}})
                   .json();
        QCOMPARE(body["selected_team_id"].get<std::string>(), teamId.toStdString());
        COMPARE_JSON(body["selected_team"]["display_name"], teams[0]["display_name"]);
        body = m_http->patchJson(u"/users/"_s + QString::fromStdString(member["id"].get<std::string>()), admin(),
                                 {{"selected_team_id", nullptr}})
                   .json();
        QVERIFY(body["selected_team"].is_null());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("both passwords") << QByteArray("POST") << u"/users"_s
                                        << QByteArray(R"({"password":"a","password_hash":"$2a$10$abc"})") << 400
                                        << u"Cannot set both password and password_hash at the same time."_s;
        // The password and e-mail rules are the same for both routes (the server's
        // getPasswordHashFromData and checkAuthData).
        QTest::newRow("both passwords, patch") << QByteArray("PATCH") << u"/users/%1"_s
                                               << QByteArray(R"({"password":"a","password_hash":"$2a$10$abc"})") << 400
                                               << u"Cannot set both password and password_hash at the same time."_s;
        QTest::newRow("null password and hash") << QByteArray("POST") << u"/users"_s
                                                << QByteArray(R"({"password":null,"password_hash":"$2a$10$abc"})") << 400
                                                << u"Cannot set both password and password_hash at the same time."_s;
        QTest::newRow("bad hash") << QByteArray("POST") << u"/users"_s << QByteArray(R"({"password_hash":"plain"})") << 400
                                  << u"Invalid password hash. Make sure it's a supported algorithm in Modular Crypt Format."_s;
        QTest::newRow("bad hash, patch") << QByteArray("PATCH") << u"/users/%1"_s << QByteArray(R"({"password_hash":"plain"})") << 400
                                         << u"Invalid password hash. Make sure it's a supported algorithm in Modular Crypt Format."_s;
        QTest::newRow("verified without email") << QByteArray("POST") << u"/users"_s
                                                << QByteArray(R"({"primary_email_verified":true})") << 400
                                                << u"primary_email_verified cannot be true without primary_email"_s;
        QTest::newRow("auth without email") << QByteArray("POST") << u"/users"_s
                                            << QByteArray(R"({"primary_email_auth_enabled":true})") << 400
                                            << u"primary_email_auth_enabled cannot be true without primary_email"_s;
        QTest::newRow("bad email") << QByteArray("POST") << u"/users"_s << QByteArray(R"({"primary_email":"nope"})") << 400
                                   << u"Request validation failed on POST /api/v1/users:\n  - body.primary_email must be a valid email"_s;
        QTest::newRow("wrong type") << QByteArray("POST") << u"/users"_s << QByteArray(R"({"display_name":42})") << 400
                                    << u"Request validation failed on POST /api/v1/users:\n  - body.display_name must be a `string` type, but the final value was: `42`."_s;
        QTest::newRow("long password") << QByteArray("POST") << u"/users"_s
                                       << QByteArray("{\"primary_email\":\"a@b.co\",\"password\":\"" + QByteArray(71, 'x') + "\"}") << 400
                                       << u"Request validation failed on POST /api/v1/users:\n  - body.password must be at most 70 characters"_s;
        QTest::newRow("bad json") << QByteArray("POST") << u"/users"_s << QByteArray("{nope") << 400
                                  << u"Invalid JSON in request body"_s;
        QTest::newRow("passkey on") << QByteArray("PATCH") << u"/users/%1"_s << QByteArray(R"({"passkey_auth_enabled":true})") << 400
                                    << u"Cannot manually enable passkey auth, it is enabled iff there is a passkey auth method"_s;
        QTest::newRow("make anonymous") << QByteArray("PATCH") << u"/users/%1"_s << QByteArray(R"({"is_anonymous":true})") << 400
                                        << u"Request validation failed on PATCH /api/v1/users/%1:\n  - body.is_anonymous must be one of the following values: false"_s;
        QTest::newRow("patch unknown user") << QByteArray("PATCH") << u"/users/3241a285-8329-4d69-8f3d-316e08cf140c"_s
                                            << QByteArray(R"({"display_name":"x"})") << 404 << u"User not found."_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const auto fill = [this](const QString &text) { return text.contains(u"%1"_s) ? text.arg(m_fixtureUserId) : text; };
        const Headers headers = withHeader(admin(), "Content-Type", "application/json");
        const auto result = m_http->send(method, fill(path), headers, body);
        QCOMPARE(result.status, status);
        QCOMPARE(errorText(result), fill(message));
    }

    void authEmailTakenOnPatch()
    {
        const auto first = m_http->postJson(u"/users"_s, admin(), {{"primary_email", "taken@example.com"}, {"primary_email_auth_enabled", true}});
        const auto second = m_http->postJson(u"/users"_s, admin(), {{"primary_email", "free@example.com"}, {"primary_email_auth_enabled", true}});
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        const QString firstPath = u"/users/"_s + QString::fromStdString(first.json()["id"].get<std::string>());
        const QString secondPath = u"/users/"_s + QString::fromStdString(second.json()["id"].get<std::string>());
        const auto taken = m_http->patchJson(secondPath, admin(), {{"primary_email", "Taken@Example.com"}});
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.header("x-stack-known-error"), QByteArray("USER_EMAIL_ALREADY_EXISTS"));
        QCOMPARE(errorText(taken), u"A user with email \"taken@example.com\" already exists."_s);
        // A user keeps its own address; without auth the address may be shared.
        QCOMPARE(m_http->patchJson(firstPath, admin(), {{"primary_email", "taken@example.com"}, {"primary_email_auth_enabled", true}}).status, 200);
        QCOMPARE(m_http->patchJson(secondPath, admin(), {{"primary_email", "taken@example.com"}, {"primary_email_auth_enabled", false}}).status, 200);
    }

    void countryCodeIsTwoAsciiLetters()
    {
        const auto created = m_http->postJson(u"/users"_s, admin(), {{"display_name", "Country"}, {"country_code", "jp"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["country_code"].get<std::string>(), "JP"); // stored upper-case
        const QString path = u"/users/"_s + QString::fromStdString(created.json()["id"].get<std::string>());
        QCOMPARE(m_http->patchJson(path, admin(), {{"country_code", "Nz"}}).json()["country_code"].get<std::string>(), "NZ");
        QVERIFY(m_http->patchJson(path, admin(), {{"country_code", nullptr}}).json()["country_code"].is_null());
        QCOMPARE(m_http->patchJson(path, admin(), {{"country_code", "DE"}}).status, 200);

        // Anything else is refused like the server's schema does. ("日本" and "Ü" used to be kept
        // as their first two bytes: invalid UTF-8, which took the emulator's thread down.)
        const QString problem = u"body.country_code must match the following: \"/^[A-Z]{2}$/\""_s;
        for (const char *bad : {"日本", "Ü", "USA", "U", "", "1A", "A-", "de "}) {
            const ordered_json body = {{"country_code", bad}};
            const auto post = m_http->postJson(u"/users"_s, admin(), body);
            QCOMPARE(post.status, 400);
            QCOMPARE(post.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
            QCOMPARE(errorText(post), u"Request validation failed on POST /api/v1/users:\n  - "_s + problem);
            const auto patch = m_http->patchJson(path, admin(), body);
            QCOMPARE(patch.status, 400);
            QCOMPARE(errorText(patch), u"Request validation failed on PATCH /api/v1"_s + path + u":\n  - "_s + problem);
        }
        const auto number = m_http->postJson(u"/users"_s, admin(), {{"country_code", 49}});
        QCOMPARE(number.status, 400);
        QVERIFY2(errorText(number).endsWith(u"body.country_code must be a `string` type, but the final value was: `49`."_s),
                 qPrintable(errorText(number)));

        const auto read = m_http->get(path, admin()); // unchanged, and the emulator is still there
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json()["country_code"].get<std::string>(), "DE");
    }

    void bodyThatIsNotUtf8IsRefused()
    {
        // text/plain bodies stay raw bytes; quoting them in the schema error must not throw.
        const Headers headers = withHeader(admin(), "Content-Type", "text/plain");
        const auto result = m_http->send("POST", u"/users"_s, headers, QByteArray("\xE6\x97\xff"));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QVERIFY(!result.json().is_discarded());
        QVERIFY2(errorText(result).contains(u"body must be a `object` type, but the final value was: `\""_s),
                 qPrintable(errorText(result)));
        QCOMPARE(m_http->get(u"/users?limit=1"_s, admin()).status, 200);
    }

    void twoFactorOnCreate()
    {
        const auto result = m_http->postJson(u"/users"_s, admin(), {{"display_name", "With 2FA"}, {"totp_secret_base64", "AAAAAAAA"}});
        QCOMPARE(result.status, 201);
        QVERIFY(result.json()["requires_totp_mfa"].get<bool>());
        const QString path = u"/users/"_s + idOf(result.json());
        QVERIFY(!m_http->patchJson(path, admin(), {{"totp_secret_base64", nullptr}}).json()["requires_totp_mfa"].get<bool>());
        const auto invalid = m_http->patchJson(path, admin(), {{"totp_secret_base64", "not base64!"}});
        QCOMPARE(invalid.status, 400);
        QVERIFY(errorText(invalid).endsWith(u"body.totp_secret_base64 is not valid base64"_s));
    }

    void serverAccessMayWrite()
    {
        const auto result = m_http->postJson(u"/users"_s, server(), {{"display_name", "By server key"}});
        QCOMPARE(result.status, 201);
        QVERIFY(result.json()["primary_email"].is_null());
    }
};

QTEST_GUILESS_MAIN(TestUserWriter)
#include "tst_userwriter.moc"
