#include "PermissionsEndpoints.h"

#include "dto/JsonSupport.h"

#include <QRegularExpression>

namespace hexclave::api::permissions {

namespace {

const QString projectGrantsPath = QStringLiteral("/project-permissions");
const QString teamGrantsPath = QStringLiteral("/team-permissions");

QString definitionsPath(PermissionScope kind)
{
    return kind == PermissionScope::Team ? QStringLiteral("/team-permission-definitions")
                                         : QStringLiteral("/project-permission-definitions");
}

json::Json idArray(const QStringList &ids)
{
    json::Json array = json::Json::array();
    for (const QString &id : ids)
        array.push_back(json::toStd(id));
    return array;
}

} // namespace

QByteArray NewPermissionDefinition::toJson() const
{
    json::Json body = json::Json::object();
    body["id"] = json::toStd(id);
    if (!description.isEmpty())
        body["description"] = json::toStd(description);
    body["contained_permission_ids"] = idArray(containedPermissionIds);
    return json::compact(body);
}

QByteArray PermissionDefinitionUpdate::toJson() const
{
    json::Json body = json::Json::object();
    if (!description.isEmpty())
        body["description"] = json::toStd(description);
    body["contained_permission_ids"] = idArray(containedPermissionIds);
    return json::compact(body);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_:]+$"));
    return pattern.match(id).hasMatch();
}

Call<Page<PermissionDefinition>> definitions(const ProjectScope &scope, PermissionScope kind)
{
    return {ApiRequest::get(definitionsPath(kind), scope)};
}

Call<PermissionDefinition> createDefinition(const ProjectScope &scope, PermissionScope kind,
                                            const NewPermissionDefinition &definition)
{
    return {ApiRequest::post(definitionsPath(kind), scope, definition.toJson())};
}

Call<PermissionDefinition> updateDefinition(const ProjectScope &scope, PermissionScope kind, const QString &id,
                                            const PermissionDefinitionUpdate &update)
{
    return {ApiRequest::patch(resourcePath(definitionsPath(kind), {id}), scope, update.toJson())};
}

Call<NoContent> removeDefinition(const ProjectScope &scope, PermissionScope kind, const QString &id)
{
    return {ApiRequest::del(resourcePath(definitionsPath(kind), {id}), scope)};
}

Call<Page<PermissionGrant>> ofUser(const ProjectScope &scope, const QString &userId, bool recursive)
{
    QUrlQuery query = encodedQuery({{QStringLiteral("user_id"), userId}});
    if (recursive)
        query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    return {ApiRequest::get(projectGrantsPath, scope, query)};
}

Call<PermissionGrant> grant(const ProjectScope &scope, const QString &userId, const QString &permissionId)
{
    return {ApiRequest::post(resourcePath(projectGrantsPath, {userId, permissionId}), scope)};
}

Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &permissionId)
{
    return {ApiRequest::del(resourcePath(projectGrantsPath, {userId, permissionId}), scope)};
}

Call<Page<PermissionGrant>> ofTeamMember(const ProjectScope &scope, const QString &teamId, const QString &userId,
                                         bool recursive)
{
    QUrlQuery query = encodedQuery({{QStringLiteral("team_id"), teamId}});
    if (!userId.isEmpty())
        query.addQueryItem(QStringLiteral("user_id"), urlComponent(userId));
    if (recursive)
        query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    return {ApiRequest::get(teamGrantsPath, scope, query)};
}

Call<PermissionGrant> grantInTeam(const ProjectScope &scope, const QString &teamId, const QString &userId,
                                  const QString &permissionId)
{
    return {ApiRequest::post(resourcePath(teamGrantsPath, {teamId, userId, permissionId}), scope)};
}

Call<NoContent> revokeInTeam(const ProjectScope &scope, const QString &teamId, const QString &userId,
                             const QString &permissionId)
{
    return {ApiRequest::del(resourcePath(teamGrantsPath, {teamId, userId, permissionId}), scope)};
}

} // namespace hexclave::api::permissions
