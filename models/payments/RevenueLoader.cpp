#include "RevenueLoader.h"

#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"

#include <algorithm>

namespace hexclave::models {

RevenueLoader::RevenueLoader(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

RevenueLoader::~RevenueLoader()
{
    // Aborting finishes the job at once: its handler must not report a failure from a dying loader.
    ++m_generation;
    if (m_job)
        m_job->abort();
}

void RevenueLoader::loadMetrics()
{
    if (m_metricsState != MetricsState::NotAsked && m_metricsState != MetricsState::Unavailable)
        return;
    if (!m_client) {
        m_metricsState = MetricsState::Unavailable;
        Q_EMIT metricsFinished();
        return;
    }
    m_metricsState = MetricsState::Asking;
    auto *job = m_client->send(api::payments::revenueMetrics(m_scope));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->succeeded()) {
            m_metrics = job->takeValue();
            m_metricsSeries.clear();
            m_metricsSeries.addMetrics(*m_metrics);
            m_metricsError = {};
            // A server whose analytics answer without any daily figure has no usable metrics.
            m_metricsState = m_metrics->dailyRevenue.isEmpty() ? MetricsState::Unavailable : MetricsState::Available;
        } else {
            m_metrics.reset();
            m_metricsError = job->error();
            m_metricsState = MetricsState::Unavailable;
        }
        Q_EMIT metricsFinished();
    });
}

QDate RevenueLoader::metricsSince() const
{
    if (!m_metrics || m_metrics->dailyRevenue.isEmpty())
        return {};
    QDate first = m_metrics->dailyRevenue.constFirst().date;
    for (const api::DailyRevenue &day : m_metrics->dailyRevenue)
        first = std::min(first, day.date);
    return first;
}

bool RevenueLoader::ledgerCovers(QDate first) const
{
    return m_reachedEnd || (m_coveredSince.isValid() && m_coveredSince <= first);
}

void RevenueLoader::readLedgerSince(QDate first)
{
    if (!m_wanted.isValid() || first < m_wanted)
        m_wanted = first;
    if (m_job || ledgerCovers(m_wanted))
        return;
    requestPage();
}

void RevenueLoader::cancelLedger()
{
    ++m_generation;
    m_wanted = {};
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void RevenueLoader::requestPage()
{
    if (!m_client) {
        Q_EMIT ledgerFailed(api::ApiError::cancelled());
        return;
    }
    api::payments::TransactionsQuery query;
    query.cursor = m_cursor;
    query.limit = pageSize;
    auto *job = m_client->send(api::payments::transactions(m_scope, query));
    m_job = job;
    const int generation = m_generation;
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return; // cancelled meanwhile
        m_job = nullptr;
        if (!job->succeeded()) {
            m_wanted = {};
            Q_EMIT ledgerFailed(job->error());
            return;
        }
        api::TransactionsPage page = job->takeValue();
        m_ledger.addTransactions(page.transactions);
        qint64 oldest = -1;
        for (const api::Transaction &transaction : std::as_const(page.transactions))
            oldest = oldest < 0 ? transaction.createdAtMillis : std::min(oldest, transaction.createdAtMillis);
        if (!page.nextCursor || page.nextCursor->isEmpty() || page.transactions.isEmpty()) {
            m_reachedEnd = true;
            m_cursor.clear();
        } else {
            m_cursor = *page.nextCursor;
            // The oldest row's day may go on in the next page: complete from the day after it.
            const QDate day = RevenueSeries::dayOf(oldest).addDays(1);
            if (!m_coveredSince.isValid() || day < m_coveredSince)
                m_coveredSince = day;
        }
        Q_EMIT ledgerProgress(m_ledger.transactionCount(), m_coveredSince);
        if (ledgerCovers(m_wanted)) {
            m_wanted = {};
            Q_EMIT ledgerFinished();
            return;
        }
        requestPage();
    });
}

} // namespace hexclave::models
