#include "TeamMemberCounts.h"

#include "core/ApiClient.h"
#include "endpoints/UsersEndpoints.h"

#include <QLocale>

#include <utility>

namespace hexclave::models {

TeamMemberCounts::TeamMemberCounts(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

TeamMemberCounts::~TeamMemberCounts()
{
    clear();
}

QString TeamMemberCounts::text(const Count &count)
{
    switch (count.state) {
    case Count::State::Unknown: return {};
    case Count::State::Pending: return QStringLiteral("…");
    case Count::State::Failed: return QStringLiteral("?");
    case Count::State::Known: break;
    }
    const QString number = QLocale().toString(count.members);
    return count.atLeast ? number + u'+' : number;
}

api::Call<api::Page<api::User>> TeamMemberCounts::countCall(const api::ProjectScope &scope, const QString &teamId,
                                                            int pageLimit)
{
    api::users::ListQuery query;
    query.limit = pageLimit;
    query.teamId = teamId;
    query.includeAnonymous = true; // and restricted: every member counts
    return api::users::list(scope, query);
}

TeamMemberCounts::Count TeamMemberCounts::countFrom(const api::Job<api::Page<api::User>> &finished)
{
    Count count;
    if (finished.succeeded()) {
        count.state = Count::State::Known;
        count.members = int(finished.value().items.size());
        count.atLeast = finished.value().hasMore();
    } else {
        count.state = Count::State::Failed;
        count.error = finished.error();
    }
    return count;
}

void TeamMemberCounts::request(const QStringList &teamIds)
{
    const QStringList waiting = std::exchange(m_queue, {});
    for (const QString &teamId : teamIds) {
        if (m_running.contains(teamId) || m_queue.contains(teamId))
            continue;
        const auto known = m_counts.constFind(teamId);
        if (known != m_counts.cend() && known->state != Count::State::Pending)
            continue; // known, or failed (counted again after invalidate() or clear())
        m_queue << teamId;
        if (known == m_counts.cend()) {
            Count pending;
            pending.state = Count::State::Pending;
            m_counts.insert(teamId, pending);
            Q_EMIT countChanged(teamId);
        }
    }
    // What was waiting but is no longer on screen is not counted after all.
    for (const QString &teamId : waiting) {
        if (!m_queue.contains(teamId)) {
            m_counts.remove(teamId);
            Q_EMIT countChanged(teamId);
        }
    }
    startNext();
}

void TeamMemberCounts::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_maxConcurrent) {
        const QString teamId = m_queue.takeFirst();
        if (!m_client) {
            Count failed;
            failed.state = Count::State::Failed;
            failed.error = api::ApiError::cancelled();
            m_counts.insert(teamId, failed);
            Q_EMIT countChanged(teamId);
            continue;
        }
        api::ApiJob *job = m_client->send(countCall(m_scope, teamId, m_pageLimit));
        m_running.insert(teamId, job);
        connect(job, &api::ApiJob::finished, this, [this, teamId, job] { finish(teamId, job); });
    }
}

void TeamMemberCounts::finish(const QString &teamId, api::ApiJob *job)
{
    if (m_running.value(teamId) != job)
        return; // invalidated or cleared meanwhile
    m_running.remove(teamId);
    m_counts.insert(teamId, countFrom(*static_cast<api::Job<api::Page<api::User>> *>(job)));
    Q_EMIT countChanged(teamId);
    startNext();
}

void TeamMemberCounts::setCount(const QString &teamId, int members, bool atLeast)
{
    m_queue.removeAll(teamId);
    if (QPointer<api::ApiJob> running = m_running.take(teamId))
        running->abort();
    Count known;
    known.state = Count::State::Known;
    known.members = members;
    known.atLeast = atLeast;
    m_counts.insert(teamId, known);
    Q_EMIT countChanged(teamId);
    startNext();
}

void TeamMemberCounts::invalidate(const QString &teamId)
{
    m_queue.removeAll(teamId);
    if (QPointer<api::ApiJob> running = m_running.take(teamId))
        running->abort();
    if (m_counts.remove(teamId) > 0)
        Q_EMIT countChanged(teamId);
    startNext();
}

void TeamMemberCounts::clear()
{
    m_queue.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<api::ApiJob> &job : running) {
        if (job)
            job->abort();
    }
    m_counts.clear();
}

} // namespace hexclave::models
