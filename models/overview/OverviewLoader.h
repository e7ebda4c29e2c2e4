#pragma once

#include "OverviewData.h"
#include "core/ApiRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

class DegradedMetricsBuilder;

// Loads the Overview's figures without blocking: GET /internal/metrics first; when the server
// has none (any 5xx, 404 from a server without the route, a timeout or an answer that cannot be
// read) the users list is read page by page, newest sign-up first, up to maxPages pages, and
// the figures are computed from it. Other errors (a key without admin access…) are failures.
// load() again starts over; answers to an earlier load are ignored.
class OverviewLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLoader)

public:
    enum class State { Idle, AskingMetrics, ReadingUsers, Loaded, Failed };
    Q_ENUM(State)

    static constexpr int defaultPageSize = 500;
    static constexpr int defaultMaxPages = 20;

    OverviewLoader(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~OverviewLoader() override;

    void load();
    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::AskingMetrics || m_state == State::ReadingUsers; }
    // Valid once loaded() was emitted.
    const OverviewData &data() const { return m_data; }
    const api::ApiError &error() const { return m_error; }
    qint64 usersRead() const;

    void setPageLimits(int pageSize, int maxPages);
    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    // The moment "today" is taken from (UTC); tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Whether an answer of the metrics route means "this server has no metrics" (so the users
    // list stands in) rather than a failure to show.
    static bool meansNoMetrics(const api::ApiError &error);

Q_SIGNALS:
    // The metrics failed in a way that means "none here": reading the users list starts.
    void degradedStarted(const hexclave::api::ApiError &metricsError);
    void usersProgress(qint64 usersRead);
    void loaded();
    void failed(const hexclave::api::ApiError &error);

private:
    void requestUsersPage();
    void finishDegraded(bool capped);
    void fail(const api::ApiError &error);
    void abortRunning();

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    State m_state = State::Idle;
    OverviewData m_data;
    api::ApiError m_error;
    api::ApiError m_metricsError;
    std::unique_ptr<DegradedMetricsBuilder> m_builder;
    QPointer<api::ApiJob> m_job;
    QString m_cursor;
    int m_pagesRead = 0;
    int m_pageSize = defaultPageSize;
    int m_maxPages = defaultMaxPages;
    int m_generation = 0;
    std::function<QDateTime()> m_now;
};

} // namespace hexclave::models
