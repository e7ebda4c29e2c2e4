#pragma once

#include "BulkAction.h"

#include "core/ApiError.h"
#include "core/ApiRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// How one user of a bulk action fared.
struct BulkItem
{
    enum class State {
        Waiting,      // not sent yet
        Sending,      // request under way
        Checking,     // the answer was lost: looking up whether it happened
        Succeeded,    // done (see note: "was already a member", "the answer was lost but…")
        Failed,       // not done, or not known to be done (see error and note)
        NotAttempted, // the run was stopped before this user's turn
    };

    BulkTarget target;
    State state = State::Waiting;
    QString note;        // what else people should know about the outcome
    api::ApiError error; // Failed: the server's answer or the network error

    bool isFinished() const { return state == State::Succeeded || state == State::Failed || state == State::NotAttempted; }
};

// Applies a BulkAction to many users, a few requests at a time. One user's failure never stops
// the others; cancel() sends nothing new, lets the requests under way finish and counts the
// rest as not attempted. Nothing is sent twice by accident: the client repeats idempotent
// requests only (and counts a DELETE's 404 after a lost answer as done); when a request fails
// in a way that leaves open whether the server acted on it (connection lost, timeout, 5xx), the
// runner looks the user up and reports what the server shows, without resending. Known
// "already so" errors (already a member, already deleted) count as done, with a note. (Below
// us, Qt's HTTP layer resends any request once when the connection closes before the first
// byte of an answer; both POSTs here are harmless to repeat: a second membership is refused
// as already existing, a second grant is a no-op.)
class BulkActionRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionRunner)

public:
    static constexpr int kDefaultMaxInFlight = 4;

    // Duplicate user ids are applied once.
    BulkActionRunner(api::ApiClient *client, api::ProjectScope scope, BulkAction action, const QList<BulkTarget> &targets,
                     QObject *parent = nullptr);

    void setMaxInFlight(int count);
    void start();
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    const BulkAction &action() const { return m_action; }
    const QList<BulkItem> &items() const { return m_items; }

    int total() const { return int(m_items.size()); }
    // Kept as counters, updated as items change: cheap enough to ask after every change.
    int finishedCount() const; // succeeded + failed + not attempted
    int count(BulkItem::State state) const { return m_counts[std::size_t(state)]; }
    // "23 succeeded, 1 failed, 1 not attempted"
    QString summaryText() const;
    // Every failed and not attempted user with the reason, one per line, for the clipboard.
    QString failureReport() const;
    // The users to try again: failed and not attempted.
    QList<BulkTarget> unfinishedTargets() const;

Q_SIGNALS:
    // Items first…last (inclusive) changed state. One item at a time while it runs; when the run
    // is stopped, every user it did not reach at once.
    void itemsChanged(int first, int last);
    void finished();

private:
    void startMore();
    void sendItem(int index);
    api::ApiJob *sendRequest(const QString &userId);
    void onSent(int index, api::ApiJob *job);
    void check(int index);
    void onChecked(int index, bool done, const api::ApiError &checkError);
    void setState(int index, BulkItem::State state);
    void settle(int index, BulkItem::State state, const QString &note = {}, const api::ApiError &error = {});
    void finishIfDone();
    QString alreadyDoneNote(const api::ApiError &error) const;
    // Restricted with this action's reason and details: a restriction from before, with other
    // reasons, does not count as done.
    bool isRestrictedAsAsked(const api::User &user) const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    BulkAction m_action;
    QList<BulkItem> m_items;
    std::array<int, std::size_t(BulkItem::State::NotAttempted) + 1> m_counts{}; // items by state
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace hexclave::models
