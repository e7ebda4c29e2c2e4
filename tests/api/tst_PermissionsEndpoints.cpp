// Project permissions against the TestServer with an admin key, on a scratch user: grant,
// list (directly and recursively), revoke, and PERMISSION_NOT_FOUND for an unknown id. The
// permission definition it grants is made for the test and deleted afterwards.

#include "ApiTestHelpers.h"
#include "ScratchTeams.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/PermissionsEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace permissions = api::permissions;

class TestPermissionsEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    QStringList grantedTo(const QString &userId, bool recursive, bool *ok)
    {
        JobOutcome listed(m_client->send(permissions::ofUser(scope(), userId, recursive)));
        *ok = listed.waitFinished() && listed.succeeded();
        QStringList ids;
        for (const api::PermissionGrant &grant : listed.value().items)
            ids << grant.id;
        ids.sort();
        return ids;
    }

    bool createDefinition(const QString &id, const QStringList &contained,
                          permissions::PermissionScope kind = permissions::PermissionScope::Project)
    {
        JobOutcome created(m_client->send(permissions::createDefinition(scope(), kind, {id, {}, contained})));
        if (!created.waitFinished() || !created.succeeded())
            return false;
        m_definitions.prepend({kind, id});
        return true;
    }

    std::optional<api::PermissionDefinition> definition(permissions::PermissionScope kind, const QString &id)
    {
        JobOutcome listed(m_client->send(permissions::definitions(scope(), kind)));
        if (!listed.waitFinished() || !listed.succeeded())
            return std::nullopt;
        for (const api::PermissionDefinition &each : listed.value().items) {
            if (each.id == id)
                return each;
        }
        return std::nullopt;
    }

    QList<QPair<permissions::PermissionScope, QString>> m_definitions;

