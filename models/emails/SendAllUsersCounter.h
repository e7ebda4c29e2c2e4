#pragma once

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/User.h"

#include <QObject>
#include <QPointer>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// Counts who an email to "all users" reaches: the server sends it to every user of the project,
// anonymous and restricted ones included, and GET /users has no total; so the list is read page
// by page, up to `limit` users (beyond that the count is "more than limit"). The users read are
// kept, to name the recipients in the server's answer.
class SendAllUsersCounter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendAllUsersCounter)

public:
    static constexpr int defaultLimit = 10'000;
    static constexpr int defaultPageSize = 1'000; // the most GET /users returns at once

    SendAllUsersCounter(api::ApiClient *client, api::ProjectScope scope, int limit = defaultLimit,
                        int pageSize = defaultPageSize, QObject *parent = nullptr);
    ~SendAllUsersCounter() override;

    // Starts (again) from the first page.
    void start();
    // Stops without a result; finished() is not emitted.
    void cancel();

    bool isRunning() const { return !m_job.isNull(); }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    // Every user was counted: count() is the number of users the project has.
    bool isComplete() const { return succeeded() && !m_capped; }
    // The project has more than limit() users; count() is limit().
    bool isCapped() const { return succeeded() && m_capped; }
    int count() const { return int(m_users.size()); }
    int withoutEmailCount() const;
    int limit() const { return m_limit; }
    const QList<api::User> &users() const { return m_users; }
    const api::ApiError &error() const { return m_error; }

Q_SIGNALS:
    void progressed(int counted);
    void finished();

private:
    void requestPage(const QString &cursor);

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    int m_limit;
    int m_pageSize;
    QPointer<api::ApiJob> m_job;
    QList<api::User> m_users;
    api::ApiError m_error;
    bool m_capped = false;
    bool m_finished = false;
};

} // namespace hexclave::models
