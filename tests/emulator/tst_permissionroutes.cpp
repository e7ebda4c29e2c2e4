// PermissionRoutes and PermissionDefinitionRoutes: the definitions of both scopes (fixtures 27–30,
// admin only; kept in the config as the server keeps them, with its errors and cascades), GET
// /project-permissions (fixture 31), POST|DELETE /project-permissions/{user_id}/{permission_id}
// (fixture 24's PERMISSION_NOT_FOUND) and the sign-up defaults.
#include "EmulatorTestCase.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestPermissionRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_userId;

    QString grantPath(const QString &userId, const QString &permissionId) const
    {
        return u"/project-permissions/"_s + userId + u'/' + permissionId;
    }

    HttpResult grant(const QString &userId, const QString &permissionId, const Headers &headers)
    {
        return m_http->postJson(grantPath(userId, permissionId), headers, ordered_json::object());
    }

    QStringList permissionsOf(const QString &userId, bool recursive = false)
    {
        QStringList ids;
        const QString path = u"/project-permissions?user_id="_s + userId + (recursive ? u"&recursive=true"_s : QString());
        const ordered_json items = m_http->get(path, admin()).json()["items"];
        for (const auto &item : items)
            ids.append(idOf(item));
        return ids;
    }

    QStringList definitionIds(const QString &scope)
    {
        QStringList ids;
        const ordered_json body = m_http->get(u'/' + scope + u"-permission-definitions"_s, admin()).json();
        for (const auto &item : body["items"])
            ids.append(idOf(item));
        return ids;
    }

    ordered_json definition(const QString &scope, const QString &id)
    {
        const ordered_json body = m_http->get(u'/' + scope + u"-permission-definitions"_s, admin()).json();
        for (const auto &item : body["items"]) {
            if (idOf(item) == id)
                return item;
        }
        return nullptr;
    }

    ordered_json environmentOverride()
    {
        const ordered_json body = m_http->get(u"/internal/config/override/environment"_s, admin()).json();
        return ordered_json::parse(body["config_string"].get<std::string>());
    }

    int patchEnvironment(const ordered_json &override)
    {
        return m_http->patchJson(u"/internal/config/override/environment"_s, admin(), {{"config_override_string", override.dump()}}).status;
    }

    int join(const QString &teamId, const QString &userId)
    {
        return m_http->postJson(u"/team-memberships/"_s + teamId + u'/' + userId, admin(), ordered_json::object()).status;
    }

    QStringList teamPermissionsOf(const QString &teamId, const QString &userId = {})
    {
        QStringList ids;
        const QString path = u"/team-permissions?team_id="_s + teamId + (userId.isEmpty() ? QString() : u"&user_id="_s + userId);
        const ordered_json body = m_http->get(path, admin()).json();
        for (const auto &item : body["items"])
            ids.append(idOf(item));
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_userId = createUser({{"display_name", "Permission holder"}});
        QVERIFY(!m_userId.isEmpty());
    }

    void definitions()
    {
        const auto result = m_http->get(u"/project-permission-definitions"_s, admin());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"28-project-permission-definitions"_s), body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QStringList ids;
        for (const auto &item : body["items"]) {
            ids.append(idOf(item));
            const QString itemDifference = Fixtures::shapeDifference(Fixtures::responseBody(u"29-project-permission-definition-create"_s), item);
            QVERIFY2(itemDifference.isEmpty(), qPrintable(itemDifference));
        }
        QCOMPARE(ids, (QStringList{u"admin"_s, u"billing"_s, u"support:read"_s}));
        COMPARE_JSON(body["items"][0]["contained_permission_ids"], ordered_json({"billing", "support:read"}));

        // A fresh project defines none (fixture 28).
        const Headers second = TestHttpClient::admin(m_account.secondProjectId, u"sak_emulator0second0project0super0secret0adm"_s);
        COMPARE_JSON(m_http->get(u"/project-permission-definitions"_s, second).json(),
                     Fixtures::responseBody(u"28-project-permission-definitions"_s));

        const auto team = m_http->get(u"/team-permission-definitions"_s, admin());
        QCOMPARE(team.status, 200);
        COMPARE_JSON(team.json(), Fixtures::responseBody(u"27-team-permission-definitions"_s));
    }

    void definitionsAreForAdminsOnly()
    {
        const auto result = m_http->get(u"/project-permission-definitions"_s, server());
        QCOMPARE(result.status, 401);
        const ordered_json expected = {{"code", "INSUFFICIENT_ACCESS_TYPE"},
                                       {"details", {{"actual_access_type", "server"}, {"allowed_access_types", {"admin"}}}},
                                       {"error", "The x-stack-access-type header must be 'admin', but was 'server'."}};
        COMPARE_JSON(result.json(), expected);
    }

    void emptyListMatchesFixture31()
    {
        const auto result = m_http->get(u"/project-permissions?user_id="_s + m_userId, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"31-project-permissions-of-user"_s));
    }

    void grantAndRevoke()
    {
        const auto granted = grant(m_userId, u"support:read"_s, server());
        QCOMPARE(granted.status, 201);
        COMPARE_JSON(granted.json(), ordered_json({{"id", "support:read"}, {"user_id", m_userId.toStdString()}}));
        QCOMPARE(grant(m_userId, u"support:read"_s, admin()).status, 201); // granting twice changes nothing
        QCOMPARE(permissionsOf(m_userId), QStringList{u"support:read"_s});
        const ordered_json item = m_http->get(u"/project-permissions?user_id="_s + m_userId, admin()).json()["items"][0];
        COMPARE_JSON(item, granted.json());

        QCOMPARE(grant(m_userId, u"admin"_s, admin()).status, 201);
        QCOMPARE(permissionsOf(m_userId), (QStringList{u"admin"_s, u"support:read"_s}));
        QCOMPARE(permissionsOf(m_userId, true), (QStringList{u"admin"_s, u"billing"_s, u"support:read"_s}));

        const auto revoked = m_http->send("DELETE", grantPath(m_userId, u"admin"_s), admin());
        QCOMPARE(revoked.status, 200);
        COMPARE_JSON(revoked.json(), ordered_json({{"success", true}}));
        QCOMPARE(permissionsOf(m_userId), QStringList{u"support:read"_s});
        // Only direct grants can be revoked: billing came with admin.
        const auto notHeld = m_http->send("DELETE", grantPath(m_userId, u"billing"_s), admin());
        QCOMPARE(notHeld.status, 404);
        QCOMPARE(notHeld.header("x-stack-known-error"), QByteArray("PERMISSION_NOT_FOUND"));
    }

    void unknownPermissionMatchesFixture24()
    {
        const auto result = grant(m_userId, u"no_such_permission"_s, admin());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("x-stack-known-error"), QByteArray("PERMISSION_NOT_FOUND"));
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"24-team-permission-grant-missing"_s));

        const auto teamScoped = grant(m_userId, u"team_member"_s, admin());
        QCOMPARE(teamScoped.status, 404);
        const ordered_json expected = {
            {"code", "WRONG_PERMISSION_SCOPE"},
            {"details", {{"permission_id", "team_member"}, {"expected_scope", "project"}, {"actual_scope", "team"}}},
            {"error", "Permission \"team_member\" not found. (It was found for a different scope \"team\", but scope \"project\" was expected.)"}};
        COMPARE_JSON(teamScoped.json(), expected);
    }

    void refusals()
    {
        const QString unknown = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;
        QCOMPARE(grant(unknown, u"admin"_s, admin()).header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
        QCOMPARE(m_http->send("DELETE", grantPath(unknown, u"admin"_s), admin()).header("x-stack-known-error"), QByteArray("USER_NOT_FOUND"));
        const auto badId = grant(m_userId, u"Bad%20Id!"_s, admin());
        QCOMPARE(badId.status, 400);
        QCOMPARE(errorText(badId), u"Request validation failed on POST /api/v1/project-permissions/"_s + m_userId
                                       + u"/Bad%20Id!:\n  - Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed"_s);
        QVERIFY(errorText(grant(m_userId, u"$nope"_s, admin())).endsWith(u"Invalid system permission"_s));
        const auto client = grant(m_userId, u"admin"_s, projectClient());
        QCOMPARE(client.header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
        const auto withoutBody = m_http->send("POST", grantPath(m_userId, u"admin"_s), admin());
        QVERIFY(errorText(withoutBody).endsWith(u"body must be defined"_s));
    }

    void generatedUsersHoldSome()
    {
        const ordered_json all = m_http->get(u"/project-permissions"_s, admin()).json()["items"];
        QSet<QString> ids;
        for (const auto &item : all)
            ids.insert(idOf(item));
        QVERIFY2(all.size() >= 5, qPrintable(QString::number(all.size())));
        QVERIFY(ids.contains(u"admin"_s) || ids.contains(u"billing"_s));
    }

    void testHelperDefinesPermissions()
    {
        QCOMPARE(m_emulator->createProjectPermissionDefinition(m_account.projectId, u"reports:export"_s, u"Export reports"_s),
                 u"reports:export"_s);
        QVERIFY(m_emulator->createProjectPermissionDefinition(m_account.projectId, u"reports:export"_s).isEmpty()); // taken
        QVERIFY(m_emulator->createProjectPermissionDefinition(m_account.projectId, u"Bad Id"_s).isEmpty());
        QCOMPARE(grant(m_userId, u"reports:export"_s, admin()).status, 201);
    }

    void createAndDeleteDefinitions()
    {
        const ordered_json request = {{"id", "fixture:read"}, {"description", "Fixture permission"}, {"contained_permission_ids", ordered_json::array()}};
        const auto created = m_http->postJson(u"/project-permission-definitions"_s, admin(), request);
        QCOMPARE(created.status, 201);
        COMPARE_JSON(created.json(), Fixtures::responseBody(u"29-project-permission-definition-create"_s));
        const auto again = m_http->postJson(u"/project-permission-definitions"_s, admin(), request);
        QCOMPARE(again.status, 400);
        COMPARE_JSON(again.json(), ordered_json({{"code", "PERMISSION_ID_ALREADY_EXISTS"},
                                                 {"details", {{"permission_id", "fixture:read"}}},
                                                 {"error", "Permission with ID \"fixture:read\" already exists. Choose a different ID."}}));
        const auto bad = m_http->postJson(u"/project-permission-definitions"_s, admin(), {{"id", "Bad Id!"}, {"description", "x"}});
        QCOMPARE(bad.status, 400);
        COMPARE_JSON(bad.json(), Fixtures::responseBody(u"30-project-permission-definition-bad-id"_s));
        const auto containsUnknown = m_http->postJson(u"/project-permission-definitions"_s, admin(),
                                                      {{"id", "outer"}, {"contained_permission_ids", {"nope"}}});
        QCOMPARE(containsUnknown.header("x-stack-known-error"), QByteArray("CONTAINED_PERMISSION_NOT_FOUND"));
        const auto outer = m_http->postJson(u"/project-permission-definitions"_s, admin(),
                                            {{"id", "outer"}, {"contained_permission_ids", {"fixture:read"}}});
        QCOMPARE(outer.status, 201);
        QVERIFY(!outer.json().contains("description")); // left out when there is none
        QCOMPARE(grant(m_userId, u"outer"_s, admin()).status, 201);
        QVERIFY(permissionsOf(m_userId, true).contains(u"fixture:read"_s));

        // Deleting a definition takes it out of the others and from every user.
        const auto removed = m_http->send("DELETE", u"/project-permission-definitions/fixture:read"_s, admin());
        QCOMPARE(removed.status, 200);
        QVERIFY(!permissionsOf(m_userId, true).contains(u"fixture:read"_s));
        QCOMPARE(m_http->send("DELETE", u"/project-permission-definitions/fixture:read"_s, admin()).header("x-stack-known-error"),
                 QByteArray("PERMISSION_NOT_FOUND"));
        QCOMPARE(m_http->send("DELETE", u"/project-permission-definitions/outer"_s, admin()).status, 200);
        QVERIFY(!permissionsOf(m_userId).contains(u"outer"_s));
        QCOMPARE(m_http->postJson(u"/project-permission-definitions"_s, server(), request).header("x-stack-known-error"),
                 QByteArray("INSUFFICIENT_ACCESS_TYPE"));
    }

    void teamDefinitionsLiveInTheConfig()
    {
        const ordered_json request = {{"id", "moderator"}, {"description", "Moderates"}, {"contained_permission_ids", {"team_member", "$remove_members"}}};
        const auto created = m_http->postJson(u"/team-permission-definitions"_s, admin(), request);
        QCOMPARE(created.status, 201);
        COMPARE_JSON(created.json(), ordered_json({{"id", "moderator"}, {"description", "Moderates"},
                                                   {"contained_permission_ids", {"$remove_members", "team_member"}}}));
        QCOMPARE(definitionIds(u"team"_s), (QStringList{u"$delete_team"_s, u"$invite_members"_s, u"$manage_api_keys"_s, u"$read_members"_s,
                                                        u"$remove_members"_s, u"$update_team"_s, u"moderator"_s, u"team_admin"_s, u"team_member"_s}));
        QVERIFY(!definitionIds(u"project"_s).contains(u"moderator"_s));

        // Where the server writes it: the environment override's one "rbac.permissions" key (fixture 37).
        const ordered_json environment = environmentOverride();
        COMPARE_JSON(environment["rbac.permissions"]["moderator"],
                     ordered_json({{"scope", "team"}, {"description", "Moderates"},
                                   {"containedPermissionIds", {{"team_member", true}, {"$remove_members", true}}}}));
        for (const auto &item : environment.items())
            QVERIFY2(item.key().rfind("rbac.permissions.", 0) != 0, item.key().c_str());
        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        QCOMPARE(config["rbac"]["permissions"]["moderator"]["scope"].get<std::string>(), "team");
    }

    void definitionRefusals()
    {
        const QString team = u"/team-permission-definitions"_s;
        const QString project = u"/project-permission-definitions"_s;
        // Ids are unique across both scopes.
        const auto taken = m_http->postJson(team, admin(), {{"id", "billing"}});
        QCOMPARE(taken.status, 400);
        COMPARE_JSON(taken.json(), ordered_json({{"code", "PERMISSION_ID_ALREADY_EXISTS"}, {"details", {{"permission_id", "billing"}}},
                                                 {"error", "Permission with ID \"billing\" already exists. Choose a different ID."}}));
        // Contained permissions come from the same scope (system ones only for team permissions).
        const auto otherScope = m_http->postJson(team, admin(), {{"id", "x"}, {"contained_permission_ids", {"team_member", "billing"}}});
        COMPARE_JSON(otherScope.json(),
                     ordered_json({{"code", "CONTAINED_PERMISSION_NOT_FOUND"}, {"details", {{"permission_id", "billing"}}},
                                   {"error", "Contained permission with ID \"billing\" not found. Make sure you created it on the dashboard."}}));
        QCOMPARE(m_http->postJson(project, admin(), {{"id", "y"}, {"contained_permission_ids", {"$read_members"}}}).header("x-stack-known-error"),
                 QByteArray("CONTAINED_PERMISSION_NOT_FOUND"));
        QVERIFY(!definitionIds(u"team"_s).contains(u"x"_s));

        // System permissions are built in: there is nothing to change or delete.
        const auto system = m_http->patchJson(team + u"/$update_team"_s, admin(), {{"description", "x"}});
        QCOMPARE(system.status, 404);
        COMPARE_JSON(system.json(), ordered_json({{"code", "PERMISSION_NOT_FOUND"}, {"details", {{"permission_id", "$update_team"}}},
                                                  {"error", "Permission \"$update_team\" not found. Make sure you created it on the dashboard."}}));
        QCOMPARE(m_http->send("DELETE", team + u"/$update_team"_s, admin()).header("x-stack-known-error"), QByteArray("PERMISSION_NOT_FOUND"));
        // Deleting through the other scope's route finds nothing.
        QCOMPARE(m_http->send("DELETE", team + u"/billing"_s, admin()).header("x-stack-known-error"), QByteArray("PERMISSION_NOT_FOUND"));
        QVERIFY(definitionIds(u"project"_s).contains(u"billing"_s));
        QCOMPARE(m_http->patchJson(project + u"/nope"_s, admin(), {{"description", "x"}}).header("x-stack-known-error"),
                 QByteArray("PERMISSION_NOT_FOUND"));
        const auto renameOntoTaken = m_http->patchJson(project + u"/billing"_s, admin(), {{"id", "admin"}});
        QCOMPARE(renameOntoTaken.json()["details"]["permission_id"].get<std::string>(), "admin");
        QCOMPARE(renameOntoTaken.header("x-stack-known-error"), QByteArray("PERMISSION_ID_ALREADY_EXISTS"));

        const auto dollar = m_http->postJson(team, admin(), {{"id", "$mine"}});
        QCOMPARE(errorText(dollar), u"Request validation failed on POST /api/v1/team-permission-definitions:\n"
                                    "  - Only lowercase letters, numbers, \":\", \"_\" are allowed"_s);
        const auto badPath = m_http->send("DELETE", team + u"/Bad"_s, admin());
        QVERIFY(errorText(badPath).endsWith(u"Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed"_s));
        QVERIFY(errorText(m_http->patchJson(project + u"/billing"_s, admin(), {{"colour", "red"}})).endsWith(u"body contains unknown properties: colour"_s));
        for (const char *method : {"PATCH", "DELETE"}) {
            const auto refused = m_http->send(method, project + u"/billing"_s, withHeader(server(), "content-type", "application/json"), "{}");
            QCOMPARE(refused.header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
        }
        QCOMPARE(m_http->get(team, server()).header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
    }

    void updateRewritesTheWholeDefinition()
    {
        const QString project = u"/project-permission-definitions"_s;
        QCOMPARE(m_http->postJson(project, admin(), {{"id", "reports:read"}, {"description", "Read reports"}}).status, 201);
        QCOMPARE(m_http->postJson(project, admin(), {{"id", "reports:all"}, {"description", "All reports"},
                                                      {"contained_permission_ids", {"reports:read"}}}).status, 201);
        QCOMPARE(grant(m_userId, u"reports:read"_s, admin()).status, 201);

        // Renaming renames the grants and the containing definitions too.
        const auto renamed = m_http->patchJson(project + u"/reports:read"_s, admin(), {{"id", "reports:view"}, {"description", "View reports"}});
        QCOMPARE(renamed.status, 200);
        COMPARE_JSON(renamed.json(), ordered_json({{"id", "reports:view"}, {"description", "View reports"}, {"contained_permission_ids", ordered_json::array()}}));
        QVERIFY(permissionsOf(m_userId).contains(u"reports:view"_s));
        QVERIFY(!permissionsOf(m_userId).contains(u"reports:read"_s));
        COMPARE_JSON(definition(u"project"_s, u"reports:all"_s)["contained_permission_ids"], ordered_json({"reports:view"}));

        // The body replaces the definition whole, as on the server: what it leaves out is gone.
        const auto descriptionOnly = m_http->patchJson(project + u"/reports:all"_s, admin(), {{"description", "Every report"}});
        COMPARE_JSON(descriptionOnly.json(), ordered_json({{"id", "reports:all"}, {"description", "Every report"}, {"contained_permission_ids", ordered_json::array()}}));
        COMPARE_JSON(definition(u"project"_s, u"reports:all"_s), descriptionOnly.json());
        const auto containedOnly = m_http->patchJson(project + u"/reports:all"_s, admin(), {{"contained_permission_ids", {"reports:view"}}});
        COMPARE_JSON(containedOnly.json(), ordered_json({{"id", "reports:all"}, {"contained_permission_ids", {"reports:view"}}}));
        COMPARE_JSON(definition(u"project"_s, u"reports:all"_s), containedOnly.json());
        QCOMPARE(permissionsOf(m_userId, true).contains(u"reports:view"_s), true);
    }

    void deleteCascades()
    {
        const QString team = u"/team-permission-definitions"_s;
        QCOMPARE(m_http->postJson(team, admin(), {{"id", "auditor"}}).status, 201);
        QCOMPARE(m_http->postJson(team, admin(), {{"id", "lead"}, {"contained_permission_ids", {"auditor", "$read_members"}}}).status, 201);
        QCOMPARE(patchEnvironment({{"rbac.defaultPermissions.teamMember", {{"team_member", true}, {"auditor", true}}}}), 200);
        const QString teamId = m_emulator->createTeam(m_account.projectId, u"Audit"_s);
        QCOMPARE(join(teamId, m_userId), 201);
        QCOMPARE(teamPermissionsOf(teamId), (QStringList{u"auditor"_s, u"team_member"_s}));

        QCOMPARE(m_http->send("DELETE", team + u"/auditor"_s, admin()).status, 200);
        QCOMPARE(teamPermissionsOf(teamId), QStringList{u"team_member"_s}); // the grant went with it
        COMPARE_JSON(definition(u"team"_s, u"lead"_s)["contained_permission_ids"], ordered_json({"$read_members"}));
        // The defaults keep the id (the server does not clean them); joining skips it.
        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        QVERIFY(config["rbac"]["defaultPermissions"]["teamMember"].contains("auditor"));
        const QString other = createUser({{"display_name", "Second auditor"}});
        QCOMPARE(join(teamId, other), 201);
        QCOMPARE(teamPermissionsOf(teamId, other), QStringList{u"team_member"_s});
        QCOMPARE(patchEnvironment({{"rbac.defaultPermissions.teamMember", {{"team_member", true}}}}), 200);

        // A project permission's delete takes it from every user only.
        QCOMPARE(m_http->postJson(u"/project-permission-definitions"_s, admin(), {{"id", "temporary"}}).status, 201);
        QCOMPARE(grant(m_userId, u"temporary"_s, admin()).status, 201);
        QCOMPARE(m_http->send("DELETE", u"/project-permission-definitions/temporary"_s, admin()).status, 200);
        QVERIFY(!permissionsOf(m_userId).contains(u"temporary"_s));
    }

    void signUpDefaults()
    {
        QCOMPARE(patchEnvironment({{"rbac.defaultPermissions.signUp", {{"support:read", true}}}}), 200);
        const QString newcomer = createUser({{"display_name", "Newcomer"}});
        QCOMPARE(permissionsOf(newcomer), QStringList{u"support:read"_s});
        QCOMPARE(patchEnvironment({{"rbac.defaultPermissions.signUp", ordered_json::object()}}), 200);
        QVERIFY(permissionsOf(createUser({{"display_name", "Later"}})).isEmpty());
    }

    void faultsApply()
    {
        m_emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"POST"_s, .pathPattern = u"^/project-permissions/"_s,
                              .status = 429, .knownErrorCode = u"RATE_LIMITED"_s});
        QCOMPARE(grant(m_userId, u"billing"_s, admin()).status, 429);
        QCOMPARE(grant(m_userId, u"billing"_s, admin()).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestPermissionRoutes)
#include "tst_permissionroutes.moc"
