// ConversationsModel: rows merged in place (update, move, insert, remove; never a reset once
// filled) so that persistent indexes — a view's selection — follow their conversation; unread
// marks; assignees and tags known from the rows. Watched by QAbstractItemModelTester.

#include "support/ConversationsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ConversationsModel;

api::ConversationSummary summary(const QString &id, qint64 activity, const QString &subject = {})
{
    api::ConversationSummary row;
    row.conversationId = id;
    row.subject = subject.isEmpty() ? u"Subject "_s + id : subject;
    row.status = u"open"_s;
    row.priority = u"normal"_s;
    row.lastMessageType = u"message"_s;
    row.lastActivityAtMillis = activity;
    return row;
}

QList<api::ConversationSummary> rows(const QStringList &ids)
{
    QList<api::ConversationSummary> list;
    qint64 activity = 1'000'000;
    for (const QString &id : ids)
        list.append(summary(id, activity--));
    return list;
}

QStringList ids(const ConversationsModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(ConversationsModel::ConversationIdRole).toString());
    return list;
}

} // namespace

class TestConversationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void rolesShowTheSummary()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ConversationSummary row = summary(u"a"_s, 5, u"Cannot log in"_s);
        row.priority = u"urgent"_s;
        row.metadata.assignedToUserId = u"agent-1"_s;
        row.metadata.tags = {u"login"_s, u"bug"_s};
        row.metadata.firstResponseDueAtMillis = 9'000;
        model.setConversations({row, summary(u"b"_s, 4)});

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), u"Cannot log in"_s);
        QCOMPARE(first.data(ConversationsModel::ConversationIdRole).toString(), u"a"_s);
        QCOMPARE(first.data(ConversationsModel::StatusRole).toString(), u"open"_s);
        QCOMPARE(first.data(ConversationsModel::PriorityRole).toString(), u"urgent"_s);
        QCOMPARE(first.data(ConversationsModel::AssigneeIdRole).toString(), u"agent-1"_s);
        QCOMPARE(first.data(ConversationsModel::TagsRole).toStringList(), QStringList({u"login"_s, u"bug"_s}));
        QCOMPARE(first.data(ConversationsModel::DueAtRole).toLongLong(), 9'000);
        QVERIFY(model.index(1).data(ConversationsModel::DueAtRole).isNull());
        QCOMPARE(first.data(ConversationsModel::SummaryRole).value<api::ConversationSummary>().subject,
                 u"Cannot log in"_s);
        QCOMPARE(first.data(ConversationsModel::UnreadRole).toBool(), false);
        QCOMPARE(model.find(u"b"_s)->subject, u"Subject b"_s);
        QCOMPARE(model.find(u"zzz"_s), nullptr);
        QCOMPARE(model.rowOf(u"b"_s), 1);
        QCOMPARE(model.rowOf(u"zzz"_s), -1);
    }

    void mergeMovesInsertsAndRemovesWithoutReset_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("same") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("last to top") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"c"_s, u"a"_s, u"b"_s};
        QTest::newRow("new on top") << QStringList{u"a"_s, u"b"_s} << QStringList{u"n"_s, u"a"_s, u"b"_s};
        QTest::newRow("removed middle") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"c"_s};
        QTest::newRow("reversed") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                  << QStringList{u"d"_s, u"c"_s, u"b"_s, u"a"_s};
        QTest::newRow("mixed") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                               << QStringList{u"x"_s, u"d"_s, u"a"_s, u"y"_s};
        QTest::newRow("emptied") << QStringList{u"a"_s, u"b"_s} << QStringList{};
        QTest::newRow("duplicates kept once") << QStringList{u"a"_s} << QStringList{u"b"_s, u"a"_s, u"b"_s};
    }

    void mergeMovesInsertsAndRemovesWithoutReset()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversations(rows(before));
        QCOMPARE(ids(model), before);

        QList<QPersistentModelIndex> persistent;
        for (int row = 0; row < model.rowCount(); ++row)
            persistent.append(model.index(row));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setConversations(rows(after));
        after.removeDuplicates();
        QCOMPARE(ids(model), after);
        QCOMPARE(resets.count(), 0);
        for (int i = 0; i < before.size(); ++i) {
            const QPersistentModelIndex &index = persistent.at(i);
            if (after.contains(before.at(i))) {
                QVERIFY(index.isValid());
                QCOMPARE(index.data(ConversationsModel::ConversationIdRole).toString(), before.at(i));
            } else {
                QVERIFY(!index.isValid());
            }
        }
    }

    void mergeUpdatesChangedRowsOnly()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversations(rows({u"a"_s, u"b"_s, u"c"_s}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<api::ConversationSummary> next = rows({u"a"_s, u"b"_s, u"c"_s});
        next[1].metadata.tags = {u"billing"_s};
        model.setConversations(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1).data(ConversationsModel::TagsRole).toStringList(), QStringList{u"billing"_s});
    }

    void replaceConversationUpdatesInPlace()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversations(rows({u"a"_s, u"b"_s}));
        api::ConversationSummary changed = summary(u"b"_s, 7, u"Renamed"_s);
        changed.status = u"closed"_s;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.replaceConversation(changed);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(ids(model), QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(model.index(1).data(ConversationsModel::StatusRole).toString(), u"closed"_s);
        model.replaceConversation(summary(u"unknown"_s, 1)); // not listed: nothing happens
        QCOMPARE(model.rowCount(), 2);
    }

    void appendAddsNewRowsAndUpdatesKnownOnes()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversations(rows({u"a"_s, u"b"_s}));
        QList<api::ConversationSummary> page = rows({u"b"_s, u"c"_s, u"d"_s});
        page[0].subject = u"B again"_s;
        model.appendConversations(page);
        QCOMPARE(ids(model), QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(model.find(u"b"_s)->subject, u"B again"_s);
    }

    void replaceConversationMovesToItsPlace()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversations(rows({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        const QPersistentModelIndex c = model.index(2);
        // A reply in "c": the newest activity, so it moves to the top.
        model.replaceConversation(summary(u"c"_s, 2'000'000, u"Replied"_s));
        QCOMPARE(ids(model), QStringList({u"c"_s, u"a"_s, u"b"_s, u"d"_s}));
        QCOMPARE(c.row(), 0);
        QCOMPARE(model.index(0).data().toString(), u"Replied"_s);
        // Older than every other row (a clock far behind): it moves down to the end.
        model.replaceConversation(summary(u"c"_s, -5));
        QCOMPARE(ids(model), QStringList({u"a"_s, u"b"_s, u"d"_s, u"c"_s}));
        QCOMPARE(c.row(), 3);

        model.removeConversation(u"b"_s);
        QCOMPARE(ids(model), QStringList({u"a"_s, u"d"_s, u"c"_s}));
        model.removeConversation(u"nowhere"_s);
        QCOMPARE(model.rowCount(), 3);
    }

    void unreadMarks()
    {
        ConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&model, &ConversationsModel::unreadCountChanged);
        QSignalSpy markedRead(&model, &ConversationsModel::markedRead);
        model.setConversations(rows({u"a"_s, u"b"_s, u"c"_s}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The marks come from the watcher, listed or not.
        model.setUnreadIds({u"b"_s, u"nowhere"_s});
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(unread.count(), 1);
        QCOMPARE(unread.last().at(0).toInt(), 2);
        QCOMPARE(changed.count(), 1); // the listed row only
        QVERIFY(model.index(1).data(ConversationsModel::UnreadRole).toBool());
        QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().startsWith(u"Unread: "_s));
        model.setUnreadIds({u"nowhere"_s, u"b"_s}); // the same set: nothing
        QCOMPARE(unread.count(), 1);
        QCOMPARE(changed.count(), 1);

        // A refresh that moves the row keeps its mark; so does a change of query.
        model.setConversations(rows({u"b"_s, u"a"_s, u"c"_s}));
        QVERIFY(model.index(0).data(ConversationsModel::UnreadRole).toBool());
        QVERIFY(!model.index(1).data(ConversationsModel::UnreadRole).toBool());
        model.clear();
        model.setConversations(rows({u"c"_s, u"b"_s}));
        QVERIFY(model.index(1).data(ConversationsModel::UnreadRole).toBool());

        // Read here: gone at once, and the watcher is told.
        changed.clear();
        model.markRead(u"b"_s);
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(unread.last().at(0).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(markedRead.count(), 1);
        QCOMPARE(markedRead.at(0).at(0).toString(), u"b"_s);
        model.markRead(u"b"_s);
        QCOMPARE(markedRead.count(), 1);
        model.setUnreadIds({});
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
    }

    void knownAssigneesAndTags()
    {
        ConversationsModel model;
        QList<api::ConversationSummary> list = rows({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        list[0].metadata.assignedToUserId = u"u-zoe"_s;
        list[0].metadata.assignedToDisplayName = u"Zoe"_s;
        list[0].metadata.tags = {u"login"_s, u"billing"_s};
        list[1].metadata.assignedToUserId = u"u-adam"_s;
        list[1].metadata.assignedToDisplayName = u"Adam"_s;
        list[1].metadata.tags = {u"billing"_s};
        list[2].metadata.assignedToUserId = u"u-zoe"_s;
        list[2].metadata.assignedToDisplayName = u"Zoe"_s;
        model.setConversations(list);
        const QList<models::SupportAgent> expected{{u"u-adam"_s, u"Adam"_s}, {u"u-zoe"_s, u"Zoe"_s}};
        QCOMPARE(model.knownAssignees(), expected);
        QCOMPARE(model.knownTags(), QStringList({u"billing"_s, u"login"_s}));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConversationsModel)
#include "tst_ConversationsModel.moc"
