#include "TeamInvitationRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "MailRoutes.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamAccess.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// The required ?team_id= of the list and of DELETE (the older schema: `query.team_id must be
// defined`).
Field<Uuid> readTeamQuery(RequestContext &context, QStringList &problems)
{
    InputValidator query(context.query.get(), u"query"_s, {"team_id"});
    query.require("team_id");
    const auto teamId = query.uuid("team_id");
    problems.append(query.problems());
    return teamId;
}

// Server and admin access need an existing team; client access needs each permission in it.
std::optional<HttpResponse> checkTeamAccess(const RequestContext &context, const ProjectRecord &project, const Uuid &teamId,
                                            std::initializer_list<const char *> clientPermissions)
{
    const QString teamIdText = teamId.toQString();
    if (context.auth.type == AccessType::Client) {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        for (const char *permission : clientPermissions) {
            if (auto refusal = TeamAccess::requirePermission(context, project, teamIdText, permission))
                return refusal;
        }
        return std::nullopt;
    }
    if (!project.findTeam(teamId))
        return KnownErrors::teamNotFound(teamIdText);
    return std::nullopt;
}

ordered_json invitationJson(const TeamInvitation &invitation, const TeamRecord &team)
{
    ordered_json json = ordered_json::object();
    json["id"] = invitation.id.toString();
    json["team_id"] = invitation.teamId.toString();
    json["team_display_name"] = team.displayName;
    json["expires_at_millis"] = invitation.expiresAtMillis;
    json["recipient_email"] = invitation.recipientEmail;
    return json;
}

} // namespace

TeamInvitationRoutes::TeamInvitationRoutes(DataStore &store)
    : m_store(store)
{
}

void TeamInvitationRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/team-invitations"_s, Router::kAny, [](RequestContext &context) { return list(context); });
    router.add("POST", u"/team-invitations/send-code"_s, Router::kAny, [this](RequestContext &context) { return send(context); });
    router.add("DELETE", u"/team-invitations/{id}"_s, Router::kAny, [](RequestContext &context) { return remove(context); });
}

HttpResponse TeamInvitationRoutes::list(RequestContext &context)
{
    QStringList problems;
    const auto teamId = readTeamQuery(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const ProjectRecord &project = *context.auth.project;
    if (auto refusal = checkTeamAccess(context, project, teamId.value, {"$read_members", "$invite_members"}))
        return *refusal;

    const TeamRecord &team = project.teams[*project.findTeam(teamId.value)];
    ordered_json items = ordered_json::array();
    for (const TeamInvitation *invitation : project.teamInvitations.pendingOf(teamId.value, Clock::nowMillis()))
        items.push_back(invitationJson(*invitation, team));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse TeamInvitationRoutes::send(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"team_id", "email", "callback_url"});
    input.require("team_id");
    const auto teamId = input.uuid("team_id");
    input.require("email");
    const auto email = input.email("email");
    input.require("callback_url");
    const auto callbackUrl = input.url("callback_url");
    if (!input.ok())
        return context.schemaError(input.problems());

    ProjectRecord &project = *context.auth.project;
    const QString teamIdText = teamId.value.toQString();
    if (context.auth.type == AccessType::Client) {
        if (auto refusal = TeamAccess::requirePermission(context, project, teamIdText, "$invite_members"))
            return *refusal;
    }
    // The server creates the code first (checking the callback), then reads the team for the mail.
    if (auto refusal = MailRoutes::checkCallbackUrl(callbackUrl.value))
        return *refusal;
    if (!project.findTeam(teamId.value))
        return KnownErrors::teamNotFound(teamIdText);

    TeamInvitation invitation;
    invitation.teamId = teamId.value;
    invitation.recipientEmail = email.value;
    invitation.callbackUrl = callbackUrl.value;
    invitation.createdAtMillis = Clock::nowMillis();
    invitation.expiresAtMillis = invitation.createdAtMillis + TeamInvitationStore::kLifetimeMillis;
    const TeamInvitation &stored = project.teamInvitations.add(std::move(invitation));

    SentEmail mail;
    mail.kind = SentEmail::Kind::TeamInvitation;
    mail.projectId = QString::fromStdString(project.id);
    mail.recipient = QString::fromStdString(stored.recipientEmail);
    mail.callbackUrl = QString::fromStdString(stored.callbackUrl);
    mail.teamId = teamIdText;
    mail.invitationId = stored.id.toQString();
    m_store.recordEmail(std::move(mail));

    ordered_json answer = ordered_json::object();
    answer["success"] = true;
    answer["id"] = stored.id.toString();
    return HttpResponse::json(200, answer);
}

HttpResponse TeamInvitationRoutes::remove(RequestContext &context)
{
    QStringList problems;
    const auto id = Uuid::parse(context.param(u"id"_s));
    if (!id)
        problems.append(u"params.id must be a valid UUID"_s);
    const auto teamId = readTeamQuery(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    if (auto refusal = checkTeamAccess(context, project, teamId.value, {"$remove_members"}))
        return *refusal;
    // By id alone, like the server. A missing row makes the server's delete throw (a 500); the
    // emulator answers with a readable 404 instead.
    if (!project.teamInvitations.remove(*id))
        return HttpResponse::text(404, u"Team invitation not found."_s);
    return HttpResponse::success();
}

} // namespace hexclave::emulator
