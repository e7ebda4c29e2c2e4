#include "TeamsEndpoints.h"

namespace hexclave::api::teams {

Call<Page<Team>> list(const ProjectScope &scope, const QString &userId)
{
    QUrlQuery query;
    if (!userId.isEmpty())
        query.addQueryItem(QStringLiteral("user_id"), urlComponent(userId));
    return {ApiRequest::get(QStringLiteral("/teams"), scope, query)};
}

Call<Team> get(const ProjectScope &scope, const QString &teamId)
{
    return {ApiRequest::get(QStringLiteral("/teams/") + urlComponent(teamId), scope)};
}

} // namespace hexclave::api::teams
