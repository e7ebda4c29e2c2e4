#pragma once

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "endpoints/TeamsEndpoints.h"

#include <QDebug>
#include <QStringList>

#include <optional>

namespace hexclave::tests {

// Teams a test creates for itself and deletes again (with their memberships, invitations and
// keys), so the integration tests can run against a live server and leave nothing behind.
class ScratchTeams
{
public:
    ScratchTeams(api::ApiClient *client, api::ProjectScope scope)
        : m_client(client)
        , m_scope(std::move(scope))
    {
    }
    ~ScratchTeams() { removeAll(); }

    std::optional<api::Team> create(const QString &prefix, const QString &creatorUserId = {})
    {
        api::teams::NewTeam team;
        team.displayName = TestServer::uniqueName(prefix);
        if (!creatorUserId.isEmpty())
            team.creatorUserId = creatorUserId;
        JobOutcome outcome(m_client->send(api::teams::create(m_scope, team)));
        if (!outcome.waitFinished() || !outcome.succeeded()) {
            qWarning().noquote() << "creating a scratch team failed:" << outcome.error().userMessage();
            return std::nullopt;
        }
        m_ids << outcome.value().id;
        return outcome.value();
    }

    // The test deleted it itself.
    void forget(const QString &teamId) { m_ids.removeAll(teamId); }

    void removeAll()
    {
        for (const QString &id : std::as_const(m_ids)) {
            JobOutcome removed(m_client->send(api::teams::remove(m_scope, id)));
            if (!removed.waitFinished() || !removed.succeeded())
                qWarning().noquote() << "could not delete scratch team" << id << removed.error().userMessage();
        }
        m_ids.clear();
    }

private:
    api::ApiClient *m_client;
    api::ProjectScope m_scope;
    QStringList m_ids;
};

} // namespace hexclave::tests
