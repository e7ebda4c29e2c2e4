#include "Support.h"

#include "Await.h"
#include "ProcessMemory.h"

#include "connections/ConnectionSession.h"
#include "connections/Workspace.h"
#include "endpoints/SupportEndpoints.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"
#include "support/SupportWatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace hexclave::bench {

namespace {

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs `start` and spins until the inbox loaded or failed; the time in ms, or -1 on failure.
template <class Start>
double untilLoaded(models::ConversationInbox &inbox, Start start, QString *error)
{
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&inbox, &models::ConversationInbox::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&inbox, &models::ConversationInbox::failed, &loop, [&](const api::ApiError &failure) {
        failed = true;
        *error = QStringLiteral("ConversationInbox: ") + failure.technicalSummary();
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    start();
    loop.exec();
    const double ms = elapsedMs(clock);
    inbox.disconnect(&loop);
    return failed ? -1 : ms;
}

double untilPolled(models::SupportWatcher &watcher, QString *error)
{
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&watcher, &models::SupportWatcher::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &models::SupportWatcher::failed, &loop, [&](const api::ApiError &failure) {
        failed = true;
        *error = QStringLiteral("SupportWatcher: ") + failure.technicalSummary();
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    watcher.pollNow();
    loop.exec();
    const double ms = elapsedMs(clock);
    watcher.disconnect(&loop);
    return failed ? -1 : ms;
}

} // namespace

SupportBench::SupportBench(QUrl apiRoot, QString publishableKey, QString email, QString password, QString projectId)
    : m_apiRoot(std::move(apiRoot))
    , m_publishableKey(std::move(publishableKey))
    , m_email(std::move(email))
    , m_password(std::move(password))
    , m_projectId(std::move(projectId))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_workspace(std::make_unique<api::Workspace>(m_network.get(), nullptr, nullptr))
{
}

SupportBench::~SupportBench() = default;

bool SupportBench::signIn(QString *error)
{
    api::Connection connection = api::Connection::selfHosted(m_apiRoot);
    connection.kind = api::CredentialKind::DashboardAccount;
    connection.publishableClientKey = m_publishableKey;
    m_session = m_workspace->addConnection(connection);
    QEventLoop loop;
    QObject::connect(m_session, &api::ConnectionSession::stateChanged, &loop, [&loop](api::ConnectionSession::State state) {
        if (state != api::ConnectionSession::State::Opening)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    m_session->signInWithPassword(m_email, m_password);
    if (m_session->state() == api::ConnectionSession::State::Opening)
        loop.exec();
    if (m_session->state() != api::ConnectionSession::State::Ready || !m_session->client()) {
        *error = QStringLiteral("dashboard sign-in: ") + m_session->lastError().technicalSummary();
        return false;
    }
    return true;
}

SupportFigures SupportBench::measure(int runs, int threadRuns, int threadMessages,
                                     const std::function<QString(const QString &conversationId)> &appendCustomerMessage)
{
    SupportFigures figures;
    if (!signIn(&figures.error))
        return figures;
    api::ApiClient &client = *m_session->client();

    api::support::ConversationQuery query;
    query.projectId = m_projectId;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        api::ConversationList list;
        api::ApiError error;
        QElapsedTimer clock;
        clock.start();
        if (!await(client, api::support::conversations(query), &list, &error)) {
            figures.error = QStringLiteral("support::conversations: ") + error.technicalSummary();
            return figures;
        }
        if (run > 0)
            figures.clientFirstPageMs.append(elapsedMs(clock));
        figures.firstPageRows = int(list.conversations.size());
    }

    for (int run = 0; run < runs; ++run) {
        models::ConversationInbox inbox(&client, m_projectId);
        const double ms = untilLoaded(inbox, [&inbox] { inbox.refresh(); }, &figures.error);
        if (ms < 0)
            return figures;
        figures.inboxLoadMs.append(ms);
    }

    models::ConversationInbox inbox(&client, m_projectId);
    if (untilLoaded(inbox, [&inbox] { inbox.refresh(); }, &figures.error) < 0)
        return figures;
    for (int run = 0; run < runs; ++run) {
        const double ms = untilLoaded(inbox, [&inbox] { inbox.refresh(); }, &figures.error);
        if (ms < 0)
            return figures;
        figures.inboxRefreshMs.append(ms);
    }
    // New customer messages are the SupportWatcher's (the open list, whatever the inbox shows).
    models::SupportWatcher watcher(&client, m_projectId);
    if (untilPolled(watcher, &figures.error) < 0)
        return figures;
    QObject::connect(&watcher, &models::SupportWatcher::newCustomerMessages, &watcher,
                     [&figures](const QList<api::ConversationSummary> &conversations) {
                         figures.newMessagesReported = int(conversations.size());
                     });
    for (int run = 0; run < runs; ++run) {
        appendCustomerMessage(QString());
        const double ms = untilPolled(watcher, &figures.error);
        if (ms < 0)
            return figures;
        figures.changedRefreshMs.append(ms);
    }

    QElapsedTimer walk;
    walk.start();
    figures.walkPages = 1;
    while (inbox.canLoadMore()) {
        if (untilLoaded(inbox, [&inbox] { inbox.loadMore(); }, &figures.error) < 0)
            return figures;
        ++figures.walkPages;
    }
    figures.walkMs = elapsedMs(walk);
    figures.walkRows = inbox.model()->rowCount();

    memory::releaseFreeHeap();
    figures.rssBeforeKb = memory::residentKb();
    {
        models::ConversationInbox full(&client, m_projectId);
        if (untilLoaded(full, [&full] { full.refresh(); }, &figures.error) < 0)
            return figures;
        while (full.canLoadMore()) {
            if (untilLoaded(full, [&full] { full.loadMore(); }, &figures.error) < 0)
                return figures;
        }
        figures.memoryRows = full.model()->rowCount();
        memory::releaseFreeHeap();
        figures.rssLoadedKb = memory::residentKb();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    memory::releaseFreeHeap();
    figures.rssReleasedKb = memory::residentKb();

    figures.thread = measureLongConversation(*m_session, m_projectId, threadMessages, threadRuns, appendCustomerMessage);
    if (!figures.thread.error.isEmpty())
        figures.error = figures.thread.error;
    return figures;
}

} // namespace hexclave::bench
