#include "SendAllUsersCounter.h"

#include "core/ApiClient.h"
#include "endpoints/UsersEndpoints.h"

#include <algorithm>

namespace hexclave::models {

SendAllUsersCounter::SendAllUsersCounter(api::ApiClient *client, api::ProjectScope scope, int limit, int pageSize,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_limit(std::max(1, limit))
    , m_pageSize(std::max(1, pageSize))
{
}

SendAllUsersCounter::~SendAllUsersCounter()
{
    cancel();
}

void SendAllUsersCounter::start()
{
    cancel();
    m_users.clear();
    m_error = {};
    m_capped = false;
    m_finished = false;
    requestPage({});
}

void SendAllUsersCounter::cancel()
{
    if (m_job) {
        api::ApiJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->abort();
    }
}

int SendAllUsersCounter::withoutEmailCount() const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(), [](const api::User &user) {
        return !user.primaryEmail || user.primaryEmail->isEmpty();
    }));
}

void SendAllUsersCounter::requestPage(const QString &cursor)
{
    if (!m_client) {
        m_error.kind = api::ApiError::Kind::Network;
        m_error.message = tr("The connection to the server was closed.");
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    api::users::ListQuery query;
    // One more than the limit at most, to tell "exactly the limit" from "more".
    query.limit = std::min(m_pageSize, m_limit + 1 - int(m_users.size()));
    query.cursor = cursor;
    query.includeAnonymous = true; // the server sends to these too (and includes restricted ones)
    auto *job = m_client->send(api::users::list(m_scope, query));
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_job = nullptr;
        if (!job->succeeded()) {
            m_error = job->error();
            m_finished = true;
            Q_EMIT finished();
            return;
        }
        api::Page<api::User> page = job->takeValue();
        m_users.append(page.items);
        if (m_users.size() > m_limit) {
            m_users.resize(m_limit);
            m_capped = true;
        }
        Q_EMIT progressed(count());
        if (!m_capped && page.hasMore() && !page.items.isEmpty()) {
            requestPage(*page.nextCursor);
            return;
        }
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace hexclave::models
