// TeamMembersModel: without a team it asks for nothing (even when a view wants more); a team's
// pages carry team_id with anonymous and restricted members included; another team or a search
// reloads from the first page — over a scripted GET /users — and a team's members paged and
// searched on the TestServer (the emulator, or a live server), cleaned up afterwards. Every
// model is watched by QAbstractItemModelTester.

#include "FakeUsersServer.h"
#include "ModelTestHelpers.h"
#include "TestServer.h"

#include "TeamMembersModel.h"
#include "endpoints/TeamsEndpoints.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamMembersModel;
using models::UsersModel;
using State = models::PagedTableModel::FetchState;

constexpr int kTimeoutMs = 5000;

template <class T>
std::optional<T> runCall(api::ApiClient &client, api::Call<T> call)
{
    std::optional<T> result;
    bool done = false;
    api::Job<T> *job = client.send(std::move(call));
    QObject receiver;
    QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
        if (job->succeeded())
            result = job->takeValue();
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&done] { return done; }, 15000);
    return result;
}

bool loadAll(TeamMembersModel &model)
{
    for (int guard = 0; guard < 1000 && model.fetchState() != State::Finished; ++guard) {
        if (model.fetchState() == State::Failed)
            return false;
        model.fetchMore({});
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, 15000))
            return false;
    }
    return model.fetchState() == State::Finished;
}

} // namespace

class TestTeamMembersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void noTeamNoRequests()
    {
        FakeUsersServer server(5);
        const auto client = server.makeClient();
        TeamMembersModel model(client.get(), api::ProjectScope::project(server.projectId));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        model.reload();
        QTest::qWait(20);
        QCOMPARE(server.listRequestCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount)); // the users list's columns
    }

    void teamAndSearchQueries()
    {
        FakeUsersServer server(7);
        const auto client = server.makeClient();
        TeamMembersModel model(client.get(), api::ProjectScope::project(server.projectId));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(3, 3);

        model.setTeamId(u"team-a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fetchState(), State::CanFetchMore);
        QCOMPARE(server.listRequestCount(), 1);
        UsersQuery first = server.listRequests().constLast();
        QCOMPARE(first.value(u"team_id"_s), u"team-a"_s);
        QCOMPARE(first.value(u"include_anonymous"_s), u"true"_s);
        QCOMPARE(first.value(u"include_restricted"_s), u"true"_s);
        QCOMPARE(first.limit, 3);
        QVERIFY(!first.hasCursor);

        // The next page follows the cursor, for the same team.
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 7);
        const QList<UsersQuery> pages = server.listRequests();
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(1).value(u"team_id"_s), u"team-a"_s);
        QCOMPARE(pages.at(1).cursor, fakeUserId(4));

        // A search reloads with query=.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(u"  user 5 "_s);
        QCOMPARE(reset.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QCOMPARE(server.listRequests().constLast().value(u"query"_s), u"user 5"_s);
        QCOMPARE(server.listRequests().constLast().value(u"team_id"_s), u"team-a"_s);
        QCOMPARE(columnTexts(model, UsersModel::NameColumn), (QStringList{u"User 5"_s}));
        model.setSearch(u"user 5"_s); // the same search: nothing to do
        QCOMPARE(reset.count(), 1);

        // Another team: from its first page (the search stays until the view clears it).
        model.setTeamId(u"team-b"_s);
        QCOMPARE(reset.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QCOMPARE(server.listRequests().constLast().value(u"team_id"_s), u"team-b"_s);
        QCOMPARE(model.teamId(), u"team-b"_s);

        // No team again: no rows, nothing asked.
        const int requests = server.listRequestCount();
        model.setTeamId({});
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(20);
        QCOMPARE(server.listRequestCount(), requests);
    }

    void onTheTestServer()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager network;
        const auto client = server->adminClient(&network);
        const api::ProjectScope scope = api::ProjectScope::project(server->projectId());

        api::teams::NewTeam newTeam;
        newTeam.displayName = TestServer::uniqueName(u"members-model"_s);
        const auto team = runCall(*client, api::teams::create(scope, newTeam));
        QVERIFY(team);
        QStringList userIds;
        const auto cleanUp = qScopeGuard([&] {
            runCall(*client, api::teams::remove(scope, team->id));
            for (const QString &id : std::as_const(userIds))
                runCall(*client, api::users::remove(scope, id));
        });
        QStringList emails;
        for (int i = 0; i < 5; ++i) {
            api::users::NewUser user;
            user.primaryEmail = TestServer::uniqueName(u"member-%1"_s.arg(i)).toLower() + u"@example.com"_s;
            user.primaryEmailVerified = true;
            user.displayName = u"Member %1"_s.arg(i);
            const auto created = runCall(*client, api::users::create(scope, user));
            QVERIFY(created);
            userIds << created->id;
            emails << *user.primaryEmail;
            QVERIFY(runCall(*client, api::teams::addMember(scope, team->id, created->id)));
        }

        TeamMembersModel model(client.get(), scope);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSizes(2, 2);
        model.setTeamId(team->id);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 5);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.rowAt(row)->id;
        shown.sort();
        QStringList expected = userIds;
        expected.sort();
        QCOMPARE(shown, expected);

        model.setSearch(emails.at(3));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->id, userIds.at(3));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamMembersModel)
#include "tst_TeamMembersModel.moc"
