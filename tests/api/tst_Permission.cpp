// Permission grants, definitions and team memberships over the recorded real-server answers
// (fixtures 22, 23, 27, 29, 31).

#include "Fixtures.h"

#include "dto/Permission.h"

#include <QTest>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::Page;
using api::PermissionDefinition;
using api::PermissionGrant;

class TestPermission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamPermissionsOfMember()
    {
        const auto page = api::parseJson<Page<PermissionGrant>>(Fixture::load(u"23-team-permissions-of-member"_s).body);
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.first().id, u"team_member"_s);
        QCOMPARE(page.items.first().teamId, u"504a8761-e3c5-4469-8f90-66092080f752"_s);
        QCOMPARE(page.items.first().userId, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
    }

    void projectPermissionsOfUser()
    {
        const auto page = api::parseJson<Page<PermissionGrant>>(Fixture::load(u"31-project-permissions-of-user"_s).body);
        QVERIFY(page.items.isEmpty());
        const auto grant = api::parseJson<PermissionGrant>(R"({"id":"support:read","user_id":"u1"})");
        QCOMPARE(grant.id, u"support:read"_s);
        QCOMPARE(grant.teamId, QString()); // project permissions have no team
    }

    void definitions()
    {
        const auto page = api::parseJson<Page<PermissionDefinition>>(
            Fixture::load(u"27-team-permission-definitions"_s).body);
        QVERIFY(page.items.size() >= 7);
        const PermissionDefinition &system = page.items.first();
        QCOMPARE(system.id, u"$delete_team"_s);
        QCOMPARE(system.description, std::optional<QString>(u"Delete the team"_s));
        QVERIFY(system.isSystem());
        const auto custom = std::find_if(page.items.cbegin(), page.items.cend(),
                                         [](const PermissionDefinition &d) { return d.id == u"team_admin"; });
        QVERIFY(custom != page.items.cend());
        QVERIFY(!custom->isSystem());
        QVERIFY(!custom->containedPermissionIds.isEmpty());

        const QByteArray created = Fixture::load(u"29-project-permission-definition-create"_s).body;
        const auto wrapped = api::parseJson<Page<PermissionDefinition>>(R"({"items":[)" + created + "]}");
        QCOMPARE(wrapped.items.first().id, u"fixture:read"_s);
        QCOMPARE(wrapped.items.first().description, std::optional<QString>(u"Fixture permission"_s));
        QVERIFY(wrapped.items.first().containedPermissionIds.isEmpty());
    }

    void membership()
    {
        const auto membership = api::parseJson<api::TeamMembership>(Fixture::load(u"22-team-membership-add"_s).body);
        QCOMPARE(membership.teamId, u"504a8761-e3c5-4469-8f90-66092080f752"_s);
        QCOMPARE(membership.userId, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
    }

    void missingIdsAreErrors()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<PermissionGrant>(R"({"user_id":"u"})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::TeamMembership>(R"({"team_id":"t"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestPermission)
#include "tst_Permission.moc"
