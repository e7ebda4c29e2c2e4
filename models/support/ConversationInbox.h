#pragma once

#include "core/ApiError.h"
#include "dto/Support.h"
#include "support/ConversationsModel.h" // also declares the ConversationSummary metatype

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace hexclave::api {
class ApiClient;
class ApiJob;
} // namespace hexclave::api

namespace hexclave::models {

// Loads a project's support conversations and keeps the list current. The first page is asked
// for without limit/offset (older servers refuse them); only an answer carrying hasMore pages
// further. While auto refresh is on the list is re-read every 15 s (backing off to 30, 60, 120,
// 300 s after failures) and merged in place; conversations in which the customer wrote since are
// reported and marked unread.
class ConversationInbox : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationInbox)

public:
    static constexpr int pageSize = 50;

    ConversationInbox(api::ApiClient *client, const QString &projectId, QObject *parent = nullptr);
    ~ConversationInbox() override;

    ConversationsModel *model() const;
    QString projectId() const { return m_projectId; }

    void setQuery(const QString &status, const QString &search, const QString &userId); // reloads
    QString status() const { return m_status; }
    QString search() const { return m_search; }
    QString userId() const { return m_userId; }

    void refresh();
    void loadMore();
    bool canLoadMore() const;
    bool isPaged() const { return m_paged; }

    void setAutoRefresh(bool enabled);
    bool autoRefresh() const { return m_autoRefresh; }
    // Back-off: 15 s, then 30 s, 60 s, 120 s, 300 s after consecutive failures.
    int nextRefreshMs() const;
    // Tests: the intervals (first = normal, then one per consecutive failure, the last repeats).
    void setRefreshIntervalsForTesting(const QList<int> &intervalsMs);

    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    const api::ApiError &lastError() const { return m_lastError; }
    bool routesMissing() const; // the server has no support routes (isMissingSupportRoutes)

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const hexclave::api::ApiError &error);
    // After the first load only: conversations whose lastCustomerReplyAt moved forward, or new
    // ones whose last message is the customer's. They are marked unread.
    void newCustomerMessages(const QList<hexclave::api::ConversationSummary> &conversations);
    void conversationsUpdated(const QStringList &ids); // rows whose lastActivityAt changed on a refresh

private:
    enum class LoadKind { Reload, Refresh, More };
    struct Seen
    {
        qint64 lastActivityAtMillis = 0;
        std::optional<qint64> lastCustomerReplyAtMillis;
    };
    struct Changes
    {
        QList<api::ConversationSummary> newCustomerMessages;
        QStringList updatedIds;
    };

    void startLoad(LoadKind kind);
    void requestPage(int offset, bool firstPage);
    void handlePage(api::ApiJob *job, int generation, int offset, bool firstPage);
    void finishLoad();
    void failLoad(const api::ApiError &error);
    void runQueuedOrSchedule();
    void scheduleNextRefresh();
    Changes detectChanges(const QList<api::ConversationSummary> &rows, LoadKind kind);
    void setLoadingJob(api::ApiJob *job);

    QPointer<api::ApiClient> m_client;
    QString m_projectId;
    ConversationsModel *m_model = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QString m_status;
    QString m_search;
    QString m_userId;

    QPointer<api::ApiJob> m_job;
    int m_generation = 0;
    LoadKind m_loadKind = LoadKind::Reload;
    QList<api::ConversationSummary> m_pending; // pages gathered for the running refresh
    int m_loadedCount = 0;                      // rows the server has given for this query
    bool m_paged = false;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_everLoaded = false; // any query loaded once: new-message detection starts after that
    bool m_autoRefresh = false;
    bool m_refreshQueued = false;
    bool m_moreQueued = false;
    int m_failures = 0;
    QList<int> m_intervals;
    QHash<QString, Seen> m_seen; // every conversation seen, for telling what is new
    api::ApiError m_lastError;
};

} // namespace hexclave::models
