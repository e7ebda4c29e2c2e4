#include "ConversationInbox.h"

#include "core/ApiClient.h"
#include "endpoints/SupportEndpoints.h"
#include "support/ConversationsModel.h"

#include <QTimer>

#include <algorithm>

namespace hexclave::models {

ConversationInbox::ConversationInbox(api::ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_model(new ConversationsModel(this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isLoading())
            return; // rescheduled when the load under way ends
        startLoad(m_loaded ? LoadKind::Refresh : LoadKind::Reload);
    });
}

ConversationInbox::~ConversationInbox()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
}

ConversationsModel *ConversationInbox::model() const
{
    return m_model;
}

void ConversationInbox::setQuery(const QString &status, const QString &search, const QString &userId)
{
    m_status = status;
    m_search = search.trimmed();
    m_userId = userId;
    m_loaded = false;
    m_hasMore = false;
    m_loadedCount = 0;
    m_refreshQueued = false;
    m_moreQueued = false;
    m_model->clear();
    startLoad(LoadKind::Reload);
}

void ConversationInbox::refresh()
{
    if (isLoading()) {
        // A reload brings fresh rows anyway; other loads are followed by a refresh.
        if (m_loadKind != LoadKind::Reload)
            m_refreshQueued = true;
        return;
    }
    startLoad(m_loaded ? LoadKind::Refresh : LoadKind::Reload);
}

void ConversationInbox::loadMore()
{
    if (!canLoadMore())
        return;
    if (isLoading()) {
        m_moreQueued = true;
        return;
    }
    startLoad(LoadKind::More);
}

void ConversationInbox::replaceConversation(const api::ConversationSummary &summary)
{
    if (m_model->rowOf(summary.conversationId) < 0)
        return;
    m_seenActivity.insert(summary.conversationId, summary.lastActivityAtMillis);
    if (!m_status.isEmpty() && summary.status != m_status) {
        m_model->removeConversation(summary.conversationId);
        m_loadedCount = std::max(0, m_loadedCount - 1); // the server no longer counts it either
        return;
    }
    m_model->replaceConversation(summary);
}

bool ConversationInbox::canLoadMore() const
{
    return m_loaded && m_paged && m_hasMore;
}

void ConversationInbox::setAutoRefresh(bool enabled)
{
    m_autoRefresh = enabled;
    if (!enabled)
        m_refreshTimer->stop();
    else if (!isLoading())
        scheduleNextRefresh();
}

int ConversationInbox::nextRefreshMs() const
{
    return m_backoff.nextMs();
}

void ConversationInbox::setRefreshIntervalsForTesting(const QList<int> &intervalsMs)
{
    m_backoff.setIntervals(intervalsMs);
    if (m_refreshTimer->isActive())
        scheduleNextRefresh();
}

bool ConversationInbox::isLoading() const
{
    return !m_job.isNull();
}

bool ConversationInbox::routesMissing() const
{
    return m_lastError.isError() && api::support::isMissingSupportRoutes(m_lastError);
}

void ConversationInbox::startLoad(LoadKind kind)
{
    ++m_generation;
    if (m_job) {
        api::ApiJob *old = m_job;
        m_job = nullptr;
        old->abort();
    }
    m_refreshTimer->stop(); // polling waits while a load is under way
    m_loadKind = kind;
    m_pending.clear();
    switch (kind) {
    case LoadKind::Reload:
        requestPage(0, true);
        break;
    case LoadKind::Refresh:
        requestPage(0, !m_paged);
        break;
    case LoadKind::More:
        requestPage(m_loadedCount, false);
        break;
    }
}

void ConversationInbox::requestPage(int offset, bool firstPage)
{
    if (!m_client) {
        failLoad(api::ApiError::cancelled());
        return;
    }
    api::support::ConversationQuery query;
    query.projectId = m_projectId;
    query.status = m_status;
    query.search = m_search;
    query.userId = m_userId;
    // Servers before paging refuse limit/offset: the first page goes without them, and only an
    // answer with hasMore says the server pages.
    if (!firstPage) {
        query.limit = pageSize;
        query.offset = offset;
    }
    auto *job = m_client->send(api::support::conversations(query));
    const int generation = m_generation;
    connect(job, &api::ApiJob::finished, this,
            [this, job, generation, offset, firstPage] { handlePage(job, generation, offset, firstPage); });
    setLoadingJob(job);
}

void ConversationInbox::handlePage(api::ApiJob *job, int generation, int offset, bool firstPage)
{
    if (generation != m_generation)
        return; // the query changed or another load replaced this one
    if (!job->succeeded()) {
        failLoad(job->error());
        return;
    }
    const api::ConversationList &list = static_cast<api::Job<api::ConversationList> *>(job)->value();
    if (firstPage)
        m_paged = list.hasMore.has_value();
    const bool hasMore = list.hasMore.value_or(false);
    m_pending.append(list.conversations);

    if (m_loadKind == LoadKind::Refresh && m_paged && hasMore && m_pending.size() < m_loadedCount) {
        requestPage(offset + int(list.conversations.size()), false);
        return;
    }
    m_hasMore = m_paged && hasMore;
    finishLoad();
}

void ConversationInbox::finishLoad()
{
    const QList<api::ConversationSummary> rows = std::exchange(m_pending, {});
    const LoadKind kind = m_loadKind;
    const QStringList updated = updatedIds(rows, kind);

    if (kind == LoadKind::More) {
        m_model->appendConversations(rows);
        m_loadedCount += int(rows.size());
    } else {
        m_model->setConversations(rows);
        m_loadedCount = int(rows.size());
    }

    m_loaded = true;
    m_backoff.succeeded();
    m_lastError = {};
    setLoadingJob(nullptr);
    emit loaded();
    if (!updated.isEmpty())
        emit conversationsUpdated(updated);
    runQueuedOrSchedule();
}

void ConversationInbox::failLoad(const api::ApiError &error)
{
    m_pending.clear();
    m_lastError = error;
    m_backoff.failed();
    setLoadingJob(nullptr);
    emit failed(error);
    if (routesMissing()) {
        m_refreshQueued = m_moreQueued = false;
        return; // asking again will not make the routes appear
    }
    runQueuedOrSchedule();
}

void ConversationInbox::runQueuedOrSchedule()
{
    if (isLoading())
        return; // a slot connected to loaded() or failed() started a load already
    if (m_moreQueued && canLoadMore()) {
        m_moreQueued = false;
        startLoad(LoadKind::More);
        return;
    }
    m_moreQueued = false;
    if (m_refreshQueued) {
        m_refreshQueued = false;
        startLoad(m_loaded ? LoadKind::Refresh : LoadKind::Reload);
        return;
    }
    scheduleNextRefresh();
}

void ConversationInbox::scheduleNextRefresh()
{
    if (!m_autoRefresh || routesMissing())
        return;
    m_refreshTimer->start(nextRefreshMs());
}

QStringList ConversationInbox::updatedIds(const QList<api::ConversationSummary> &rows, LoadKind kind)
{
    QStringList updated;
    for (const api::ConversationSummary &row : rows) {
        const auto seen = m_seenActivity.constFind(row.conversationId);
        if (kind == LoadKind::Refresh && seen != m_seenActivity.cend() && *seen != row.lastActivityAtMillis)
            updated.append(row.conversationId);
        m_seenActivity.insert(row.conversationId, row.lastActivityAtMillis);
    }
    return updated;
}

void ConversationInbox::setLoadingJob(api::ApiJob *job)
{
    const bool wasLoading = isLoading();
    m_job = job;
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

} // namespace hexclave::models
