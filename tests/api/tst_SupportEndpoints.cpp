// The support endpoints against the TestServer (the emulator, or a live server with the dashboard
// account): a conversation with a scratch user created, found by search, status and user, read,
// replied to (open → pending), noted, closed (and refused when closed again), its attributes
// saved; a project the account does not own (PROJECT_NOT_FOUND). The first page goes without
// limit/offset, and only an answer with hasMore pages on; an older emulator refuses limit/offset
// and a build without support answers the plain-text 404 (isMissingSupportRoutes).
// A live run leaves its conversation behind, closed (the API cannot delete conversations); the
// scratch user is deleted, so the conversation shows no customer afterwards.

#include "ApiTestHelpers.h"
#include "ScratchUsers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"
#include "endpoints/SupportEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace support = api::support;

namespace {

const QString unknownId = u"3241a285-8329-4d69-8f3d-316e08cf140c"_s;

bool listsId(const api::ConversationList &list, const QString &id)
{
    return std::any_of(list.conversations.cbegin(), list.conversations.cend(),
                       [&id](const api::ConversationSummary &s) { return s.conversationId == id; });
}

} // namespace

class TestSupportEndpoints : public ScratchUserTestCase
{
    Q_OBJECT

private:
    // A dashboard-account client for `server`, signed in with the password.
    std::unique_ptr<api::ApiClient> dashboardClient(const QUrl &apiRoot, const QString &publishableKey, const QString &email,
                                                    const QString &password)
    {
        auto authenticator = std::make_unique<api::DashboardAuthenticator>(publishableKey);
        auto *dashboard = authenticator.get();
        auto client = std::make_unique<api::ApiClient>(&m_network, apiRoot, std::move(authenticator));
        JobOutcome signIn(client->send(api::auth::passwordSignIn(email, password)));
        if (!signIn.waitFinished() || !signIn.succeeded())
            return nullptr;
        dashboard->setTokens(signIn.value().accessToken, signIn.value().refreshToken);
        return client;
    }

    std::unique_ptr<api::ApiClient> dashboardClient()
    {
        return dashboardClient(m_server->apiRoot(), m_server->publishableClientKey(), m_server->email(), m_server->password());
    }

    template <class T>
    static std::optional<T> fetch(api::ApiClient &client, const api::Call<T> &call)
    {
        JobOutcome outcome(client.send(call));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << outcome.error().technicalSummary() << outcome.error().message.left(300);
            return std::nullopt;
        }
        return outcome.value();
    }

    template <class T>
    static api::ApiError failure(api::ApiClient &client, const api::Call<T> &call)
    {
        JobOutcome outcome(client.send(call));
        if (!outcome.waitFinished() || outcome.succeeded())
            return {};
        return outcome.error();
    }

    support::ConversationQuery query(const QString &search = {}) const
    {
        support::ConversationQuery q;
        q.projectId = m_server->projectId();
        q.search = search;
        return q;
    }

    // A live server built before support conversations answers the plain-text 404 of fixture 46:
    // there the check is that the client recognises it (and nothing else can be tested).
    bool liveServerLacksSupport(const api::ApiError &error) const
    {
        if (!m_server->isLive() || !support::isMissingSupportRoutes(error))
            return false;
        qInfo("the live server has no support routes: its 404 was recognised as such");
        return true;
    }

