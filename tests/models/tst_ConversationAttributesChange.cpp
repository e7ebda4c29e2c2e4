// ConversationAttributesChange: every metadata change carries all four fields (the server clears
// an omitted assignee or tags), built from the conversation's current values with exactly one
// change; a change to what it already has is recognised as none. Tags are trimmed, deduplicated
// and comma-separated input is split. The dashboard's labels for statuses and priorities.

#include "endpoints/SupportEndpoints.h"
#include "support/ConversationAttributesChange.h"
#include "support/ConversationLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::ConversationAttributesChange;
using models::SupportAgent;

namespace {

api::ConversationSummary summary()
{
    api::ConversationSummary s;
    s.conversationId = u"c-1"_s;
    s.status = u"open"_s;
    s.priority = u"high"_s;
    s.metadata.assignedToUserId = u"agent-2"_s;
    s.metadata.assignedToDisplayName = u"Bea"_s;
    s.metadata.tags = {u"billing"_s, u"login"_s};
    return s;
}

QJsonObject bodyOf(const api::support::ConversationAttributes &attributes)
{
    return QJsonDocument::fromJson(attributes.toJson(u"p-1"_s)).object();
}

} // namespace

class TestConversationAttributesChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noChangeKeepsEverything()
    {
        const ConversationAttributesChange change(summary());
        QVERIFY(!change.changesAnything());
        QCOMPARE(change.attributes().assignedToUserId, u"agent-2"_s);
        QCOMPARE(change.attributes().assignedToDisplayName, u"Bea"_s);
        QCOMPARE(change.attributes().priority, u"high"_s);
        QCOMPARE(change.attributes().tags, (QStringList{u"billing"_s, u"login"_s}));
    }

    void assignKeepsPriorityAndTags()
    {
        const auto change = ConversationAttributesChange(summary()).assignedTo(SupportAgent{u"me-1"_s, u"Me Myself"_s});
        QVERIFY(change.changesAnything());
        const QJsonObject body = bodyOf(change.attributes());
        QCOMPARE(body.value(u"type"_s).toString(), u"metadata"_s);
        QCOMPARE(body.value(u"projectId"_s).toString(), u"p-1"_s);
        QCOMPARE(body.value(u"assignedToUserId"_s).toString(), u"me-1"_s);
        QCOMPARE(body.value(u"assignedToDisplayName"_s).toString(), u"Me Myself"_s);
        QCOMPARE(body.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(body.value(u"tags"_s).toArray(), (QJsonArray{u"billing"_s, u"login"_s}));
    }

    void assignToTheSamePersonIsNoChange()
    {
        QVERIFY(!ConversationAttributesChange(summary()).assignedTo(SupportAgent{u"agent-2"_s, u"Bea"_s}).changesAnything());
    }

    void someoneByNameOnly()
    {
        const auto change = ConversationAttributesChange(summary()).assignedTo(SupportAgent{u"  "_s, u" Dana "_s});
        QCOMPARE(change.attributes().assignedToUserId, QString());
        QCOMPARE(change.attributes().assignedToDisplayName, u"Dana"_s);
        const QJsonObject body = bodyOf(change.attributes());
        QVERIFY(body.contains(u"assignedToUserId"_s));
        QVERIFY(body.value(u"assignedToUserId"_s).isNull());
    }

    void unassignSendsNullsButKeepsTheRest()
    {
        const auto change = ConversationAttributesChange(summary()).unassigned();
        QVERIFY(change.changesAnything());
        const QJsonObject body = bodyOf(change.attributes());
        QVERIFY(body.contains(u"assignedToUserId"_s) && body.value(u"assignedToUserId"_s).isNull());
        QVERIFY(body.contains(u"assignedToDisplayName"_s) && body.value(u"assignedToDisplayName"_s).isNull());
        QCOMPARE(body.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(body.value(u"tags"_s).toArray().size(), 2);
        api::ConversationSummary unassigned = summary();
        unassigned.metadata.assignedToUserId.clear();
        unassigned.metadata.assignedToDisplayName.clear();
        QVERIFY(!ConversationAttributesChange(unassigned).unassigned().changesAnything());
    }

    void priority()
    {
        const auto change = ConversationAttributesChange(summary()).withPriority(u"urgent"_s);
        QVERIFY(change.changesAnything());
        QCOMPARE(change.attributes().priority, u"urgent"_s);
        QCOMPARE(change.attributes().assignedToUserId, u"agent-2"_s);
        QCOMPARE(change.attributes().tags.size(), 2);
        QVERIFY(!ConversationAttributesChange(summary()).withPriority(u"high"_s).changesAnything());
    }

    void missingPriorityBecomesNormal()
    {
        api::ConversationSummary s = summary();
        s.priority.clear();
        QCOMPARE(ConversationAttributesChange(s).attributes().priority, u"normal"_s);
    }

    void addTags()
    {
        auto change = ConversationAttributesChange(summary()).withTagAdded(u"  bug "_s);
        QCOMPARE(change.attributes().tags, (QStringList{u"billing"_s, u"login"_s, u"bug"_s}));
        QVERIFY(change.changesAnything());
        change = ConversationAttributesChange(summary()).withTagAdded(u"vip, billing,, refund ,vip"_s);
        QCOMPARE(change.attributes().tags, (QStringList{u"billing"_s, u"login"_s, u"vip"_s, u"refund"_s}));
        QVERIFY(!ConversationAttributesChange(summary()).withTagAdded(u" login , "_s).changesAnything());
        QCOMPARE(ConversationAttributesChange(summary()).withTagAdded(u"bug"_s).attributes().assignedToDisplayName, u"Bea"_s);
    }

    void removeTag()
    {
        const auto change = ConversationAttributesChange(summary()).withTagRemoved(u"billing"_s);
        QCOMPARE(change.attributes().tags, QStringList{u"login"_s});
        QVERIFY(change.changesAnything());
        QCOMPARE(change.attributes().priority, u"high"_s);
        QVERIFY(!ConversationAttributesChange(summary()).withTagRemoved(u"nope"_s).changesAnything());
        const auto all = ConversationAttributesChange(summary()).withTagRemoved(u"billing"_s).withTagRemoved(u"login"_s);
        QVERIFY(all.attributes().tags.isEmpty());
        QCOMPARE(bodyOf(all.attributes()).value(u"tags"_s).toArray(), QJsonArray());
    }

    void currentTagsAreNormalized()
    {
        api::ConversationSummary s = summary();
        s.metadata.tags = {u" billing"_s, u"billing"_s, u""_s};
        const ConversationAttributesChange change(s);
        QCOMPARE(change.attributes().tags, QStringList{u"billing"_s});
        // Only the clean-up would be sent: that is no change by the person.
        QVERIFY(!change.changesAnything());
    }

    void parseAndNormalize()
    {
        QCOMPARE(models::parseTags(u""_s), QStringList());
        QCOMPARE(models::parseTags(u" , ,"_s), QStringList());
        QCOMPARE(models::parseTags(u"a,b , a"_s), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(models::parseTags(u"Bug,bug"_s), (QStringList{u"Bug"_s, u"bug"_s})); // the server compares exactly
        QCOMPARE(models::normalizedTags({u" x "_s, u"y"_s, u"x"_s}), (QStringList{u"x"_s, u"y"_s}));
    }

    void assignment()
    {
        api::ConversationMetadata metadata;
        QVERIFY(!models::isAssigned(metadata));
        metadata.assignedToDisplayName = u"Dana"_s;
        QVERIFY(models::isAssigned(metadata));
        QVERIFY(!models::isAssignedTo(metadata, SupportAgent{}));
        metadata.assignedToUserId = u"me"_s;
        QVERIFY(models::isAssignedTo(metadata, SupportAgent{u"me"_s, {}}));
        QVERIFY(!models::isAssignedTo(metadata, SupportAgent{u"other"_s, {}}));
    }

    void labels()
    {
        QCOMPARE(models::conversationStatusLabel(u"open"_s), u"Needs support"_s);
        QCOMPARE(models::conversationStatusLabel(u"pending"_s), u"Waiting on user"_s);
        QCOMPARE(models::conversationStatusLabel(u"closed"_s), u"Resolved"_s);
        QCOMPARE(models::conversationStatusLabel(u"snoozed"_s), u"snoozed"_s);
        QCOMPARE(models::conversationPriorityLabel(u"urgent"_s), u"Urgent"_s);
        QCOMPARE(models::conversationSourceLabel(u"chat"_s), u"Chat"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConversationAttributesChange)
#include "tst_ConversationAttributesChange.moc"
