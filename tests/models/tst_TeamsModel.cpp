// TeamsModel: columns, headers and roles, the whole list from one GET /teams, load failures and a
// reload replacing a load on its way, member counts asked for by row and shown as they arrive
// (one narrow dataChanged each), teams added, changed and removed here — over a scripted server —
// and the list and its counts on the TestServer (the emulator, or a live server). Every model
// is watched by QAbstractItemModelTester.

#include "FakeTeamsServer.h"
#include "ModelTestHelpers.h"
#include "TestServer.h"

#include "TeamsModel.h"
#include "TimeText.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamMemberCounts;
using models::TeamsModel;
using State = TeamsModel::State;

constexpr int kTimeoutMs = 5000;

QString cell(const TeamsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

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

} // namespace

class TestTeamsModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
            : client(server.makeClient())
            , model(client.get(), server.scope())
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }

        FakeTeamsServer server;
        std::unique_ptr<api::ApiClient> client;
        TeamsModel model;
        QAbstractItemModelTester tester;
    };

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void columnsRolesAndLoad()
    {
        Fixture fixture;
        const FakeTeam design = fixture.server.addTeam(u"Design Systems Lab"_s, 4, 1'700'000'000'000);
        fixture.server.addTeam(u"Ops"_s, 0);
        TeamsModel &model = fixture.model;
        QCOMPARE(model.state(), State::NotLoaded);
        QSignalSpy loaded(&model, &TeamsModel::loaded);
        QSignalSpy states(&model, &TeamsModel::stateChanged);
        model.reload();
        QCOMPARE(model.state(), State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, kTimeoutMs);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(states.count(), 2);
        QCOMPARE(fixture.server.teamListRequests(), 1);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TeamsModel::ColumnCount));
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Team"_s, u"Team ID"_s, u"Created"_s, u"Members"_s}));
        QCOMPARE(model.headerData(TeamsModel::MembersColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        QCOMPARE(cell(model, 0, TeamsModel::NameColumn), u"Design Systems Lab"_s);
        QCOMPARE(cell(model, 0, TeamsModel::NameColumn, TeamsModel::IdRole), design.id);
        QCOMPARE(cell(model, 0, TeamsModel::IdColumn), design.id);
        QCOMPARE(model.index(0, TeamsModel::CreatedColumn).data(TeamsModel::RawValueRole).toLongLong(), design.createdAtMillis);
        QCOMPARE(cell(model, 0, TeamsModel::CreatedColumn, Qt::ToolTipRole), models::absoluteTime(design.createdAtMillis));
        QCOMPARE(cell(model, 0, TeamsModel::CreatedColumn),
                 models::relativeTime(design.createdAtMillis, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(model.index(0, TeamsModel::MembersColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // Members: not counted until asked for.
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn), QString());
        QCOMPARE(model.index(0, TeamsModel::MembersColumn).data(TeamsModel::MemberCountRole).toInt(), -1);
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn, Qt::ToolTipRole), u"Counted when the row is on screen"_s);
        QVERIFY(fixture.server.memberRequests().isEmpty());
    }

    void memberCountsByRow()
    {
        Fixture fixture;
        fixture.server.addTeam(u"A"_s, 3);
        fixture.server.addTeam(u"B"_s, 250);
        fixture.server.addTeam(u"C"_s, 1);
        TeamsModel &model = fixture.model;
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, kTimeoutMs);

        DataChangedRecorder changes(&model);
        model.requestMemberCounts({0, 1});
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn), u"…"_s);
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn, Qt::ToolTipRole), u"Counting the members…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 1, TeamsModel::MembersColumn), u"100+"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, TeamsModel::MembersColumn), u"3"_s, kTimeoutMs);
        QCOMPARE(model.index(0, TeamsModel::MembersColumn).data(TeamsModel::MemberCountRole).toInt(), 3);
        QCOMPARE(model.index(1, TeamsModel::MembersColumn).data(TeamsModel::MemberCountRole).toInt(), 101);
        QCOMPARE(model.index(1, TeamsModel::MembersColumn).data(TeamsModel::RawValueRole).toInt(), 101);
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn, Qt::ToolTipRole),
                 u"3 member(s), anonymous and restricted ones included"_s);
        QCOMPARE(cell(model, 1, TeamsModel::MembersColumn, Qt::ToolTipRole), u"More than 100 member(s) (counting stops there)"_s);
        QCOMPARE(cell(model, 2, TeamsModel::MembersColumn), QString()); // never on screen
        QCOMPARE(fixture.server.memberRequests().size(), 2);
        // Each count changed its own cell only.
        QVERIFY(!changes.ranges.isEmpty());
        for (const ChangedRange &range : std::as_const(changes.ranges)) {
            QCOMPARE(range.firstRow, range.lastRow);
            QCOMPARE(range.firstColumn, int(TeamsModel::MembersColumn));
            QCOMPARE(range.lastColumn, int(TeamsModel::MembersColumn));
        }

        // A reload counts anew.
        model.reload();
        QCOMPARE(cell(model, 0, TeamsModel::MembersColumn), QString());
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, kTimeoutMs);
        model.requestMemberCounts({0});
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, TeamsModel::MembersColumn), u"3"_s, kTimeoutMs);
        QCOMPARE(fixture.server.memberRequests().size(), 3);
    }

    void failureAndReload()
    {
        Fixture fixture;
        fixture.server.addTeam(u"A"_s, 1);
        fixture.server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.url.path().endsWith(u"/teams"_s))
                return FakeResponse::knownError(503, "SERVICE_UNAVAILABLE", "Teams are resting");
            return std::nullopt;
        };
        TeamsModel &model = fixture.model;
        QSignalSpy failed(&model, &TeamsModel::loadFailed);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Failed, kTimeoutMs);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().httpStatus, 503);
        QCOMPARE(model.lastError().code, u"SERVICE_UNAVAILABLE"_s);
        QCOMPARE(model.rowCount(), 0);

        // A reload while one is on its way: only the newer answer counts.
        fixture.server.override = {};
        fixture.server.delayMs = 100;
        QSignalSpy loaded(&model, &TeamsModel::loaded);
        model.reload();
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, kTimeoutMs);
        QTest::qWait(150);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.lastError().isError());
    }

    void changesMadeHere()
    {
        Fixture fixture;
        fixture.server.addTeam(u"A"_s, 1);
        fixture.server.addTeam(u"B"_s, 2);
        TeamsModel &model = fixture.model;
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, kTimeoutMs);

        api::Team added;
        added.id = fakeTeamId(99);
        added.displayName = u"New"_s;
        added.createdAtMillis = 1'800'000'000'000;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addOrReplace(added);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, TeamsModel::NameColumn), u"New"_s);

        added.displayName = u"Renamed"_s;
        added.profileImageUrl = u"https://example.com/a.png"_s;
        DataChangedRecorder changes(&model);
        model.addOrReplace(added);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, TeamsModel::NameColumn), u"Renamed"_s);
        QCOMPARE(model.rowAt(2)->profileImageUrl.value_or(QString()), u"https://example.com/a.png"_s);
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{2, 2, 0, TeamsModel::ColumnCount - 1}}));

        const QString removedId = model.rowAt(0)->id;
        model.memberCounts()->setCount(removedId, 1);
        model.removeTeam(removedId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(removedId), -1);
        QCOMPARE(model.memberCounts()->count(removedId).state, TeamMemberCounts::Count::State::Unknown);
        model.removeTeam(u"not-there"_s); // nothing happens
        QCOMPARE(model.rowCount(), 2);
    }

    // The list and the counts of the rows asked for, as the server knows them.
    void onTheTestServer()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager network;
        const auto client = server->adminClient(&network);
        const api::ProjectScope scope = api::ProjectScope::project(server->projectId());

        // A team of our own with two members, so that the project has one with a known count.
        api::teams::NewTeam newTeam;
        newTeam.displayName = TestServer::uniqueName(u"models-teams"_s);
        const auto team = runCall(*client, api::teams::create(scope, newTeam));
        QVERIFY(team);
        QStringList userIds;
        for (int i = 0; i < 2; ++i) {
            api::users::NewUser user;
            user.primaryEmail = TestServer::uniqueName(u"teams-model"_s).toLower() + u"@example.com"_s;
            user.primaryEmailVerified = true;
            const auto created = runCall(*client, api::users::create(scope, user));
            QVERIFY(created);
            userIds << created->id;
            QVERIFY(runCall(*client, api::teams::addMember(scope, team->id, created->id)));
        }
        const auto cleanUp = qScopeGuard([&] {
            runCall(*client, api::teams::remove(scope, team->id));
            for (const QString &id : std::as_const(userIds))
                runCall(*client, api::users::remove(scope, id));
        });

        TeamsModel model(client.get(), scope);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Loaded, 15000);
        const auto listed = runCall(*client, api::teams::list(scope));
        QVERIFY(listed);
        QCOMPARE(model.rowCount(), int(listed->items.size()));
        const int row = model.rowOf(team->id);
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, TeamsModel::NameColumn), newTeam.displayName);

        QList<int> rows;
        for (int i = 0; i < std::min(model.rowCount(), 5); ++i)
            rows << i;
        rows << row;
        model.requestMemberCounts(rows);
        QTRY_VERIFY_WITH_TIMEOUT(model.memberCounts()->runningRequests() == 0 && model.memberCounts()->queuedRequests() == 0,
                                 15000);
        QCOMPARE(cell(model, row, TeamsModel::MembersColumn), u"2"_s);
        for (const int each : std::as_const(rows)) {
            api::users::ListQuery query;
            query.limit = TeamMemberCounts::defaultPageLimit;
            query.teamId = model.rowAt(each)->id;
            query.includeAnonymous = true;
            const auto members = runCall(*client, api::users::list(scope, query));
            QVERIFY(members);
            const QString expected = QString::number(members->items.size()) + (members->hasMore() ? u"+"_s : QString());
            QCOMPARE(cell(model, each, TeamsModel::MembersColumn), expected);
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamsModel)
#include "tst_TeamsModel.moc"
