// ApiKeyRoutes: the project's own key sets (/internal/api-keys, fixture 32) and what revoking or
// expiring a set does to authentication; user and team keys (/user-api-keys, /team-api-keys,
// fixtures 25, 33, 34), their check route and the project config that turns them off.
#include "EmulatorTestCase.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

const char kUnknownId[] = "3241a285-8329-4d69-8f3d-316e08cf140c";

QString text(const ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace

class TestApiKeyRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId;

    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
    }

    HttpResult createKeySet(const ordered_json &body) { return m_http->postJson(u"/internal/api-keys"_s, admin(), body); }

    static ordered_json newSetBody(const std::string &description, qint64 expiresAt, bool client, bool server, bool adminKey)
    {
        return {{"description", description},
                {"expires_at_millis", expiresAt},
                {"has_publishable_client_key", client},
                {"has_secret_server_key", server},
                {"has_super_secret_admin_key", adminKey}};
    }

    static qint64 inDays(int days) { return QDateTime::currentMSecsSinceEpoch() + qint64(days) * 24 * 60 * 60 * 1000; }

    ordered_json keySetItem(const QString &id)
    {
        const ordered_json items = m_http->get(u"/internal/api-keys"_s, admin()).json()["items"];
        for (const auto &item : items) {
            if (idOf(item) == id)
                return item;
        }
        return ordered_json();
    }

    // Which access the keys of a set give: a request each kind of key may make.
    int serverKeyStatus(const QString &key) { return m_http->get(u"/users?limit=1"_s, TestHttpClient::server(m_account.projectId, key)).status; }
    int adminKeyStatus(const QString &key)
    {
        return m_http->get(u"/internal/api-keys"_s, TestHttpClient::admin(m_account.projectId, key)).status;
    }
    QByteArray clientKeyAnswer(const QString &key)
    {
        // A refused sign-in proves the key passed: a wrong key is refused before the password.
        const auto result = m_http->postJson(u"/auth/password/sign-in"_s, TestHttpClient::client(m_account.projectId, key),
                                             {{"email", "nobody@example.com"}, {"password", "wrong-password"}});
        return result.header("x-stack-known-error");
    }

    HttpResult createOwnedKey(const QString &kind, const QString &ownerId, const std::string &description,
                              const ordered_json &expiresAt = nullptr, bool isPublic = false, const Headers &headers = {})
    {
        const ordered_json body = {{kind == u"user" ? "user_id" : "team_id", ownerId.toStdString()},
                                   {"description", description},
                                   {"expires_at_millis", expiresAt},
                                   {"is_public", isPublic}};
        return m_http->postJson(u"/"_s + kind + u"-api-keys"_s, headers.isEmpty() ? server() : headers, body);
    }

    HttpResult check(const QString &kind, const ordered_json &value)
    {
        return m_http->postJson(u"/"_s + kind + u"-api-keys/check"_s, server(), {{"api_key", value}});
    }

    HttpResult patchConfig(const ordered_json &override)
    {
        // The environment level: the project's settings live there (and it overrides the branch).
        return m_http->patchJson(u"/internal/config/override/environment"_s, admin(), {{"config_override_string", override.dump()}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_userId = createUser({{"primary_email", "key.owner@example.com"}, {"primary_email_auth_enabled", true},
                               {"primary_email_verified", true}, {"password", "owner-password"}});
        QVERIFY(!m_userId.isEmpty());
    }

    // --- the project's own key sets ---

    void keySetListMatchesFixture32()
    {
        const auto result = m_http->get(u"/internal/api-keys"_s, admin());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(body.begin().key(), std::string("is_paginated"));
        QCOMPARE(body["is_paginated"].get<bool>(), false);
        const ordered_json &items = body["items"];
        QVERIFY(items.size() >= 3);
        for (std::size_t i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1]["created_at_millis"].get<qint64>() >= items[i]["created_at_millis"].get<qint64>());

        // The demo's own keys are a set with all three kinds, and it never expires.
        ordered_json initial, ci, revoked;
        for (const auto &item : items) {
            if (item["description"] == "Demo project keys")
                initial = item;
            else if (item["description"] == "CI deploy key")
                ci = item;
            else if (item.contains("manually_revoked_at_millis"))
                revoked = item;
        }
        QVERIFY(initial.is_object() && ci.is_object() && revoked.is_object());
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"32-project-api-keys"_s)["items"][0], initial);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(text(initial["secret_server_key"]["last_four"]), m_account.serverKey.right(4));
        QCOMPARE(text(initial["super_secret_admin_key"]["last_four"]), m_account.adminKey.right(4));
        QCOMPARE(text(initial["publishable_client_key"]["last_four"]), m_account.projectPublishableClientKey.right(4));
        QCOMPARE(initial["expires_at_millis"].get<qint64>(), 4102444800000);
        // A set shows only the kinds it has.
        QVERIFY(!ci.contains("publishable_client_key") && ci.contains("secret_server_key") && ci.contains("super_secret_admin_key"));

        const auto single = m_http->get(u"/internal/api-keys/"_s + idOf(ci), admin());
        QCOMPARE(single.status, 200);
        COMPARE_JSON(single.json(), ci);
    }

    void keySetsAreAdminOnly()
    {
        const auto result = m_http->get(u"/internal/api-keys"_s, server());
        verifyKnownError(result, 401, "INSUFFICIENT_ACCESS_TYPE");
        COMPARE_JSON(result.json()["details"], ordered_json({{"actual_access_type", "server"}, {"allowed_access_types", {"admin"}}}));
        verifyKnownError(m_http->postJson(u"/internal/api-keys"_s, server(), newSetBody("x", inDays(1), true, true, true)), 401,
                         "INSUFFICIENT_ACCESS_TYPE");
        verifyKnownError(m_http->patchJson(u"/internal/api-keys/"_s + QString::fromLatin1(kUnknownId), server(), {{"revoked", true}}),
                         401, "INSUFFICIENT_ACCESS_TYPE");
    }

    void createdSetAuthenticatesUntilRevoked()
    {
        const auto result = createKeySet(newSetBody("desktop test", inDays(30), true, true, true));
        QCOMPARE(result.status, 200);
        const ordered_json created = result.json();
        const QStringList expectedKeys = {u"created_at_millis"_s, u"expires_at_millis"_s, u"description"_s, u"id"_s,
                                          u"super_secret_admin_key"_s, u"secret_server_key"_s, u"publishable_client_key"_s};
        QStringList keys;
        for (const auto &item : created.items())
            keys.append(QString::fromStdString(item.key()));
        QCOMPARE(keys, expectedKeys);
        const QString clientKey = text(created["publishable_client_key"]);
        const QString serverKey = text(created["secret_server_key"]);
        const QString adminKey = text(created["super_secret_admin_key"]);
        static const QRegularExpression format(u"^(pck|ssk|sak)_[0-9a-hjkmnp-tv-z]{45}$"_s);
        for (const QString &key : {clientKey, serverKey, adminKey})
            QVERIFY2(format.match(key).hasMatch(), qPrintable(key));
        QVERIFY(clientKey.startsWith(u"pck_"_s) && serverKey.startsWith(u"ssk_"_s) && adminKey.startsWith(u"sak_"_s));

        // Listed first (newest), with only the last four characters.
        const ordered_json first = m_http->get(u"/internal/api-keys"_s, admin()).json()["items"][0];
        QCOMPARE(idOf(first), idOf(created));
        QCOMPARE(text(first["secret_server_key"]["last_four"]), serverKey.right(4));
        QVERIFY(first.dump().find(serverKey.toStdString()) == std::string::npos);

        QCOMPARE(serverKeyStatus(serverKey), 200);
        QCOMPARE(adminKeyStatus(adminKey), 200);
        QCOMPARE(clientKeyAnswer(clientKey), QByteArray("EMAIL_PASSWORD_MISMATCH"));

        const auto renamed = m_http->patchJson(u"/internal/api-keys/"_s + idOf(created), admin(), {{"description", "renamed"}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(text(renamed.json()["description"]), u"renamed"_s);
        QVERIFY(!renamed.json().contains("manually_revoked_at_millis"));

        const auto revoked = m_http->patchJson(u"/internal/api-keys/"_s + idOf(created), admin(), {{"revoked", true}});
        QCOMPARE(revoked.status, 200);
        const qint64 revokedAt = revoked.json()["manually_revoked_at_millis"].get<qint64>();
        QVERIFY(revokedAt > 0);
        // A revoked set authenticates nothing: the server's INVALID_*_KEY answers.
        verifyKnownError(m_http->get(u"/users?limit=1"_s, TestHttpClient::server(m_account.projectId, serverKey)), 401,
                         "INVALID_SECRET_SERVER_KEY");
        verifyKnownError(m_http->get(u"/internal/api-keys"_s, TestHttpClient::admin(m_account.projectId, adminKey)), 401,
                         "INVALID_SUPER_SECRET_ADMIN_KEY");
        QCOMPARE(clientKeyAnswer(clientKey), QByteArray("INVALID_PUBLISHABLE_CLIENT_KEY"));
        // It stays listed; revoking again keeps the first time.
        QTest::qWait(5);
        const auto again = m_http->patchJson(u"/internal/api-keys/"_s + idOf(created), admin(), {{"revoked", true}});
        QCOMPARE(again.json()["manually_revoked_at_millis"].get<qint64>(), revokedAt);
        COMPARE_JSON(keySetItem(idOf(created)), again.json());
        // The demo keys still work.
        QCOMPARE(serverKeyStatus(m_account.serverKey), 200);
    }

    void expiredSetAuthenticatesNothing()
    {
        // The server makes what it is asked for, even a set that has already expired...
        const auto result = createKeySet(newSetBody("already expired", inDays(-1), false, true, false));
        QCOMPARE(result.status, 200);
        const ordered_json created = result.json();
        QVERIFY(!created.contains("publishable_client_key") && !created.contains("super_secret_admin_key"));
        // ...but such a set is refused like an unknown key.
        QCOMPARE(serverKeyStatus(text(created["secret_server_key"])), 401);
        verifyKnownError(m_http->get(u"/users?limit=1"_s, TestHttpClient::server(m_account.projectId, text(created["secret_server_key"]))),
                         401, "INVALID_SECRET_SERVER_KEY");
        // A set without any key is made too.
        const auto empty = createKeySet(newSetBody("no keys", inDays(1), false, false, false));
        QCOMPARE(empty.status, 200);
        const ordered_json listed = keySetItem(idOf(empty.json()));
        QStringList keys;
        for (const auto &item : listed.items())
            keys.append(QString::fromStdString(item.key()));
        QCOMPARE(keys, QStringList({u"created_at_millis"_s, u"expires_at_millis"_s, u"description"_s, u"id"_s}));
    }

    void keySetRefusals()
    {
        verifyKnownError(m_http->patchJson(u"/internal/api-keys/"_s + QString::fromLatin1(kUnknownId), admin(), {{"revoked", true}}),
                         404, "API_KEY_NOT_FOUND");
        verifyKnownError(m_http->get(u"/internal/api-keys/"_s + QString::fromLatin1(kUnknownId), admin()), 404, "API_KEY_NOT_FOUND");
        const auto notUuid = m_http->patchJson(u"/internal/api-keys/abc"_s, admin(), {{"revoked", false}});
        verifyKnownError(notUuid, 400, "SCHEMA_ERROR");
        QCOMPARE(errorText(notUuid), u"Request validation failed on PATCH /api/v1/internal/api-keys/abc:\n  - body.revoked must be one of "
                                     "the following values: true\n  - params.api_key_id must be a valid UUID"_s);
        const auto missing = createKeySet({{"description", "x"}});
        verifyKnownError(missing, 400, "SCHEMA_ERROR");
        QCOMPARE(errorText(missing), u"Request validation failed on POST /api/v1/internal/api-keys:\n"
                                     "  - body.expires_at_millis must be defined\n"
                                     "  - body.has_publishable_client_key must be defined\n"
                                     "  - body.has_secret_server_key must be defined\n"
                                     "  - body.has_super_secret_admin_key must be defined"_s);
    }

    // --- user and team keys ---

    void emptyListsMatchFixtures25And33()
    {
        const auto users = m_http->get(u"/user-api-keys?user_id="_s + m_userId, admin());
        QCOMPARE(users.status, 200);
        COMPARE_JSON(users.json(), Fixtures::responseBody(u"33-user-api-keys"_s));
        const auto team = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "Keyless"}});
        const auto teams = m_http->get(u"/team-api-keys?team_id="_s + idOf(team.json()), admin());
        QCOMPARE(teams.status, 200);
        COMPARE_JSON(teams.json(), Fixtures::responseBody(u"25-team-api-keys"_s));
    }

    void demoTeamsHaveKeys()
    {
        const ordered_json teams = m_http->get(u"/teams"_s, admin()).json()["items"];
        const ordered_json first = m_http->get(u"/team-api-keys?team_id="_s + idOf(teams[0]), admin()).json()["items"];
        QCOMPARE(first.size(), std::size_t(2));
        QVERIFY(first[0]["created_at_millis"].get<qint64>() >= first[1]["created_at_millis"].get<qint64>());
        bool publicKey = false, expiring = false;
        for (const auto &key : first) {
            publicKey = publicKey || key["is_public"].get<bool>();
            expiring = expiring || key.contains("expires_at_millis");
            QCOMPARE(text(key["type"]), u"team"_s);
            QCOMPARE(key["value"]["last_four"].get<std::string>().size(), std::size_t(4));
        }
        QVERIFY(publicKey && expiring);
        const ordered_json second = m_http->get(u"/team-api-keys?team_id="_s + idOf(teams[1]), admin()).json()["items"];
        QCOMPARE(second.size(), std::size_t(1));
        QVERIFY(second[0].contains("manually_revoked_at_millis"));
    }

    void createUserKeyMatchesFixture34()
    {
        const auto result = createOwnedKey(u"user"_s, m_userId, "fixture key", nullptr, false, admin());
        QCOMPARE(result.status, 200);
        const ordered_json created = result.json();
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"34-user-api-key-create"_s), created);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(text(created["user_id"]), m_userId);
        QCOMPARE(text(created["type"]), u"user"_s);
        // sk_ + 45 random characters + the key's id + "user" + scanner flag "1" (self-hosted,
        // secret) + 574ck4u7h + an 8-digit checksum.
        const QString value = text(created["value"]);
        QString idHex = idOf(created);
        idHex.remove(u'-');
        static const QRegularExpression format(u"^sk_[0-9a-hjkmnp-tv-z]{45}([0-9a-f]{32})user1574ck4u7h[0-9a-f]{8}$"_s);
        const auto match = format.match(value);
        QVERIFY2(match.hasMatch(), qPrintable(value));
        QCOMPARE(match.captured(1), idHex);

        const ordered_json listed = m_http->get(u"/user-api-keys?user_id="_s + m_userId, server()).json()["items"];
        QCOMPARE(listed.size(), std::size_t(1));
        const ordered_json expected = {{"user_id", m_userId.toStdString()}, {"type", "user"}, {"value", {{"last_four", value.right(4).toStdString()}}},
                                       {"is_public", false}, {"created_at_millis", created["created_at_millis"]},
                                       {"description", "fixture key"}, {"id", created["id"]}};
        COMPARE_JSON(listed[0], expected);
        COMPARE_JSON(m_http->get(u"/user-api-keys/"_s + idOf(created), admin()).json(), expected);

        const auto publicKey = createOwnedKey(u"user"_s, m_userId, "public", inDays(10), true);
        QVERIFY(text(publicKey.json()["value"]).startsWith(u"pk_"_s));
        QVERIFY(text(publicKey.json()["value"]).contains(u"user3574ck4u7h"_s));
        QVERIFY(publicKey.json().contains("expires_at_millis"));
        // Newest first.
        QCOMPARE(idOf(m_http->get(u"/user-api-keys?user_id="_s + m_userId, server()).json()["items"][0]), idOf(publicKey.json()));
    }

    void checkUserAndTeamKeys()
    {
        const QString teamId = idOf(m_http->get(u"/teams"_s, admin()).json()["items"][2]);
        const ordered_json userKey = createOwnedKey(u"user"_s, m_userId, "checked").json();
        const ordered_json teamKey = createOwnedKey(u"team"_s, teamId, "team checked").json();
        QVERIFY(teamKey["value"].is_string() && text(teamKey["value"]).contains(u"team1574ck4u7h"_s));

        const auto valid = check(u"user"_s, userKey["value"]);
        QCOMPARE(valid.status, 200);
        COMPARE_JSON(valid.json(), m_http->get(u"/user-api-keys/"_s + idOf(userKey), server()).json());
        QCOMPARE(check(u"team"_s, teamKey["value"]).status, 200);

        const auto wrongType = check(u"user"_s, teamKey["value"]);
        verifyKnownError(wrongType, 400, "WRONG_API_KEY_TYPE");
        const ordered_json expected = {{"code", "WRONG_API_KEY_TYPE"},
                                       {"details", {{"expected_type", "user"}, {"actual_type", "team"}}},
                                       {"error", "This endpoint is for user API keys, but a team API key was provided."}};
        COMPARE_JSON(wrongType.json(), expected);
        const auto unknown = check(u"user"_s, "sk_this_is_a_fake_api_key_123456789");
        verifyKnownError(unknown, 404, "API_KEY_NOT_FOUND");
        COMPARE_JSON(unknown.json(), ordered_json({{"code", "API_KEY_NOT_FOUND"}, {"error", "API key not found."}}));

        const ordered_json expired = createOwnedKey(u"user"_s, m_userId, "born expired", inDays(-1)).json();
        const auto expiredCheck = check(u"user"_s, expired["value"]);
        verifyKnownError(expiredCheck, 401, "API_KEY_EXPIRED");
        COMPARE_JSON(expiredCheck.json(), ordered_json({{"code", "API_KEY_EXPIRED"}, {"error", "API key has expired."}}));

        const auto revoked = m_http->patchJson(u"/user-api-keys/"_s + idOf(userKey), server(), {{"revoked", true}});
        QCOMPARE(revoked.status, 200);
        const qint64 revokedAt = revoked.json()["manually_revoked_at_millis"].get<qint64>();
        const auto revokedCheck = check(u"user"_s, userKey["value"]);
        verifyKnownError(revokedCheck, 401, "API_KEY_REVOKED");
        COMPARE_JSON(revokedCheck.json(), ordered_json({{"code", "API_KEY_REVOKED"}, {"error", "API key has been revoked."}}));
        QTest::qWait(5);
        const auto again = m_http->patchJson(u"/user-api-keys/"_s + idOf(userKey), server(), {{"revoked", true}, {"description", "gone"}});
        QCOMPARE(again.json()["manually_revoked_at_millis"].get<qint64>(), revokedAt);
        QCOMPARE(text(again.json()["description"]), u"gone"_s);

        // Checking is for server and admin access only.
        verifyKnownError(m_http->postJson(u"/user-api-keys/check"_s, projectClient(), {{"api_key", "x"}}), 401, "INSUFFICIENT_ACCESS_TYPE");
    }

    void ownedKeyRefusals()
    {
        // A team key's routes need ?team_id= on every operation, as the server's query schema says.
        const QString teamId = idOf(m_http->get(u"/teams"_s, admin()).json()["items"][3]);
        const ordered_json teamKey = createOwnedKey(u"team"_s, teamId, "team key").json();
        const auto withoutTeam = m_http->patchJson(u"/team-api-keys/"_s + idOf(teamKey), admin(), {{"revoked", true}});
        verifyKnownError(withoutTeam, 400, "SCHEMA_ERROR");
        QVERIFY(errorText(withoutTeam).endsWith(u"query.team_id must be defined"_s));
        QCOMPARE(m_http->patchJson(u"/team-api-keys/"_s + idOf(teamKey) + u"?team_id="_s + teamId, admin(), {{"revoked", true}}).status, 200);

        // A user list needs its user.
        const auto noUser = m_http->get(u"/user-api-keys"_s, server());
        verifyKnownError(noUser, 400, "SCHEMA_ERROR");
        COMPARE_JSON(noUser.json(), ordered_json({{"code", "SCHEMA_ERROR"},
                                                  {"details", {{"message", "user_id is required for user API keys"}}},
                                                  {"error", "user_id is required for user API keys"}}));
        verifyKnownError(m_http->patchJson(u"/user-api-keys/"_s + QString::fromLatin1(kUnknownId), server(), {{"revoked", true}}), 404,
                         "API_KEY_NOT_FOUND");
        // A key of the other kind is not found through this kind's routes.
        verifyKnownError(m_http->get(u"/user-api-keys/"_s + idOf(teamKey), server()), 404, "API_KEY_NOT_FOUND");
        const auto ownerChange = m_http->patchJson(u"/user-api-keys/"_s + idOf(teamKey), server(), {{"user_id", m_userId.toStdString()}});
        verifyKnownError(ownerChange, 400, "SCHEMA_ERROR");
        QVERIFY(errorText(ownerChange).endsWith(u"body contains unknown properties: user_id"_s));

        const auto missing = m_http->postJson(u"/user-api-keys"_s, server(), {{"user_id", m_userId.toStdString()}});
        verifyKnownError(missing, 400, "SCHEMA_ERROR");
        QCOMPARE(errorText(missing), u"Request validation failed on POST /api/v1/user-api-keys:\n"
                                     "  - body.description must be defined\n  - body.expires_at_millis must be defined"_s);
        verifyKnownError(createOwnedKey(u"user"_s, QString::fromLatin1(kUnknownId), "nobody's"), 404, "USER_NOT_FOUND");
        verifyKnownError(createOwnedKey(u"team"_s, QString::fromLatin1(kUnknownId), "no team's"), 404, "TEAM_NOT_FOUND");
        const auto me = createOwnedKey(u"user"_s, u"me"_s, "mine");
        verifyKnownError(me, 400, "CANNOT_GET_OWN_USER_WITHOUT_USER");
    }

    void clientManagesOnlyItsOwnKeys()
    {
        const ordered_json tokens = signInToProject(u"key.owner@example.com"_s, u"owner-password"_s);
        QVERIFY(tokens.is_object());
        const Headers client = projectClient(text(tokens["access_token"]));
        const auto own = createOwnedKey(u"user"_s, u"me"_s, "from the client", nullptr, false, client);
        QCOMPARE(own.status, 200);
        QCOMPARE(text(own.json()["user_id"]), m_userId);
        QCOMPARE(m_http->get(u"/user-api-keys?user_id=me"_s, client).status, 200);

        const QString other = createUser({{"primary_email", "someone.else@example.com"}});
        const auto foreign = m_http->get(u"/user-api-keys?user_id="_s + other, client);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.text(), u"Client can only manage their own api keys"_s);
        // Team keys need $manage_api_keys; without it the team is not even admitted to exist.
        const QString teamId = idOf(m_http->get(u"/teams"_s, admin()).json()["items"][0]);
        verifyKnownError(m_http->get(u"/team-api-keys?team_id="_s + teamId, client), 404, "API_KEY_NOT_FOUND");
    }

    void disabledByTheProjectConfig()
    {
        const ordered_json teamKey = createOwnedKey(u"team"_s, idOf(m_http->get(u"/teams"_s, admin()).json()["items"][4]), "x").json();
        QCOMPARE(patchConfig({{"apiKeys.enabled.user", false}}).status, 200);
        const auto list = m_http->get(u"/user-api-keys?user_id="_s + m_userId, admin());
        QCOMPARE(list.status, 400);
        QCOMPARE(list.text(), u"User API keys are not enabled for this project."_s);
        QCOMPARE(createOwnedKey(u"user"_s, m_userId, "x").text(), u"User API keys are not enabled for this project."_s);
        QCOMPARE(check(u"user"_s, "sk_anything").text(), u"User API keys are not enabled for this project."_s);
        // Team keys are still on.
        QCOMPARE(check(u"team"_s, teamKey["value"]).status, 200);

        QCOMPARE(patchConfig({{"apiKeys.enabled.team", false}}).status, 200);
        const auto teams = check(u"team"_s, teamKey["value"]);
        QCOMPARE(teams.status, 400);
        QCOMPARE(teams.text(), u"Team API keys are not enabled for this project."_s);

        QCOMPARE(patchConfig({{"apiKeys.enabled.user", true}, {"apiKeys.enabled.team", true}}).status, 200);
        QCOMPARE(m_http->get(u"/user-api-keys?user_id="_s + m_userId, admin()).status, 200);
    }

    // Last: it revokes the demo project's own keys.
    void revokingTheProjectsOwnKeys()
    {
        const QString token = dashboardAccessToken();
        QVERIFY(!token.isEmpty());
        const Headers dashboard = TestHttpClient::adminToken(m_account.projectId, token);
        QString initialId;
        const ordered_json items = m_http->get(u"/internal/api-keys"_s, dashboard).json()["items"];
        for (const auto &item : items) {
            if (item["description"] == "Demo project keys")
                initialId = idOf(item);
        }
        QVERIFY(!initialId.isEmpty());
        QCOMPARE(m_http->patchJson(u"/internal/api-keys/"_s + initialId, dashboard, {{"revoked", true}}).status, 200);
        verifyKnownError(m_http->get(u"/users?limit=1"_s, server()), 401, "INVALID_SECRET_SERVER_KEY");
        verifyKnownError(m_http->get(u"/users?limit=1"_s, admin()), 401, "INVALID_SUPER_SECRET_ADMIN_KEY");
        // The dashboard's admin access token does not depend on keys.
        QCOMPARE(m_http->get(u"/users?limit=1"_s, dashboard).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyRoutes)
#include "tst_apikeyroutes.moc"
