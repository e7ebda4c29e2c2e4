#pragma once

#include "core/ApiError.h"
#include "dto/Support.h"
#include "support/ConversationsModel.h" // also declares the ConversationSummary metatype
#include "support/PollBackoff.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace hexclave::api {
class ApiClient;
class ApiJob;
} // namespace hexclave::api

namespace hexclave::models {

// Loads a project's support conversations and keeps the list current. The first page is asked
// for without limit/offset (older servers refuse them); only an answer carrying hasMore pages
// further. While auto refresh is on the list is re-read every 15 s (backing off to 30, 60, 120,
// 300 s after failures) and merged in place. New customer messages and unread marks are the
// business of SupportWatcher, which sees every open conversation whatever this inbox shows.
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
    // How the view names the user filter ("Customer: Ada"); kept here so a rebuilt view shows it again.
    void setUserFilterLabel(const QString &label) { m_userFilterLabel = label; }
    QString userFilterLabel() const { return m_userFilterLabel; }

    void refresh();
    void loadMore();
    // After a PATCH answer: the row moves to its place by last activity, or leaves the list when
    // its status no longer matches the query.
    void replaceConversation(const api::ConversationSummary &summary);
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
    void conversationsUpdated(const QStringList &ids); // rows whose lastActivityAt changed on a refresh

private:
    enum class LoadKind { Reload, Refresh, More };

    void startLoad(LoadKind kind);
    void requestPage(int offset, bool firstPage);
    void handlePage(api::ApiJob *job, int generation, int offset, bool firstPage);
    void finishLoad();
    void failLoad(const api::ApiError &error);
    void runQueuedOrSchedule();
    void scheduleNextRefresh();
    QStringList updatedIds(const QList<api::ConversationSummary> &rows, LoadKind kind);
    void setLoadingJob(api::ApiJob *job);

    QPointer<api::ApiClient> m_client;
    QString m_projectId;
    ConversationsModel *m_model = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QString m_status;
    QString m_search;
    QString m_userId;
    QString m_userFilterLabel;

    QPointer<api::ApiJob> m_job;
    int m_generation = 0;
    LoadKind m_loadKind = LoadKind::Reload;
    QList<api::ConversationSummary> m_pending; // pages gathered for the running refresh
    int m_loadedCount = 0;                      // rows the server has given for this query
    bool m_paged = false;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_autoRefresh = false;
    bool m_refreshQueued = false;
    bool m_moreQueued = false;
    PollBackoff m_backoff;
    QHash<QString, qint64> m_seenActivity; // lastActivityAt of every conversation seen
    api::ApiError m_lastError;
};

} // namespace hexclave::models
