// UserPermissionsModel: direct grants and the permissions they imply combined into rows —
// inherited ones marked and traced back to the grant that contains them (through nested
// definitions), with and without the definitions (a server key cannot read them) — under
// QAbstractItemModelTester.

#include "ModelTestHelpers.h"

#include "UserPermissionsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserPermission;
using models::UserPermissionsModel;

QList<api::PermissionGrant> grants(const QStringList &ids)
{
    QList<api::PermissionGrant> result;
    for (const QString &id : ids)
        result.append({id, u"u"_s, QString()});
    return result;
}

QList<api::PermissionDefinition> definitions()
{
    return {
        {u"admin"_s, u"Full access"_s, {u"billing"_s, u"support:write"_s}},
        {u"billing"_s, u"Invoices"_s, {}},
        {u"support:write"_s, std::nullopt, {u"support:read"_s}},
        {u"support:read"_s, u"Read tickets"_s, {}},
        {u"unused"_s, std::nullopt, {}},
    };
}

} // namespace

class TestUserPermissionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void combineWithDefinitions()
    {
        const QList<UserPermission> rows = UserPermissionsModel::combine(
            grants({u"support:read"_s, u"admin"_s, u"admin"_s}),
            grants({u"admin"_s, u"billing"_s, u"support:read"_s, u"support:write"_s, u"support:read"_s}), definitions());
        QCOMPARE(rows.size(), 4);
        // Direct grants first, by id; then what they imply, by id.
        QCOMPARE(rows.at(0).id, u"admin"_s);
        QVERIFY(rows.at(0).isDirect);
        QCOMPARE(rows.at(0).description, std::optional<QString>(u"Full access"_s));
        QCOMPARE(rows.at(1).id, u"support:read"_s);
        QVERIFY(rows.at(1).isDirect); // granted directly, even though admin implies it too
        QCOMPARE(rows.at(2).id, u"billing"_s);
        QVERIFY(!rows.at(2).isDirect);
        QCOMPARE(rows.at(2).inheritedFrom, QStringList{u"admin"_s});
        QCOMPARE(rows.at(3).id, u"support:write"_s);
        QCOMPARE(rows.at(3).inheritedFrom, QStringList{u"admin"_s});
        QCOMPARE(rows.at(3).description, std::nullopt);
    }

    void nestedInheritance()
    {
        const QList<UserPermission> rows = UserPermissionsModel::combine(
            grants({u"admin"_s}), grants({u"admin"_s, u"billing"_s, u"support:read"_s, u"support:write"_s}), definitions());
        const auto read = std::find_if(rows.cbegin(), rows.cend(), [](const UserPermission &row) { return row.id == u"support:read"; });
        QVERIFY(read != rows.cend());
        QCOMPARE(read->inheritedFrom, QStringList{u"admin"_s}); // through support:write
    }

    void combineWithoutDefinitions()
    {
        const QList<UserPermission> rows = UserPermissionsModel::combine(grants({u"admin"_s}), grants({u"admin"_s, u"billing"_s}), {});
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(1).isDirect);
        QVERIFY(rows.at(1).inheritedFrom.isEmpty());
        QCOMPARE(rows.at(1).description, std::nullopt);
    }

    void columns()
    {
        UserPermissionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Permission"_s, u"How"_s, u"Description"_s}));

        QList<UserPermission> rows = UserPermissionsModel::combine(grants({u"admin"_s}),
                                                                   grants({u"admin"_s, u"billing"_s}), definitions());
        rows.append({u"legacy"_s, std::nullopt, false, {}});
        model.setRows(rows);
        QCOMPARE(columnTexts(model, UserPermissionsModel::PermissionColumn), (QStringList{u"admin"_s, u"billing"_s, u"legacy"_s}));
        QCOMPARE(columnTexts(model, UserPermissionsModel::SourceColumn),
                 (QStringList{u"Granted"_s, u"Inherited from admin"_s, u"Inherited"_s}));
        QCOMPARE(columnTexts(model, UserPermissionsModel::DescriptionColumn), (QStringList{u"Full access"_s, u"Invoices"_s, QString()}));
        QCOMPARE(model.index(0, 0).data(UserPermissionsModel::IsDirectRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(UserPermissionsModel::IsDirectRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(UserPermissionsModel::IdRole).toString(), u"billing"_s);
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(0, 0).data(Qt::FontRole), QVariant());
        QVERIFY(model.index(1, UserPermissionsModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(u"revoke that one"_s));
        QCOMPARE(model.scope(), api::permissions::PermissionScope::Project);
    }

    // A member's permissions in one team (fixture 27's definitions): team_member implies the
    // system permissions it contains; a system permission granted directly is a direct row.
    void teamScope()
    {
        UserPermissionsModel model(api::permissions::PermissionScope::Team, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.scope(), api::permissions::PermissionScope::Team);
        const QList<api::PermissionDefinition> teamDefinitions{
            {u"$invite_members"_s, u"Invite other users to the team"_s, {}},
            {u"$read_members"_s, u"Read and list the other members of the team"_s, {}},
            {u"$update_team"_s, u"Update the team information"_s, {}},
            {u"team_member"_s, u"Default permission for team members"_s, {u"$invite_members"_s, u"$read_members"_s}},
        };
        model.setRows(UserPermissionsModel::combine(
            grants({u"team_member"_s, u"$update_team"_s}),
            grants({u"$invite_members"_s, u"$read_members"_s, u"$update_team"_s, u"team_member"_s}), teamDefinitions));
        QCOMPARE(columnTexts(model, UserPermissionsModel::PermissionColumn),
                 (QStringList{u"$update_team"_s, u"team_member"_s, u"$invite_members"_s, u"$read_members"_s}));
        QCOMPARE(columnTexts(model, UserPermissionsModel::SourceColumn),
                 (QStringList{u"Granted"_s, u"Granted"_s, u"Inherited from team_member"_s, u"Inherited from team_member"_s}));
        QCOMPARE(model.index(3, UserPermissionsModel::DescriptionColumn).data().toString(),
                 u"Read and list the other members of the team"_s);
        QVERIFY(model.index(0, UserPermissionsModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(u"in this team"_s));
        QVERIFY(model.index(2, UserPermissionsModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(u"in this team"_s));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUserPermissionsModel)
#include "tst_UserPermissionsModel.moc"
