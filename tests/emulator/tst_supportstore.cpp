// SupportStore and SampleConversations without HTTP: the reply bookkeeping and status workflow of
// appendMessage (with and without SLA), status changes, the preview texts, the list's order
// (latest activity desc, then id desc), search and filters, the JSON shapes of both versions, and
// sample inboxes that are deterministic for a seed and quick at benchmark sizes.
#include "emulator/DataStore.h"
#include "emulator/SampleDataGenerator.h"
#include "emulator/SupportStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using nlohmann::ordered_json;

namespace {

constexpr qint64 kMinute = 60 * 1000;
const SupportSender kAgent{SupportSenderType::Agent, "agent-1", "Agent", "agent@example.com"};
const SupportSender kCustomer{SupportSenderType::User, "user-1", "Customer", "customer@example.com"};

SupportMessage messageAt(qint64 at, const SupportSender &sender, SupportMessageType type = SupportMessageType::Message,
                         std::optional<std::string> body = std::string("text"))
{
    SupportMessage message;
    message.id = Uuid(0x1234567812344123ull, 0x8123000000000000ull + quint64(at));
    message.type = type;
    message.body = std::move(body);
    message.sender = sender;
    message.createdAtMillis = at;
    return message;
}

ConversationRecord conversationAt(quint64 idLow, qint64 createdAt, const std::string &subject = "Subject")
{
    ConversationRecord conversation;
    conversation.id = Uuid(0x1234567812344123ull, 0x8123000000000000ull + idLow);
    conversation.subject = subject;
    conversation.createdAtMillis = createdAt;
    conversation.updatedAtMillis = createdAt;
    return conversation;
}

QStringList subjectsOf(const std::vector<const ConversationRecord *> &conversations)
{
    QStringList subjects;
    for (const ConversationRecord *conversation : conversations)
        subjects << QString::fromStdString(conversation->subject);
    return subjects;
}

} // namespace

class TestSupportStore : public QObject
{
    Q_OBJECT

private slots:
    void agentAndCustomerMessagesMoveTheStatus()
    {
        const SupportSla sla{true, 60, 240};
        ConversationRecord conversation = conversationAt(1, 1000);
        SupportStore::appendMessage(conversation, messageAt(2000, kCustomer), sla);
        QCOMPARE(conversation.status, ConversationStatus::Open); // open stays open
        QVERIFY(!conversation.nextResponseDueAtMillis);
        QCOMPARE(conversation.lastCustomerReplyAtMillis, std::optional<qint64>(2000));

        SupportStore::appendMessage(conversation, messageAt(3000, kAgent), sla);
        QCOMPARE(conversation.status, ConversationStatus::Pending);
        QCOMPARE(conversation.firstResponseAtMillis, std::optional<qint64>(3000));
        QCOMPARE(conversation.lastAgentReplyAtMillis, std::optional<qint64>(3000));

        SupportStore::appendMessage(conversation, messageAt(4000, kCustomer), sla);
        QCOMPARE(conversation.status, ConversationStatus::Open);
        QCOMPARE(conversation.nextResponseDueAtMillis, std::optional<qint64>(4000 + 240 * kMinute));

        SupportStore::appendMessage(conversation, messageAt(5000, kAgent, SupportMessageType::InternalNote), sla);
        QCOMPARE(conversation.status, ConversationStatus::Open); // notes change nothing
        QVERIFY(conversation.nextResponseDueAtMillis);
        QCOMPARE(conversation.updatedAtMillis, qint64(5000));

        SupportStore::appendMessage(conversation, messageAt(6000, kAgent), sla);
        QCOMPARE(conversation.firstResponseAtMillis, std::optional<qint64>(3000)); // never reset
        QVERIFY(!conversation.nextResponseDueAtMillis);

        SupportStore::changeStatus(conversation, ConversationStatus::Closed, kAgent, 7000);
        QCOMPARE(conversation.closedAtMillis, std::optional<qint64>(7000));
        SupportStore::appendMessage(conversation, messageAt(8000, kCustomer), sla);
        QCOMPARE(conversation.status, ConversationStatus::Closed); // closed stays closed
        SupportStore::changeStatus(conversation, ConversationStatus::Open, kAgent, 9000);
        QVERIFY(!conversation.closedAtMillis);
        QCOMPARE(conversation.messages.size(), std::size_t(8));
        QCOMPARE(conversation.lastActivityAtMillis(), qint64(9000));
    }

    void withoutSlaNothingIsDue()
    {
        ConversationRecord conversation = conversationAt(1, 1000);
        conversation.status = ConversationStatus::Pending;
        SupportStore::appendMessage(conversation, messageAt(2000, kCustomer), SupportSla{});
        QCOMPARE(conversation.status, ConversationStatus::Open);
        QVERIFY(!conversation.nextResponseDueAtMillis);
        SupportStore::appendMessage(conversation, messageAt(2500, kAgent), SupportSla{true, 60, std::nullopt});
        SupportStore::appendMessage(conversation, messageAt(3000, kCustomer), SupportSla{true, 60, std::nullopt});
        QVERIFY(!conversation.nextResponseDueAtMillis); // no next-response target
    }

