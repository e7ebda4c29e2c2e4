// SupportRoutes: the dashboard's /internal/conversations routes (list with search, filters,
// ordering and paging; create; detail; reply, note, status and metadata PATCHes), their errors
// (SCHEMA_ERROR, USER_ID_DOES_NOT_EXIST, PROJECT_NOT_FOUND, the plain-text 404 and 400), the
// status workflow and SLA bookkeeping, the customer-side PATCH, Emulator::appendCustomerMessage,
// the sample inboxes, and the older (Unpaged) and missing (fixture 46) route versions.
#include "EmulatorTestCase.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

const QString kList = u"/internal/conversations"_s;
const char kUnknownId[] = "3241a285-8329-4d69-8f3d-316e08cf140c";
constexpr qint64 kMinute = 60 * 1000;

QString qs(const ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

qint64 millis(const ordered_json &iso)
{
    return QDateTime::fromString(qs(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QStringList keysOf(const ordered_json &object)
{
    QStringList keys;
    for (const auto &item : object.items())
        keys << QString::fromStdString(item.key());
    return keys;
}

const QStringList kSummaryKeys = {u"conversationId"_s, u"userId"_s, u"teamId"_s, u"userDisplayName"_s, u"userPrimaryEmail"_s,
                                  u"userProfileImageUrl"_s, u"subject"_s, u"status"_s, u"priority"_s, u"source"_s,
                                  u"lastMessageType"_s, u"preview"_s, u"lastActivityAt"_s, u"metadata"_s};
const QStringList kExtraKeys = {u"createdAt"_s, u"updatedAt"_s, u"lastMessageAt"_s, u"lastInboundAt"_s,
                                u"lastOutboundAt"_s, u"closedAt"_s, u"recordMetadata"_s};
const QStringList kMetadataKeys = {u"assignedToUserId"_s, u"assignedToDisplayName"_s, u"tags"_s, u"firstResponseDueAt"_s,
                                   u"firstResponseAt"_s, u"nextResponseDueAt"_s, u"lastCustomerReplyAt"_s, u"lastAgentReplyAt"_s};

} // namespace

class TestSupportRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_token;

    Headers dashboard() const { return internalClient(m_token); }

    static void verifyKnownError(const HttpResult &result, int status, const QByteArray &code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-stack-known-error"), code);
    }

    static void verifyPlain(const HttpResult &result, int status, const QString &text)
    {
        QCOMPARE(result.status, status);
        QVERIFY(result.header("x-stack-known-error").isEmpty());
        QVERIFY(result.header("content-type").startsWith("text/plain"));
        QCOMPARE(result.text(), text);
    }

    QString listPath(const QString &extra = {}, const QString &projectId = {}) const
    {
        return kList + u"?projectId="_s + (projectId.isEmpty() ? m_account.projectId : projectId) + extra;
    }

    ordered_json list(const QString &extra = {}) { return m_http->get(listPath(extra), dashboard()).json(); }

    // Every conversation of the demo project, page by page.
    std::vector<ordered_json> all(const QString &extra = {})
    {
        std::vector<ordered_json> items;
        for (int offset = 0; offset < 10000; offset += 100) {
            const ordered_json page = list(extra + u"&limit=100&offset="_s + QString::number(offset));
            for (const ordered_json &item : page["conversations"])
                items.push_back(item);
            if (!page["hasMore"].get<bool>())
                return items;
        }
        return {};
    }

    ordered_json detail(const QString &id, const QString &projectId = {})
    {
        const auto result = m_http->get(kList + u'/' + id + u"?projectId="_s
                                            + (projectId.isEmpty() ? m_account.projectId : projectId),
                                        dashboard());
        return result.status == 200 ? result.json() : ordered_json();
    }

    HttpResult patch(const QString &id, ordered_json body)
    {
        body["projectId"] = m_account.projectId.toStdString();
        return m_http->patchJson(kList + u'/' + id, dashboard(), body);
    }

    // A user of the demo project (created for the test, so searches find only it).
    QString scratchUser(const QString &name, const QString &email, const QString &password = {})
    {
        ordered_json body = {{"display_name", name.toStdString()}, {"primary_email", email.toStdString()},
                             {"primary_email_verified", true}, {"primary_email_auth_enabled", true}};
        if (!password.isEmpty())
            body["password"] = password.toStdString();
        return createUser(body);
    }

    QString create(const QString &userId, const QString &subject, const QString &message = u"Hello from support"_s,
                   const char *priority = "normal")
    {
        const auto result = m_http->postJson(kList, dashboard(),
                                             {{"projectId", m_account.projectId.toStdString()},
                                              {"userId", userId.toStdString()},
                                              {"subject", subject.toStdString()},
                                              {"initialMessage", message.toStdString()},
                                              {"priority", priority}});
        return result.status == 200 ? qs(result.json()["conversationId"]) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_token = dashboardAccessToken();
        QVERIFY(!m_token.isEmpty());
    }

    void listsTheFirstPageNewestFirst()
    {
        const auto result = m_http->get(listPath(), dashboard());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(keysOf(body), (QStringList{u"conversations"_s, u"hasMore"_s}));
        QCOMPARE(body["conversations"].size(), std::size_t(50));
        QVERIFY(body["hasMore"].get<bool>());
        const ordered_json &first = body["conversations"][0];
        QCOMPARE(keysOf(first), kSummaryKeys + kExtraKeys);
        QCOMPARE(keysOf(first["metadata"]), kMetadataKeys);
        const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QVERIFY(iso.match(qs(first["lastActivityAt"])).hasMatch());
        QVERIFY(iso.match(qs(first["createdAt"])).hasMatch());
        for (std::size_t i = 1; i < body["conversations"].size(); ++i) {
            const ordered_json &before = body["conversations"][i - 1];
            const ordered_json &after = body["conversations"][i];
            const qint64 a = millis(before["lastActivityAt"]);
            const qint64 b = millis(after["lastActivityAt"]);
            QVERIFY(a > b || (a == b && qs(before["conversationId"]) > qs(after["conversationId"])));
            COMPARE_JSON(before["lastMessageAt"], before["lastActivityAt"]);
        }
    }

    void pagesWithLimitAndOffset()
    {
        const std::vector<ordered_json> items = all();
        QCOMPARE(int(items.size()), 60);
        std::set<std::string> ids;
        for (const ordered_json &item : items)
            ids.insert(item["conversationId"].get<std::string>());
        QCOMPARE(ids.size(), std::size_t(60));
        const ordered_json last = list(u"&limit=20&offset=40"_s);
        QCOMPARE(last["conversations"].size(), std::size_t(20));
        QVERIFY(!last["hasMore"].get<bool>());
        COMPARE_JSON(last["conversations"][0]["conversationId"], items[40]["conversationId"]);
        const ordered_json beyond = list(u"&offset=60"_s);
        QVERIFY(beyond["conversations"].empty());
        QVERIFY(!beyond["hasMore"].get<bool>());
    }

    void refusesBadQueries_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("limit 0") << u"&limit=0"_s;
        QTest::newRow("limit 101") << u"&limit=101"_s;
        QTest::newRow("limit text") << u"&limit=ten"_s;
        QTest::newRow("offset negative") << u"&offset=-1"_s;
        QTest::newRow("status") << u"&status=resolved"_s;
        QTest::newRow("userId") << u"&userId=nope"_s;
        QTest::newRow("unknown key") << u"&assignee=me"_s;
    }

    void refusesBadQueries()
    {
        QFETCH(QString, extra);
        verifyKnownError(m_http->get(listPath(extra), dashboard()), 400, "SCHEMA_ERROR");
        verifyKnownError(m_http->get(kList, dashboard()), 400, "SCHEMA_ERROR"); // no projectId
    }

    void filtersByStatusAndUser()
    {
        for (const char *status : {"open", "pending", "closed"}) {
            const std::vector<ordered_json> items = all(u"&status="_s + QString::fromLatin1(status));
            QVERIFY2(!items.empty(), status);
            for (const ordered_json &item : items)
                QCOMPARE(qs(item["status"]), QString::fromLatin1(status));
        }
        const QString userId = qs(list()["conversations"][0]["userId"]);
        const std::vector<ordered_json> ofUser = all(u"&userId="_s + userId);
        QVERIFY(!ofUser.empty());
        for (const ordered_json &item : ofUser)
            QCOMPARE(qs(item["userId"]), userId);
    }

    void searchesSubjectLatestMessageAndUser()
    {
        const QString userId = scratchUser(u"Quentin Zebulon"_s, u"quentin.zebulon@example.org"_s);
        QVERIFY(!userId.isEmpty());
        const QString id = create(userId, u"Frobnicator is broken"_s, u"first words xylophone"_s);
        QVERIFY(!id.isEmpty());
        auto idsFor = [this](const QString &query) {
            QStringList ids;
            for (const ordered_json &item : all(u"&query="_s + query))
                ids << qs(item["conversationId"]);
            return ids;
        };
        QCOMPARE(idsFor(u"FROBNICATOR"_s), QStringList{id});
        QCOMPARE(idsFor(u"%20zebulon%20"_s), QStringList{id}); // trimmed, display name
        QCOMPARE(idsFor(u"quentin.zebulon@example"_s), QStringList{id});
        QCOMPARE(idsFor(u"xylophone"_s), QStringList{id});
        QCOMPARE(patch(id, {{"type", "reply"}, {"body", "second words"}}).status, 200);
        QVERIFY(idsFor(u"xylophone"_s).isEmpty()); // only the latest message counts
        QCOMPARE(idsFor(u"second%20words"_s), QStringList{id});
        QCOMPARE(list(u"&query=%20%20"_s)["conversations"].size(), std::size_t(50)); // blank: no search
    }

    void createsAConversation()
    {
        const QString userId = scratchUser(u"Create Test"_s, u"create.test@example.org"_s);
        const auto result = m_http->postJson(kList, dashboard(),
                                             {{"projectId", m_account.projectId.toStdString()},
                                              {"userId", userId.toStdString()},
                                              {"subject", "  About your invoice  "},
                                              {"initialMessage", " We noticed something. "},
                                              {"priority", "high"}});
        QCOMPARE(result.status, 200);
        QCOMPARE(keysOf(result.json()), QStringList{u"conversationId"_s});
        const QString id = qs(result.json()["conversationId"]);
        QCOMPARE(qs(list()["conversations"][0]["conversationId"]), id); // newest activity first

        const ordered_json body = detail(id);
        QCOMPARE(keysOf(body), (QStringList{u"conversation"_s, u"messages"_s, u"entryPoints"_s}));
        const ordered_json &conversation = body["conversation"];
        QCOMPARE(qs(conversation["subject"]), u"About your invoice"_s);
        QCOMPARE(qs(conversation["status"]), u"open"_s);
        QCOMPARE(qs(conversation["priority"]), u"high"_s);
        QCOMPARE(qs(conversation["source"]), u"manual"_s);
        QCOMPARE(qs(conversation["userDisplayName"]), u"Create Test"_s);
        QCOMPARE(qs(conversation["userPrimaryEmail"]), u"create.test@example.org"_s);
        QCOMPARE(qs(conversation["preview"]), u"We noticed something."_s);
        const ordered_json &metadata = conversation["metadata"];
        COMPARE_JSON(metadata["tags"], ordered_json::array());
        QVERIFY(metadata["assignedToUserId"].is_null());
        QVERIFY(metadata["firstResponseDueAt"].is_null());
        QVERIFY(metadata["lastCustomerReplyAt"].is_null());
        QVERIFY(metadata["lastAgentReplyAt"].is_string());
        COMPARE_JSON(conversation["lastOutboundAt"], metadata["lastAgentReplyAt"]);
        QCOMPARE(body["messages"].size(), std::size_t(1));
        const ordered_json &message = body["messages"][0];
        QCOMPARE(keysOf(message), (QStringList{u"id"_s, u"conversationId"_s, u"userId"_s, u"teamId"_s, u"subject"_s, u"status"_s,
                                               u"priority"_s, u"source"_s, u"messageType"_s, u"body"_s, u"attachments"_s,
                                               u"metadata"_s, u"createdAt"_s, u"sender"_s}));
        COMPARE_JSON(message["sender"], ordered_json({{"type", "agent"},
                                                      {"id", m_emulator->dashboardUserId().toStdString()},
                                                      {"displayName", "Administrator"},
                                                      {"primaryEmail", "admin@example.com"}}));
        QCOMPARE(qs(message["body"]), u"We noticed something."_s);
        QCOMPARE(qs(body["entryPoints"][0]["adapterKey"]), u"support-dashboard"_s);
        QCOMPARE(qs(body["entryPoints"][0]["channelType"]), u"manual"_s);
    }

    void refusesBadCreations_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("blank subject") << QByteArray(R"({"subject":"  ","initialMessage":"x","priority":"low"})");
        QTest::newRow("bad priority") << QByteArray(R"({"subject":"s","initialMessage":"x","priority":"asap"})");
        QTest::newRow("bad source") << QByteArray(R"({"subject":"s","initialMessage":"x","priority":"low","source":"fax"})");
        QTest::newRow("unknown key") << QByteArray(R"({"subject":"s","initialMessage":"x","priority":"low","tags":[]})");
    }

    void refusesBadCreations()
    {
        QFETCH(QByteArray, body);
        ordered_json json = ordered_json::parse(body.toStdString());
        if (!json.empty()) {
            json["projectId"] = m_account.projectId.toStdString();
            json["userId"] = qs(list()["conversations"][0]["userId"]).toStdString();
        }
        verifyKnownError(m_http->postJson(kList, dashboard(), json), 400, "SCHEMA_ERROR");
        // No body at all.
        verifyKnownError(m_http->send("POST", kList, dashboard()), 400, "SCHEMA_ERROR");
    }

    void refusesAnUnknownUser()
    {
        const auto result = m_http->postJson(kList, dashboard(),
                                             {{"projectId", m_account.projectId.toStdString()}, {"userId", kUnknownId},
                                              {"subject", "s"}, {"initialMessage", "m"}, {"priority", "low"}});
        verifyKnownError(result, 400, "USER_ID_DOES_NOT_EXIST");
        COMPARE_JSON(result.json()["details"], ordered_json({{"user_id", kUnknownId}}));
        QCOMPARE(errorText(result), u"The given user with the ID "_s + QString::fromLatin1(kUnknownId) + u" does not exist."_s);
    }

    void refusesProjectsTheUserDoesNotManage()
    {
        for (const QString &projectId : {QString::fromLatin1(kUnknownId), u"internal"_s}) {
            const auto result = m_http->get(listPath({}, projectId), dashboard());
            verifyKnownError(result, 404, "PROJECT_NOT_FOUND");
            QCOMPARE(errorText(result), u"Project "_s + projectId + u" not found or is not accessible with the current user."_s);
            COMPARE_JSON(result.json()["details"], ordered_json({{"project_id", projectId.toStdString()}}));
        }
        const QString id = qs(list()["conversations"][0]["conversationId"]);
        verifyKnownError(m_http->get(kList + u'/' + id + u"?projectId="_s + QString::fromLatin1(kUnknownId), dashboard()),
                         404, "PROJECT_NOT_FOUND");
    }

    void refusesAnythingButADashboardUser()
    {
        // Signed out: auth.user must be defined.
        auto result = m_http->get(listPath(), internalClient());
        verifyKnownError(result, 400, "SCHEMA_ERROR");
        QVERIFY(errorText(result).contains(u"auth.user must be defined"_s));
        // A project key: another project than internal.
        for (const Headers &headers : {admin(), server()}) {
            result = m_http->get(listPath(), headers);
            verifyKnownError(result, 400, "SCHEMA_ERROR");
            QVERIFY(errorText(result).contains(u"auth.project.id must be one of the following values: internal"_s));
        }
        // No access type at all.
        verifyKnownError(m_http->get(listPath()), 400, "ACCESS_TYPE_REQUIRED");
    }

    void detailListsEveryMessageOldestFirst()
    {
        const ordered_json firstPage = list();
        for (const ordered_json &summary : firstPage["conversations"]) {
            const ordered_json body = detail(qs(summary["conversationId"]));
            QVERIFY(!body["messages"].empty());
            COMPARE_JSON(body["conversation"], summary);
            for (std::size_t i = 1; i < body["messages"].size(); ++i)
                QVERIFY(millis(body["messages"][i - 1]["createdAt"]) <= millis(body["messages"][i]["createdAt"]));
            COMPARE_JSON(body["messages"].back()["createdAt"], summary["lastActivityAt"]);
            COMPARE_JSON(body["messages"].back()["messageType"], summary["lastMessageType"]);
        }
        verifyKnownError(m_http->get(kList + u"/not-a-uuid?projectId="_s + m_account.projectId, dashboard()), 400, "SCHEMA_ERROR");
        verifyPlain(m_http->get(kList + u'/' + QString::fromLatin1(kUnknownId) + u"?projectId="_s + m_account.projectId, dashboard()),
                    404, u"Conversation not found."_s);
        // A conversation of the second project is not one of the demo project.
        const QString other = qs(m_http->get(listPath({}, m_account.secondProjectId), dashboard()).json()["conversations"][0]["conversationId"]);
        QVERIFY(!other.isEmpty());
        verifyPlain(m_http->get(kList + u'/' + other + u"?projectId="_s + m_account.projectId, dashboard()), 404,
                    u"Conversation not found."_s);
        QVERIFY(!detail(other, m_account.secondProjectId).is_null());
    }

    void followsTheStatusWorkflow()
    {
        const QString userId = scratchUser(u"Workflow Tester"_s, u"workflow.tester@example.org"_s);
        const QString id = create(userId, u"Workflow"_s);
        QVERIFY(!id.isEmpty());
        // Agent reply: open → pending; no customer message yet, so no first response.
        auto result = patch(id, {{"type", "reply"}, {"body", "  How can we help?  "}});
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        QCOMPARE(qs(body["conversation"]["status"]), u"pending"_s);
        QVERIFY(body["conversation"]["metadata"]["firstResponseAt"].is_null());
        QCOMPARE(qs(body["messages"].back()["body"]), u"How can we help?"_s);

        // The customer answers: pending → open, the next response is due in 240 minutes (SLA on).
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(m_emulator->appendCustomerMessage(m_account.projectId, id, u"It is broken"_s), id);
        body = detail(id);
        const ordered_json &metadata = body["conversation"]["metadata"];
        QCOMPARE(qs(body["conversation"]["status"]), u"open"_s);
        const qint64 due = millis(metadata["nextResponseDueAt"]);
        QVERIFY(due >= before + 240 * kMinute - 1000 && due <= QDateTime::currentMSecsSinceEpoch() + 240 * kMinute + 1000);
        COMPARE_JSON(metadata["lastCustomerReplyAt"], body["messages"].back()["createdAt"]);
        COMPARE_JSON(body["messages"].back()["sender"], ordered_json({{"type", "user"}, {"id", userId.toStdString()},
                                                                      {"displayName", "Workflow Tester"},
                                                                      {"primaryEmail", "workflow.tester@example.org"}}));

        // An internal note changes nothing but the preview and the activity.
        body = patch(id, {{"type", "internal-note"}, {"body", "Checked the logs"}}).json();
        QCOMPARE(qs(body["conversation"]["status"]), u"open"_s);
        QCOMPARE(qs(body["conversation"]["lastMessageType"]), u"internal-note"_s);
        QCOMPARE(qs(body["conversation"]["preview"]), u"Checked the logs"_s);
        QVERIFY(body["conversation"]["metadata"]["nextResponseDueAt"].is_string());
        QCOMPARE(qs(list()["conversations"][0]["conversationId"]), id);

        // The first agent message after the customer's: first response, next due cleared.
        body = patch(id, {{"type", "reply"}, {"body", "Fixed"}}).json();
        QCOMPARE(qs(body["conversation"]["status"]), u"pending"_s);
        QVERIFY(body["conversation"]["metadata"]["nextResponseDueAt"].is_null());
        COMPARE_JSON(body["conversation"]["metadata"]["firstResponseAt"], body["messages"].back()["createdAt"]);

        // Status changes append a status-change message; the same status again is refused.
        body = patch(id, {{"type", "status"}, {"status", "closed"}}).json();
        QCOMPARE(qs(body["conversation"]["status"]), u"closed"_s);
        QVERIFY(body["conversation"]["closedAt"].is_string());
        QCOMPARE(qs(body["conversation"]["preview"]), u"Conversation closed"_s);
        const ordered_json &change = body["messages"].back();
        QCOMPARE(qs(change["messageType"]), u"status-change"_s);
        QVERIFY(change["body"].is_null());
        COMPARE_JSON(change["metadata"], ordered_json({{"status", "closed"}}));
        QCOMPARE(qs(change["sender"]["type"]), u"agent"_s);
        verifyPlain(patch(id, {{"type", "status"}, {"status", "closed"}}), 400, u"Conversation is already closed."_s);

        // A customer writing into a closed conversation leaves it closed.
        m_emulator->appendCustomerMessage(m_account.projectId, id, u"Thanks!"_s);
        QCOMPARE(qs(detail(id)["conversation"]["status"]), u"closed"_s);

        body = patch(id, {{"type", "status"}, {"status", "open"}}).json();
        QCOMPARE(qs(body["conversation"]["preview"]), u"Conversation reopened"_s);
        QVERIFY(body["conversation"]["closedAt"].is_null());
        body = patch(id, {{"type", "status"}, {"status", "pending"}}).json();
        QCOMPARE(qs(body["conversation"]["preview"]), u"Conversation moved to pending"_s);
    }

    void refusesBadUpdates()
    {
        const QString id = qs(list()["conversations"][0]["conversationId"]);
        for (const ordered_json &body : {ordered_json{{"type", "reply"}, {"body", "   "}},
                                         ordered_json{{"type", "reply"}},
                                         ordered_json{{"type", "shout"}, {"body", "x"}},
                                         ordered_json{{"body", "x"}},
                                         ordered_json{{"type", "status"}, {"status", "resolved"}},
                                         ordered_json{{"type", "metadata"}, {"tags", "vip"}},
                                         ordered_json{{"type", "metadata"}, {"priority", "asap"}},
                                         ordered_json{{"type", "reply"}, {"body", "x"}, {"extra", 1}}}) {
            const auto result = patch(id, body);
            QVERIFY2(result.status == 400 && result.header("x-stack-known-error") == "SCHEMA_ERROR", body.dump().c_str());
        }
        verifyKnownError(m_http->send("PATCH", kList + u'/' + id, dashboard()), 400, "SCHEMA_ERROR");
        verifyPlain(patch(QString::fromLatin1(kUnknownId), {{"type", "reply"}, {"body", "x"}}), 404, u"Conversation not found."_s);
        verifyPlain(patch(QString::fromLatin1(kUnknownId), {{"type", "metadata"}}), 404, u"Conversation not found."_s);
    }

    void metadataResetsWhatItLeavesOut()
    {
        const QString id = create(scratchUser(u"Meta Data"_s, u"meta.data@example.org"_s), u"Metadata"_s);
        const std::size_t messages = detail(id)["messages"].size();
        auto result = patch(id, {{"type", "metadata"}, {"assignedToUserId", m_emulator->dashboardUserId().toStdString()},
                                 {"assignedToDisplayName", "Administrator"}, {"priority", "urgent"},
                                 {"tags", {"billing", "vip"}}});
        QCOMPARE(result.status, 200);
        ordered_json conversation = result.json()["conversation"];
        QCOMPARE(qs(conversation["metadata"]["assignedToUserId"]), m_emulator->dashboardUserId());
        QCOMPARE(qs(conversation["metadata"]["assignedToDisplayName"]), u"Administrator"_s);
        QCOMPARE(qs(conversation["priority"]), u"urgent"_s);
        COMPARE_JSON(conversation["metadata"]["tags"], ordered_json({"billing", "vip"}));
        QCOMPARE(result.json()["messages"].size(), messages); // no message appended

        conversation = patch(id, {{"type", "metadata"}, {"priority", "low"}}).json()["conversation"];
        QVERIFY(conversation["metadata"]["assignedToUserId"].is_null());
        QVERIFY(conversation["metadata"]["assignedToDisplayName"].is_null());
        COMPARE_JSON(conversation["metadata"]["tags"], ordered_json::array());
        QCOMPARE(qs(conversation["priority"]), u"low"_s);
        conversation = patch(id, {{"type", "metadata"}, {"assignedToUserId", nullptr}, {"tags", {"bug"}}}).json()["conversation"];
        QCOMPARE(qs(conversation["priority"]), u"low"_s); // kept when left out
        COMPARE_JSON(conversation["metadata"]["tags"], ordered_json({"bug"}));
    }

    void appendsCustomerMessagesToTheOldestOpenConversation()
    {
        QVERIFY(m_emulator->appendCustomerMessage(u"no-such-project"_s).isEmpty());
        QVERIFY(m_emulator->appendCustomerMessage(m_account.projectId, QString::fromLatin1(kUnknownId)).isEmpty());
        std::vector<ordered_json> open;
        for (const ordered_json &item : all())
            if (qs(item["status"]) != u"closed"_s)
                open.push_back(item);
        QVERIFY(!open.empty());
        const QString oldest = qs(open.back()["conversationId"]);
        QCOMPARE(m_emulator->appendCustomerMessage(m_account.projectId), oldest);
        const ordered_json body = detail(oldest);
        const ordered_json &last = body["messages"].back();
        QCOMPARE(qs(last["sender"]["type"]), u"user"_s);
        QVERIFY(!qs(last["body"]).isEmpty());
        QCOMPARE(qs(body["conversation"]["status"]), u"open"_s);
        QCOMPARE(qs(list()["conversations"][0]["conversationId"]), oldest);
    }

    void customerRouteAppendsAsTheUser()
    {
        const QString userId = scratchUser(u"Chat Customer"_s, u"chat.customer@example.org"_s, u"a-long-password-1"_s);
        const QString id = create(userId, u"From the widget"_s);
        QCOMPARE(patch(id, {{"type", "internal-note"}, {"body", "secret"}}).status, 200);
        const QString token = qs(signInToProject(u"chat.customer@example.org"_s, u"a-long-password-1"_s)["access_token"]);
        QVERIFY(!token.isEmpty());
        const QString path = u"/internal/dogfood/support/conversations/"_s + id;
        const auto result = m_http->patchJson(path, projectClient(token), {{"message", " Still there? "}});
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QVERIFY(body["conversation"].contains("conversation_id"));
        QCOMPARE(qs(body["conversation"]["status"]), u"open"_s);
        for (const ordered_json &message : body["messages"])
            QVERIFY(qs(message["message_type"]) != u"internal-note"_s);
        QCOMPARE(qs(body["messages"].back()["body"]), u"Still there?"_s);
        QCOMPARE(qs(detail(id)["messages"].back()["sender"]["type"]), u"user"_s);
        verifyKnownError(m_http->patchJson(path, projectClient(token), {{"message", std::string(5001, 'x')}}), 400, "SCHEMA_ERROR");
        // Someone else's conversation.
        const QString other = qs(list()["conversations"][1]["conversationId"]);
        verifyPlain(m_http->patchJson(u"/internal/dogfood/support/conversations/"_s + other, projectClient(token), {{"message", "hi"}}),
                    404, u"Conversation not found."_s);
    }

    void sampleInboxesHaveEverything()
    {
        std::set<std::string> statuses, priorities, sources, assignees, tags, messageTypes, senderTypes;
        int overdue = 0, dueSoon = 0, longBodies = 0, longWords = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ordered_json &item : all()) {
            statuses.insert(item["status"].get<std::string>());
            priorities.insert(item["priority"].get<std::string>());
            sources.insert(item["source"].get<std::string>());
            const ordered_json &metadata = item["metadata"];
            assignees.insert(metadata["assignedToDisplayName"].is_string() ? metadata["assignedToDisplayName"].get<std::string>() : "");
            for (const ordered_json &tag : metadata["tags"])
                tags.insert(tag.get<std::string>());
            if (item["status"] != "closed") {
                const ordered_json &due = metadata["firstResponseAt"].is_null() && metadata["firstResponseDueAt"].is_string()
                    ? metadata["firstResponseDueAt"] : metadata["nextResponseDueAt"];
                if (due.is_string()) {
                    const qint64 left = millis(due) - now;
                    overdue += left <= 0;
                    dueSoon += left > 0 && left <= 60 * kMinute;
                }
            }
            const ordered_json thread = detail(qs(item["conversationId"]));
            for (const ordered_json &message : thread["messages"]) {
                messageTypes.insert(message["messageType"].get<std::string>());
                senderTypes.insert(message["sender"]["type"].get<std::string>());
                const QString text = qs(message["body"]);
                longBodies += text.count(u"\n\n"_s) >= 2;
                longWords += text.contains(QRegularExpression(u"\\S{150,}"_s));
            }
        }
        QCOMPARE(statuses.size(), std::size_t(3));
        QCOMPARE(priorities.size(), std::size_t(4));
        QVERIFY((sources == std::set<std::string>{"chat", "email", "manual"}));
        QVERIFY(assignees.count("") && assignees.count("Administrator") && assignees.count("Maria Keller")
                && assignees.count("Tom Okafor"));
        for (const char *tag : {"billing", "bug", "login", "feature-request"})
            QVERIFY2(tags.count(tag), tag);
        QVERIFY2((messageTypes == std::set<std::string>{"message", "internal-note", "status-change"}), qPrintable(QString::fromStdString(ordered_json(messageTypes).dump())));
        QVERIFY((senderTypes == std::set<std::string>{"user", "agent"}));
        QVERIFY2(overdue > 0 && dueSoon > 0, qPrintable(QString::number(overdue) + u' ' + QString::number(dueSoon)));
        QVERIFY(longBodies > 0);
        QVERIFY(longWords > 0);

        const ordered_json config = ordered_json::parse(m_emulator->projectConfig(m_account.projectId).toStdString());
        const ordered_json &sla = config["support"]["sla"];
        QCOMPARE(sla.size(), std::size_t(3));
        QVERIFY(sla["enabled"] == true && sla["firstResponseMinutes"] == 60 && sla["nextResponseMinutes"] == 240);
        const ordered_json second = m_http->get(listPath({}, m_account.secondProjectId), dashboard()).json();
        QCOMPARE(second["conversations"].size(), std::size_t(3));
        for (const ordered_json &item : second["conversations"]) {
            QVERIFY(item["metadata"]["firstResponseDueAt"].is_null());
            QVERIFY(item["metadata"]["nextResponseDueAt"].is_null());
        }
    }

    void olderServersRefusePaging()
    {
        Emulator older({.userCount = 20, .conversationCount = 250, .supportRoutes = SupportRoutesVersion::Unpaged});
        QVERIFY(older.start());
        TestHttpClient http(older.apiRoot());
        const DemoAccount account = older.demoAccount();
        const QString token = qs(signInToDashboard(http)["access_token"]);
        const Headers headers = TestHttpClient::client(u"internal"_s, account.publishableClientKey, token);
        const QString path = kList + u"?projectId="_s + account.projectId;
        auto result = http.get(path, headers);
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(keysOf(body), QStringList{u"conversations"_s});
        QCOMPARE(body["conversations"].size(), std::size_t(200)); // capped, no paging
        QCOMPARE(keysOf(body["conversations"][0]), kSummaryKeys);
        const QString id = qs(body["conversations"][0]["conversationId"]);
        QCOMPARE(keysOf(http.get(kList + u'/' + id + u"?projectId="_s + account.projectId, headers).json()),
                 (QStringList{u"conversation"_s, u"messages"_s}));
        for (const QString &extra : {u"&limit=50"_s, u"&offset=0"_s, u"&limit=50&offset=50"_s}) {
            result = http.get(path + extra, headers);
            verifyKnownError(result, 400, "SCHEMA_ERROR");
            QVERIFY2(errorText(result).contains(u"query contains unknown properties: "_s), qPrintable(errorText(result)));
        }
    }

    void missingRoutesAnswerTheFixture46Page()
    {
        Emulator none({.userCount = 5, .supportRoutes = SupportRoutesVersion::Missing});
        QVERIFY(none.start());
        TestHttpClient http(none.apiRoot());
        const DemoAccount account = none.demoAccount();
        const QString token = qs(signInToDashboard(http)["access_token"]);
        const Headers headers = TestHttpClient::client(u"internal"_s, account.publishableClientKey, token);
        const QString expected = Fixtures::responseText(u"46-conversations-list"_s);
        QVERIFY(!expected.isEmpty());
        const QString fixturePrefix = expected.left(expected.indexOf(u"URL: "_s) + 5);
        const QString path = kList + u"?projectId="_s + account.projectId;
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const auto result = http.send(method, path, headers);
            QCOMPARE(result.status, 404);
            QCOMPARE(result.header("content-type"), QByteArray("text/plain; charset=utf-8"));
            QVERIFY(result.header("x-stack-known-error").isEmpty());
            QCOMPARE(result.text(), fixturePrefix + none.apiRoot().toString() + path);
        }
        const auto detailResult = http.get(kList + u'/' + QString::fromLatin1(kUnknownId) + u"?projectId="_s + account.projectId, headers);
        QCOMPARE(detailResult.status, 404);
        QVERIFY(detailResult.text().startsWith(fixturePrefix));
    }
};

QTEST_GUILESS_MAIN(TestSupportRoutes)
#include "tst_supportroutes.moc"
