#pragma once

#include "RevenueSeries.h"
#include "core/ApiError.h"
#include "core/ApiRequest.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <optional>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// Gathers what the revenue chart is drawn from, without blocking: the server's metrics (asked
// once; many servers have none), and the ledger, read page by page (newest first) back to the
// oldest day asked for. A longer range later continues where the reading stopped.
class RevenueLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueLoader)

public:
    enum class MetricsState { NotAsked, Asking, Available, Unavailable };
    Q_ENUM(MetricsState)

    RevenueLoader(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~RevenueLoader() override;

    // GET /internal/metrics, once; metricsFinished() follows.
    void loadMetrics();
    MetricsState metricsState() const { return m_metricsState; }
    const std::optional<api::RevenueMetrics> &metrics() const { return m_metrics; }
    const RevenueSeries &metricsSeries() const { return m_metricsSeries; }
    const api::ApiError &metricsError() const { return m_metricsError; }
    // The first day the metrics have a figure for (invalid without metrics).
    QDate metricsSince() const;

    // Reads transactions until every one effective on `first` or later is in ledgerSeries():
    // ledgerProgress() after each page, then ledgerFinished() or ledgerFailed(). Nothing is sent
    // when the ledger already covers `first`.
    void readLedgerSince(QDate first);
    // Stops reading; what was read stays (ledgerFinished() is not emitted).
    void cancelLedger();
    bool isReadingLedger() const { return m_job != nullptr; }
    RevenueSeries &ledgerSeries() { return m_ledger; }
    const RevenueSeries &ledgerSeries() const { return m_ledger; }
    // Every day from this one on is complete in ledgerSeries(); invalid before the first page.
    QDate ledgerCoveredSince() const { return m_coveredSince; }
    bool ledgerComplete() const { return m_reachedEnd; }
    bool ledgerCovers(QDate first) const;

    static constexpr int pageSize = 200; // the most the server gives at once

Q_SIGNALS:
    void metricsFinished();
    void ledgerProgress(int transactionsRead, QDate coveredSince);
    void ledgerFinished();
    void ledgerFailed(const hexclave::api::ApiError &error);

private:
    void requestPage();

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    MetricsState m_metricsState = MetricsState::NotAsked;
    std::optional<api::RevenueMetrics> m_metrics;
    api::ApiError m_metricsError;
    RevenueSeries m_metricsSeries;
    RevenueSeries m_ledger;
    QPointer<api::ApiJob> m_job;
    QString m_cursor;
    QDate m_wanted;
    QDate m_coveredSince;
    bool m_reachedEnd = false;
    int m_generation = 0;
};

} // namespace hexclave::models
