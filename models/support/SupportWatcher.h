#pragma once

#include "core/ApiError.h"
#include "dto/Support.h"
#include "support/PollBackoff.h"

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

// Watches a project's open support conversations for new customer messages, whatever the inbox
// shows (another tab, a search, one customer's conversations) and whether the Support page was
// ever opened. It polls the first page of the open list (no limit/offset: older servers refuse
// them) every 15 s, backing off to 30, 60, 120, 300 s after failures, and stops for good on a
// server without the routes or a project the account does not manage. After its first load, a
// conversation whose lastCustomerReplyAt moved forward, or a new one whose last message is the
// customer's, is reported and marked unread until read, closed or answered.
class SupportWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportWatcher)

public:
    SupportWatcher(api::ApiClient *client, const QString &projectId, QObject *parent = nullptr);
    ~SupportWatcher() override;

    QString projectId() const { return m_projectId; }

    // Polls now and then on the timer; also resumes a watcher that stopped.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One poll right away (after a change); while a poll is under way, one follows it.
    void pollNow();

    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    const api::ApiError &lastError() const { return m_lastError; }
    // Stopped by an answer that asking again will not change (no routes, project not managed).
    bool stoppedForGood() const { return m_stoppedForGood; }

    // Back-off: 15 s, then 30 s, 60 s, 120 s, 300 s after consecutive failures.
    int nextPollMs() const;
    // Tests: the intervals (first = normal, then one per consecutive failure, the last repeats).
    void setPollIntervalsForTesting(const QList<int> &intervalsMs);

    // Conversations with customer messages nobody has read yet, in the order they came.
    QStringList unreadIds() const { return m_unread; }
    int unreadCount() const { return int(m_unread.size()); }
    bool isUnread(const QString &id) const { return m_unread.contains(id); }
    void markRead(const QString &id);

signals:
    void loaded();
    void failed(const hexclave::api::ApiError &error);
    void newCustomerMessages(const QList<hexclave::api::ConversationSummary> &conversations);
    void unreadChanged(int count); // the unread ids changed (the count may not have)

private:
    void poll();
    void handleAnswer(api::ApiJob *job);
    void absorb(const api::ConversationList &list);
    void schedule();
    void setUnread(const QStringList &ids);

    QPointer<api::ApiClient> m_client;
    QString m_projectId;
    QTimer *m_timer = nullptr;
    QPointer<api::ApiJob> m_job;
    PollBackoff m_backoff;
    bool m_running = false;
    bool m_queued = false;
    bool m_loaded = false;
    bool m_stoppedForGood = false;
    QHash<QString, std::optional<qint64>> m_seen; // lastCustomerReplyAt of every open conversation seen
    QStringList m_unread;
    api::ApiError m_lastError;
};

} // namespace hexclave::models