    void previews()
    {
        QCOMPARE(SupportStore::previewOf(messageAt(1, kAgent, SupportMessageType::Message, std::string("  hi \n"))),
                 std::optional<std::string>("hi"));
        SupportMessage change = messageAt(1, kAgent, SupportMessageType::StatusChange, std::nullopt);
        for (auto [status, text] : {std::pair{ConversationStatus::Closed, "Conversation closed"},
                                    std::pair{ConversationStatus::Open, "Conversation reopened"},
                                    std::pair{ConversationStatus::Pending, "Conversation moved to pending"}}) {
            change.newStatus = status;
            QCOMPARE(SupportStore::previewOf(change), std::optional<std::string>(text));
        }
        QCOMPARE(SupportStore::previewOf(messageAt(1, kAgent, SupportMessageType::InternalNote, std::string("  "))),
                 std::optional<std::string>("Internal note"));
        QCOMPARE(SupportStore::previewOf(messageAt(1, kCustomer, SupportMessageType::Message, std::string(" "))), std::nullopt);
    }

    void listsByLatestActivityThenId()
    {
        ProjectRecord project;
        ConversationRecord a = conversationAt(1, 1000, "a");
        ConversationRecord b = conversationAt(2, 1000, "b");
        ConversationRecord c = conversationAt(3, 500, "c");
        SupportStore::appendMessage(c, messageAt(2000, kCustomer, SupportMessageType::Message, std::string("Printer on fire")), {});
        SupportStore::appendMessage(a, messageAt(1500, kAgent, SupportMessageType::Message, std::string("PRINTER check")), {});
        SupportStore::appendMessage(a, messageAt(1600, kAgent, SupportMessageType::InternalNote, std::string("later")), {});
        project.support.add(std::move(a));
        project.support.add(std::move(b));
        project.support.add(std::move(c));
        QCOMPARE(subjectsOf(project.support.list(project, {})), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        ConversationRecord d = conversationAt(4, 1000, "d"); // same activity as b, larger id
        project.support.add(std::move(d));
        QCOMPARE(subjectsOf(project.support.list(project, {})), (QStringList{u"c"_s, u"a"_s, u"d"_s, u"b"_s}));

        ConversationFilter search;
        search.search = "printer";
        QCOMPARE(subjectsOf(project.support.list(project, search)), QStringList{u"c"_s}); // a's latest is the note
        search.search = "LATER";
        QCOMPARE(subjectsOf(project.support.list(project, search)), QStringList{u"a"_s});
        ConversationFilter open;
        open.status = ConversationStatus::Pending;
        QCOMPARE(subjectsOf(project.support.list(project, open)), QStringList{u"a"_s});
    }

    void jsonShapes()
    {
        ProjectRecord project;
        ConversationRecord conversation = conversationAt(1, 1793491200000, "Hello");
        SupportStore::appendMessage(conversation, messageAt(1793491260000, kCustomer), {});
        const ordered_json older = SupportStore::summaryJson(project, conversation, SupportWireShape::WithoutExtras);
        QVERIFY(!older.contains("createdAt"));
        QVERIFY(older["userId"].is_null()); // no user: the LEFT JOIN's nulls
        QCOMPARE(older["lastActivityAt"].get<std::string>(), std::string("2026-11-01T00:01:00.000Z"));
        const ordered_json newer = SupportStore::detailJson(project, conversation, SupportWireShape::WithExtras);
        QCOMPARE(newer["conversation"]["createdAt"].get<std::string>(), std::string("2026-11-01T00:00:00.000Z"));
        QVERIFY(newer.contains("entryPoints"));
        QVERIFY(newer["messages"][0]["metadata"].is_null());
        QCOMPARE(newer["messages"][0]["sender"]["type"].get<std::string>(), std::string("user"));
    }

    void samplesAreDeterministic()
    {
        EmulatorOptions options;
        options.userCount = 30;
        options.conversationCount = 40;
        auto subjectsAndIds = [&options] {
            DataStore store;
            const auto lock = store.lock();
            const DemoAccount account = SampleDataGenerator::populate(store, options);
            QStringList result;
            for (ConversationRecord &conversation : store.project(account.projectId.toStdString())->support.conversations())
                result << conversation.id.toQString() + QString::fromStdString(conversation.subject)
                              + QString::number(conversation.messages.size());
            return result;
        };
        const QStringList first = subjectsAndIds();
        QCOMPARE(first.size(), 40);
        QCOMPARE(subjectsAndIds(), first);
    }

    void largeInboxesGenerateQuickly()
    {
        EmulatorOptions options;
        options.userCount = 500;
        options.transactionCount = 0;
        options.outboxEmailCount = 0;
        options.conversationCount = 5000;
        DataStore store;
        const auto lock = store.lock();
        QElapsedTimer timer;
        timer.start();
        const DemoAccount account = SampleDataGenerator::populate(store, options);
        const qint64 elapsed = timer.elapsed();
        ProjectRecord &demo = *store.project(account.projectId.toStdString());
        QCOMPARE(demo.support.size(), std::size_t(5000));
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        timer.restart();
        QCOMPARE(demo.support.list(demo, {}).size(), std::size_t(5000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSupportStore)
#include "tst_supportstore.moc"
