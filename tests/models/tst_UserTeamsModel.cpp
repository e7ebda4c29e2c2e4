// UserTeamsModel: a user's teams with the selected one marked, and the mark moving with a
// narrow dataChanged — under QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "TimeText.h"
#include "UserTeamsModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserTeamsModel;

api::Team team(const QString &id, const QString &name, qint64 createdAt)
{
    api::Team result;
    result.id = id;
    result.displayName = name;
    result.createdAtMillis = createdAt;
    return result;
}

} // namespace

class TestUserTeamsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void columnsAndSelectedTeam()
    {
        UserTeamsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Team"_s, u"Team ID"_s, u"Created"_s}));

        const qint64 created = QDateTime::currentMSecsSinceEpoch() - 3LL * 24 * 3600 * 1000;
        model.setSelectedTeamId(u"t2"_s);
        model.setRows({team(u"t1"_s, u"Design Systems Lab"_s, created), team(u"t2"_s, u"Launch Council"_s, 0)});
        QCOMPARE(model.index(0, UserTeamsModel::NameColumn).data().toString(), u"Design Systems Lab"_s);
        QCOMPARE(model.index(1, UserTeamsModel::NameColumn).data().toString(), u"Launch Council (selected)"_s);
        QCOMPARE(model.index(1, UserTeamsModel::NameColumn).data(UserTeamsModel::RawValueRole).toString(), u"Launch Council"_s);
        QCOMPARE(model.index(1, 0).data(UserTeamsModel::IsSelectedTeamRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(UserTeamsModel::IsSelectedTeamRole).toBool(), false);
        QCOMPARE(model.index(0, UserTeamsModel::IdColumn).data().toString(), u"t1"_s);
        QCOMPARE(model.index(0, UserTeamsModel::CreatedColumn).data(Qt::ToolTipRole).toString(), models::absoluteTime(created));
        QVERIFY(model.index(0, UserTeamsModel::CreatedColumn).data().toString().startsWith(u"3 day"_s));
        QCOMPARE(model.index(1, UserTeamsModel::CreatedColumn).data().toString(), QString()); // unknown (client view)
        QVERIFY(model.index(0, UserTeamsModel::NameColumn).data(Qt::ToolTipRole).toString().contains(u"Teams page"_s));

        DataChangedRecorder changes(&model);
        model.setSelectedTeamId(u"t1"_s);
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{1, 1, 0, 0}, {0, 0, 0, 0}}));
        QCOMPARE(model.index(0, UserTeamsModel::NameColumn).data().toString(), u"Design Systems Lab (selected)"_s);
        model.setSelectedTeamId(u"t1"_s);
        QCOMPARE(changes.ranges.size(), 2); // no change, no signal
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUserTeamsModel)
#include "tst_UserTeamsModel.moc"
