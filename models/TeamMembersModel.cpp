#include "TeamMembersModel.h"

#include "core/ApiClient.h"

namespace hexclave::models {

TeamMembersModel::TeamMembersModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : UsersModel(client, scope, parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
    UsersFilter members;
    members.includeRestricted = true;
    members.includeAnonymous = true;
    setFilter(members); // no team yet: nothing is fetched
}

void TeamMembersModel::setTeamId(const QString &teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    reload();
}

void TeamMembersModel::setSearch(const QString &text)
{
    UsersFilter changed = filter();
    changed.search = text.trimmed();
    setFilter(changed);
}

bool TeamMembersModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_teamId.isEmpty() && UsersModel::canFetchMore(parent);
}

api::ApiJob *TeamMembersModel::startPageRequest(const QString &cursor, int limit)
{
    if (!m_client || m_teamId.isEmpty())
        return nullptr;
    api::users::ListQuery query = filter().toListQuery(limit, cursor);
    query.teamId = m_teamId;
    return m_client->send(api::users::list(m_scope, query));
}

} // namespace hexclave::models
