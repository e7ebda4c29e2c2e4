#include "TeamsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::teams {

namespace {

const QString teamsPath = QStringLiteral("/teams");

} // namespace

QByteArray NewTeam::toJson(QString *error) const
{
    json::Json body = json::Json::object();
    body["display_name"] = json::toStd(displayName);
    if (creatorUserId)
        body["creator_user_id"] = json::toStd(*creatorUserId);
    if (profileImageUrl)
        body["profile_image_url"] = json::toStd(*profileImageUrl);
    if (!json::putAllMetadata(body, clientMetadataJson, clientReadOnlyMetadataJson, serverMetadataJson, error))
        return {};
    return json::compact(body);
}

bool TeamPatch::isEmpty() const
{
    return !displayName && !profileImageUrl && !clientMetadataJson && !clientReadOnlyMetadataJson
        && !serverMetadataJson;
}

QByteArray TeamPatch::toJson(QString *error) const
{
    json::Json body = json::Json::object();
    if (displayName)
        body["display_name"] = json::toStd(*displayName);
    json::putNullable(body, "profile_image_url", profileImageUrl);
    if (!json::putAllMetadata(body, clientMetadataJson, clientReadOnlyMetadataJson, serverMetadataJson, error))
        return {};
    return json::compact(body);
}

Call<Page<Team>> list(const ProjectScope &scope, const QString &userId)
{
    const QUrlQuery query = userId.isEmpty() ? QUrlQuery() : encodedQuery({{QStringLiteral("user_id"), userId}});
    return {ApiRequest::get(teamsPath, scope, query)};
}

Call<Team> get(const ProjectScope &scope, const QString &teamId)
{
    return {ApiRequest::get(resourcePath(teamsPath, {teamId}), scope)};
}

Call<Team> create(const ProjectScope &scope, const NewTeam &team)
{
    QString error;
    ApiRequest request = ApiRequest::post(teamsPath, scope, team.toJson(&error));
    request.invalidBody = error;
    return {request};
}

Call<Team> update(const ProjectScope &scope, const QString &teamId, const TeamPatch &patch)
{
    QString error;
    ApiRequest request = ApiRequest::patch(resourcePath(teamsPath, {teamId}), scope, patch.toJson(&error));
    request.invalidBody = error;
    return {request};
}

Call<NoContent> remove(const ProjectScope &scope, const QString &teamId)
{
    return {ApiRequest::del(resourcePath(teamsPath, {teamId}), scope)};
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
