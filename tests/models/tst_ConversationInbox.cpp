// ConversationInbox: the first page is asked for without limit/offset and paging follows only
// when the answer says hasMore (both server versions, scripted and on the emulator); loadMore;
// stale answers of an earlier query are dropped; never two list requests at once; auto refresh
// backs off after failures and returns to the normal interval after a success; refreshes merge
// in place and report updated conversations (new customer messages are SupportWatcher's); a
// changed conversation moves to its place or leaves a tab it no longer matches; a server without
// support routes is recognised.

#include "FakeConversationsServer.h"

#include "connections/Workspace.h"
#include "emulator/Emulator.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ConversationInbox;
using models::ConversationsModel;
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

bool waitLoaded(ConversationInbox &inbox)
{
    return QTest::qWaitFor([&inbox] { return !inbox.isLoading(); }, kTimeoutMs) && inbox.isLoaded();
}

QStringList modelIds(const ConversationsModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(ConversationsModel::ConversationIdRole).toString());
    return ids;
}

} // namespace

class TestConversationInbox : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(Version version = Version::Paged)
        {
            server.version = version;
        }

        ConversationInbox &makeInbox()
        {
            client = server.makeClient();
            inbox = std::make_unique<ConversationInbox>(client.get(), server.projectId);
            tester = std::make_unique<QAbstractItemModelTester>(inbox->model(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
            return *inbox;
        }

        FakeConversationsServer server;
        std::unique_ptr<api::ApiClient> client;
        std::unique_ptr<ConversationInbox> inbox;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

private Q_SLOTS:
    void pagedServerPagesWithLimitAndOffset()
    {
        Fixture f(Version::Paged);
        addConversations(f.server, 120);
        ConversationInbox &inbox = f.makeInbox();
        QSignalSpy loaded(&inbox, &ConversationInbox::loaded);
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(inbox.isLoading());
        QVERIFY(waitLoaded(inbox));
        QUrlQuery first = f.server.lastListQuery();
        QVERIFY(!first.hasQueryItem(u"limit"_s));
        QVERIFY(!first.hasQueryItem(u"offset"_s));
        QCOMPARE(first.queryItemValue(u"projectId"_s), f.server.projectId);
        QCOMPARE(first.queryItemValue(u"status"_s), u"open"_s);
        QCOMPARE(inbox.model()->rowCount(), 50);
        QVERIFY(inbox.isPaged());
        QVERIFY(inbox.canLoadMore());

        inbox.loadMore();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"offset"_s), u"50"_s);
        QCOMPARE(inbox.model()->rowCount(), 100);
        QVERIFY(inbox.canLoadMore());
        inbox.loadMore();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(f.server.lastListQuery().queryItemValue(u"offset"_s), u"100"_s);
        QCOMPARE(inbox.model()->rowCount(), 120);
        QVERIFY(!inbox.canLoadMore());
        QCOMPARE(loaded.count(), 3);
        QCOMPARE(modelIds(*inbox.model()).first(), FakeConversationsServer::idOf(0));
        QCOMPARE(modelIds(*inbox.model()).last(), FakeConversationsServer::idOf(119));

        // A refresh re-reads what was loaded, page by page, one request after the other.
        const int before = f.server.listRequests();
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(f.server.listRequests() - before, 3);
        QCOMPARE(inbox.model()->rowCount(), 120);
    }

    void unpagedServerAnswersEverythingAtOnce()
    {
        Fixture f(Version::Unpaged);
        addConversations(f.server, 120);
        ConversationInbox &inbox = f.makeInbox();
        QSignalSpy failed(&inbox, &ConversationInbox::failed);
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(inbox.model()->rowCount(), 120);
        QVERIFY(!inbox.isPaged());
        QVERIFY(!inbox.canLoadMore());
        inbox.loadMore(); // nothing to load: no request
        QCOMPARE(f.server.listRequests(), 1);
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(f.server.listRequests(), 2);
        QVERIFY(!f.server.lastListQuery().hasQueryItem(u"limit"_s)); // it would answer SCHEMA_ERROR
        QCOMPARE(failed.count(), 0);
    }

    void queryGoesToTheServer()
    {
        Fixture f;
        addConversations(f.server, 3);
        ConversationInbox &inbox = f.makeInbox();
        inbox.setQuery({}, u"  Question 1  "_s, u"3f1c0a52-7d0e-4c43-9d0b-000000000001"_s);
        QVERIFY(waitLoaded(inbox));
        const QUrlQuery query = f.server.lastListQuery();
        QVERIFY(!query.hasQueryItem(u"status"_s));
        QCOMPARE(query.queryItemValue(u"query"_s, QUrl::FullyDecoded), u"Question 1"_s);
        QCOMPARE(query.queryItemValue(u"userId"_s), u"3f1c0a52-7d0e-4c43-9d0b-000000000001"_s);
        QCOMPARE(inbox.search(), u"Question 1"_s);
        QCOMPARE(modelIds(*inbox.model()), QStringList{FakeConversationsServer::idOf(1)});
    }

    void staleAnswersAreDropped()
    {
        Fixture f;
        addConversations(f.server, 5, u"open"_s);
        addConversations(f.server, 2, u"closed"_s);
        // The open list answers slowly, the closed one fast: the open answer would come last.
        f.server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).queryItemValue(u"status"_s) == u"open"_s) {
                FakeResponse slow = FakeResponse::json(200, R"({"conversations":[],"hasMore":false})");
                slow.delayMs = 300;
                return slow;
            }
            return std::nullopt;
        };
        ConversationInbox &inbox = f.makeInbox();
        QSignalSpy loaded(&inbox, &ConversationInbox::loaded);
        inbox.setQuery(u"open"_s, {}, {});
        inbox.setQuery(u"closed"_s, {}, {});
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(inbox.model()->rowCount(), 2);
        QTest::qWait(500); // the open answer's time has passed
        QCOMPARE(inbox.model()->rowCount(), 2);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(inbox.status(), u"closed"_s);
    }

    void neverTwoListRequestsAtOnce()
    {
        Fixture f;
        addConversations(f.server, 3);
        f.server.delayMs = 100;
        ConversationInbox &inbox = f.makeInbox();
        inbox.setQuery(u"open"_s, {}, {});
        inbox.refresh(); // the reload brings fresh rows anyway
        inbox.refresh();
        QCOMPARE(f.server.listRequests(), 1);
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(f.server.listRequests(), 1);

        inbox.refresh();
        inbox.refresh(); // during a refresh: one more refresh follows it, not in parallel
        inbox.refresh();
        QCOMPARE(f.server.listRequests(), 2);
        QVERIFY(QTest::qWaitFor([&f] { return f.server.listRequests() == 3; }, kTimeoutMs));
        QVERIFY(inbox.isLoading());
        QVERIFY(waitLoaded(inbox));
        QTest::qWait(250);
        QCOMPARE(f.server.listRequests(), 3);
    }

    void backOffAfterFailures()
    {
        Fixture f;
        addConversations(f.server, 3);
        ConversationInbox &inbox = f.makeInbox();
        QCOMPARE(inbox.nextRefreshMs(), 15'000);
        QSignalSpy failed(&inbox, &ConversationInbox::failed);
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(waitLoaded(inbox));

        // Default intervals, without auto refresh: 15 s → 30, 60, 120, 300, 300 s after failures.
        const QList<int> expected{30'000, 60'000, 120'000, 300'000, 300'000};
        for (int interval : expected) {
            f.server.failNext = 1;
            inbox.refresh();
            QVERIFY(QTest::qWaitFor([&inbox] { return !inbox.isLoading(); }, kTimeoutMs));
            QCOMPARE(inbox.nextRefreshMs(), interval);
            QVERIFY(inbox.lastError().isError());
            QVERIFY(inbox.isLoaded()); // the rows stay
            QCOMPARE(inbox.model()->rowCount(), 3);
        }
        QCOMPARE(failed.count(), expected.size());
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(inbox.nextRefreshMs(), 15'000);
        QVERIFY(!inbox.lastError().isError());
    }

    void autoRefreshPollsAndBacksOff()
    {
        Fixture f;
        addConversations(f.server, 3);
        ConversationInbox &inbox = f.makeInbox();
        inbox.setRefreshIntervalsForTesting({100, 400, 1600});
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(waitLoaded(inbox));
        inbox.setAutoRefresh(true);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&f] { return f.server.listRequests() == 2; }, kTimeoutMs));
        QVERIFY2(clock.elapsed() >= 90, qPrintable(QString::number(clock.elapsed())));

        // Two failures: the next polls wait 400 ms, then 1600 ms.
        f.server.failNext = 2;
        QVERIFY(QTest::qWaitFor([&f] { return f.server.listRequests() == 3; }, kTimeoutMs));
        QVERIFY(QTest::qWaitFor([&inbox] { return inbox.lastError().isError() && !inbox.isLoading(); }, kTimeoutMs));
        QCOMPARE(inbox.nextRefreshMs(), 400);
        clock.restart();
        QVERIFY(QTest::qWaitFor([&f] { return f.server.listRequests() == 4; }, kTimeoutMs));
        QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([&inbox] { return inbox.nextRefreshMs() == 1600; }, kTimeoutMs));
        QTest::qWait(800);
        QCOMPARE(f.server.listRequests(), 4); // still waiting
        QVERIFY(QTest::qWaitFor([&f] { return f.server.listRequests() == 5; }, kTimeoutMs));
        QVERIFY(QTest::qWaitFor([&inbox] { return !inbox.isLoading(); }, kTimeoutMs));
        QCOMPARE(inbox.nextRefreshMs(), 100); // success: back to normal
        QVERIFY(!inbox.lastError().isError());

        inbox.setAutoRefresh(false);
        const int requests = f.server.listRequests();
        QTest::qWait(300);
        QCOMPARE(f.server.listRequests(), requests);
    }

    void refreshReportsUpdatedConversations()
    {
        Fixture f;
        addConversations(f.server, 4);
        ConversationInbox &inbox = f.makeInbox();
        QSignalSpy updated(&inbox, &ConversationInbox::conversationsUpdated);
        inbox.setQuery({}, {}, {});
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(updated.count(), 0);

        const QString written = FakeConversationsServer::idOf(3);
        f.server.customerWrites(written, base + 60'000, u"Any news?"_s);
        f.server.conversations.append(
            FakeConversationsServer::conversation(FakeConversationsServer::idOf(50), u"New question"_s, base + 30'000));
        // An agent replied in another one: activity moves, the customer's time does not.
        QJsonObject &answered = f.server.conversations[f.server.indexOf(FakeConversationsServer::idOf(1))];
        answered.insert(u"lastActivityAt"_s, FakeConversationsServer::iso(base + 10'000));

        const QPersistentModelIndex writtenRow = inbox.model()->index(inbox.model()->rowOf(written));
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(updated.count(), 1);
        QStringList updatedIds = updated.at(0).at(0).toStringList();
        updatedIds.sort();
        QCOMPARE(updatedIds, QStringList({FakeConversationsServer::idOf(1), FakeConversationsServer::idOf(3)}));
        // Merged in place: the row moved to the top and its persistent index followed.
        QVERIFY(writtenRow.isValid());
        QCOMPARE(writtenRow.row(), 0);
        QCOMPARE(writtenRow.data(ConversationsModel::ConversationIdRole).toString(), written);
        // Unread marks are not the inbox's business (SupportWatcher's, whatever the query).
        QCOMPARE(inbox.model()->unreadCount(), 0);

        // Nothing new: nothing reported.
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(updated.count(), 1);
    }

    void changedConversationMovesOrLeavesTheTab()
    {
        Fixture f;
        addConversations(f.server, 4);
        ConversationInbox &inbox = f.makeInbox();
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(waitLoaded(inbox));
        const QStringList before = modelIds(*inbox.model());
        QCOMPARE(before.size(), 4);

        // A reply in the last row: newest activity now, so it goes to the top.
        api::ConversationSummary replied = inbox.model()->at(3);
        replied.lastActivityAtMillis = base + 120'000;
        replied.preview = u"On it"_s;
        const QPersistentModelIndex repliedRow = inbox.model()->index(3);
        inbox.replaceConversation(replied);
        QCOMPARE(modelIds(*inbox.model()), QStringList({before.at(3), before.at(0), before.at(1), before.at(2)}));
        QCOMPARE(repliedRow.row(), 0);
        QCOMPARE(inbox.model()->at(0).preview, u"On it"_s);

        // Resolved under "open": the row leaves the list.
        api::ConversationSummary resolved = inbox.model()->at(1);
        resolved.status = u"closed"_s;
        resolved.lastActivityAtMillis = base + 180'000;
        inbox.replaceConversation(resolved);
        QCOMPARE(modelIds(*inbox.model()), QStringList({before.at(3), before.at(1), before.at(2)}));

        // Under "All" a status change only moves it.
        inbox.setQuery({}, {}, {});
        QVERIFY(waitLoaded(inbox));
        api::ConversationSummary pending = inbox.model()->at(2);
        pending.status = u"pending"_s;
        pending.lastActivityAtMillis = base + 240'000;
        inbox.replaceConversation(pending);
        QCOMPARE(inbox.model()->rowOf(pending.conversationId), 0);
        QCOMPARE(inbox.model()->at(0).status, u"pending"_s);
    }

    void serverWithoutSupportRoutes()
    {
        Fixture f(Version::Missing);
        ConversationInbox &inbox = f.makeInbox();
        QSignalSpy failed(&inbox, &ConversationInbox::failed);
        inbox.setRefreshIntervalsForTesting({50});
        inbox.setAutoRefresh(true);
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(inbox.routesMissing());
        QVERIFY(!inbox.isLoaded());
        QCOMPARE(inbox.lastError().httpStatus, 404);
        QTest::qWait(200);
        QCOMPARE(f.server.listRequests(), 1); // no polling of a route that does not exist
    }

    void pagingOnTheEmulator_data()
    {
        QTest::addColumn<emulator::SupportRoutesVersion>("version");
        QTest::addColumn<bool>("paged");
        QTest::newRow("paged") << emulator::SupportRoutesVersion::Paged << true;
        QTest::newRow("unpaged") << emulator::SupportRoutesVersion::Unpaged << false;
    }

    void pagingOnTheEmulator()
    {
        QFETCH(emulator::SupportRoutesVersion, version);
        QFETCH(bool, paged);
        emulator::EmulatorOptions options;
        options.userCount = 40;
        options.conversationCount = 130;
        options.supportRoutes = version;
        emulator::Emulator server(options);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = signIn(workspace, server);
        QVERIFY(session);
        const QString projectId = server.demoAccount().projectId;

        ConversationInbox inbox(session->client(), projectId);
        QAbstractItemModelTester tester(inbox.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&inbox, &ConversationInbox::failed);
        inbox.setQuery({}, {}, {});
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(inbox.isPaged(), paged);
        QCOMPARE(inbox.canLoadMore(), paged);
        QCOMPARE(inbox.model()->rowCount(), paged ? 50 : 130);
        while (inbox.canLoadMore()) {
            inbox.loadMore();
            QVERIFY(waitLoaded(inbox));
        }
        QCOMPARE(inbox.model()->rowCount(), 130);
        QCOMPARE(failed.count(), 0);
        // Newest activity first.
        for (int row = 1; row < inbox.model()->rowCount(); ++row)
            QVERIFY(inbox.model()->at(row - 1).lastActivityAtMillis >= inbox.model()->at(row).lastActivityAtMillis);

        // The customer writes: the refresh moves the conversation to the top.
        QSignalSpy updated(&inbox, &ConversationInbox::conversationsUpdated);
        const QString id = server.appendCustomerMessage(projectId, {}, u"Is anyone there?"_s);
        QVERIFY(!id.isEmpty());
        inbox.refresh();
        QVERIFY(waitLoaded(inbox));
        QCOMPARE(updated.count(), 1);
        QVERIFY(updated.at(0).at(0).toStringList().contains(id));
        QCOMPARE(inbox.model()->rowOf(id), 0);
        QCOMPARE(inbox.model()->at(0).preview, u"Is anyone there?"_s);
        QCOMPARE(failed.count(), 0);
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
        ConversationInbox inbox(session->client(), server.demoAccount().projectId);
        QSignalSpy failed(&inbox, &ConversationInbox::failed);
        inbox.setQuery(u"open"_s, {}, {});
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(inbox.routesMissing());
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

QTEST_GUILESS_MAIN(hexclave::tests::TestConversationInbox)
#include "tst_ConversationInbox.moc"
