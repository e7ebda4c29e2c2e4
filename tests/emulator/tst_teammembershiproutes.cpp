// TeamMembershipRoutes: POST|DELETE /team-memberships/{team_id}/{user_id} (fixture 22), reflected
// in GET /users?team_id= and GET /teams?user_id=; the members' team permissions: GET
// /team-permissions (fixture 23), POST|DELETE /team-permissions/{team_id}/{user_id}/{permission_id}
// (fixture 24), and the defaults members and creators receive.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestTeamMembershipRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId;
    QString m_teamId;

    QString membershipPath(const QString &teamId, const QString &userId) const
    {
        return u"/team-memberships/"_s + teamId + u'/' + userId;
    }

    HttpResult join(const QString &teamId, const QString &userId, const Headers &headers)
    {
        return m_http->postJson(membershipPath(teamId, userId), headers, ordered_json::object());
    }

    QString grantPath(const QString &teamId, const QString &userId, const QString &permissionId) const
    {
        return u"/team-permissions/"_s + teamId + u'/' + userId + u'/' + permissionId;
    }

    QStringList permissionsIn(const QString &teamId, const QString &userId, bool recursive = false)
    {
        QStringList ids;
        const ordered_json body = m_http->get(u"/team-permissions?team_id="_s + teamId + u"&user_id="_s + userId
                                                  + (recursive ? u"&recursive=true"_s : QString()),
                                              admin())
                                      .json();
        for (const auto &item : body["items"])
            ids.append(idOf(item));
        return ids;
    }

    bool isMember(const QString &teamId, const QString &userId)
    {
        const ordered_json members = m_http->get(u"/users?team_id="_s + teamId, admin()).json()["items"];
        for (const auto &user : members) {
            if (idOf(user) == userId)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_userId = createUser({{"primary_email", "member@example.com"}, {"primary_email_verified", true},
                               {"primary_email_auth_enabled", true}, {"password", "member-password"}});
        m_teamId = m_emulator->createTeam(m_account.projectId, u"Membership Test Team"_s);
        QVERIFY(!m_userId.isEmpty() && !m_teamId.isEmpty());
    }

    void addMatchesFixture22()
    {
        const auto result = join(m_teamId, m_userId, admin());
        QCOMPARE(result.status, 201);
        const ordered_json expected = {{"team_id", m_teamId.toStdString()}, {"user_id", m_userId.toStdString()}};
        COMPARE_JSON(result.json(), expected);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"22-team-membership-add"_s), result.json());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(isMember(m_teamId, m_userId));
        const ordered_json teams = m_http->get(u"/teams?user_id="_s + m_userId, admin()).json()["items"];
        QCOMPARE(teams.size(), std::size_t(1));
        QCOMPARE(idOf(teams[0]), m_teamId);
    }

    void addTwice()
    {
        const auto result = join(m_teamId, m_userId, server());
        QCOMPARE(result.status, 409);
        COMPARE_JSON(result.json(), ordered_json({{"code", "TEAM_MEMBERSHIP_ALREADY_EXISTS"}, {"error", "Team membership already exists."}}));
    }

    void permissionsMatchFixture23()
    {
        const QString path = u"/team-permissions?team_id="_s + m_teamId + u"&user_id="_s + m_userId;
        const auto result = m_http->get(path, admin());
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        FIXTURE_BODY(expected, u"23-team-permissions-of-member"_s);
        const QString difference = Fixtures::shapeDifference(expected, body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const ordered_json own = {{"items", {{{"id", "team_member"}, {"team_id", m_teamId.toStdString()}, {"user_id", m_userId.toStdString()}}}},
                                  {"is_paginated", false}};
        COMPARE_JSON(body, own);

        const ordered_json recursive = m_http->get(path + u"&recursive=true"_s, admin()).json()["items"];
        QStringList ids;
        for (const auto &item : recursive)
            ids.append(idOf(item));
        QCOMPARE(ids, (QStringList{u"$invite_members"_s, u"$read_members"_s, u"team_member"_s}));
        QCOMPARE(m_http->get(path + u"&permission_id=%24read_members&recursive=true"_s, admin()).json()["items"].size(), std::size_t(1));

        const auto badId = m_http->get(path + u"&permission_id=Bad"_s, admin());
        QCOMPARE(badId.status, 400);
        QVERIFY(errorText(badId).endsWith(u"Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed"_s));
        // Every member of a generated team holds team_member.
        const QString generated = idOf(m_http->get(u"/teams"_s, admin()).json()["items"][0]);
        const ordered_json all = m_http->get(u"/team-permissions?team_id="_s + generated, server()).json()["items"];
        QCOMPARE(all.size(), m_http->get(u"/users?include_restricted=true&include_anonymous=true&team_id="_s + generated, admin())
                                 .json()["items"]
                                 .size());
    }

    void selectedTeamGoesWithTheMembership()
    {
        QCOMPARE(m_http->patchJson(u"/users/"_s + m_userId, admin(), {{"selected_team_id", m_teamId.toStdString()}}).status, 200);
        const auto removed = m_http->send("DELETE", membershipPath(m_teamId, m_userId), admin());
        QCOMPARE(removed.status, 200);
        COMPARE_JSON(removed.json(), ordered_json({{"success", true}}));
        QVERIFY(!isMember(m_teamId, m_userId));
        QVERIFY(m_http->get(u"/users/"_s + m_userId, admin()).json()["selected_team"].is_null());
        QVERIFY(m_http->get(u"/team-permissions?team_id="_s + m_teamId, admin()).json()["items"].empty());

        const auto again = m_http->send("DELETE", membershipPath(m_teamId, m_userId), admin());
        QCOMPARE(again.status, 404);
        const ordered_json expected = {{"code", "TEAM_MEMBERSHIP_NOT_FOUND"},
                                       {"details", {{"team_id", m_teamId.toStdString()}, {"user_id", m_userId.toStdString()}}},
                                       {"error", "User " + m_userId.toStdString() + " is not found in team " + m_teamId.toStdString() + "."}};
        COMPARE_JSON(again.json(), expected);
    }

    void refusals()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        QCOMPARE(join(m_teamId, unknown, admin()).header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
        const auto noTeam = join(unknown, m_userId, admin());
        QCOMPARE(noTeam.status, 404);
        QCOMPARE(noTeam.header("x-stack-known-error"), QByteArray("TEAM_NOT_FOUND"));
        const auto badIds = join(u"x"_s, u"y"_s, admin());
        QCOMPARE(errorText(badIds), u"Request validation failed on POST /api/v1/team-memberships/x/y:\n"
                                    "  - params.team_id must be a valid UUID\n  - params.user_id must be a valid UUID"_s);
        const auto body = m_http->postJson(membershipPath(m_teamId, m_userId), admin(), {{"role", "admin"}});
        QVERIFY(errorText(body).endsWith(u"body contains unknown properties: role"_s));
        const auto client = join(m_teamId, m_userId, projectClient());
        QCOMPARE(client.header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, unknown), admin()).header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
    }

    void clientMayOnlyLeave()
    {
        QCOMPARE(join(m_teamId, m_userId, admin()).status, 201);
        const QString other = createUser({{"display_name", "Teammate"}});
        QCOMPARE(join(m_teamId, other, admin()).status, 201);
        const ordered_json tokens = signInToProject(u"member@example.com"_s, u"member-password"_s);
        const Headers headers = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        const auto removeOther = m_http->send("DELETE", membershipPath(m_teamId, other), headers);
        QCOMPARE(removeOther.status, 401);
        QCOMPARE(removeOther.header("x-stack-known-error"), QByteArray("TEAM_PERMISSION_REQUIRED"));
        QCOMPARE(removeOther.json()["details"]["permission_id"].get<std::string>(), "$remove_members");
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, u"me"_s), headers).status, 200);
        QVERIFY(!isMember(m_teamId, m_userId));
    }

    void grantAndRevokeTeamPermissions()
    {
        QCOMPARE(join(m_teamId, m_userId, admin()).status, 201);
        QCOMPARE(permissionsIn(m_teamId, m_userId), QStringList{u"team_member"_s}); // the default of a joining member

        const auto granted = m_http->postJson(grantPath(m_teamId, m_userId, u"$update_team"_s), server(), ordered_json::object());
        QCOMPARE(granted.status, 201);
        COMPARE_JSON(granted.json(), ordered_json({{"id", "$update_team"}, {"team_id", m_teamId.toStdString()}, {"user_id", m_userId.toStdString()}}));
        QCOMPARE(m_http->postJson(grantPath(m_teamId, m_userId, u"team_admin"_s), admin(), ordered_json::object()).status, 201);
        QCOMPARE(m_http->postJson(grantPath(m_teamId, u"me"_s, u"team_admin"_s), admin(), ordered_json::object()).status, 400); // no user behind "me"
        QCOMPARE(m_http->postJson(grantPath(m_teamId, m_userId, u"team_admin"_s), admin(), ordered_json::object()).status, 201); // again: fine
        QCOMPARE(permissionsIn(m_teamId, m_userId), (QStringList{u"$update_team"_s, u"team_admin"_s, u"team_member"_s}));
        QCOMPARE(permissionsIn(m_teamId, m_userId, true),
                 (QStringList{u"$delete_team"_s, u"$invite_members"_s, u"$manage_api_keys"_s, u"$read_members"_s, u"$remove_members"_s,
                              u"$update_team"_s, u"team_admin"_s, u"team_member"_s}));
        // Without user_id: every member of the team; without team_id: every team of the user.
        const ordered_json ofTeam = m_http->get(u"/team-permissions?team_id="_s + m_teamId, admin()).json()["items"];
        QCOMPARE(ofTeam.size(), std::size_t(4)); // and the teammate's team_member
        for (const auto &item : ofTeam)
            QCOMPARE(item["team_id"].get<std::string>(), m_teamId.toStdString());
        QVERIFY(m_http->get(u"/team-permissions?user_id="_s + m_userId, admin()).json()["items"].size() >= 3);

        const auto revoked = m_http->send("DELETE", grantPath(m_teamId, m_userId, u"team_admin"_s), admin());
        QCOMPARE(revoked.status, 200);
        COMPARE_JSON(revoked.json(), ordered_json({{"success", true}}));
        QCOMPARE(permissionsIn(m_teamId, m_userId), (QStringList{u"$update_team"_s, u"team_member"_s}));
        // Only direct grants: $read_members comes with team_member.
        const auto notHeld = m_http->send("DELETE", grantPath(m_teamId, m_userId, u"$read_members"_s), server());
        QCOMPARE(notHeld.status, 401);
        const ordered_json expected = {{"code", "TEAM_PERMISSION_NOT_FOUND"},
                                       {"details", {{"team_id", m_teamId.toStdString()}, {"user_id", m_userId.toStdString()}, {"permission_id", "$read_members"}}},
                                       {"error", "User " + m_userId.toStdString() + " does not have permission $read_members in team " + m_teamId.toStdString() + "."}};
        COMPARE_JSON(notHeld.json(), expected);

        // Leaving drops them all; joining again starts from the defaults.
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, m_userId), admin()).status, 200);
        QVERIFY(permissionsIn(m_teamId, m_userId).isEmpty());
        QCOMPARE(join(m_teamId, m_userId, admin()).status, 201);
        QCOMPARE(permissionsIn(m_teamId, m_userId), QStringList{u"team_member"_s});
    }

    void grantRefusals()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        const auto missing = m_http->postJson(grantPath(m_teamId, m_userId, u"no_such_permission"_s), admin(), ordered_json::object());
        QCOMPARE(missing.status, 404);
        COMPARE_JSON(missing.json(), Fixtures::responseBody(u"24-team-permission-grant-missing"_s));
        const auto projectScoped = m_http->postJson(grantPath(m_teamId, m_userId, u"billing"_s), admin(), ordered_json::object());
        const ordered_json wrongScope = {
            {"code", "WRONG_PERMISSION_SCOPE"},
            {"details", {{"permission_id", "billing"}, {"expected_scope", "team"}, {"actual_scope", "project"}}},
            {"error", "Permission \"billing\" not found. (It was found for a different scope \"project\", but scope \"team\" was expected.)"}};
        COMPARE_JSON(projectScoped.json(), wrongScope);

        const QString outsider = createUser({{"display_name", "Outsider"}});
        const auto notMember = m_http->postJson(grantPath(m_teamId, outsider, u"team_member"_s), admin(), ordered_json::object());
        QCOMPARE(notMember.status, 404);
        QCOMPARE(notMember.json()["error"].get<std::string>(),
                 "User " + outsider.toStdString() + " is not found in team " + m_teamId.toStdString() + ".");
        QCOMPARE(m_http->postJson(grantPath(unknown, m_userId, u"team_member"_s), admin(), ordered_json::object()).header("x-stack-known-error"),
                 QByteArray("TEAM_MEMBERSHIP_NOT_FOUND")); // no team check of its own
        QCOMPARE(m_http->postJson(grantPath(m_teamId, unknown, u"team_member"_s), admin(), ordered_json::object()).header("x-stack-known-error"),
                 QByteArray("USER_NOT_FOUND"));
        QCOMPARE(m_http->send("DELETE", grantPath(m_teamId, outsider, u"team_member"_s), admin()).header("x-stack-known-error"),
                 QByteArray("TEAM_MEMBERSHIP_NOT_FOUND"));

        const auto badPath = m_http->postJson(u"/team-permissions/x/y/Bad"_s, admin(), {{"a", 1}});
        QCOMPARE(errorText(badPath), u"Request validation failed on POST /api/v1/team-permissions/x/y/Bad:\n"
                                     "  - params.team_id must be a valid UUID\n  - params.user_id must be a valid UUID\n"
                                     "  - Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed\n"
                                     "  - body contains unknown properties: a"_s);
        QVERIFY(errorText(m_http->send("POST", grantPath(m_teamId, m_userId, u"team_member"_s), admin())).endsWith(u"body must be defined"_s));
        QCOMPARE(m_http->postJson(grantPath(m_teamId, m_userId, u"team_member"_s), projectClient(), ordered_json::object()).header("x-stack-known-error"),
                 QByteArray("INSUFFICIENT_ACCESS_TYPE"));
    }

    void creatorsAndGeneratedTeams()
    {
        // POST /teams with a creator: the creator's defaults (team_admin), not the member's.
        const auto created = m_http->postJson(u"/teams"_s, admin(), {{"display_name", "Created with a creator"}, {"creator_user_id", m_userId.toStdString()}});
        QCOMPARE(created.status, 201);
        QCOMPARE(permissionsIn(idOf(created.json()), m_userId), QStringList{u"team_admin"_s});
        // Generated teams: the first member holds team_admin, the others team_member.
        const QString generated = idOf(m_http->get(u"/teams"_s, admin()).json()["items"][0]);
        const ordered_json grants = m_http->get(u"/team-permissions?team_id="_s + generated, admin()).json()["items"];
        int admins = 0;
        for (const auto &grant : grants)
            admins += grant["id"] == "team_admin";
        QCOMPARE(admins, 1);
    }

    void grantedPermissionsCountForClients()
    {
        // A member may remove others once $remove_members is theirs (here inside team_admin).
        const QString other = createUser({{"display_name", "Removable"}});
        QCOMPARE(join(m_teamId, other, admin()).status, 201);
        const ordered_json tokens = signInToProject(u"member@example.com"_s, u"member-password"_s);
        const Headers headers = projectClient(QString::fromStdString(tokens["access_token"].get<std::string>()));
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, other), headers).status, 401);
        QCOMPARE(m_http->postJson(grantPath(m_teamId, m_userId, u"team_admin"_s), admin(), ordered_json::object()).status, 201);
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, other), headers).status, 200);
        QVERIFY(!isMember(m_teamId, other));
        QCOMPARE(m_http->send("DELETE", membershipPath(m_teamId, u"me"_s), headers).status, 200);
    }

    void faultsApply()
    {
        m_emulator->addFault({.kind = Fault::Kind::Status, .method = u"POST"_s, .pathPattern = u"^/team-memberships/"_s, .status = 503});
        QCOMPARE(join(m_teamId, m_userId, admin()).status, 503);
        QCOMPARE(join(m_teamId, m_userId, admin()).status, 201); // the fault was used up
        m_emulator->clearFaults();
    }
};

QTEST_GUILESS_MAIN(TestTeamMembershipRoutes)
#include "tst_teammembershiproutes.moc"