private Q_SLOTS:
    void conversationLifeCycle()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto dashboard = dashboardClient();
        QVERIFY2(dashboard, "password sign-in failed");
        {
            const api::ApiError error = failure(*dashboard, support::conversations(query()));
            if (liveServerLacksSupport(error))
                return;
            QVERIFY2(!error.isError(), qPrintable(error.technicalSummary() + u' ' + error.message));
        }
        const auto customer = m_users->create(u"support-customer"_s);
        QVERIFY(customer);
        const auto me = fetch(*dashboard, api::users::currentDashboardUser());
        QVERIFY(me);

        support::NewConversation created;
        created.projectId = m_server->projectId();
        created.userId = customer->id;
        created.subject = TestServer::uniqueName(u"Endpoint test"_s);
        created.initialMessage = u"Hello from tst_SupportEndpoints"_s;
        created.priority = u"high"_s;
        JobOutcome createdJob(dashboard->send(support::createConversation(created)));
        HEXCLAVE_WAIT_JOB(createdJob);
        QVERIFY2(createdJob.succeeded(), qPrintable(createdJob.error().technicalSummary()));
        QCOMPARE(createdJob.httpStatus(), 200);
        const QString id = createdJob.value().conversationId;
        QVERIFY(!id.isEmpty());

        // Found by its subject, by status and by its user.
        auto found = fetch(*dashboard, support::conversations(query(created.subject)));
        QVERIFY(found);
        QCOMPARE(found->conversations.size(), 1);
        const api::ConversationSummary &summary = found->conversations.first();
        QCOMPARE(summary.conversationId, id);
        QCOMPARE(summary.status, u"open"_s);
        QCOMPARE(summary.priority, u"high"_s);
        QCOMPARE(summary.userId, customer->id);
        QCOMPARE(summary.userPrimaryEmail, customer->primaryEmail.value_or(QString()));
        QCOMPARE(summary.preview, created.initialMessage);
        QVERIFY(summary.metadata.tags.isEmpty());
        QVERIFY(summary.metadata.assignedToUserId.isEmpty());
        auto byStatus = query(created.subject);
        byStatus.status = u"closed"_s;
        QVERIFY(fetch(*dashboard, support::conversations(byStatus))->conversations.isEmpty());
        auto byUser = query();
        byUser.userId = customer->id;
        found = fetch(*dashboard, support::conversations(byUser));
        QVERIFY(found && found->conversations.size() == 1 && found->conversations.first().conversationId == id);

        auto detail = fetch(*dashboard, support::conversation(m_server->projectId(), id));
        QVERIFY(detail);
        QCOMPARE(detail->messages.size(), 1);
        QCOMPARE(detail->messages.first().kind(), api::ConversationMessage::Kind::AgentReply);
        QCOMPARE(detail->messages.first().sender.id, me->id);

        // Reply: open → pending; a note changes nothing but the thread.
        detail = fetch(*dashboard, support::reply(m_server->projectId(), id, u"A reply"_s));
        QVERIFY(detail);
        QCOMPARE(detail->conversation.status, u"pending"_s);
        QCOMPARE(detail->messages.last().body, u"A reply"_s);
        detail = fetch(*dashboard, support::addInternalNote(m_server->projectId(), id, u"A note"_s));
        QVERIFY(detail);
        QCOMPARE(detail->conversation.status, u"pending"_s);
        QCOMPARE(detail->messages.last().kind(), api::ConversationMessage::Kind::InternalNote);
        QCOMPARE(detail->messages.size(), 3);

        // Attributes: all four together.
        support::ConversationAttributes attributes;
        attributes.assignedToUserId = me->id;
        attributes.assignedToDisplayName = me->displayName.value_or(u"Me"_s);
        attributes.priority = u"urgent"_s;
        attributes.tags = {u"billing"_s, u" vip "_s, u"billing"_s};
        detail = fetch(*dashboard, support::updateAttributes(m_server->projectId(), id, attributes));
        QVERIFY(detail);
        QCOMPARE(detail->conversation.metadata.assignedToUserId, me->id);
        QCOMPARE(detail->conversation.priority, u"urgent"_s);
        QCOMPARE(detail->conversation.metadata.tags, (QStringList{u"billing"_s, u"vip"_s}));
        QCOMPARE(detail->messages.size(), 3);

        // Closed, then refused when closed again.
        detail = fetch(*dashboard, support::setStatus(m_server->projectId(), id, u"closed"_s));
        QVERIFY(detail);
        QCOMPARE(detail->conversation.status, u"closed"_s);
        QVERIFY(detail->conversation.closedAtMillis || m_server->isLive());
        QCOMPARE(detail->messages.last().kind(), api::ConversationMessage::Kind::StatusChange);
        QCOMPARE(detail->messages.last().newStatus, u"closed"_s);
        const api::ApiError again = failure(*dashboard, support::setStatus(m_server->projectId(), id, u"closed"_s));
        QCOMPARE(again.httpStatus, 400);
        QVERIFY(again.code.isEmpty());
        QCOMPARE(again.message, u"Conversation is already closed."_s);

        // Unknown conversation: plain-text 404 (not "missing routes" on the list).
        const api::ApiError unknown = failure(*dashboard, support::conversation(m_server->projectId(), unknownId));
        QCOMPARE(unknown.httpStatus, 404);
        QCOMPARE(unknown.message, u"Conversation not found."_s);
    }

    void projectTheAccountDoesNotOwn()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto dashboard = dashboardClient();
        QVERIFY2(dashboard, "password sign-in failed");
        support::ConversationQuery foreign;
        foreign.projectId = unknownId;
        const api::ApiError error = failure(*dashboard, support::conversations(foreign));
        if (liveServerLacksSupport(error))
            return;
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.code, u"PROJECT_NOT_FOUND"_s);
        QCOMPARE(error.details.value(u"project_id"_s).toString(), unknownId);
        QVERIFY(!support::isMissingSupportRoutes(error));
    }

    void pagesOnlyWhenTheServerSaysHasMore()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto dashboard = dashboardClient();
        QVERIFY2(dashboard, "password sign-in failed");
        JobOutcome first(dashboard->send(support::conversations(query())));
        HEXCLAVE_WAIT_JOB(first);
        if (!first.succeeded() && liveServerLacksSupport(first.error()))
            return;
        QVERIFY2(first.succeeded(), qPrintable(first.error().technicalSummary()));
        if (!first.value().hasMore) {
            // An older live server answers everything at once (up to 200) and refuses paging.
            QVERIFY(m_server->isLive()); // the emulator is the newest version
            QVERIFY(first.value().conversations.size() <= 200);
            auto paged = query();
            paged.limit = 10;
            QCOMPARE(failure(*dashboard, support::conversations(paged)).code, u"SCHEMA_ERROR"_s);
            return;
        }
        if (!*first.value().hasMore) {
            // Fewer conversations than a page: only possible live (the emulator has 60, the page is 50).
            QVERIFY(m_server->isLive());
            return;
        }
        auto next = query();
        next.limit = int(first.value().conversations.size());
        next.offset = int(first.value().conversations.size());
        const auto second = fetch(*dashboard, support::conversations(next));
        QVERIFY(second && second->hasMore);
        QVERIFY(!second->conversations.isEmpty());
        for (const api::ConversationSummary &summary : second->conversations)
            QVERIFY(!listsId(first.value(), summary.conversationId));
    }

    // Always on emulators of their own (also when the tests run live): the server versions a live
    // server may or may not be.
    void olderAndMissingVersions()
    {
        for (const auto version : {emulator::SupportRoutesVersion::Unpaged, emulator::SupportRoutesVersion::Missing}) {
            emulator::Emulator server({.userCount = 10, .conversationCount = 30, .supportRoutes = version});
            QVERIFY(server.start());
            const emulator::DemoAccount account = server.demoAccount();
            auto dashboard = dashboardClient(server.apiRoot(), account.publishableClientKey, account.email, account.password);
            QVERIFY(dashboard);
            support::ConversationQuery q;
            q.projectId = account.projectId;
            JobOutcome first(dashboard->send(support::conversations(q)));
            HEXCLAVE_WAIT_JOB(first);
            if (version == emulator::SupportRoutesVersion::Missing) {
                QVERIFY(!first.succeeded());
                QVERIFY(support::isMissingSupportRoutes(first.error()));
                continue;
            }
            QVERIFY(first.succeeded());
            QVERIFY(!first.value().hasMore); // everything at once
            QCOMPARE(first.value().conversations.size(), 30);
            q.limit = 10;
            const api::ApiError refused = failure(*dashboard, support::conversations(q));
            QCOMPARE(refused.code, u"SCHEMA_ERROR"_s);
            QVERIFY(!support::isMissingSupportRoutes(refused));
        }
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSupportEndpoints)
#include "tst_SupportEndpoints.moc"
