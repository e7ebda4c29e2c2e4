// SupportWatcher: polls the first page of the open conversations (no limit/offset) whatever an
// inbox shows; reports new customer messages only after its first load and marks them unread;
// marks leave with read, closed or answered conversations; back-off after failures; a server
// without the routes (or a project the account does not manage) stops it; never two requests
// at once; on the emulator a customer message is seen while an inbox sits on "Resolved".

#include "FakeConversationsServer.h"

#include "connections/Workspace.h"
#include "emulator/Emulator.h"
#include "support/ConversationInbox.h"
#include "support/SupportWatcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::SupportWatcher;
using Version = FakeConversationsServer::Version;

constexpr int kTimeoutMs = 10000;
constexpr qint64 base = 1'800'000'000'000;

void addConversations(FakeConversationsServer &server, int count, const QString &status = u"open"_s)
{
    const int first = int(server.conversations.size());
    for (int i = first; i < first + count; ++i) {
        server.conversations.append(FakeConversationsServer::conversation(
            FakeConversationsServer::idOf(i), u"Question %1"_s.arg(i), base - qint64(i) * 60'000, status));
    }
}

bool waitIdle(SupportWatcher &watcher)
{
    return QTest::qWaitFor([&watcher] { return !watcher.isLoading(); }, kTimeoutMs);
}

QStringList idsOf(const QList<api::ConversationSummary> &conversations)
{
    QStringList ids;
    for (const api::ConversationSummary &summary : conversations)
        ids.append(summary.conversationId);
    ids.sort();
    return ids;
}

} // namespace

class TestSupportWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsTheFirstOpenPage()
    {
        FakeConversationsServer server;
        addConversations(server, 3);
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        QCOMPARE(watcher.nextPollMs(), 15'000);
        QSignalSpy loaded(&watcher, &SupportWatcher::loaded);
        watcher.start();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(server.listRequests(), 1);
        const QUrlQuery query = server.lastListQuery();
        QCOMPARE(query.queryItemValue(u"projectId"_s), server.projectId);
        QCOMPARE(query.queryItemValue(u"status"_s), u"open"_s);
        QVERIFY(!query.hasQueryItem(u"limit"_s));
        QVERIFY(!query.hasQueryItem(u"offset"_s));
        QVERIFY(!query.hasQueryItem(u"query"_s));
        QVERIFY(!query.hasQueryItem(u"userId"_s));
        QVERIFY(watcher.isLoaded());
        QCOMPARE(watcher.unreadCount(), 0); // the first load reports nothing
    }

    void newCustomerMessagesAfterTheFirstLoad()
    {
        FakeConversationsServer server;
        addConversations(server, 4);
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        QSignalSpy news(&watcher, &SupportWatcher::newCustomerMessages);
        QSignalSpy unread(&watcher, &SupportWatcher::unreadChanged);
        watcher.start();
        QVERIFY(waitIdle(watcher));
        QVERIFY(watcher.isLoaded());
        QCOMPARE(news.count(), 0);
        QCOMPARE(unread.count(), 0);

        const QString written = FakeConversationsServer::idOf(3);
        server.customerWrites(written, base + 60'000, u"Any news?"_s);
        // A new conversation by a customer, and one started by an agent.
        server.conversations.append(
            FakeConversationsServer::conversation(FakeConversationsServer::idOf(50), u"New question"_s, base + 30'000));
        server.conversations.append(FakeConversationsServer::conversation(
            FakeConversationsServer::idOf(51), u"We contact you"_s, base + 20'000, u"open"_s, false));
        watcher.pollNow();
        QVERIFY(news.wait(kTimeoutMs));
        QCOMPARE(idsOf(news.at(0).at(0).value<QList<api::ConversationSummary>>()),
                 QStringList({written, FakeConversationsServer::idOf(50)}));
        QCOMPARE(watcher.unreadCount(), 2);
        QVERIFY(watcher.isUnread(written));
        QVERIFY(!watcher.isUnread(FakeConversationsServer::idOf(51)));
        QCOMPARE(unread.last().at(0).toInt(), 2);

        // Nothing new: nothing reported, the marks stay.
        watcher.pollNow();
        QVERIFY(waitIdle(watcher));
        QCOMPARE(news.count(), 1);
        QCOMPARE(watcher.unreadCount(), 2);

        watcher.markRead(written);
        QCOMPARE(watcher.unreadIds(), QStringList{FakeConversationsServer::idOf(50)});
        QCOMPARE(unread.last().at(0).toInt(), 1);
        watcher.markRead(written); // twice: once
        QCOMPARE(unread.count(), 2);
    }

    void marksLeaveWithClosedOrAnsweredConversations()
    {
        FakeConversationsServer server;
        addConversations(server, 4);
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        watcher.start();
        QVERIFY(waitIdle(watcher));
        for (int i : {0, 1, 2})
            server.customerWrites(FakeConversationsServer::idOf(i), base + 60'000 + i, u"Hello?"_s);
        watcher.pollNow();
        QVERIFY(waitIdle(watcher));
        QCOMPARE(watcher.unreadCount(), 3);

        // Another agent closes one; another is answered (an agent reply makes it pending).
        QSignalSpy unread(&watcher, &SupportWatcher::unreadChanged);
        server.conversations[server.indexOf(FakeConversationsServer::idOf(0))].insert(u"status"_s, u"closed"_s);
        server.conversations[server.indexOf(FakeConversationsServer::idOf(1))].insert(u"status"_s, u"pending"_s);
        watcher.pollNow();
        QVERIFY(waitIdle(watcher));
        QCOMPARE(watcher.unreadIds(), QStringList{FakeConversationsServer::idOf(2)});
        QCOMPARE(unread.last().at(0).toInt(), 1);

        // Answered while still open (the agent kept it open): the mark goes too.
        QJsonObject &item = server.conversations[server.indexOf(FakeConversationsServer::idOf(2))];
        QJsonObject metadata = item.value(u"metadata"_s).toObject();
        metadata.insert(u"lastAgentReplyAt"_s, FakeConversationsServer::iso(base + 70'000));
        item.insert(u"metadata"_s, metadata);
        watcher.pollNow();
        QVERIFY(waitIdle(watcher));
        QCOMPARE(watcher.unreadCount(), 0);

        // The customer writes again into the pending one: it is open and news again.
        QSignalSpy news(&watcher, &SupportWatcher::newCustomerMessages);
        server.customerWrites(FakeConversationsServer::idOf(1), base + 90'000, u"Still broken"_s);
        watcher.pollNow();
        QVERIFY(news.wait(kTimeoutMs));
        QCOMPARE(watcher.unreadIds(), QStringList{FakeConversationsServer::idOf(1)});
    }

    void independentOfTheInboxQuery()
    {
        FakeConversationsServer server;
        addConversations(server, 3);
        addConversations(server, 2, u"closed"_s);
        auto client = server.makeClient();
        models::ConversationInbox inbox(client.get(), server.projectId);
        inbox.setQuery(u"closed"_s, u"Question"_s, {});
        QVERIFY(QTest::qWaitFor([&inbox] { return inbox.isLoaded(); }, kTimeoutMs));
        SupportWatcher watcher(client.get(), server.projectId);
        watcher.start();
        QVERIFY(waitIdle(watcher));

        QSignalSpy news(&watcher, &SupportWatcher::newCustomerMessages);
        server.customerWrites(FakeConversationsServer::idOf(1), base + 60'000, u"Hello?"_s);
        inbox.refresh();
        watcher.pollNow();
        QVERIFY(news.wait(kTimeoutMs));
        QCOMPARE(watcher.unreadIds(), QStringList{FakeConversationsServer::idOf(1)});
        QCOMPARE(inbox.model()->rowOf(FakeConversationsServer::idOf(1)), -1); // not what the inbox shows
    }

    void neverTwoRequestsAtOnce()
    {
        FakeConversationsServer server;
        addConversations(server, 2);
        server.delayMs = 150;
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        watcher.start();
        QVERIFY(watcher.isLoading());
        watcher.pollNow();
        watcher.pollNow();
        QCOMPARE(server.listRequests(), 1);
        // One poll follows the one under way.
        QVERIFY(QTest::qWaitFor([&server] { return server.listRequests() == 2; }, kTimeoutMs));
        QVERIFY(waitIdle(watcher));
        QTest::qWait(300);
        QCOMPARE(server.listRequests(), 2);
    }

    void backsOffAfterFailures()
    {
        FakeConversationsServer server;
        addConversations(server, 2);
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        QSignalSpy failed(&watcher, &SupportWatcher::failed);

        // Default intervals: 15 s → 30, 60, 120, 300, 300 s after failures.
        server.failNext = 5;
        watcher.pollNow(); // not started: a single poll each time
        for (int interval : {30'000, 60'000, 120'000, 300'000, 300'000}) {
            QVERIFY(waitIdle(watcher));
            QCOMPARE(watcher.nextPollMs(), interval);
            watcher.pollNow();
        }
        QVERIFY(waitIdle(watcher));
        QCOMPARE(watcher.nextPollMs(), 15'000);
        QCOMPARE(failed.count(), 5);
        QVERIFY(!watcher.lastError().isError());

        // Polling on the timer follows the intervals.
        watcher.setPollIntervalsForTesting({100, 400, 1600});
        watcher.start();
        QVERIFY(QTest::qWaitFor([&server] { return server.listRequests() == 8; }, kTimeoutMs));
        server.failNext = 1;
        QVERIFY(QTest::qWaitFor([&watcher] { return watcher.lastError().isError(); }, kTimeoutMs));
        QCOMPARE(watcher.nextPollMs(), 400);
        QElapsedTimer clock;
        clock.start();
        const int requests = server.listRequests();
        QVERIFY(QTest::qWaitFor([&server, requests] { return server.listRequests() == requests + 1; }, kTimeoutMs));
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([&watcher] { return !watcher.lastError().isError(); }, kTimeoutMs));
        QCOMPARE(watcher.nextPollMs(), 100);

        watcher.stop();
        QVERIFY(waitIdle(watcher));
        const int stopped = server.listRequests();
        QTest::qWait(300);
        QCOMPARE(server.listRequests(), stopped);
    }

    void missingRoutesStopIt()
    {
        FakeConversationsServer server;
        server.version = Version::Missing;
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        watcher.setPollIntervalsForTesting({50});
        QSignalSpy failed(&watcher, &SupportWatcher::failed);
        watcher.start();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(watcher.stoppedForGood());
        QCOMPARE(watcher.lastError().httpStatus, 404);
        watcher.pollNow();
        QTest::qWait(300);
        QCOMPARE(server.listRequests(), 1); // no polling of a route that does not exist
        QCOMPARE(failed.count(), 1);        // and no error spam
    }

    void projectNotManagedStopsIt()
    {
        FakeConversationsServer server;
        server.override = [](const SeenRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::knownError(404, "PROJECT_NOT_FOUND", "Project not found or is not accessible.");
        };
        auto client = server.makeClient();
        SupportWatcher watcher(client.get(), server.projectId);
        watcher.setPollIntervalsForTesting({50});
        QSignalSpy failed(&watcher, &SupportWatcher::failed);
        watcher.start();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(watcher.stoppedForGood());
        QTest::qWait(300);
        QCOMPARE(server.listRequests(), 1);
    }

    void customerMessageOnTheEmulator()
    {
        emulator::EmulatorOptions options;
        options.userCount = 20;
        options.conversationCount = 30;
        emulator::Emulator server(options);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = signIn(workspace, server);
        QVERIFY(session);
        const QString projectId = server.demoAccount().projectId;

        // An inbox on "Resolved" does not see it; the watcher does.
        models::ConversationInbox inbox(session->client(), projectId);
        inbox.setQuery(u"closed"_s, {}, {});
        SupportWatcher watcher(session->client(), projectId);
        watcher.start();
        QVERIFY(QTest::qWaitFor([&] { return watcher.isLoaded() && inbox.isLoaded(); }, kTimeoutMs));
        QCOMPARE(watcher.unreadCount(), 0);
        QSignalSpy news(&watcher, &SupportWatcher::newCustomerMessages);
        const QString id = server.appendCustomerMessage(projectId, {}, u"Is anyone there?"_s);
        QVERIFY(!id.isEmpty());
        watcher.pollNow();
        QVERIFY(news.wait(kTimeoutMs));
        const auto reported = news.at(0).at(0).value<QList<api::ConversationSummary>>();
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().conversationId, id);
        QCOMPARE(reported.first().preview, u"Is anyone there?"_s);
        QVERIFY(watcher.isUnread(id));
        QVERIFY(!watcher.lastError().isError());
    }

    void missingRoutesOnTheEmulator()
    {
        emulator::EmulatorOptions options;
        options.userCount = 10;
        options.supportRoutes = emulator::SupportRoutesVersion::Missing;
        emulator::Emulator server(options);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = signIn(workspace, server);
        QVERIFY(session);
        SupportWatcher watcher(session->client(), server.demoAccount().projectId);
        QSignalSpy failed(&watcher, &SupportWatcher::failed);
        watcher.start();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(watcher.stoppedForGood());
        QTest::qWait(200);
        QVERIFY(!watcher.isLoading());
        QCOMPARE(failed.count(), 1);
        // "Try again" starts it once more.
        watcher.start();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(watcher.stoppedForGood());
    }

private:
    static api::ConnectionSession *signIn(api::Workspace &workspace, const emulator::Emulator &server)
    {
        const emulator::DemoAccount account = server.demoAccount();
        api::Connection connection = api::Connection::selfHosted(server.apiRoot());
        connection.kind = api::CredentialKind::DashboardAccount;
        connection.publishableClientKey = account.publishableClientKey;
        api::ConnectionSession *session = workspace.addConnection(connection);
        session->signInWithPassword(account.email, account.password);
        const bool settled = QTest::qWaitFor(
            [session] { return session->state() != api::ConnectionSession::State::Opening; }, kTimeoutMs);
        return settled && session->state() == api::ConnectionSession::State::Ready ? session : nullptr;
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSupportWatcher)
#include "tst_SupportWatcher.moc"
