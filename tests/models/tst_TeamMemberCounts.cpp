// TeamMemberCounts over a scripted server: one GET /users?team_id=…&limit=… per team, anonymous
// and restricted members included, "N+" when there is a next page, a few requests at a time,
// teams that left the screen before their turn dropped, counts kept until invalidated, failures
// kept (not retried in a loop), counts learnt elsewhere taking over, clear() stopping all, and
// one team counted on its own the same way.

#include "FakeTeamsServer.h"

#include "TeamMemberCounts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamMemberCounts;
using CountState = TeamMemberCounts::Count::State;

constexpr int kTimeoutMs = 5000;

} // namespace

class TestTeamMemberCounts : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
            : client(server.makeClient())
            , counts(client.get(), server.scope())
        {
        }

        FakeTeamsServer server;
        std::unique_ptr<api::ApiClient> client;
        TeamMemberCounts counts;

        QStringList ids() const
        {
            QStringList result;
            for (const FakeTeam &team : server.teams)
                result << team.id;
            return result;
        }
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void countsWithOnePageEach()
    {
        Fixture fixture;
        const FakeTeam small = fixture.server.addTeam(u"Small"_s, 3);
        const FakeTeam empty = fixture.server.addTeam(u"Empty"_s, 0);
        const FakeTeam big = fixture.server.addTeam(u"Big"_s, 150);
        fixture.counts.setPageLimit(100);
        QSignalSpy changed(&fixture.counts, &TeamMemberCounts::countChanged);

        QCOMPARE(fixture.counts.count(small.id).state, CountState::Unknown);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(small.id)), QString());
        fixture.counts.request(fixture.ids());
        QCOMPARE(fixture.counts.count(small.id).state, CountState::Pending);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(small.id)), u"…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.counts.count(big.id).isKnown() && fixture.counts.count(small.id).isKnown()
                                     && fixture.counts.count(empty.id).isKnown(),
                                 kTimeoutMs);

        QCOMPARE(fixture.counts.count(small.id).members, 3);
        QVERIFY(!fixture.counts.count(small.id).atLeast);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(small.id)), u"3"_s);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(empty.id)), u"0"_s);
        QCOMPARE(fixture.counts.count(big.id).members, 100);
        QVERIFY(fixture.counts.count(big.id).atLeast);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(big.id)), u"100+"_s);
        // Pending, then known: two signals per team.
        QCOMPARE(changed.count(), 6);

        // What each request asked for.
        const QList<SeenRequest> &requests = fixture.server.network().requests();
        QCOMPARE(requests.size(), 3);
        for (const SeenRequest &request : requests) {
            const UsersQuery query = usersQueryOf(request);
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(query.limit, 100);
            QCOMPARE(query.value(u"include_anonymous"_s), u"true"_s);
            QVERIFY(!query.hasCursor);
        }
        QCOMPARE(fixture.server.memberRequests(), fixture.ids());

        // Cached: asking again costs nothing.
        fixture.counts.request(fixture.ids());
        QTest::qWait(20);
        QCOMPARE(fixture.server.network().requests().size(), 3);
    }

    void aFewAtATimeAndOnlyWhatIsOnScreen()
    {
        Fixture fixture;
        for (int i = 0; i < 10; ++i)
            fixture.server.addTeam(u"Team %1"_s.arg(i), i);
        fixture.server.delayMs = 40;
        fixture.counts.setMaxConcurrent(2);
        const QStringList ids = fixture.ids();

        int mostRunning = 0;
        QObject watcher;
        connect(&fixture.counts, &TeamMemberCounts::countChanged, &watcher,
                [&] { mostRunning = std::max(mostRunning, fixture.counts.runningRequests()); });

        fixture.counts.request(ids.mid(0, 6));
        QCOMPARE(fixture.counts.runningRequests(), 2);
        QCOMPARE(fixture.counts.queuedRequests(), 4);
        // Scrolled on before the rest came: the teams no longer on screen are dropped.
        fixture.counts.request(ids.mid(4, 6));
        QCOMPARE(fixture.counts.count(ids.at(2)).state, CountState::Unknown);
        QCOMPARE(fixture.counts.count(ids.at(3)).state, CountState::Unknown);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.counts.runningRequests() == 0 && fixture.counts.queuedRequests() == 0, kTimeoutMs);
        QCOMPARE(mostRunning, 2);
        // The two already on their way finished; then the teams on screen, top first.
        QStringList expected = {ids.at(0), ids.at(1)};
        expected << ids.mid(4, 6);
        QCOMPARE(fixture.server.memberRequests(), expected);
        QCOMPARE(fixture.counts.count(ids.at(0)).members, 0);
        QCOMPARE(fixture.counts.count(ids.at(9)).members, 9);
        QCOMPARE(fixture.counts.count(ids.at(2)).state, CountState::Unknown);
    }

    void invalidateAndCountsFromElsewhere()
    {
        Fixture fixture;
        FakeTeam &team = fixture.server.addTeam(u"Growing"_s, 2);
        const QString id = team.id;
        fixture.counts.request({id});
        QTRY_VERIFY_WITH_TIMEOUT(fixture.counts.count(id).isKnown(), kTimeoutMs);
        QCOMPARE(fixture.counts.count(id).members, 2);

        // Members added here: counted again when next on screen.
        fixture.server.teams.first().members = 5;
        QSignalSpy changed(&fixture.counts, &TeamMemberCounts::countChanged);
        fixture.counts.invalidate(id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fixture.counts.count(id).state, CountState::Unknown);
        fixture.counts.request({id});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.counts.count(id).members, 5, kTimeoutMs);
        QCOMPARE(fixture.server.memberRequests().size(), 2);

        // The team page listed every member: that count wins, even over a request on its way.
        fixture.server.delayMs = 200;
        fixture.counts.invalidate(id);
        fixture.counts.request({id});
        QCOMPARE(fixture.counts.runningRequests(), 1);
        fixture.counts.setCount(id, 7);
        QCOMPARE(fixture.counts.runningRequests(), 0);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(id)), u"7"_s);
        QTest::qWait(300);
        QCOMPARE(fixture.counts.count(id).members, 7);
        fixture.counts.setCount(id, 100, true);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(id)), u"100+"_s);
    }

    void failuresAreKeptUntilInvalidated()
    {
        Fixture fixture;
        const QString id = fixture.server.addTeam(u"Broken"_s, 4).id;
        fixture.server.override = [](const SeenRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::knownError(500, "INTERNAL", "The count is on fire");
        };
        fixture.counts.request({id});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.counts.count(id).state, CountState::Failed, kTimeoutMs);
        QCOMPARE(TeamMemberCounts::text(fixture.counts.count(id)), u"?"_s);
        QCOMPARE(fixture.counts.count(id).error.httpStatus, 500);
        const qsizetype requests = fixture.server.network().requests().size();

        // Scrolling past it again does not hammer the server.
        fixture.counts.request({id});
        QTest::qWait(20);
        QCOMPARE(fixture.server.network().requests().size(), requests);

        fixture.server.override = {};
        fixture.counts.invalidate(id);
        fixture.counts.request({id});
        QTRY_VERIFY_WITH_TIMEOUT(fixture.counts.count(id).isKnown(), kTimeoutMs);
        QCOMPARE(fixture.counts.count(id).members, 4);
    }

    void clearStopsEverything()
    {
        Fixture fixture;
        for (int i = 0; i < 5; ++i)
            fixture.server.addTeam(u"Team %1"_s.arg(i), 1);
        fixture.server.delayMs = 100;
        fixture.counts.request(fixture.ids());
        QCOMPARE(fixture.counts.runningRequests(), TeamMemberCounts::defaultMaxConcurrent);
        QSignalSpy changed(&fixture.counts, &TeamMemberCounts::countChanged);
        fixture.counts.clear();
        QCOMPARE(fixture.counts.runningRequests(), 0);
        QCOMPARE(fixture.counts.queuedRequests(), 0);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0); // the aborted answers are not heard
        for (const QString &id : fixture.ids())
            QCOMPARE(fixture.counts.count(id).state, CountState::Unknown);
    }

    // One team counted on its own (the delete dialog does): the list's request, read the same way.
    void oneTeamOnItsOwn()
    {
        Fixture fixture;
        const FakeTeam big = fixture.server.addTeam(u"Big"_s, 150);
        const FakeTeam small = fixture.server.addTeam(u"Small"_s, 3);
        fixture.counts.request(fixture.ids());
        QTRY_VERIFY_WITH_TIMEOUT(fixture.counts.count(big.id).isKnown() && fixture.counts.count(small.id).isKnown(),
                                 kTimeoutMs);
        const QList<SeenRequest> listRequests = fixture.server.network().requests();
        QCOMPARE(listRequests.size(), 2);

        const auto countOne = [&fixture](const QString &teamId) {
            std::optional<TeamMemberCounts::Count> counted;
            api::Job<api::Page<api::User>> *job =
                fixture.client->send(TeamMemberCounts::countCall(fixture.server.scope(), teamId));
            QObject receiver;
            connect(job, &api::ApiJob::finished, &receiver, [&counted, job] { counted = TeamMemberCounts::countFrom(*job); });
            [[maybe_unused]] const bool arrived = QTest::qWaitFor([&counted] { return counted.has_value(); }, kTimeoutMs);
            return counted;
        };
        for (const FakeTeam &team : {big, small}) {
            const auto counted = countOne(team.id);
            QVERIFY(counted);
            const TeamMemberCounts::Count listed = fixture.counts.count(team.id);
            QCOMPARE(counted->state, CountState::Known);
            QCOMPARE(counted->members, listed.members);
            QCOMPARE(counted->atLeast, listed.atLeast);
        }
        const QList<SeenRequest> &requests = fixture.server.network().requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(2).url, listRequests.at(0).url);
        QCOMPARE(requests.at(3).url, listRequests.at(1).url);

        fixture.server.override = [](const SeenRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::knownError(500, "INTERNAL", "The count is on fire");
        };
        const auto failed = countOne(small.id);
        QVERIFY(failed);
        QCOMPARE(failed->state, CountState::Failed);
        QCOMPARE(failed->error.httpStatus, 500);
    }

    void withoutConnection()
    {
        TeamMemberCounts counts(nullptr, api::ProjectScope::project(u"p"_s));
        counts.request({u"a"_s});
        QCOMPARE(counts.count(u"a"_s).state, CountState::Failed);
        QCOMPARE(counts.runningRequests(), 0);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamMemberCounts)
#include "tst_TeamMemberCounts.moc"
