#include "SupportWatcher.h"

#include "core/ApiClient.h"
#include "endpoints/SupportEndpoints.h"

#include <QSet>
#include <QTimer>

namespace hexclave::models {

namespace {

bool customerWroteLast(const api::ConversationSummary &summary)
{
    const api::ConversationMetadata &metadata = summary.metadata;
    if (summary.lastMessageType != QLatin1String("message") || !metadata.lastCustomerReplyAtMillis)
        return false;
    return !metadata.lastAgentReplyAtMillis || *metadata.lastCustomerReplyAtMillis >= *metadata.lastAgentReplyAtMillis;
}

bool answered(const api::ConversationSummary &summary)
{
    const api::ConversationMetadata &metadata = summary.metadata;
    return metadata.lastAgentReplyAtMillis && metadata.lastCustomerReplyAtMillis
        && *metadata.lastAgentReplyAtMillis >= *metadata.lastCustomerReplyAtMillis;
}

} // namespace

SupportWatcher::SupportWatcher(api::ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SupportWatcher::poll);
}

SupportWatcher::~SupportWatcher()
{
    if (m_job) {
        api::ApiJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->abort();
    }
}

void SupportWatcher::start()
{
    m_running = true;
    m_stoppedForGood = false;
    pollNow();
}

void SupportWatcher::stop()
{
    m_running = false;
    m_queued = false;
    m_timer->stop();
}

void SupportWatcher::pollNow()
{
    if (m_stoppedForGood)
        return;
    if (isLoading()) {
        m_queued = true;
        return;
    }
    poll();
}

bool SupportWatcher::isLoading() const
{
    return !m_job.isNull();
}

int SupportWatcher::nextPollMs() const
{
    return m_backoff.nextMs();
}

void SupportWatcher::setPollIntervalsForTesting(const QList<int> &intervalsMs)
{
    m_backoff.setIntervals(intervalsMs);
    if (m_timer->isActive())
        m_timer->start(nextPollMs());
}

void SupportWatcher::markRead(const QString &id)
{
    if (!m_unread.contains(id))
        return;
    QStringList unread = m_unread;
    unread.removeAll(id);
    setUnread(unread);
}

void SupportWatcher::poll()
{
    m_timer->stop();
    if (isLoading() || m_stoppedForGood)
        return;
    if (!m_client)
        return;
    api::support::ConversationQuery query;
    query.projectId = m_projectId;
    query.status = QStringLiteral("open");
    // The first page only, without limit/offset: servers before paging refuse them.
    auto *job = m_client->send(api::support::conversations(query));
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] { handleAnswer(job); });
}

void SupportWatcher::handleAnswer(api::ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->succeeded()) {
        m_backoff.succeeded();
        m_lastError = {};
        absorb(static_cast<api::Job<api::ConversationList> *>(job)->value());
    } else {
        m_lastError = job->error();
        m_backoff.failed();
        if (api::support::isMissingSupportRoutes(m_lastError) || m_lastError.is(u"PROJECT_NOT_FOUND")) {
            // Asking again will not make the routes or the membership appear.
            m_stoppedForGood = true;
            m_queued = false;
            m_timer->stop();
        }
        emit failed(m_lastError);
    }
    schedule();
}

void SupportWatcher::absorb(const api::ConversationList &list)
{
    const bool firstLoad = !m_loaded;
    QList<api::ConversationSummary> news;
    QSet<QString> listed;
    QSet<QString> answeredIds;
    for (const api::ConversationSummary &row : list.conversations) {
        listed.insert(row.conversationId);
        const std::optional<qint64> customerReply = row.metadata.lastCustomerReplyAtMillis;
        if (!firstLoad) {
            const auto seen = m_seen.constFind(row.conversationId);
            if (seen != m_seen.cend()) {
                if (customerReply && *customerReply > seen->value_or(0))
                    news.append(row);
            } else if (customerWroteLast(row)) {
                news.append(row);
            }
        }
        if (answered(row))
            answeredIds.insert(row.conversationId);
        m_seen.insert(row.conversationId, customerReply);
    }

    // Marks leave with the conversation: closed, answered (an agent reply makes it pending), or
    // read. A list cut short by paging cannot tell what left.
    const bool complete = !list.hasMore.value_or(false);
    QStringList unread;
    for (const QString &id : std::as_const(m_unread)) {
        if ((complete && !listed.contains(id)) || answeredIds.contains(id))
            continue;
        unread.append(id);
    }
    for (const api::ConversationSummary &row : std::as_const(news)) {
        if (!unread.contains(row.conversationId))
            unread.append(row.conversationId);
    }
    m_loaded = true;
    setUnread(unread);
    emit loaded();
    if (!news.isEmpty())
        emit newCustomerMessages(news);
}

void SupportWatcher::schedule()
{
    if (isLoading() || m_stoppedForGood)
        return; // a slot connected to loaded() or failed() started a poll already
    if (m_queued) {
        m_queued = false;
        poll();
        return;
    }
    if (m_running)
        m_timer->start(nextPollMs());
}

void SupportWatcher::setUnread(const QStringList &ids)
{
    if (ids == m_unread)
        return;
    m_unread = ids;
    emit unreadChanged(unreadCount());
}

} // namespace hexclave::models
