// TeamsFilterModel over a TeamsModel fed from a scripted server: the filter matches names in any
// case and the start of ids, sorting follows the raw values (names with numbers by value, dates,
// member counts with uncounted teams last whichever the order), and counts arriving re-sort.
// Both models are watched by QAbstractItemModelTester.

#include "FakeTeamsServer.h"
#include "ModelTestHelpers.h"

#include "TeamsFilterModel.h"
#include "TeamsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamsFilterModel;
using models::TeamsModel;

constexpr int kTimeoutMs = 5000;

} // namespace

class TestTeamsFilterModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
            : client(server.makeClient())
            , model(client.get(), server.scope())
        {
            server.addTeam(u"Team 10"_s, 5, 1'700'000'300'000);
            server.addTeam(u"team 2"_s, 0, 1'700'000'100'000);
            server.addTeam(u"Design Systems Lab"_s, 120, 1'700'000'200'000);
            server.addTeam(u"Ops"_s, 2, 1'700'000'000'000);
            proxy.setSourceModel(&model);
            model.reload();
        }

        bool load() { return QTest::qWaitFor([this] { return model.state() == TeamsModel::State::Loaded; }, kTimeoutMs); }

        FakeTeamsServer server;
        std::unique_ptr<api::ApiClient> client;
        TeamsModel model;
        TeamsFilterModel proxy;
        QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void filtersByNameOrIdStart()
    {
        Fixture fixture;
        QVERIFY(fixture.load());
        TeamsFilterModel &proxy = fixture.proxy;
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setFilterText(u"TEAM"_s);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn), (QStringList{u"Team 10"_s, u"team 2"_s}));
        proxy.setFilterText(u"  syst "_s); // blanks around do not count
        QCOMPARE(proxy.filterText(), u"syst"_s);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn), (QStringList{u"Design Systems Lab"_s}));
        // An id (or its start), as copied from elsewhere.
        const QString opsId = fixture.server.teams.at(3).id;
        proxy.setFilterText(opsId);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn), (QStringList{u"Ops"_s}));
        proxy.setFilterText(opsId.left(30));
        QCOMPARE(proxy.rowCount(), 4); // every fake id starts the same way
        proxy.setFilterText(opsId.right(6)); // the middle or end of an id is not a match
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(u"nobody"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 4);

        // A team added here shows when it matches.
        proxy.setFilterText(u"lab"_s);
        api::Team added;
        added.id = fakeTeamId(50);
        added.displayName = u"Research Lab"_s;
        fixture.model.addOrReplace(added);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsByRawValues()
    {
        Fixture fixture;
        QVERIFY(fixture.load());
        TeamsFilterModel &proxy = fixture.proxy;

        proxy.sort(TeamsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn),
                 (QStringList{u"Design Systems Lab"_s, u"Ops"_s, u"team 2"_s, u"Team 10"_s}));
        proxy.sort(TeamsModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn),
                 (QStringList{u"Team 10"_s, u"Design Systems Lab"_s, u"team 2"_s, u"Ops"_s}));

        // Members: counted teams by count, uncounted ones last in both orders.
        proxy.sort(TeamsModel::MembersColumn, Qt::AscendingOrder);
        fixture.model.requestMemberCounts({0, 2, 3}); // Team 10, Design Systems Lab, Ops
        QTRY_VERIFY_WITH_TIMEOUT(fixture.model.memberCounts()->runningRequests() == 0
                                     && fixture.model.memberCounts()->queuedRequests() == 0,
                                 kTimeoutMs);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn),
                 (QStringList{u"Ops"_s, u"Team 10"_s, u"Design Systems Lab"_s, u"team 2"_s}));
        QCOMPARE(columnTexts(proxy, TeamsModel::MembersColumn), (QStringList{u"2"_s, u"5"_s, u"100+"_s, QString()}));
        proxy.sort(TeamsModel::MembersColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, TeamsModel::NameColumn),
                 (QStringList{u"Design Systems Lab"_s, u"Team 10"_s, u"Ops"_s, u"team 2"_s}));
        // The last count arrives: the order follows.
        proxy.sort(TeamsModel::MembersColumn, Qt::AscendingOrder);
        fixture.model.requestMemberCounts({1});
        QTRY_COMPARE_WITH_TIMEOUT(columnTexts(proxy, TeamsModel::NameColumn),
                                  (QStringList{u"team 2"_s, u"Ops"_s, u"Team 10"_s, u"Design Systems Lab"_s}), kTimeoutMs);
        QCOMPARE(columnTexts(proxy, TeamsModel::MembersColumn), (QStringList{u"0"_s, u"2"_s, u"5"_s, u"100+"_s}));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamsFilterModel)
#include "tst_TeamsFilterModel.moc"
