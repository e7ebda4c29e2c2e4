#include "TeamsEndpoints.h"

namespace hexclave::api::teams {

Call<Page<Team>> list(const ProjectScope &scope, const QString &userId)
{
    const QUrlQuery query = userId.isEmpty() ? QUrlQuery() : encodedQuery({{QStringLiteral("user_id"), userId}});
    return {ApiRequest::get(QStringLiteral("/teams"), scope, query)};
}

Call<Team> get(const ProjectScope &scope, const QString &teamId)
{
    return {ApiRequest::get(resourcePath(QStringLiteral("/teams"), {teamId}), scope)};
}

Call<TeamMembership> addMember(const ProjectScope &scope, const QString &teamId, const QString &userId)
{
    return {ApiRequest::post(resourcePath(QStringLiteral("/team-memberships"), {teamId, userId}), scope)};
}

Call<NoContent> removeMember(const ProjectScope &scope, const QString &teamId, const QString &userId)
{
    return {ApiRequest::del(resourcePath(QStringLiteral("/team-memberships"), {teamId, userId}), scope)};
}

} // namespace hexclave::api::teams
