#include "TeamInvitationsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::teamInvitations {

namespace {

const QString invitationsPath = QStringLiteral("/team-invitations");

QUrlQuery teamQuery(const QString &teamId)
{
    return encodedQuery({{QStringLiteral("team_id"), teamId}});
}

} // namespace

Call<Page<TeamInvitation>> list(const ProjectScope &scope, const QString &teamId)
{
    return {ApiRequest::get(invitationsPath, scope, teamQuery(teamId))};
}

Call<NoContent> send(const ProjectScope &scope, const QString &teamId, const QString &email,
                     const QString &callbackUrl)
{
    json::Json body = json::Json::object();
    body["team_id"] = json::toStd(teamId);
    body["email"] = json::toStd(email);
    body["callback_url"] = json::toStd(callbackUrl);
    return {ApiRequest::post(invitationsPath + QStringLiteral("/send-code"), scope, json::compact(body))};
}

Call<NoContent> revoke(const ProjectScope &scope, const QString &teamId, const QString &invitationId)
{
    return {ApiRequest::del(resourcePath(invitationsPath, {invitationId}), scope, teamQuery(teamId))};
}

} // namespace hexclave::api::teamInvitations
