// The support conversations' answers in the exact camelCase shapes of support-facts.md (hand-made:
// no recording of a server with support routes exists): the newest list with hasMore and the
// B/C fields, the oldest without them, nulls, unknown enum values, the message kinds, the detail
// and the created id; malformed answers throw. The request bodies and queries the endpoints send,
// and isMissingSupportRoutes on fixture 46 against a PROJECT_NOT_FOUND and a conversation 404.

#include "Fixtures.h"

#include "core/ErrorResponse.h"
#include "dto/Support.h"
#include "endpoints/SupportEndpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace support = api::support;
using api::ConversationMessage;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A summary as the newest server (C) sends it.
const QByteArray newestSummary = R"({
  "conversationId": "0b5f4a3e-4d2c-4b8a-9e61-1f2d3c4b5a69",
  "userId": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
  "teamId": null,
  "userDisplayName": "Ada Lovelace",
  "userPrimaryEmail": "ada@example.com",
  "userProfileImageUrl": null,
  "subject": "Charged twice",
  "status": "open",
  "priority": "high",
  "source": "chat",
  "lastMessageType": "message",
  "preview": "It still does not work",
  "lastActivityAt": "2026-04-22T12:00:00.000Z",
  "metadata": {
    "assignedToUserId": "agent-1",
    "assignedToDisplayName": "Maria Keller",
    "tags": ["billing", "vip"],
    "firstResponseDueAt": "2026-04-22T09:00:00.000Z",
    "firstResponseAt": "2026-04-22T08:30:00.000Z",
    "nextResponseDueAt": "2026-04-22T16:00:00.000Z",
    "lastCustomerReplyAt": "2026-04-22T12:00:00.000Z",
    "lastAgentReplyAt": "2026-04-22T08:30:00.000Z"
  },
  "createdAt": "2026-04-22T08:00:00.000Z",
  "updatedAt": "2026-04-22T12:00:00.000Z",
  "lastMessageAt": "2026-04-22T12:00:00.000Z",
  "lastInboundAt": "2026-04-22T12:00:00.000Z",
  "lastOutboundAt": "2026-04-22T08:30:00.000Z",
  "closedAt": null,
  "recordMetadata": null
})";

// The oldest server (A): no extra fields, every nullable one null.
const QByteArray oldestSummary = R"({
  "conversationId": "1b5f4a3e-4d2c-4b8a-9e61-1f2d3c4b5a69",
  "userId": null, "teamId": null, "userDisplayName": null, "userPrimaryEmail": null, "userProfileImageUrl": null,
  "subject": "Deleted user", "status": "closed", "priority": "normal", "source": "manual",
  "lastMessageType": "status-change", "preview": "Conversation closed",
  "lastActivityAt": "2026-04-20T10:15:30.123Z",
  "metadata": {"assignedToUserId": null, "assignedToDisplayName": null, "tags": [],
               "firstResponseDueAt": null, "firstResponseAt": null, "nextResponseDueAt": null,
               "lastCustomerReplyAt": null, "lastAgentReplyAt": "2026-04-20T10:00:00.000Z"}
})";

