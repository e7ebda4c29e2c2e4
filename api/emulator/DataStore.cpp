#include "DataStore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hexclave::emulator {

namespace {
constexpr qint64 kYearMillis = 365LL * 24 * 60 * 60 * 1000;
}

ProjectRecord &DataStore::addProject(std::unique_ptr<ProjectRecord> project)
{
    m_projects.push_back(std::move(project));
    return *m_projects.back();
}

bool DataStore::removeProject(std::string_view id)
{
    if (id == "internal")
        return false;
    const auto removed = std::erase_if(m_projects, [id](const auto &project) { return project->id == id; });
    return removed > 0;
}

ProjectRecord *DataStore::project(std::string_view id)
{
    for (const auto &project : m_projects) {
        if (project->id == id)
            return project.get();
    }
    return nullptr;
}

const ProjectRecord *DataStore::project(std::string_view id) const
{
    return const_cast<DataStore *>(this)->project(id);
}

std::vector<ProjectRecord *> DataStore::managedProjects(quint32 internalUserIndex)
{
    std::vector<ProjectRecord *> result;
    ProjectRecord &internal = internalProject();
    for (const auto &candidate : m_projects) {
        const auto ownerTeamId = Uuid::parse(candidate->ownerTeamId);
        if (!ownerTeamId)
            continue;
        const auto team = internal.findTeam(*ownerTeamId);
        if (team && internal.teams[*team].hasMember(internalUserIndex))
            result.push_back(candidate.get());
    }
    return result;
}

std::string DataStore::randomToken(int length)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string token(std::size_t(length), 'a');
    auto *generator = QRandomGenerator::system();
    for (char &c : token)
        c = alphabet[generator->bounded(36)];
    return token;
}

std::string DataStore::createSession(const std::string &projectId, const Uuid &userId, qint64 nowMillis,
                                     qint64 lifetimeMillis, bool impersonation)
{
    RefreshSession session;
    session.id = Uuid::randomFromSystem();
    session.projectId = projectId;
    session.userId = userId;
    session.createdAtMillis = nowMillis;
    session.lastUsedAtMillis = nowMillis;
    session.expiresAtMillis = nowMillis + (lifetimeMillis > 0 ? lifetimeMillis : kYearMillis);
    session.impersonation = impersonation;
    std::string token = randomToken();
    m_sessions.emplace(token, std::move(session));
    return token;
}

std::string DataStore::addSession(RefreshSession session)
{
    std::string token = randomToken();
    m_sessions.emplace(token, std::move(session));
    return token;
}

void DataStore::touchSession(std::string_view refreshToken, qint64 nowMillis)
{
    const auto it = m_sessions.find(std::string(refreshToken));
    if (it != m_sessions.end())
        it->second.lastUsedAtMillis = std::max(it->second.lastUsedAtMillis, nowMillis);
}

const RefreshSession *DataStore::sessionById(const std::string &projectId, const Uuid &sessionId) const
{
    for (const auto &[token, session] : m_sessions) {
        if (session.id == sessionId && session.projectId == projectId)
            return &session;
    }
    return nullptr;
}

std::vector<const RefreshSession *> DataStore::sessionsOfUser(const std::string &projectId, const Uuid &userId) const
{
    std::vector<const RefreshSession *> result;
    for (const auto &[token, session] : m_sessions) {
        if (session.userId == userId && session.projectId == projectId)
            result.push_back(&session);
    }
    std::sort(result.begin(), result.end(), [](const RefreshSession *a, const RefreshSession *b) {
        return a->createdAtMillis != b->createdAtMillis ? a->createdAtMillis > b->createdAtMillis : a->id > b->id;
    });
    return result;
}

const RefreshSession *DataStore::session(std::string_view refreshToken, qint64 nowMillis) const
{
    const auto it = m_sessions.find(std::string(refreshToken));
    if (it == m_sessions.end() || it->second.expiresAtMillis < nowMillis)
        return nullptr;
    return &it->second;
}

bool DataStore::removeSession(const std::string &projectId, const Uuid &sessionId)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->second.id == sessionId && it->second.projectId == projectId) {
            m_sessions.erase(it);
            return true;
        }
    }
    return false;
}

void DataStore::removeSessionsOfUser(const std::string &projectId, const Uuid &userId)
{
    std::erase_if(m_sessions, [&](const auto &entry) {
        return entry.second.projectId == projectId && entry.second.userId == userId;
    });
}

CliAttempt &DataStore::addCliAttempt(const std::string &projectId, qint64 expiresAtMillis)
{
    CliAttempt attempt;
    attempt.projectId = projectId;
    attempt.pollingCode = randomToken();
    attempt.loginCode = randomToken();
    attempt.expiresAtMillis = expiresAtMillis;
    m_cliAttempts.push_back(std::move(attempt));
    return m_cliAttempts.back();
}

CliAttempt *DataStore::cliAttemptByPollingCode(const std::string &projectId, std::string_view pollingCode)
{
    for (CliAttempt &attempt : m_cliAttempts) {
        if (attempt.projectId == projectId && attempt.pollingCode == pollingCode)
            return &attempt;
    }
    return nullptr;
}

CliAttempt *DataStore::cliAttemptByLoginCode(std::string_view loginCode)
{
    for (CliAttempt &attempt : m_cliAttempts) {
        if (attempt.loginCode == loginCode)
            return &attempt;
    }
    return nullptr;
}

bool DataStore::confirmCliAttempt(std::string_view loginCode, qint64 nowMillis)
{
    CliAttempt *attempt = cliAttemptByLoginCode(loginCode);
    if (!attempt || attempt->used || !attempt->refreshToken.empty() || attempt->expiresAtMillis < nowMillis)
        return false;
    // The dashboard signs in to the internal project; a CLI login anywhere else has no user to
    // hand over, so only internal attempts can be confirmed.
    if (attempt->projectId != "internal")
        return false;
    attempt->refreshToken = createSession("internal", m_dashboardUser, nowMillis, 0, false);
    return true;
}

} // namespace hexclave::emulator
