// PermissionRoutes: GET /project-permission-definitions (fixture 28, admin only), GET
// /team-permission-definitions (fixture 27), GET /project-permissions (fixture 31) and
// POST|DELETE /project-permissions/{user_id}/{permission_id} (fixture 24's PERMISSION_NOT_FOUND).
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
