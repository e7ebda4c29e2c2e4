// TeamInvitationsModel: who was invited and when the invitation expires — relative to a fixed
// moment and as a date — with expired invitations marked (text, role and tooltip), under
// QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "TeamInvitationsModel.h"
#include "TimeText.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamInvitationsModel;

constexpr qint64 kNow = 1'790'000'000'000;
constexpr qint64 kHour = 60 * 60 * 1000;

api::TeamInvitation invitation(const QString &id, const QString &email, qint64 expiresAt)
{
    return {id, u"team-1"_s, u"Rocket"_s, email, expiresAt};
}

} // namespace

class TestTeamInvitationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void columnsAndExpiry()
    {
        TeamInvitationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(kNow);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Invited"_s, u"Expires"_s, u"Expiry date"_s}));

        model.setRows({invitation(u"a"_s, u"ada@example.com"_s, kNow + 3 * kHour),
                       invitation(u"b"_s, u"bob@example.com"_s, kNow - 2 * kHour)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(columnTexts(model, TeamInvitationsModel::RecipientColumn),
                 (QStringList{u"ada@example.com"_s, u"bob@example.com"_s}));
        QCOMPARE(model.index(0, TeamInvitationsModel::ExpiresColumn).data().toString(),
                 models::relativeTime(kNow + 3 * kHour, kNow));
        QVERIFY(!model.index(0, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        QVERIFY(model.index(1, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        QCOMPARE(model.index(1, TeamInvitationsModel::ExpiresColumn).data().toString(),
                 u"Expired "_s + models::relativeTime(kNow - 2 * kHour, kNow));
        QCOMPARE(model.index(0, TeamInvitationsModel::ExpiresAtColumn).data().toString(),
                 models::absoluteTime(kNow + 3 * kHour));
        QCOMPARE(model.index(0, TeamInvitationsModel::ExpiresColumn).data(TeamInvitationsModel::RawValueRole).toLongLong(),
                 kNow + 3 * kHour);
        QVERIFY(model.index(1, TeamInvitationsModel::ExpiresColumn).data(Qt::ToolTipRole).toString().contains(u"no longer works"_s));
        QVERIFY(model.index(0, TeamInvitationsModel::ExpiresColumn).data(Qt::ToolTipRole).toString().contains(u"works until"_s));
        QCOMPARE(model.index(1, 0).data(TeamInvitationsModel::IdRole).toString(), u"b"_s);
        QCOMPARE(model.rowOf(u"a"_s), 0);
    }

    // Time passes: the same invitation reads as expired once its moment is past, and the views
    // hear of it (one dataChanged over every row).
    void referenceTimeMovesExpiry()
    {
        TeamInvitationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(kNow);
        model.setRows({invitation(u"a"_s, u"ada@example.com"_s, kNow + kHour),
                       invitation(u"b"_s, u"bob@example.com"_s, kNow + 2 * kHour)});
        DataChangedRecorder recorder(&model);
        model.setReferenceTime(kNow + kHour + 1);
        QCOMPARE(recorder.ranges, (QList<ChangedRange>{{0, 1, 0, TeamInvitationsModel::ColumnCount - 1}}));
        QVERIFY(model.index(0, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        QVERIFY(!model.index(1, 0).data(TeamInvitationsModel::IsExpiredRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTeamInvitationsModel)
#include "tst_TeamInvitationsModel.moc"
