// RecentUsersModel: the Overview's recent users (name, email, when) under
// QAbstractItemModelTester, the user id in IdRole, "x ago" from the sign-up or the latest
// activity, and placeholders for missing names, emails and moments.

#include "TimeText.h"
#include "overview/RecentUsersModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::RecentUsersModel;

constexpr qint64 now = 1'764'000'000'000;
constexpr qint64 hour = 3'600'000;

QList<api::MetricsUser> sampleUsers()
{
    return {
        {u"u1"_s, u"Ada"_s, u"ada@example.com"_s, now - 2 * hour, now - 5 * 60'000},
        {u"u2"_s, {}, {}, now - 50 * hour, std::nullopt},
    };
}

} // namespace

class TestRecentUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedUp()
    {
        RecentUsersModel model(RecentUsersModel::Moment::SignedUp);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return now; });
        QCOMPARE(model.rowCount(), 0);
        model.setUsers(sampleUsers());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RecentUsersModel::ColumnCount));
        QCOMPARE(model.headerData(RecentUsersModel::WhenColumn, Qt::Horizontal).toString(), u"Signed up"_s);
        QCOMPARE(model.index(0, RecentUsersModel::NameColumn).data().toString(), u"Ada"_s);
        QCOMPARE(model.index(0, RecentUsersModel::EmailColumn).data().toString(), u"ada@example.com"_s);
        QCOMPARE(model.index(0, RecentUsersModel::WhenColumn).data().toString(), models::relativeTime(now - 2 * hour, now));
        QVERIFY(!model.index(0, RecentUsersModel::WhenColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, RecentUsersModel::NameColumn).data().toString(), u"(no name)"_s);
        QCOMPARE(model.index(1, RecentUsersModel::EmailColumn).data().toString(), u"(no email)"_s);
        QCOMPARE(model.index(1, RecentUsersModel::WhenColumn).data().toString(), models::relativeTime(now - 50 * hour, now));
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(1, column).data(RecentUsersModel::IdRole).toString(), u"u2"_s);
        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void lastActive()
    {
        RecentUsersModel model(RecentUsersModel::Moment::LastActive);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return now; });
        model.setUsers(sampleUsers());
        QCOMPARE(model.headerData(RecentUsersModel::WhenColumn, Qt::Horizontal).toString(), u"Last active"_s);
        QCOMPARE(model.index(0, RecentUsersModel::WhenColumn).data().toString(), models::relativeTime(now - 5 * 60'000, now));
        QCOMPARE(model.index(1, RecentUsersModel::WhenColumn).data().toString(), u"never"_s);
        QVERIFY(!model.index(1, RecentUsersModel::WhenColumn).data(Qt::ToolTipRole).isValid());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestRecentUsersModel)
#include "tst_RecentUsersModel.moc"
