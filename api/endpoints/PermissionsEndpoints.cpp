#include "PermissionsEndpoints.h"

namespace hexclave::api::permissions {

namespace {

const QString grantsPath = QStringLiteral("/project-permissions");

} // namespace

Call<Page<PermissionDefinition>> projectDefinitions(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/project-permission-definitions"), scope)};
}

Call<Page<PermissionGrant>> ofUser(const ProjectScope &scope, const QString &userId, bool recursive)
{
    QUrlQuery query = encodedQuery({{QStringLiteral("user_id"), userId}});
    if (recursive)
        query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    return {ApiRequest::get(grantsPath, scope, query)};
}

Call<PermissionGrant> grant(const ProjectScope &scope, const QString &userId, const QString &permissionId)
{
    return {ApiRequest::post(resourcePath(grantsPath, {userId, permissionId}), scope)};
}

Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &permissionId)
{
    return {ApiRequest::del(resourcePath(grantsPath, {userId, permissionId}), scope)};
}

Call<Page<PermissionGrant>> ofTeamMember(const ProjectScope &scope, const QString &teamId, const QString &userId)
{
    return {ApiRequest::get(QStringLiteral("/team-permissions"), scope,
                            encodedQuery({{QStringLiteral("team_id"), teamId}, {QStringLiteral("user_id"), userId}}))};
}

} // namespace hexclave::api::permissions
