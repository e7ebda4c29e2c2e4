// TeamRoutes: GET /teams (all, or a user's) and GET /teams/{id}, compared with fixtures 17 and 18;
// POST /teams (fixture 26), PATCH and DELETE /teams/{id} with their refusals, and what a deleted
// team takes with it.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestTeamRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    int teamCount() { return int(m_http->get(u"/teams"_s, admin()).json()["items"].size()); }

    QString createTeam(const ordered_json &body)
    {
        const auto result = m_http->postJson(u"/teams"_s, admin(), body);
        return result.status == 201 ? idOf(result.json()) : QString();
    }

    static void verifySchemaError(const HttpResult &result, const QString &method, const QString &path, const QString &problems)
    {
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(errorText(result), u"Request validation failed on "_s + method + u" /api/v1"_s + path + u":\n  - "_s + problems);
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void listMatchesFixture17()
    {
        const auto result = m_http->get(u"/teams"_s, admin());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(body["is_paginated"].get<bool>(), false);
        QVERIFY(!body.contains("pagination"));
        const ordered_json &items = body["items"];
        QVERIFY(items.size() >= 10 && items.size() <= 20);
        bool longName = false, withoutImage = false, withImage = false;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                QVERIFY(items[i - 1]["created_at_millis"].get<qint64>() <= items[i]["created_at_millis"].get<qint64>());
            longName = longName || items[i]["display_name"].get<std::string>().size() > 60;
            withoutImage = withoutImage || items[i]["profile_image_url"].is_null();
            withImage = withImage || items[i]["profile_image_url"].is_string();
        }
        QVERIFY(longName);
        QVERIFY(withoutImage && withImage);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"17-teams-list"_s), body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(m_http->get(u"/teams"_s, server()).status, 200);
    }

    void getMatchesFixture18()
    {
        const ordered_json first = m_http->get(u"/teams"_s, admin()).json()["items"][0];
        const QString id = QString::fromStdString(first["id"].get<std::string>());
        const auto result = m_http->get(u"/teams/"_s + id, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), first);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"18-team-get"_s), result.json());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void refusals()
    {
        const auto missing = m_http->get(u"/teams/3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("x-stack-known-error"), QByteArray("TEAM_NOT_FOUND"));
        const ordered_json expected = {{"code", "TEAM_NOT_FOUND"},
                                       {"details", {{"team_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}}},
                                       {"error", "Team 3241a285-8329-4d69-8f3d-316e08cf140c not found."}};
        COMPARE_JSON(missing.json(), expected);

        const auto notUuid = m_http->get(u"/teams/abc"_s, admin());
        QCOMPARE(notUuid.status, 400);
        QCOMPARE(QString::fromStdString(notUuid.json()["error"].get<std::string>()),
                 u"Request validation failed on GET /api/v1/teams/abc:\n  - params.team_id must be a valid UUID"_s);
    }

    void teamsOfAUser()
    {
        const ordered_json teams = m_http->get(u"/teams"_s, admin()).json()["items"];
        const QString teamId = QString::fromStdString(teams[0]["id"].get<std::string>());
        const ordered_json members = m_http->get(u"/users?team_id="_s + teamId, admin()).json()["items"];
        QVERIFY(!members.empty());
        const QString userId = QString::fromStdString(members[0]["id"].get<std::string>());
        const ordered_json userTeams = m_http->get(u"/teams?user_id="_s + userId, admin()).json()["items"];
        QVERIFY(!userTeams.empty());
        QVERIFY(userTeams.size() < teams.size());
        bool found = false;
        for (const auto &team : userTeams)
            found = found || QString::fromStdString(team["id"].get<std::string>()) == teamId;
        QVERIFY(found);
        QVERIFY(m_http->get(u"/teams?user_id=3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin()).json()["items"].empty());
    }

    void createMatchesFixture26()
    {
        const int before = teamCount();
        const auto result = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "Fixture Team"}});
        QCOMPARE(result.status, 201);
        const ordered_json team = result.json();
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"26-team-create"_s), team);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(team["display_name"].get<std::string>(), std::string("Fixture Team"));
        QVERIFY(team["profile_image_url"].is_null() && team["server_metadata"].is_null() && team["client_metadata"].is_null());
        QVERIFY(team["created_at_millis"].get<qint64>() > 0);
        QCOMPARE(teamCount(), before + 1);
        const auto read = m_http->get(u"/teams/"_s + idOf(team), server());
        QCOMPARE(read.status, 200);
        COMPARE_JSON(read.json(), team);
        // Nobody joined: no creator was named.
        QVERIFY(m_http->get(u"/users?team_id="_s + idOf(team), admin()).json()["items"].empty());
    }

    void createWithCreatorAndFields()
    {
        const QString creator = createUser({{"primary_email", "team.creator@example.com"}, {"primary_email_verified", true}});
        QVERIFY(!creator.isEmpty());
        const ordered_json body = {{"display_name", "Creators"},
                                   {"creator_user_id", creator.toStdString()},
                                   {"profile_image_url", "https://example.com/team.png"},
                                   {"client_metadata", {{"color", "teal"}}},
                                   {"client_read_only_metadata", {{"plan", "pro"}}},
                                   {"server_metadata", {{"crm", 42}}}};
        const auto result = m_http->postJson(u"/teams"_s, server(), body);
        QCOMPARE(result.status, 201);
        const ordered_json team = result.json();
        QCOMPARE(team["profile_image_url"].get<std::string>(), std::string("https://example.com/team.png"));
        COMPARE_JSON(team["client_metadata"], ordered_json({{"color", "teal"}}));
        COMPARE_JSON(team["client_read_only_metadata"], ordered_json({{"plan", "pro"}}));
        COMPARE_JSON(team["server_metadata"], ordered_json({{"crm", 42}}));
        const ordered_json members = m_http->get(u"/users?team_id="_s + idOf(team), admin()).json()["items"];
        QCOMPARE(members.size(), std::size_t(1));
        QCOMPARE(idOf(members[0]), creator);
        // The creator holds the project's creator defaults (team_admin).
        const ordered_json permissions =
            m_http->get(u"/team-permissions?team_id="_s + idOf(team) + u"&user_id="_s + creator, admin()).json()["items"];
        bool teamAdmin = false;
        for (const auto &permission : permissions)
            teamAdmin = teamAdmin || permission["id"] == "team_admin";
        QVERIFY2(teamAdmin, permissions.dump().c_str());

        // A data URL of an image is taken too (the server would upload it and store its URL).
        const auto image = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "Pictured"},
                                                                    {"profile_image_url", "data:image/png;base64,iVBORw0KGgo="}});
        QCOMPARE(image.status, 201);
    }

    void createRefusals()
    {
        const int before = teamCount();
        verifySchemaError(m_http->postJson(u"/teams"_s, admin(), ordered_json::object()), u"POST"_s, u"/teams"_s,
                          u"body.display_name must be defined"_s);
        verifySchemaError(m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"}, {"owner", 1}}), u"POST"_s, u"/teams"_s,
                          u"body contains unknown properties: owner"_s);
        verifySchemaError(m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"}, {"creator_user_id", "nobody"}}),
                          u"POST"_s, u"/teams"_s, u"body.creator_user_id must be a valid UUID"_s);
        verifySchemaError(m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"}, {"profile_image_url", "not a url"}}),
                          u"POST"_s, u"/teams"_s, u"body.profile_image_url is not a valid URL"_s);

        // "me" needs a signed-in user; an admin key has none.
        const auto me = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"}, {"creator_user_id", "me"}});
        QCOMPARE(me.status, 400);
        QCOMPARE(me.header("x-stack-known-error"), QByteArray("CANNOT_GET_OWN_USER_WITHOUT_USER"));
        const auto unknown = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"},
                                                                     {"creator_user_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
        const auto ftp = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "X"}, {"profile_image_url", "ftp://example.com/a.png"}});
        QCOMPARE(ftp.status, 400);
        QCOMPARE(ftp.text(), u"Invalid profile image URL"_s);
        const auto both = m_http->postJson(u"/teams?add_current_user=true"_s, admin(),
                                           {{"display_name", "X"}, {"creator_user_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}});
        QCOMPARE(both.status, 400);
        QVERIFY(both.text().startsWith(u"Cannot use both creator_user_id and add_current_user."_s));
        // None of them left a team behind.
        QCOMPARE(teamCount(), before);
    }

    void clientCreationFollowsTheConfig()
    {
        QVERIFY(!createUser({{"primary_email", "team.client@example.com"}, {"primary_email_auth_enabled", true},
                             {"primary_email_verified", true}, {"password", "client-password"}})
                     .isEmpty());
        const ordered_json tokens = signInToProject(u"team.client@example.com"_s, u"client-password"_s);
        QVERIFY(tokens.is_object());
        const QString userId = QString::fromStdString(tokens["user_id"].get<std::string>());
        const Headers client = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        // The demo project lets clients create teams (teams.allowClientTeamCreation); the client
        // joins as the creator.
        const auto created = m_http->postJson(u"/teams"_s, client, {{"display_name", "Mine"}});
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json().contains("server_metadata") && !created.json().contains("created_at_millis"));
        const ordered_json mine = m_http->get(u"/teams?user_id=me"_s, client).json()["items"];
        QCOMPARE(mine.size(), std::size_t(1));
        QCOMPARE(idOf(mine[0]), idOf(created.json()));
        const auto other = m_http->postJson(u"/teams"_s, client, {{"display_name", "Theirs"},
                                                                  {"creator_user_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}});
        QCOMPARE(other.status, 403);
        QVERIFY(other.text().startsWith(u"You cannot create a team as a user that is not yourself."_s));
        const auto web = m_http->postJson(u"/teams"_s, client, {{"display_name", "Pictured"}, {"profile_image_url", "https://example.com/a.png"}});
        QCOMPARE(web.status, 400);
        QCOMPARE(web.text(), u"Invalid profile image URL"_s);
        const auto serverOnly = m_http->postJson(u"/teams"_s, client, {{"display_name", "X"}, {"server_metadata", {{"a", 1}}}});
        QCOMPARE(serverOnly.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        const auto anonymous = m_http->postJson(u"/teams"_s, projectClient(), {{"display_name", "Mine"}});
        QCOMPARE(anonymous.header("x-stack-known-error"), QByteArray("USER_AUTHENTICATION_REQUIRED"));

        const auto setCreation = [this](bool allowed) {
            const ordered_json override = {{"teams.allowClientTeamCreation", allowed}};
            return m_http->patchJson(u"/internal/config/override/environment"_s, admin(), {{"config_override_string", override.dump()}}).status;
        };
        QCOMPARE(setCreation(false), 200);
        const auto refused = m_http->postJson(u"/teams"_s, client, {{"display_name", "Another"}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.text(), u"Client team creation is disabled for this project"_s);
        QCOMPARE(setCreation(true), 200);
        QCOMPARE(m_http->get(u"/teams?user_id="_s + userId, admin()).json()["items"].size(), std::size_t(1));
    }

    void patch()
    {
        const QString id = createTeam({{"display_name", "Before"}, {"profile_image_url", "https://example.com/a.png"},
                                       {"server_metadata", {{"a", 1}}}});
        QVERIFY(!id.isEmpty());
        const auto result = m_http->patchJson(u"/teams/"_s + id, admin(),
                                              {{"display_name", "After"}, {"profile_image_url", nullptr}, {"client_metadata", {{"b", 2}}}});
        QCOMPARE(result.status, 200);
        const ordered_json team = result.json();
        QCOMPARE(team["display_name"].get<std::string>(), std::string("After"));
        QVERIFY(team["profile_image_url"].is_null());
        COMPARE_JSON(team["client_metadata"], ordered_json({{"b", 2}}));
        COMPARE_JSON(team["server_metadata"], ordered_json({{"a", 1}})); // untouched
        COMPARE_JSON(m_http->get(u"/teams/"_s + id, admin()).json(), team);
        // null clears metadata; an empty body changes nothing.
        QVERIFY(m_http->patchJson(u"/teams/"_s + id, server(), {{"server_metadata", nullptr}}).json()["server_metadata"].is_null());
        QCOMPARE(m_http->patchJson(u"/teams/"_s + id, server(), ordered_json::object()).json()["display_name"].get<std::string>(),
                 std::string("After"));
    }

    void patchRefusals()
    {
        const auto missing = m_http->patchJson(u"/teams/3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin(), {{"display_name", "X"}});
        QCOMPARE(missing.status, 404);
        const ordered_json expected = {{"code", "TEAM_NOT_FOUND"},
                                       {"details", {{"team_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}}},
                                       {"error", "Team 3241a285-8329-4d69-8f3d-316e08cf140c not found."}};
        COMPARE_JSON(missing.json(), expected);
        verifySchemaError(m_http->patchJson(u"/teams/abc"_s, admin(), {{"display_name", 5}}), u"PATCH"_s, u"/teams/abc"_s,
                          u"body.display_name must be a `string` type, but the final value was: `5`.\n  - params.team_id must be a valid UUID"_s);
        const QString id = createTeam({{"display_name", "Patched"}});
        verifySchemaError(m_http->patchJson(u"/teams/"_s + id, admin(), {{"creator_user_id", "me"}}), u"PATCH"_s, u"/teams/"_s + id,
                          u"body contains unknown properties: creator_user_id"_s);
        const auto ftp = m_http->patchJson(u"/teams/"_s + id, admin(), {{"profile_image_url", "ftp://example.com/a.png"}});
        QCOMPARE(ftp.status, 400);
        QCOMPARE(ftp.text(), u"Invalid profile image URL"_s);
    }

    void deleteTakesEverythingWithIt()
    {
        const QString member = createUser({{"primary_email", "team.member@example.com"}, {"primary_email_verified", true}});
        const QString id = createTeam({{"display_name", "Doomed"}, {"creator_user_id", member.toStdString()}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_http->patchJson(u"/users/"_s + member, admin(), {{"selected_team_id", id.toStdString()}}).status, 200);
        QCOMPARE(m_http->postJson(u"/team-invitations/send-code"_s, admin(),
                                  {{"team_id", id.toStdString()}, {"email", "invitee@example.com"}, {"callback_url", "http://localhost:3000/"}})
                     .status,
                 200);
        const auto key = m_http->postJson(u"/team-api-keys"_s, admin(),
                                          {{"team_id", id.toStdString()}, {"description", "team key"}, {"expires_at_millis", nullptr}});
        QCOMPARE(key.status, 200);

        const auto result = m_http->send("DELETE", u"/teams/"_s + id, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), ordered_json({{"success", true}}));
        QCOMPARE(m_http->get(u"/teams/"_s + id, admin()).status, 404);
        QVERIFY(m_http->get(u"/teams?user_id="_s + member, admin()).json()["items"].empty());
        QVERIFY(m_http->get(u"/users/"_s + member, admin()).json()["selected_team_id"].is_null());
        QCOMPARE(m_http->get(u"/team-invitations?team_id="_s + id, admin()).header("x-stack-known-error"), QByteArray("TEAM_NOT_FOUND"));
        const auto check = m_http->postJson(u"/team-api-keys/check"_s, server(), {{"api_key", key.json()["value"]}});
        QCOMPARE(check.header("x-stack-known-error"), QByteArray("API_KEY_NOT_FOUND"));

        const auto again = m_http->send("DELETE", u"/teams/"_s + id, admin());
        QCOMPARE(again.status, 404);
        QCOMPARE(again.header("x-stack-known-error"), QByteArray("TEAM_NOT_FOUND"));
        const auto notUuid = m_http->send("DELETE", u"/teams/abc"_s, server());
        QCOMPARE(notUuid.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
    }

    void clientNeedsTeamPermissions()
    {
        QVERIFY(!createUser({{"primary_email", "plain.member@example.com"}, {"primary_email_auth_enabled", true},
                             {"primary_email_verified", true}, {"password", "member-password"}})
                     .isEmpty());
        const ordered_json tokens = signInToProject(u"plain.member@example.com"_s, u"member-password"_s);
        QVERIFY(tokens.is_object());
        const QString userId = QString::fromStdString(tokens["user_id"].get<std::string>());
        const QString token = QString::fromStdString(tokens["access_token"].get<std::string>());
        const QString id = createTeam({{"display_name", "Members only"}});
        const auto outsider = m_http->patchJson(u"/teams/"_s + id, projectClient(token), {{"display_name", "Mine now"}});
        QCOMPARE(outsider.status, 404);
        QCOMPARE(outsider.header("x-stack-known-error"), QByteArray("TEAM_MEMBERSHIP_NOT_FOUND"));
        QCOMPARE(m_http->postJson(u"/team-memberships/"_s + id + u'/' + userId, admin(), ordered_json::object()).status, 201);
        // An ordinary member (team_member) may neither rename nor delete the team.
        const auto renamed = m_http->patchJson(u"/teams/"_s + id, projectClient(token), {{"display_name", "Mine now"}});
        QCOMPARE(renamed.status, 401);
        QCOMPARE(renamed.header("x-stack-known-error"), QByteArray("TEAM_PERMISSION_REQUIRED"));
        QCOMPARE(QString::fromStdString(renamed.json()["details"]["permission_id"].get<std::string>()), u"$update_team"_s);
        const auto deleted = m_http->send("DELETE", u"/teams/"_s + id, projectClient(token));
        QCOMPARE(QString::fromStdString(deleted.json()["details"]["permission_id"].get<std::string>()), u"$delete_team"_s);
        QCOMPARE(m_http->get(u"/teams/"_s + id, admin()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoutes)
#include "tst_teamroutes.moc"
