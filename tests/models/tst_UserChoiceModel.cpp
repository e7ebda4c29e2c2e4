// UserChoiceModel over a UsersModel fed by a scripted GET /users: a check box in the first
// column, the users ticked kept across a new search (by user, not by row), users that cannot be
// chosen greyed out with the reason and never ticked, clearing, and unloaded rows not tickable.
// Both models are watched by QAbstractItemModelTester.

#include "FakeUsersServer.h"
#include "ModelTestHelpers.h"

#include "UserChoiceModel.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserChoiceModel;
using models::UsersModel;

constexpr int kTimeoutMs = 5000;

QStringList chosenIds(const UserChoiceModel &model)
{
    QStringList ids;
    for (const api::User &user : model.chosen())
        ids << user.id;
    return ids;
}

Qt::CheckState checkState(const UserChoiceModel &model, int row)
{
    return model.index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>();
}

} // namespace

class TestUserChoiceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void ticksSurviveASearch()
    {
        FakeUsersServer server(6);
        const auto client = server.makeClient();
        UsersModel users(client.get(), api::ProjectScope::project(server.projectId));
        UserChoiceModel choice(&users);
        QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester choiceTester(&choice, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!users.isLoading() && users.rowCount() == 6, kTimeoutMs);

        QCOMPARE(choice.rowCount(), 6);
        QCOMPARE(checkState(choice, 0), Qt::Unchecked);
        QVERIFY(choice.flags(choice.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!choice.flags(choice.index(0, 1)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(choice.index(0, 1).data(), users.index(0, 1).data()); // the rest is the users list

        QSignalSpy chosenChanged(&choice, &UserChoiceModel::chosenChanged);
        DataChangedRecorder changes(&choice);
        QVERIFY(choice.setData(choice.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(choice.setChosen(3, true));
        QCOMPARE(checkState(choice, 1), Qt::Checked);
        QCOMPARE(chosenIds(choice), (QStringList{fakeUserId(2), fakeUserId(4)}));
        QCOMPARE(chosenChanged.count(), 2);
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{1, 1, 0, 0}, {3, 3, 0, 0}}));
        QVERIFY(choice.setChosen(3, true)); // already ticked: nothing changes
        QCOMPARE(chosenChanged.count(), 2);

        // Another search: the ticked users stay chosen, and show ticked where they appear.
        models::UsersFilter filter = users.filter();
        filter.search = u"User 4"_s;
        users.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!users.isLoading() && users.rowCount() == 1, kTimeoutMs);
        QCOMPARE(chosenIds(choice), (QStringList{fakeUserId(2), fakeUserId(4)}));
        QCOMPARE(checkState(choice, 0), Qt::Checked);
        QVERIFY(choice.setData(choice.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(chosenIds(choice), (QStringList{fakeUserId(2)}));

        choice.setChosen(0, true);
        choice.clearChosen();
        QVERIFY(choice.chosen().isEmpty());
        QCOMPARE(checkState(choice, 0), Qt::Unchecked);
    }

    void excludedUsers()
    {
        FakeUsersServer server(3);
        const auto client = server.makeClient();
        UsersModel users(client.get(), api::ProjectScope::project(server.projectId));
        UserChoiceModel choice(&users);
        QAbstractItemModelTester choiceTester(&choice, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!users.isLoading() && users.rowCount() == 3, kTimeoutMs);

        QVERIFY(choice.setChosen(0, true));
        QSignalSpy chosenChanged(&choice, &UserChoiceModel::chosenChanged);
        choice.setExcluded({fakeUserId(1), fakeUserId(2)}, u"Already a member"_s);
        QCOMPARE(chosenChanged.count(), 1);
        QVERIFY(choice.chosen().isEmpty()); // an excluded user cannot stay chosen
        QVERIFY(choice.isExcluded(fakeUserId(2)));
        QVERIFY(!choice.flags(choice.index(1, 0)).testFlag(Qt::ItemIsEnabled));
        QVERIFY(!choice.flags(choice.index(1, 0)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(choice.index(1, 0).data(Qt::ToolTipRole).toString(), u"Already a member"_s);
        QVERIFY(!choice.setChosen(1, true));
        QVERIFY(!choice.setData(choice.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(choice.chosen().isEmpty());
        QVERIFY(choice.flags(choice.index(2, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(choice.setChosen(2, true));
        QCOMPARE(chosenIds(choice), (QStringList{fakeUserId(3)}));
        QVERIFY(!choice.setChosen(7, true)); // no such row
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserChoiceModel)
#include "tst_UserChoiceModel.moc"
