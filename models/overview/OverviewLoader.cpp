#include "OverviewLoader.h"

#include "DegradedMetricsBuilder.h"
#include "core/ApiClient.h"
#include "endpoints/MetricsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QDateTime>

namespace hexclave::models {

OverviewLoader::OverviewLoader(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

OverviewLoader::~OverviewLoader()
{
    abortRunning();
}

void OverviewLoader::abortRunning()
{
    // Aborting finishes the job at once: its handler must not see it as an answer.
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

qint64 OverviewLoader::usersRead() const
{
    return m_builder ? m_builder->usersRead() : m_data.usersRead;
}

void OverviewLoader::setPageLimits(int pageSize, int maxPages)
{
    m_pageSize = std::max(1, pageSize);
    m_maxPages = std::max(1, maxPages);
}

bool OverviewLoader::meansNoMetrics(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Http:
        // 404: a server older than the route (its plain "not found", not a known error of ours).
        return error.httpStatus >= 500 || (error.httpStatus == 404 && error.code.isEmpty());
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Parse:
        return true;
    default:
        return false;
    }
}

void OverviewLoader::load()
{
    abortRunning();
    m_builder.reset();
    m_error = {};
    m_metricsError = {};
    if (!m_client) {
        fail(api::ApiError::cancelled());
        return;
    }
    m_state = State::AskingMetrics;
    auto *job = m_client->send(api::metrics::projectMetrics(m_scope));
    m_job = job;
    const int generation = m_generation;
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (job->succeeded()) {
            OverviewData data;
            data.metrics = job->takeValue();
            data.today = m_now().date();
            m_data = std::move(data);
            m_state = State::Loaded;
            Q_EMIT loaded();
            return;
        }
        if (!meansNoMetrics(job->error())) {
            fail(job->error());
            return;
        }
        m_metricsError = job->error();
        m_builder = std::make_unique<DegradedMetricsBuilder>(m_now().date());
        m_cursor.clear();
        m_pagesRead = 0;
        m_state = State::ReadingUsers;
        Q_EMIT degradedStarted(m_metricsError);
        requestUsersPage();
    });
}

void OverviewLoader::requestUsersPage()
{
    if (!m_client) {
        fail(api::ApiError::cancelled());
        return;
    }
    api::users::ListQuery query;
    query.limit = m_pageSize;
    query.cursor = m_cursor;
    query.orderBy = api::users::OrderBy::SignedUpAt;
    query.descending = true;
    query.includeAnonymous = true; // counted apart
    auto *job = m_client->send(api::users::list(m_scope, query));
    m_job = job;
    const int generation = m_generation;
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const api::Page<api::User> page = job->takeValue();
        m_builder->addUsers(page.items);
        ++m_pagesRead;
        Q_EMIT usersProgress(m_builder->usersRead());
        const bool more = page.hasMore() && !page.items.isEmpty();
        if (!more || m_pagesRead >= m_maxPages) {
            finishDegraded(more);
            return;
        }
        m_cursor = *page.nextCursor;
        requestUsersPage();
    });
}

void OverviewLoader::finishDegraded(bool capped)
{
    OverviewData data = m_builder->result(capped);
    data.metricsError = m_metricsError;
    m_builder.reset();
    m_data = std::move(data);
    m_state = State::Loaded;
    Q_EMIT loaded();
}

void OverviewLoader::fail(const api::ApiError &error)
{
    m_builder.reset();
    m_error = error;
    m_state = State::Failed;
    Q_EMIT failed(error);
}

} // namespace hexclave::models