private Q_SLOTS:
    // Replaces the base's cleanup(): the definitions go too.
    void cleanup()
    {
        m_users.reset();
        for (const auto &[kind, id] : std::as_const(m_definitions)) {
            JobOutcome removed(m_client->send(permissions::removeDefinition(scope(), kind, id)));
            removed.waitFinished();
        }
        m_definitions.clear();
        m_client.reset();
    }

    void definitionsLifeCycle_data()
    {
        QTest::addColumn<permissions::PermissionScope>("kind");
        QTest::newRow("project") << permissions::PermissionScope::Project;
        QTest::newRow("team") << permissions::PermissionScope::Team;
    }

    void definitionsLifeCycle()
    {
        QFETCH(permissions::PermissionScope, kind);
        const QString base = TestServer::uniqueName(u"perm"_s).toLower().replace(u'-', u'_');
        const QString reader = base + u":read"_s;
        const QString writer = base + u":write"_s;
        QVERIFY(permissions::isValidId(reader));
        QVERIFY(createDefinition(reader, {}, kind));

        JobOutcome created(m_client->send(permissions::createDefinition(scope(), kind, {writer, u"Writes"_s, {reader}})));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        m_definitions.prepend({kind, writer});
        QCOMPARE(created.httpStatus(), 201);
        QCOMPARE(created.value().id, writer);
        QCOMPARE(created.value().description, std::optional<QString>(u"Writes"_s));
        QCOMPARE(created.value().containedPermissionIds, QStringList{reader});
        QCOMPARE(definition(kind, writer).value_or(api::PermissionDefinition()).containedPermissionIds,
                 QStringList{reader});

        // The server rewrites a definition whole: what is sent is what it becomes.
        JobOutcome described(m_client->send(permissions::updateDefinition(scope(), kind, writer, {u"Writes more"_s, {reader}})));
        HEXCLAVE_WAIT_JOB(described);
        QVERIFY2(described.succeeded(), qPrintable(described.error().userMessage()));
        QCOMPARE(described.value().containedPermissionIds, QStringList{reader});
        JobOutcome updated(m_client->send(permissions::updateDefinition(scope(), kind, writer, {u"Writes everything"_s, {}})));
        HEXCLAVE_WAIT_JOB(updated);
        QVERIFY2(updated.succeeded(), qPrintable(updated.error().userMessage()));
        QCOMPARE(updated.value().description, std::optional<QString>(u"Writes everything"_s));
        QVERIFY(updated.value().containedPermissionIds.isEmpty());

        JobOutcome removed(m_client->send(permissions::removeDefinition(scope(), kind, writer)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        m_definitions.removeAll({kind, writer});
        QVERIFY(!definition(kind, writer));
        QVERIFY(definition(kind, reader));

        JobOutcome again(m_client->send(permissions::removeDefinition(scope(), kind, writer)));
        HEXCLAVE_WAIT_JOB(again);
        QCOMPARE(again.error().code, u"PERMISSION_NOT_FOUND"_s);
    }

    void definitionErrors()
    {
        // Fixture 30: the id rule, refused by the server with a schema error.
        JobOutcome badId(m_client->send(permissions::createDefinition(scope(), permissions::PermissionScope::Project,
                                                                      {u"Bad Id!"_s, u"x"_s, {}})));
        HEXCLAVE_WAIT_JOB(badId);
        QCOMPARE(badId.httpStatus(), 400);
        QCOMPARE(badId.error().code, u"SCHEMA_ERROR"_s);
        QVERIFY(badId.error().message.contains(u"Only lowercase letters, numbers, \":\", \"_\" are allowed"_s));
        QVERIFY(!permissions::isValidId(u"Bad Id!"_s));
        QVERIFY(!permissions::isValidId(QString()));
        QVERIFY(!permissions::isValidId(u"$update_team"_s));

        JobOutcome system(m_client->send(permissions::removeDefinition(scope(), permissions::PermissionScope::Team,
                                                                       u"$update_team"_s)));
        HEXCLAVE_WAIT_JOB(system);
        QVERIFY(!system.succeeded());
        QVERIFY(system.httpStatus() >= 400 && system.httpStatus() < 500);
    }

    void teamGrants()
    {
        ScratchTeams teams(m_client.get(), scope());
        const auto user = m_users->create(u"teamgrant"_s);
        QVERIFY(user);
        const auto team = teams.create(u"Grants"_s, user->id);
        QVERIFY(team);
        const QString id = TestServer::uniqueName(u"tp"_s).toLower().replace(u'-', u'_');
        QVERIFY(createDefinition(id, {u"$read_members"_s}, permissions::PermissionScope::Team));

        JobOutcome granted(m_client->send(permissions::grantInTeam(scope(), team->id, user->id, id)));
        HEXCLAVE_WAIT_JOB(granted);
        QVERIFY2(granted.succeeded(), qPrintable(granted.error().userMessage()));
        QCOMPARE(granted.value().id, id);
        QCOMPARE(granted.value().teamId, team->id);

        JobOutcome direct(m_client->send(permissions::ofTeamMember(scope(), team->id, user->id)));
        HEXCLAVE_WAIT_JOB(direct);
        QStringList ids;
        for (const auto &grant : direct.value().items)
            ids << grant.id;
        QVERIFY(ids.contains(id));
        QVERIFY(!ids.contains(u"$read_members"_s));
        JobOutcome all(m_client->send(permissions::ofTeamMember(scope(), team->id, user->id, true)));
        HEXCLAVE_WAIT_JOB(all);
        ids.clear();
        for (const auto &grant : all.value().items)
            ids << grant.id;
        QVERIFY(ids.contains(u"$read_members"_s));

        JobOutcome revoked(m_client->send(permissions::revokeInTeam(scope(), team->id, user->id, id)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        JobOutcome after(m_client->send(permissions::ofTeamMember(scope(), team->id, user->id)));
        HEXCLAVE_WAIT_JOB(after);
        for (const auto &grant : after.value().items)
            QVERIFY(grant.id != id);

        // Fixture 24: an unknown permission.
        JobOutcome unknown(m_client->send(permissions::grantInTeam(scope(), team->id, user->id, u"no_such_permission"_s)));
        HEXCLAVE_WAIT_JOB(unknown);
        QCOMPARE(unknown.httpStatus(), 404);
        QCOMPARE(unknown.error().code, u"PERMISSION_NOT_FOUND"_s);
    }

    void grantListRevoke()
    {
        const QString stamp = TestServer::uniqueName(u"t"_s).toLower().remove(u'-');
        const QString inner = u"hx_inner_"_s + stamp.right(12);
        const QString outer = u"hx_outer_"_s + stamp.right(12);
        QVERIFY2(createDefinition(inner, {}), "could not create a permission definition");
        QVERIFY2(createDefinition(outer, {inner}), "could not create a permission definition");

        JobOutcome definitions(m_client->send(permissions::projectDefinitions(scope())));
        HEXCLAVE_WAIT_JOB(definitions);
        QVERIFY2(definitions.succeeded(), qPrintable(definitions.error().userMessage()));
        const auto defined = std::find_if(definitions.value().items.cbegin(), definitions.value().items.cend(),
                                          [&](const api::PermissionDefinition &d) { return d.id == outer; });
        QVERIFY(defined != definitions.value().items.cend());
        QCOMPARE(defined->containedPermissionIds, QStringList{inner});

        const auto user = m_users->create(u"permissions"_s);
        QVERIFY(user);
        JobOutcome granted(m_client->send(permissions::grant(scope(), user->id, outer)));
        HEXCLAVE_WAIT_JOB(granted);
        QVERIFY2(granted.succeeded(), qPrintable(granted.error().userMessage()));
        QCOMPARE(granted.value().id, outer);
        QCOMPARE(granted.value().userId, user->id);

        bool ok = false;
        QCOMPARE(grantedTo(user->id, false, &ok), QStringList{outer});
        QVERIFY(ok);
        QCOMPARE(grantedTo(user->id, true, &ok), (QStringList{inner, outer}));
        QVERIFY(ok);

        JobOutcome revoked(m_client->send(permissions::revoke(scope(), user->id, outer)));
        HEXCLAVE_WAIT_JOB(revoked);
        QVERIFY2(revoked.succeeded(), qPrintable(revoked.error().userMessage()));
        QCOMPARE(grantedTo(user->id, true, &ok), QStringList());
        QVERIFY(ok);
    }

    void unknownPermission()
    {
        const auto user = m_users->create(u"permissions"_s);
        QVERIFY(user);
        JobOutcome granted(m_client->send(permissions::grant(scope(), user->id, u"no_such_permission"_s)));
        HEXCLAVE_WAIT_JOB(granted);
        QVERIFY(!granted.succeeded());
        QCOMPARE(granted.error().httpStatus, 404);
        QCOMPARE(granted.error().code, u"PERMISSION_NOT_FOUND"_s);
        QCOMPARE(granted.error().details.value(u"permission_id"_s).toString(), u"no_such_permission"_s);
    }

    void requestShapes()
    {
        const auto scopeP = api::ProjectScope::project(u"p"_s);
        const api::ApiRequest grant = permissions::grant(scopeP, u"u1"_s, u"support:read"_s).request;
        QCOMPARE(grant.method, api::HttpMethod::Post);
        QCOMPARE(grant.path, u"/project-permissions/u1/support%3Aread"_s);
        QCOMPARE(grant.body, QByteArray("{}"));
        const api::ApiRequest list = permissions::ofUser(scopeP, u"u1"_s, true).request;
        QCOMPARE(list.query.toString(QUrl::FullyEncoded), u"user_id=u1&recursive=true"_s);
        const api::ApiRequest team = permissions::ofTeamMember(scopeP, u"t1"_s, u"u1"_s).request;
        QCOMPARE(team.path, u"/team-permissions"_s);
        QCOMPARE(team.query.toString(QUrl::FullyEncoded), u"team_id=t1&user_id=u1"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPermissionsEndpoints)
#include "tst_PermissionsEndpoints.moc"
