// PermissionContainment: what a permission contains (transitively, also on looping data), which
// definitions contain it, and the loop — the shortest one — that a new containment would make.

#include "PermissionContainment.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::PermissionContainment;

// admin ⊃ {billing, support:write}; support:write ⊃ support:read; auditor ⊃ support:read.
QList<api::PermissionDefinition> definitions()
{
    return {
        {u"admin"_s, u"Full access"_s, {u"billing"_s, u"support:write"_s}},
        {u"billing"_s, std::nullopt, {}},
        {u"support:write"_s, std::nullopt, {u"support:read"_s}},
        {u"support:read"_s, std::nullopt, {}},
        {u"auditor"_s, std::nullopt, {u"support:read"_s, u"$read_members"_s}},
    };
}

} // namespace

class TestPermissionContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allContained()
    {
        const PermissionContainment containment(definitions());
        QCOMPARE(containment.allContained(u"admin"_s), (QStringList{u"billing"_s, u"support:read"_s, u"support:write"_s}));
        QCOMPARE(containment.allContained(u"billing"_s), QStringList());
        QCOMPARE(containment.allContained(u"unknown"_s), QStringList());
        // Undefined ids inside are listed, not followed.
        QCOMPARE(containment.allContained(u"auditor"_s), (QStringList{u"$read_members"_s, u"support:read"_s}));
        QCOMPARE(containment.directlyContained(u"admin"_s), (QStringList{u"billing"_s, u"support:write"_s}));
        QVERIFY(containment.isDefined(u"billing"_s));
        QVERIFY(!containment.isDefined(u"$read_members"_s));
    }

    void allContainedOnLoopingData()
    {
        // The server should refuse loops, but data from elsewhere must not hang the client.
        const PermissionContainment containment({{u"a"_s, std::nullopt, {u"b"_s}},
                                                 {u"b"_s, std::nullopt, {u"c"_s}},
                                                 {u"c"_s, std::nullopt, {u"a"_s, u"d"_s}},
                                                 {u"d"_s, std::nullopt, {}}});
        QCOMPARE(containment.allContained(u"a"_s), (QStringList{u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(containment.cycleIfContaining(u"d"_s, {}), QStringList());
    }

    void containersOf()
    {
        const PermissionContainment containment(definitions());
        QCOMPARE(containment.containersOf(u"support:read"_s), (QStringList{u"auditor"_s, u"support:write"_s}));
        QCOMPARE(containment.containersOf(u"admin"_s), QStringList());
        QCOMPARE(containment.containersOf(u"$read_members"_s), QStringList{u"auditor"_s});
    }

    void cycleIfContaining_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("contained");
        QTest::addColumn<QStringList>("loop");

        QTest::newRow("no change") << u"admin"_s << QStringList{u"billing"_s, u"support:write"_s} << QStringList();
        QTest::newRow("itself") << u"billing"_s << QStringList{u"billing"_s} << QStringList{u"billing"_s, u"billing"_s};
        QTest::newRow("direct back") << u"billing"_s << QStringList{u"admin"_s}
                                     << QStringList{u"billing"_s, u"admin"_s, u"billing"_s};
        QTest::newRow("through another") << u"support:read"_s << QStringList{u"admin"_s}
                                         << QStringList{u"support:read"_s, u"admin"_s, u"support:write"_s, u"support:read"_s};
        QTest::newRow("shortest of two") << u"support:read"_s << QStringList{u"admin"_s, u"auditor"_s}
                                         << QStringList{u"support:read"_s, u"auditor"_s, u"support:read"_s};
        QTest::newRow("shared child is no loop") << u"billing"_s << QStringList{u"support:read"_s} << QStringList();
        QTest::newRow("new permission") << u"reports"_s << QStringList{u"admin"_s, u"auditor"_s} << QStringList();
        QTest::newRow("undefined id") << u"billing"_s << QStringList{u"$update_team"_s} << QStringList();
        // Dropping what made a loop possible: the old list does not count.
        QTest::newRow("replaces the old list") << u"support:write"_s << QStringList{} << QStringList();
    }

    void cycleIfContaining()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, contained);
        QFETCH(QStringList, loop);
        const PermissionContainment containment(definitions());
        QCOMPARE(containment.cycleIfContaining(id, contained), loop);
    }

    void cycleUsesTheNewListOfTheEditedPermission()
    {
        // support:write drops support:read; then support:read may contain support:write's container.
        PermissionContainment containment(definitions());
        QVERIFY(!containment.cycleIfContaining(u"support:read"_s, {u"admin"_s}).isEmpty());
        QList<api::PermissionDefinition> changed = definitions();
        changed[2].containedPermissionIds.clear();
        containment = PermissionContainment(changed);
        QCOMPARE(containment.cycleIfContaining(u"support:read"_s, {u"admin"_s}), QStringList());
    }
};

} // namespace hexclave::tests

QTEST_APPLESS_MAIN(hexclave::tests::TestPermissionContainment)
#include "tst_PermissionContainment.moc"
