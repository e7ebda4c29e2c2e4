// PermissionDefinitionsModel under QAbstractItemModelTester: custom definitions first, then the
// system ones; what each contains as children, transitively; a permission never below itself
// (looping data stays finite); descriptions of contained ids, and ids that have no definition.

#include "PermissionDefinitionsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::PermissionDefinitionsModel;

// The team definitions of the real server (fixture 27) and one custom permission.
QList<api::PermissionDefinition> teamDefinitions()
{
    return {
        {u"$delete_team"_s, u"Delete the team"_s, {}},
        {u"$invite_members"_s, u"Invite other users to the team"_s, {}},
        {u"$read_members"_s, u"Read and list the other members of the team"_s, {}},
        {u"team_admin"_s, u"Default permission for team admins"_s, {u"$delete_team"_s, u"team_member"_s}},
        {u"team_member"_s, u"Default permission for team members"_s, {u"$invite_members"_s, u"$read_members"_s}},
        {u"billing:read"_s, std::nullopt, {u"reports"_s}},
    };
}

QStringList childIds(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(PermissionDefinitionsModel::IdRole).toString();
    return ids;
}

int countRows(const QAbstractItemModel &model, const QModelIndex &parent, int depthLimit)
{
    if (depthLimit == 0)
        return -1000000; // deeper than any finite tree of these definitions
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += 1 + countRows(model, model.index(row, 0, parent), depthLimit - 1);
    return count;
}

} // namespace

class TestPermissionDefinitionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void topLevelOrderAndColumns()
    {
        PermissionDefinitionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDefinitions(teamDefinitions());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.columnCount(), int(PermissionDefinitionsModel::ColumnCount));
        QCOMPARE(childIds(model, {}), (QStringList{u"billing:read"_s, u"team_admin"_s, u"team_member"_s,
                                                   u"$delete_team"_s, u"$invite_members"_s, u"$read_members"_s}));
        const QModelIndex admin = model.indexOfDefinition(u"team_admin"_s);
        QCOMPARE(admin.row(), 1);
        QCOMPARE(model.index(1, PermissionDefinitionsModel::DescriptionColumn).data().toString(),
                 u"Default permission for team admins"_s);
        QCOMPARE(model.index(1, PermissionDefinitionsModel::ContainsColumn).data().toString(), u"$delete_team, team_member"_s);
        QVERIFY(model.index(1, PermissionDefinitionsModel::ContainsColumn).data(Qt::ToolTipRole).toString().contains(u"$read_members"_s));
        QCOMPARE(admin.data(PermissionDefinitionsModel::IsDefinitionRole).toBool(), true);
        QCOMPARE(admin.data(PermissionDefinitionsModel::IsSystemRole).toBool(), false);
        const QModelIndex system = model.indexOfDefinition(u"$delete_team"_s);
        QVERIFY(system.data(PermissionDefinitionsModel::IsSystemRole).toBool());
        QVERIFY(system.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
        QCOMPARE(model.headerData(PermissionDefinitionsModel::IdColumn, Qt::Horizontal).toString(), u"Permission"_s);
        QCOMPARE(model.idAt(admin), u"team_admin"_s);
        QVERIFY(!model.indexOfDefinition(u"nope"_s).isValid());
        QCOMPARE(model.definition(u"team_member"_s)->containedPermissionIds.size(), 2);
    }

    void childrenAreTransitive()
    {
        PermissionDefinitionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDefinitions(teamDefinitions());
        const QModelIndex admin = model.indexOfDefinition(u"team_admin"_s);
        QVERIFY(model.hasChildren(admin));
        QCOMPARE(childIds(model, admin), (QStringList{u"$delete_team"_s, u"team_member"_s}));
        const QModelIndex member = model.index(1, 0, admin);
        QCOMPARE(member.parent(), admin);
        QCOMPARE(childIds(model, member), (QStringList{u"$invite_members"_s, u"$read_members"_s}));
        const QModelIndex read = model.index(1, PermissionDefinitionsModel::DescriptionColumn, member);
        QCOMPARE(read.data().toString(), u"Read and list the other members of the team"_s);
        QVERIFY(!read.data(PermissionDefinitionsModel::IsDefinitionRole).toBool());
        QCOMPARE(read.sibling(read.row(), 0).data(Qt::ToolTipRole).toString(), u"A system permission: built into the server and read-only."_s);
        QCOMPARE(model.idAt(read), u"$read_members"_s);
        QVERIFY(!model.hasChildren(model.index(0, 0, admin)));
        // A contained id without a definition.
        const QModelIndex reports = model.index(0, 0, model.indexOfDefinition(u"billing:read"_s));
        QCOMPARE(reports.data(PermissionDefinitionsModel::IdRole).toString(), u"reports"_s);
        QCOMPARE(reports.data(PermissionDefinitionsModel::IsDefinedRole).toBool(), false);
        QCOMPARE(reports.siblingAtColumn(PermissionDefinitionsModel::DescriptionColumn).data().toString(), u"(not defined)"_s);
        QCOMPARE(reports.siblingAtColumn(0).data(Qt::ToolTipRole).toString(), u"Contained in billing:read"_s);
        // Only the first column has children.
        QCOMPARE(model.rowCount(admin.siblingAtColumn(1)), 0);
        QVERIFY(!model.hasChildren(admin.siblingAtColumn(1)));
    }

    void loopsStayFinite()
    {
        PermissionDefinitionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDefinitions({{u"a"_s, std::nullopt, {u"b"_s}},
                              {u"b"_s, std::nullopt, {u"c"_s, u"a"_s}},
                              {u"c"_s, std::nullopt, {u"a"_s, u"c"_s}}});
        // a → b → c, and nothing below c (a, b and c are above it).
        const QModelIndex a = model.index(0, 0);
        const QModelIndex b = model.index(0, 0, a);
        const QModelIndex c = model.index(0, 0, b);
        QCOMPARE(childIds(model, a), QStringList{u"b"_s});
        QCOMPARE(childIds(model, b), QStringList{u"c"_s});
        QCOMPARE(childIds(model, c), QStringList());
        QVERIFY(!model.hasChildren(c));
        QCOMPARE(countRows(model, {}, 10), 10); // a(b(c)), b(c(a), a), c(a(b))
    }

    void replacingAndClearing()
    {
        PermissionDefinitionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDefinitions(teamDefinitions());
        QPersistentModelIndex deep = model.index(1, 0, model.indexOfDefinition(u"team_admin"_s));
        QVERIFY(deep.isValid());
        model.setDefinitions({{u"x"_s, u"X"_s, {}}});
        QVERIFY(!deep.isValid());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasChildren());
        QVERIFY(model.definitions().isEmpty());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestPermissionDefinitionsModel)
#include "tst_PermissionDefinitionsModel.moc"