// One message of a detail; `body` and `metadata` as JSON text.
QByteArray message(const char *type, const char *senderType, const char *body, const char *metadata = "null")
{
    QJsonObject sender{{u"type"_s, QString::fromLatin1(senderType)},
                       {u"id"_s, u"x"_s},
                       {u"displayName"_s, QJsonValue::Null},
                       {u"primaryEmail"_s, u"agent@example.com"_s}};
    QJsonObject item{{u"id"_s, u"2b5f4a3e-4d2c-4b8a-9e61-1f2d3c4b5a69"_s},
                     {u"conversationId"_s, u"0b5f4a3e-4d2c-4b8a-9e61-1f2d3c4b5a69"_s},
                     {u"userId"_s, QJsonValue::Null},
                     {u"teamId"_s, QJsonValue::Null},
                     {u"subject"_s, u"s"_s},
                     {u"status"_s, u"open"_s},
                     {u"priority"_s, u"normal"_s},
                     {u"source"_s, u"chat"_s},
                     {u"messageType"_s, QString::fromLatin1(type)},
                     {u"body"_s, QJsonDocument::fromJson(QByteArray("[") + body + "]").array().at(0)},
                     {u"attachments"_s, QJsonArray()},
                     {u"metadata"_s, QJsonDocument::fromJson(QByteArray("[") + metadata + "]").array().at(0)},
                     {u"createdAt"_s, u"2026-04-22T12:00:00.000Z"_s},
                     {u"sender"_s, sender}};
    return QJsonDocument(item).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestList()
    {
        const auto list = api::parseJson<api::ConversationList>(
            R"({"conversations":[)" + newestSummary + "," + oldestSummary + R"(],"hasMore":true})");
        QCOMPARE(list.hasMore, std::optional<bool>(true));
        QCOMPARE(list.conversations.size(), 2);
        const api::ConversationSummary &s = list.conversations.first();
        QCOMPARE(s.conversationId, u"0b5f4a3e-4d2c-4b8a-9e61-1f2d3c4b5a69"_s);
        QCOMPARE(s.userId, u"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s);
        QVERIFY(s.teamId.isEmpty());
        QCOMPARE(s.userDisplayName, u"Ada Lovelace"_s);
        QCOMPARE(s.userPrimaryEmail, u"ada@example.com"_s);
        QVERIFY(s.userProfileImageUrl.isEmpty());
        QCOMPARE(s.subject, u"Charged twice"_s);
        QCOMPARE(s.status, u"open"_s);
        QCOMPARE(s.priority, u"high"_s);
        QCOMPARE(s.source, u"chat"_s);
        QCOMPARE(s.lastMessageType, u"message"_s);
        QCOMPARE(s.preview, u"It still does not work"_s);
        QCOMPARE(s.lastActivityAtMillis, at("2026-04-22T12:00:00.000Z"));
        QCOMPARE(s.lastActivityAtMillis, qint64(1776859200000));
        QCOMPARE(s.createdAtMillis, std::optional<qint64>(at("2026-04-22T08:00:00.000Z")));
        QVERIFY(!s.closedAtMillis);
        QCOMPARE(s.metadata.assignedToUserId, u"agent-1"_s);
        QCOMPARE(s.metadata.assignedToDisplayName, u"Maria Keller"_s);
        QCOMPARE(s.metadata.tags, (QStringList{u"billing"_s, u"vip"_s}));
        QCOMPARE(s.metadata.firstResponseDueAtMillis, std::optional<qint64>(at("2026-04-22T09:00:00.000Z")));
        QCOMPARE(s.metadata.firstResponseAtMillis, std::optional<qint64>(at("2026-04-22T08:30:00.000Z")));
        QCOMPARE(s.metadata.nextResponseDueAtMillis, std::optional<qint64>(at("2026-04-22T16:00:00.000Z")));
        QCOMPARE(s.metadata.lastCustomerReplyAtMillis, std::optional<qint64>(at("2026-04-22T12:00:00.000Z")));
        QCOMPARE(s.metadata.lastAgentReplyAtMillis, std::optional<qint64>(at("2026-04-22T08:30:00.000Z")));
        // First response given: the next response is what is due.
        QCOMPARE(s.responseDueAtMillis(), s.metadata.nextResponseDueAtMillis);
    }

    void oldestListWithNulls()
    {
        const auto list = api::parseJson<api::ConversationList>(R"({"conversations":[)" + oldestSummary + "]}");
        QVERIFY(!list.hasMore);
        const api::ConversationSummary &s = list.conversations.first();
        QVERIFY(s.userId.isEmpty());
        QVERIFY(s.userDisplayName.isEmpty());
        QVERIFY(s.userPrimaryEmail.isEmpty());
        QVERIFY(!s.createdAtMillis);
        QVERIFY(!s.closedAtMillis);
        QVERIFY(s.metadata.assignedToUserId.isEmpty());
        QVERIFY(s.metadata.tags.isEmpty());
        QVERIFY(!s.metadata.firstResponseDueAtMillis);
        QCOMPARE(s.lastActivityAtMillis, at("2026-04-20T10:15:30.123Z"));
        QVERIFY(!s.responseDueAtMillis()); // closed
        QVERIFY(api::parseJson<api::ConversationList>(R"({"conversations":[]})").conversations.isEmpty());
        QCOMPARE(api::parseJson<api::ConversationList>(R"({"conversations":[],"hasMore":false})").hasMore,
                 std::optional<bool>(false));
    }

    void responseDue()
    {
        api::ConversationSummary s;
        s.status = u"open"_s;
        QVERIFY(!s.responseDueAtMillis());
        s.metadata.firstResponseDueAtMillis = 100;
        QCOMPARE(s.responseDueAtMillis(), std::optional<qint64>(100)); // no first response yet
        s.metadata.nextResponseDueAtMillis = 300;
        QCOMPARE(s.responseDueAtMillis(), std::optional<qint64>(100));
        s.metadata.firstResponseAtMillis = 50;
        QCOMPARE(s.responseDueAtMillis(), std::optional<qint64>(300));
        s.status = u"pending"_s;
        QCOMPARE(s.responseDueAtMillis(), std::optional<qint64>(300));
    }

    void unknownValuesAndMissingOptionalFields()
    {
        // Values this client does not know are kept; leaving out optional fields is fine.
        const auto list = api::parseJson<api::ConversationList>(
            R"({"conversations":[{"conversationId":"c","status":"snoozed","priority":"critical","source":"sms","lastMessageType":"reaction","lastActivityAt":"2026-04-22T12:00:00.000Z","extraField":{"a":1}}]})");
        const api::ConversationSummary &s = list.conversations.first();
        QCOMPARE(s.status, u"snoozed"_s);
        QCOMPARE(s.priority, u"critical"_s);
        QCOMPARE(s.source, u"sms"_s);
        QCOMPARE(s.lastMessageType, u"reaction"_s);
        QVERIFY(s.subject.isEmpty());
        QVERIFY(s.metadata.tags.isEmpty());
        QVERIFY(!api::conversationStatuses().contains(s.status));
        QCOMPARE(api::conversationStatuses(), (QStringList{u"open"_s, u"pending"_s, u"closed"_s}));
        QCOMPARE(api::conversationPriorities(), (QStringList{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}));
    }

    void detailWithEveryKind()
    {
        const QByteArray body = R"({"conversation":)" + newestSummary + R"(,"messages":[)"
            + message("message", "user", R"("Hello\n\nsecond paragraph")") + ","
            + message("message", "agent", R"("Hi!")") + ","
            + message("internal-note", "agent", R"("note")") + ","
            + message("status-change", "agent", "null", R"({"status":"closed"})") + ","
            + message("message", "system", R"("automated")") + ","
            + message("forwarded", "bot", "null")
            + R"(],"entryPoints":[{"id":"e","channelType":"chat","adapterKey":"support-chat","externalChannelId":null,"isEntryPoint":true,"metadata":null,"createdAt":"2026-04-22T08:00:00.000Z","updatedAt":"2026-04-22T08:00:00.000Z"}]})";
        const auto detail = api::parseJson<api::ConversationDetail>(body);
        QCOMPARE(detail.conversation.subject, u"Charged twice"_s);
        QCOMPARE(detail.messages.size(), 6);
        const ConversationMessage &customer = detail.messages.at(0);
        QCOMPARE(customer.kind(), ConversationMessage::Kind::CustomerMessage);
        QCOMPARE(customer.body, u"Hello\n\nsecond paragraph"_s);
        QCOMPARE(customer.createdAtMillis, at("2026-04-22T12:00:00.000Z"));
        QCOMPARE(customer.sender.type, u"user"_s);
        QCOMPARE(customer.sender.id, u"x"_s);
        QVERIFY(customer.sender.displayName.isEmpty());
        QCOMPARE(customer.sender.primaryEmail, u"agent@example.com"_s);
        QVERIFY(customer.newStatus.isEmpty());
        QCOMPARE(detail.messages.at(1).kind(), ConversationMessage::Kind::AgentReply);
        QCOMPARE(detail.messages.at(2).kind(), ConversationMessage::Kind::InternalNote);
        QCOMPARE(detail.messages.at(3).kind(), ConversationMessage::Kind::StatusChange);
        QCOMPARE(detail.messages.at(3).newStatus, u"closed"_s);
        QVERIFY(detail.messages.at(3).body.isEmpty());
        QCOMPARE(detail.messages.at(4).kind(), ConversationMessage::Kind::SystemMessage);
        QCOMPARE(detail.messages.at(5).kind(), ConversationMessage::Kind::SystemMessage);
        QCOMPARE(detail.messages.at(5).messageType, u"forwarded"_s);

        // Version A: no entryPoints.
        const auto older = api::parseJson<api::ConversationDetail>(R"({"conversation":)" + oldestSummary + R"(,"messages":[]})");
        QVERIFY(older.messages.isEmpty());
        QCOMPARE(api::parseJson<api::CreatedConversation>(R"({"conversationId":"abc"})").conversationId, u"abc"_s);
    }

    void malformedAnswersThrow_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << 0 << QByteArray("<html>");
        QTest::newRow("no conversations") << 0 << QByteArray(R"({"items":[]})");
        QTest::newRow("conversations object") << 0 << QByteArray(R"({"conversations":{}})");
        QTest::newRow("no id") << 0 << QByteArray(R"({"conversations":[{"status":"open"}]})");
        QTest::newRow("id not text") << 0 << QByteArray(R"({"conversations":[{"conversationId":5,"status":"open"}]})");
        QTest::newRow("no status") << 0 << QByteArray(R"({"conversations":[{"conversationId":"c"}]})");
        QTest::newRow("bad date") << 0
                                  << QByteArray(R"({"conversations":[{"conversationId":"c","status":"open","lastActivityAt":"yesterday"}]})");
        QTest::newRow("tags not a list") << 0
                                         << QByteArray(R"({"conversations":[{"conversationId":"c","status":"open","metadata":{"tags":"vip"}}]})");
        QTest::newRow("detail without messages") << 1 << QByteArray(R"({"conversation":{"conversationId":"c","status":"open"}})");
        QTest::newRow("message without type") << 1
                                              << QByteArray(R"({"conversation":{"conversationId":"c","status":"open"},"messages":[{"id":"m"}]})");
        QTest::newRow("created without id") << 2 << QByteArray(R"({"id":"c"})");
    }

    void malformedAnswersThrow()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, body);
        bool threw = false;
        try {
            if (type == 0)
                api::parseJson<api::ConversationList>(body);
            else if (type == 1)
                api::parseJson<api::ConversationDetail>(body);
            else
                api::parseJson<api::CreatedConversation>(body);
        } catch (const std::exception &) {
            threw = true;
        }
        QVERIFY(threw);
    }

    void listQueries()
    {
        support::ConversationQuery query;
        query.projectId = u"p-1"_s;
        auto request = support::conversations(query).request;
        QCOMPARE(request.path, u"/internal/conversations"_s);
        QCOMPARE(request.query.toString(QUrl::FullyEncoded), u"projectId=p-1"_s); // first page: no limit/offset
        QVERIFY(request.scope.isInternal());
        query.search = u"  a+b & c  "_s;
        query.status = u"open"_s;
        query.userId = u"u-1"_s;
        query.limit = 50;
        query.offset = 100;
        request = support::conversations(query).request;
        QCOMPARE(request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded), u"a+b & c"_s);
        QCOMPARE(request.query.queryItemValue(u"status"_s), u"open"_s);
        QCOMPARE(request.query.queryItemValue(u"userId"_s), u"u-1"_s);
        QCOMPARE(request.query.queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(request.query.queryItemValue(u"offset"_s), u"100"_s);

        request = support::conversation(u"p-1"_s, u"c/1"_s).request;
        QCOMPARE(request.path, u"/internal/conversations/c%2F1"_s);
        QCOMPARE(request.query.queryItemValue(u"projectId"_s), u"p-1"_s);
        QVERIFY(request.scope.isInternal());
    }

    void requestBodies()
    {
        support::NewConversation created;
        created.projectId = u"p"_s;
        created.userId = u"u"_s;
        created.subject = u"S"_s;
        created.initialMessage = u"M"_s;
        QCOMPARE(object(created.toJson()),
                 object(R"({"projectId":"p","userId":"u","subject":"S","initialMessage":"M","priority":"normal"})"));
        QVERIFY(!created.toJson().contains("source"));
        auto request = support::createConversation(created).request;
        QCOMPARE(request.method, api::HttpMethod::Post);
        QVERIFY(request.scope.isInternal());
        QVERIFY(!request.safeToRetry());

        request = support::reply(u"p"_s, u"c"_s, u"Hi"_s).request;
        QCOMPARE(request.method, api::HttpMethod::Patch);
        QCOMPARE(request.path, u"/internal/conversations/c"_s);
        QCOMPARE(object(request.body), object(R"({"projectId":"p","type":"reply","body":"Hi"})"));
        QVERIFY(!request.safeToRetry()); // a repeated reply is a second reply
        QCOMPARE(object(support::addInternalNote(u"p"_s, u"c"_s, u"N"_s).request.body),
                 object(R"({"projectId":"p","type":"internal-note","body":"N"})"));
        QCOMPARE(object(support::setStatus(u"p"_s, u"c"_s, u"closed"_s).request.body),
                 object(R"({"projectId":"p","type":"status","status":"closed"})"));

        // All four attributes, always: empty ones as null, tags trimmed, blank ones dropped, deduplicated.
        support::ConversationAttributes attributes;
        attributes.priority = u"high"_s;
        attributes.tags = {u" billing "_s, u""_s, u"vip"_s, u"billing"_s, u"  "_s};
        QCOMPARE(object(attributes.toJson(u"p"_s)),
                 object(R"({"projectId":"p","type":"metadata","assignedToUserId":null,"assignedToDisplayName":null,"priority":"high","tags":["billing","vip"]})"));
        const QJsonObject sent = object(attributes.toJson(u"p"_s));
        QVERIFY(sent.contains(u"assignedToUserId"_s) && sent.value(u"assignedToUserId"_s).isNull());
        QCOMPARE(sent.value(u"tags"_s).toArray(), (QJsonArray{u"billing"_s, u"vip"_s}));
        attributes.assignedToUserId = u"a-1"_s;
        attributes.assignedToDisplayName = u"Me"_s;
        attributes.tags.clear();
        QCOMPARE(object(support::updateAttributes(u"p"_s, u"c"_s, attributes).request.body),
                 object(R"({"projectId":"p","type":"metadata","assignedToUserId":"a-1","assignedToDisplayName":"Me","priority":"high","tags":[]})"));
    }

    void missingRoutesAreTheFixture46Page()
    {
        const Fixture missing = Fixture::load(u"46-conversations-list"_s);
        QVERIFY(!missing.name.isEmpty());
        QCOMPARE(missing.status, 404);
        const api::ApiError error = api::errorFromResponse(missing.status, missing.knownError, {},
                                                           QString::fromLatin1(missing.contentType), missing.body);
        QVERIFY(support::isMissingSupportRoutes(error));

        const QByteArray projectNotFound = R"({"code":"PROJECT_NOT_FOUND","error":"Project 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 not found or is not accessible with the current user.","details":{"project_id":"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"}})";
        const api::ApiError notManaged = api::errorFromResponse(404, "PROJECT_NOT_FOUND", {},
                                                                u"application/json; charset=utf-8"_s, projectNotFound);
        QCOMPARE(notManaged.code, u"PROJECT_NOT_FOUND"_s);
        QVERIFY(!support::isMissingSupportRoutes(notManaged));
        const api::ApiError schema = api::errorFromResponse(400, "SCHEMA_ERROR", {}, u"application/json"_s,
                                                            R"({"code":"SCHEMA_ERROR","error":"query contains unknown properties: limit"})");
        QVERIFY(!support::isMissingSupportRoutes(schema));
        QVERIFY(!support::isMissingSupportRoutes(api::ApiError{}));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSupport)
#include "tst_Support.moc"
