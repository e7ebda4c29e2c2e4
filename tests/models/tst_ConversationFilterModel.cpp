// ConversationFilterModel over a ConversationsModel: priority, assignee (anyone / me / unassigned
// / someone), tag and "overdue only" filters, combined, and cleared. Both models are watched by
// QAbstractItemModelTester.

#include "support/ConversationFilterModel.h"
#include "support/ConversationsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ConversationFilterModel;
using models::ConversationsModel;

constexpr qint64 now = 1'800'000'000'000;
constexpr qint64 minute = 60'000;

api::ConversationSummary row(const QString &id, const QString &priority, const QString &assignee,
                             const QStringList &tags, std::optional<qint64> firstDue = std::nullopt)
{
    api::ConversationSummary summary;
    summary.conversationId = id;
    summary.subject = id;
    summary.status = u"open"_s;
    summary.priority = priority;
    summary.metadata.assignedToUserId = assignee;
    summary.metadata.tags = tags;
    summary.metadata.firstResponseDueAtMillis = firstDue;
    summary.lastActivityAtMillis = now;
    return summary;
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(ConversationsModel::ConversationIdRole).toString());
    return ids;
}

} // namespace

class TestConversationFilterModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
        {
            model.setConversations({
                row(u"urgent-me-billing-overdue"_s, u"urgent"_s, u"me"_s, {u"billing"_s}, now - minute),
                row(u"high-other-bug"_s, u"high"_s, u"other"_s, {u"bug"_s, u"login"_s}, now + 5 * minute),
                row(u"normal-unassigned"_s, u"normal"_s, {}, {}),
                row(u"low-me-bug-overdue"_s, u"low"_s, u"me"_s, {u"bug"_s}, now - 60 * minute),
            });
            proxy.setSourceModel(&model);
            proxy.setNowForTesting(now);
        }

        ConversationsModel model;
        ConversationFilterModel proxy;
        QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void noFilterShowsEverythingInOrder()
    {
        Fixture f;
        QVERIFY(!f.proxy.hasFilters());
        QCOMPARE(shownIds(f.proxy), shownIds(f.model));
    }

    void priority()
    {
        Fixture f;
        f.proxy.setPriority(u"high"_s);
        QCOMPARE(shownIds(f.proxy), QStringList{u"high-other-bug"_s});
        QVERIFY(f.proxy.hasFilters());
        f.proxy.setPriority({});
        QCOMPARE(f.proxy.rowCount(), 4);
    }

    void assignee()
    {
        Fixture f;
        f.proxy.setAssigneeMe(u"me"_s);
        QCOMPARE(shownIds(f.proxy), QStringList({u"urgent-me-billing-overdue"_s, u"low-me-bug-overdue"_s}));
        f.proxy.setAssigneeMe({}); // who "me" is not known yet: nothing is mine
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setMyUserId(u"other"_s);
        QCOMPARE(shownIds(f.proxy), QStringList{u"high-other-bug"_s});
        f.proxy.setAssigneeUnassigned();
        QCOMPARE(shownIds(f.proxy), QStringList{u"normal-unassigned"_s});
        f.proxy.setAssignee(u"other"_s);
        QCOMPARE(shownIds(f.proxy), QStringList{u"high-other-bug"_s});
        f.proxy.setAssigneeAnyone();
        QCOMPARE(f.proxy.rowCount(), 4);
    }

    void tag()
    {
        Fixture f;
        f.proxy.setTag(u"bug"_s);
        QCOMPARE(shownIds(f.proxy), QStringList({u"high-other-bug"_s, u"low-me-bug-overdue"_s}));
        f.proxy.setTag(u"Bug"_s); // tags are exact strings
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void overdueOnly()
    {
        Fixture f;
        f.proxy.setOverdueOnly(true);
        QCOMPARE(shownIds(f.proxy), QStringList({u"urgent-me-billing-overdue"_s, u"low-me-bug-overdue"_s}));
        // Time passes: the one due in 5 minutes becomes overdue.
        f.proxy.setNowForTesting(now + 6 * minute);
        QCOMPARE(f.proxy.rowCount(), 3);
    }

    void overdueFollowsTheResponseOwed()
    {
        Fixture f;
        // Answered first response with a next one overdue: overdue. Resolved: never overdue.
        api::ConversationSummary answered = *f.model.find(u"normal-unassigned"_s);
        answered.metadata.firstResponseDueAtMillis = now - 120 * minute;
        answered.metadata.firstResponseAtMillis = now - 110 * minute;
        answered.metadata.nextResponseDueAtMillis = now - minute;
        f.model.replaceConversation(answered);
        api::ConversationSummary resolved = *f.model.find(u"low-me-bug-overdue"_s);
        resolved.status = u"closed"_s;
        f.model.replaceConversation(resolved);
        f.proxy.setOverdueOnly(true);
        QCOMPARE(shownIds(f.proxy), QStringList({u"urgent-me-billing-overdue"_s, u"normal-unassigned"_s}));
    }

    // The filters read the narrow roles, not a copy of the whole summary per row.
    void filtersByNarrowRolesOnly()
    {
        QStandardItemModel source;
        const auto add = [&source](const QString &id, const QString &priority, const QString &assignee,
                                   const QStringList &tags, const QVariant &dueAt) {
            auto *item = new QStandardItem(id);
            item->setData(id, ConversationsModel::ConversationIdRole);
            item->setData(priority, ConversationsModel::PriorityRole);
            item->setData(assignee, ConversationsModel::AssigneeIdRole);
            item->setData(tags, ConversationsModel::TagsRole);
            item->setData(dueAt, ConversationsModel::DueAtRole);
            source.appendRow(item);
        };
        add(u"a"_s, u"high"_s, u"me"_s, {u"bug"_s}, QVariant::fromValue(now - minute));
        add(u"b"_s, u"low"_s, {}, {u"billing"_s}, QVariant::fromValue(now + minute));
        add(u"c"_s, u"high"_s, u"other"_s, {}, QVariant());
        ConversationFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setNowForTesting(now);

        proxy.setPriority(u"high"_s);
        QCOMPARE(shownIds(proxy), QStringList({u"a"_s, u"c"_s}));
        proxy.setAssigneeMe(u"me"_s);
        QCOMPARE(shownIds(proxy), QStringList{u"a"_s});
        proxy.clearFilters();
        proxy.setAssigneeUnassigned();
        QCOMPARE(shownIds(proxy), QStringList{u"b"_s});
        proxy.clearFilters();
        proxy.setTag(u"billing"_s);
        QCOMPARE(shownIds(proxy), QStringList{u"b"_s});
        proxy.clearFilters();
        proxy.setOverdueOnly(true);
        QCOMPARE(shownIds(proxy), QStringList{u"a"_s});
    }

    void combinedAndCleared()
    {
        Fixture f;
        f.proxy.setOverdueOnly(true);
        f.proxy.setTag(u"bug"_s);
        f.proxy.setAssigneeMe(u"me"_s);
        QCOMPARE(shownIds(f.proxy), QStringList{u"low-me-bug-overdue"_s});
        f.proxy.setPriority(u"urgent"_s);
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.clearFilters();
        QVERIFY(!f.proxy.hasFilters());
        QCOMPARE(f.proxy.rowCount(), 4);
    }

    void refreshedRowsAreFilteredAgain()
    {
        Fixture f;
        f.proxy.setTag(u"billing"_s);
        QCOMPARE(f.proxy.rowCount(), 1);
        api::ConversationSummary changed = *f.model.find(u"normal-unassigned"_s);
        changed.metadata.tags = {u"billing"_s};
        f.model.replaceConversation(changed);
        QCOMPARE(shownIds(f.proxy), QStringList({u"urgent-me-billing-overdue"_s, u"normal-unassigned"_s}));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConversationFilterModel)
#include "tst_ConversationFilterModel.moc"
