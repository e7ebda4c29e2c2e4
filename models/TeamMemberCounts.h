#pragma once

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "core/Call.h"
#include "dto/Page.h"
#include "dto/User.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hexclave::api {
class ApiClient;
class ApiJob;
template <class T>
class Job;
}

namespace hexclave::models {

// How many members teams have. The server has no count, so a team's members are counted with one
// GET /users?team_id=…&limit=pageLimit (anonymous and restricted members included, as the team
// page lists them); a team with a next page reads "at least pageLimit". That costs one request per
// team, so counts are asked for only for the teams a view shows (request()), a few at a time, and
// kept per team until the list is reloaded or the team's members change here (invalidate()).
// Nothing waits for a count: each arrives with countChanged().
class TeamMemberCounts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberCounts)

public:
    static constexpr int defaultPageLimit = 100;
    static constexpr int defaultMaxConcurrent = 3;

    struct Count
    {
        enum class State { Unknown, Pending, Known, Failed };
        State state = State::Unknown;
        int members = 0;      // when Known
        bool atLeast = false; // more members than `members` (the page limit was reached)
        api::ApiError error;  // when Failed

        bool isKnown() const { return state == State::Known; }
    };

    TeamMemberCounts(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);
    ~TeamMemberCounts() override;

    Count count(const QString &teamId) const { return m_counts.value(teamId); }
    // "12", "100+", "…" while counting, "?" when counting failed, empty when not asked for.
    static QString text(const Count &count);

    // One team's count as made here: the request, and the count (Known or Failed) its finished
    // job gives. For a place that needs a single count at once (the delete dialog).
    static api::Call<api::Page<api::User>> countCall(const api::ProjectScope &scope, const QString &teamId,
                                                     int pageLimit = defaultPageLimit);
    static Count countFrom(const api::Job<api::Page<api::User>> &finished);

    // The teams on screen now: their counts are fetched unless known, failed or on their way.
    // Teams asked for earlier but not fetched yet are dropped (they scrolled out of view).
    void request(const QStringList &teamIds);
    // A count learnt another way (the team page listed every member).
    void setCount(const QString &teamId, int members, bool atLeast = false);
    // The team's members changed here: counted again when it is next on screen.
    void invalidate(const QString &teamId);
    // Forgets every count and stops counting (the list was reloaded).
    void clear();

    void setPageLimit(int limit) { m_pageLimit = limit; }
    int pageLimit() const { return m_pageLimit; }
    void setMaxConcurrent(int requests) { m_maxConcurrent = requests; }
    int runningRequests() const { return int(m_running.size()); }
    int queuedRequests() const { return int(m_queue.size()); }

Q_SIGNALS:
    void countChanged(const QString &teamId);

private:
    void startNext();
    void finish(const QString &teamId, api::ApiJob *job);

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    QHash<QString, Count> m_counts;
    QStringList m_queue;
    QHash<QString, QPointer<api::ApiJob>> m_running;
    int m_pageLimit = defaultPageLimit;
    int m_maxConcurrent = defaultMaxConcurrent;
};

} // namespace hexclave::models
