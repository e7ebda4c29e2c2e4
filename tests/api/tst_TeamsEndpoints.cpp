// The teams endpoints against the TestServer with an admin key: the (unpaginated) list, one
// team, the known errors, a scratch user joining and leaving a team, and a scratch team created,
// edited and deleted. Only scratch users and teams are written (and removed), so it is safe
// against a live server.

#include "ApiTestHelpers.h"
#include "ScratchTeams.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ApiError;
using api::Page;
using api::Team;
namespace teams = api::teams;

class TestTeamsEndpoints : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void init()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
    }

    void cleanup() { m_client.reset(); }

    void listAndGet()
    {
        JobOutcome list(m_client->send(teams::list(scope())));
        HEXCLAVE_WAIT_JOB(list);
        QVERIFY2(list.succeeded(), qPrintable(list.error().userMessage()));
        const Page<Team> &page = list.value();
        QVERIFY(!page.isPaginated);
        QVERIFY(!page.hasMore());
        if (!m_server->isLive())
            QVERIFY(page.items.size() >= 5);
        for (qsizetype i = 1; i < page.items.size(); ++i) // ordered by creation
            QVERIFY(page.items.at(i - 1).createdAtMillis <= page.items.at(i).createdAtMillis);

        for (const Team &listed : page.items.mid(0, 3)) {
            JobOutcome get(m_client->send(teams::get(scope(), listed.id)));
            HEXCLAVE_WAIT_JOB(get);
            QVERIFY2(get.succeeded(), qPrintable(get.error().userMessage()));
            QCOMPARE(get.value().id, listed.id);
            QCOMPARE(get.value().displayName, listed.displayName);
            QCOMPARE(get.value().createdAtMillis, listed.createdAtMillis);
            QCOMPARE(get.value().profileImageUrl, listed.profileImageUrl);
            QCOMPARE(get.value().serverMetadata, listed.serverMetadata);
        }
    }

    void unknownUserHasNoTeams()
    {
        JobOutcome list(m_client->send(teams::list(scope(), u"3241a285-8329-4d69-8f3d-316e08cf140c"_s)));
        HEXCLAVE_WAIT_JOB(list);
        QVERIFY2(list.succeeded(), qPrintable(list.error().userMessage()));
        QVERIFY(list.value().items.isEmpty());
        QVERIFY(!list.value().isPaginated);
    }

    void membership()
    {
        JobOutcome list(m_client->send(teams::list(scope())));
        HEXCLAVE_WAIT_JOB(list);
        QVERIFY2(list.succeeded() && !list.value().items.isEmpty(), "the project needs a team for this test");
        const Team team = list.value().items.first();
        ScratchUsers users(m_client.get(), scope());
        const auto user = users.create(u"member"_s);
        QVERIFY(user);

        JobOutcome added(m_client->send(teams::addMember(scope(), team.id, user->id)));
        HEXCLAVE_WAIT_JOB(added);
        QVERIFY2(added.succeeded(), qPrintable(added.error().userMessage()));
        QCOMPARE(added.httpStatus(), 201);
        QCOMPARE(added.value().teamId, team.id);
        QCOMPARE(added.value().userId, user->id);

        JobOutcome ofUser(m_client->send(teams::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(ofUser);
        QCOMPARE(ofUser.value().items.size(), 1);
        QCOMPARE(ofUser.value().items.first().id, team.id);

        JobOutcome again(m_client->send(teams::addMember(scope(), team.id, user->id)));
        HEXCLAVE_WAIT_JOB(again);
        QVERIFY(!again.succeeded());
        QCOMPARE(again.error().code, u"TEAM_MEMBERSHIP_ALREADY_EXISTS"_s);

        JobOutcome removed(m_client->send(teams::removeMember(scope(), team.id, user->id)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        JobOutcome after(m_client->send(teams::list(scope(), user->id)));
        HEXCLAVE_WAIT_JOB(after);
        QVERIFY(after.value().items.isEmpty());
    }

    void createEditDelete()
    {
        ScratchUsers users(m_client.get(), scope());
        const auto creator = users.create(u"creator"_s);
        QVERIFY(creator);
        ScratchTeams scratch(m_client.get(), scope());
        teams::NewTeam draft;
        draft.displayName = TestServer::uniqueName(u"Team"_s);
        draft.creatorUserId = creator->id;
        draft.serverMetadataJson = uR"({"plan":"pro"})"_s;
        JobOutcome created(m_client->send(teams::create(scope(), draft)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY2(created.succeeded(), qPrintable(created.error().userMessage()));
        const Team team = created.value();
        scratch.forget(team.id);
        ScratchTeams cleanup(m_client.get(), scope()); // deletes it should a check below fail
        QCOMPARE(created.httpStatus(), 201);
        QCOMPARE(team.displayName, draft.displayName);
        QCOMPARE(team.serverMetadata, uR"({"plan":"pro"})"_s);
        QCOMPARE(team.profileImageUrl, std::nullopt);
        QVERIFY(team.createdAtMillis > 0);

        // The creator is a member holding the project's team-creator permissions.
        JobOutcome creatorTeams(m_client->send(teams::list(scope(), creator->id)));
        HEXCLAVE_WAIT_JOB(creatorTeams);
        QCOMPARE(creatorTeams.value().items.size(), 1);
        QCOMPARE(creatorTeams.value().items.first().id, team.id);
        JobOutcome grants(m_client->send(api::permissions::ofTeamMember(scope(), team.id, creator->id)));
        HEXCLAVE_WAIT_JOB(grants);
        QVERIFY2(grants.succeeded(), qPrintable(grants.error().userMessage()));
        QVERIFY(!grants.value().items.isEmpty());

        teams::TeamPatch patch;
        patch.displayName = team.displayName + u" (renamed)"_s;
        patch.profileImageUrl = std::optional<QString>(u"https://example.com/team.png"_s);
        patch.serverMetadataJson = u"null"_s;
        JobOutcome updated(m_client->send(teams::update(scope(), team.id, patch)));
        HEXCLAVE_WAIT_JOB(updated);
        QVERIFY2(updated.succeeded(), qPrintable(updated.error().userMessage()));
        QCOMPARE(updated.value().displayName, *patch.displayName);
        QCOMPARE(updated.value().profileImageUrl, std::optional<QString>(u"https://example.com/team.png"_s));
        QCOMPARE(updated.value().serverMetadata, u"null"_s);

        JobOutcome removed(m_client->send(teams::remove(scope(), team.id)));
        HEXCLAVE_WAIT_JOB(removed);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error().userMessage()));
        JobOutcome gone(m_client->send(teams::get(scope(), team.id)));
        HEXCLAVE_WAIT_JOB(gone);
        QCOMPARE(gone.error().code, u"TEAM_NOT_FOUND"_s);
        JobOutcome noTeams(m_client->send(teams::list(scope(), creator->id)));
        HEXCLAVE_WAIT_JOB(noTeams);
        QVERIFY(noTeams.value().items.isEmpty());
    }

    void invalidMetadataIsRefusedBeforeSending()
    {
        teams::NewTeam draft;
        draft.displayName = u"never sent"_s;
        draft.clientMetadataJson = u"{oops"_s;
        JobOutcome created(m_client->send(teams::create(scope(), draft)));
        HEXCLAVE_WAIT_JOB(created);
        QVERIFY(!created.succeeded());
        QCOMPARE(created.httpStatus(), 0);
        QVERIFY(created.error().userMessage().contains(u"client metadata"_s));
    }

    void knownErrors_data()
    {
        QTest::addColumn<QString>("teamId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("unknown") << u"3241a285-8329-4d69-8f3d-316e08cf140c"_s << 404 << u"TEAM_NOT_FOUND"_s;
        QTest::newRow("not a UUID") << u"not-a-uuid"_s << 400 << u"SCHEMA_ERROR"_s;
    }

    void knownErrors()
    {
        QFETCH(QString, teamId);
        QFETCH(int, status);
        QFETCH(QString, code);

        JobOutcome get(m_client->send(teams::get(scope(), teamId)));
        HEXCLAVE_WAIT_JOB(get);
        QCOMPARE(get.error().kind, ApiError::Kind::Http);
        QCOMPARE(get.error().httpStatus, status);
        QCOMPARE(get.error().code, code);
        if (code == u"TEAM_NOT_FOUND") {
            QCOMPARE(get.error().details.value(u"team_id"_s).toString(), teamId);
            QCOMPARE(get.error().message, u"Team %1 not found."_s.arg(teamId));
        }
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTeamsEndpoints)
#include "tst_TeamsEndpoints.moc"
