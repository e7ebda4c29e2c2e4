#pragma once

#include "Emulator.h"
#include "ProjectRecord.h"
#include "Uuid.h"

#include <QList>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

// Where a session was last used from (the server's geo info of the client's IP address).
struct EndUserIpInfo
{
    std::string ip;
    std::string countryCode;
    std::string regionCode;
    std::string cityName;
    std::string tzIdentifier;
    double latitude = 0;
    double longitude = 0;
};

struct RefreshSession
{
    Uuid id;
    std::string projectId;
    Uuid userId;
    qint64 createdAtMillis = 0;
    qint64 lastUsedAtMillis = 0;
    qint64 expiresAtMillis = 0;
    bool impersonation = false;
    std::shared_ptr<const EndUserIpInfo> lastUsedIpInfo; // null: unknown
};

struct CliAttempt
{
    std::string projectId;
    std::string pollingCode;
    std::string loginCode;
    qint64 expiresAtMillis = 0;
    std::string refreshToken; // empty: not confirmed yet
    bool used = false;
};

// Everything the emulator knows. Not self-locking: every caller holds lock() for the whole
// operation (the router does so for each request), which keeps multi-step changes atomic.
class DataStore
{
public:
    [[nodiscard]] std::unique_lock<std::mutex> lock() const { return std::unique_lock(m_mutex); }

    ProjectRecord &addProject(std::unique_ptr<ProjectRecord> project);
    // Forgets a project with its users, teams and keys (never the internal project).
    bool removeProject(std::string_view id);
    ProjectRecord *project(std::string_view id);
    const ProjectRecord *project(std::string_view id) const;
    const std::vector<std::unique_ptr<ProjectRecord>> &projects() const { return m_projects; }
    ProjectRecord &internalProject() { return *project("internal"); }

    // The dashboard account that owns the demo projects and confirms CLI logins.
    void setDashboardUser(const Uuid &userId) { m_dashboardUser = userId; }
    Uuid dashboardUser() const { return m_dashboardUser; }
    // Projects whose owner team (in the internal project) has the internal user as a member.
    std::vector<ProjectRecord *> managedProjects(quint32 internalUserIndex);

    // Refresh tokens: opaque strings that name a session. lifetimeMillis <= 0: a year.
    std::string createSession(const std::string &projectId, const Uuid &userId, qint64 nowMillis,
                              qint64 lifetimeMillis, bool impersonation);
    // Keeps the session as it is (id, times, IP info) under a new refresh token.
    std::string addSession(RefreshSession session);
    const RefreshSession *session(std::string_view refreshToken, qint64 nowMillis) const;
    // A refresh: the session counts as used now.
    void touchSession(std::string_view refreshToken, qint64 nowMillis);
    const RefreshSession *sessionById(const std::string &projectId, const Uuid &sessionId) const;
    // A user's sessions, newest first, expired ones too (as GET /auth/sessions lists them).
    std::vector<const RefreshSession *> sessionsOfUser(const std::string &projectId, const Uuid &userId) const;
    bool removeSession(const std::string &projectId, const Uuid &sessionId);
    void removeSessionsOfUser(const std::string &projectId, const Uuid &userId);

    // The mails the server would have sent (password reset, invitation, verification).
    void recordEmail(SentEmail email) { m_sentEmails.append(std::move(email)); }
    QList<SentEmail> sentEmails() const { return m_sentEmails; }
    void clearSentEmails() { m_sentEmails.clear(); }

    CliAttempt &addCliAttempt(const std::string &projectId, qint64 expiresAtMillis);
    CliAttempt *cliAttemptByPollingCode(const std::string &projectId, std::string_view pollingCode);
    CliAttempt *cliAttemptByLoginCode(std::string_view loginCode);
    // As if the dashboard user pressed "Authorize": false when the code is unknown, expired or done.
    bool confirmCliAttempt(std::string_view loginCode, qint64 nowMillis);

    static std::string randomToken(int length = 45);

private:
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<ProjectRecord>> m_projects;
    Uuid m_dashboardUser;
    std::unordered_map<std::string, RefreshSession> m_sessions; // by refresh token
    std::vector<CliAttempt> m_cliAttempts;
    QList<SentEmail> m_sentEmails;
};

} // namespace hexclave::emulator
