#include "TeamRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamAccess.h"
#include "TeamMembers.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr int kMaxProfileImageUrlLength = 1000000;

// What POST and PATCH take (creator_user_id only on POST; the read-only and server metadata only
// with server or admin access).
struct TeamInput
{
    Field<std::string> displayName, creatorUserId, profileImageUrl;
    Field<JsonValue> clientMetadata, clientReadOnlyMetadata, serverMetadata;
};

InputValidator teamBodyValidator(const RequestContext &context, bool creating)
{
    const ordered_json *body = context.body.get();
    if (context.auth.type == AccessType::Client) {
        if (creating)
            return InputValidator(body, u"body"_s, {"display_name", "creator_user_id", "profile_image_url", "client_metadata"});
        return InputValidator(body, u"body"_s, {"display_name", "profile_image_url", "client_metadata"});
    }
    if (creating) {
        return InputValidator(body, u"body"_s, {"display_name", "creator_user_id", "profile_image_url", "client_metadata",
                                                 "client_read_only_metadata", "server_metadata"});
    }
    return InputValidator(body, u"body"_s, {"display_name", "profile_image_url", "client_metadata", "client_read_only_metadata",
                                             "server_metadata"});
}

TeamInput readTeamInput(InputValidator &input, bool creating)
{
    TeamInput fields;
    if (creating)
        input.require("display_name");
    fields.displayName = input.string("display_name");
    if (creating) {
        fields.creatorUserId = input.string("creator_user_id");
        if (fields.creatorUserId.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(fields.creatorUserId.value)))
            input.addProblem(u"body.creator_user_id must be a valid UUID"_s);
    }
    fields.profileImageUrl = input.url("profile_image_url", true);
    if (fields.profileImageUrl.hasValue() && QString::fromStdString(fields.profileImageUrl.value).size() > kMaxProfileImageUrlLength)
        input.addProblem(u"body.profile_image_url must be at most "_s + QString::number(kMaxProfileImageUrlLength) + u" characters"_s);
    fields.clientMetadata = input.anyJson("client_metadata");
    fields.clientReadOnlyMetadata = input.anyJson("client_read_only_metadata");
    fields.serverMetadata = input.anyJson("server_metadata");
    return fields;
}

// The query schema of every team route but the list: user_id and the deprecated add_current_user.
Field<std::string> readTeamQuery(RequestContext &context, QStringList &problems)
{
    InputValidator query(context.query.get(), u"query"_s, {"user_id", "add_current_user"});
    const auto userId = query.string("user_id");
    if (userId.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userId.value)))
        query.addProblem(u"query.user_id must be a valid UUID"_s);
    const auto addCurrentUser = query.oneOf("add_current_user", {"true", "false"});
    problems.append(query.problems());
    return addCurrentUser;
}

bool isBase64Image(const std::string &url)
{
    static const QRegularExpression pattern(u"^data:image/[a-zA-Z0-9.+-]+;base64,[A-Za-z0-9+/]+={0,2}$"_s);
    return pattern.match(QString::fromStdString(url)).hasMatch();
}

// The server's uploadAndGetUrl: a web URL is kept, a base64 image is uploaded (the emulator keeps
// the data URL itself, as if the upload answered with it), anything else is refused.
std::optional<HttpResponse> checkStoredImage(const Field<std::string> &url)
{
    if (!url.hasValue() || url.value.empty())
        return std::nullopt;
    const bool web = url.value.rfind("http://", 0) == 0 || url.value.rfind("https://", 0) == 0;
    if (!web && url.value.rfind("data:image/", 0) != 0)
        return HttpResponse::text(400, u"Invalid profile image URL"_s);
    return std::nullopt;
}

// Client access may only send base64 images (the server's validateBase64Image).
std::optional<HttpResponse> checkClientImage(const RequestContext &context, const Field<std::string> &url)
{
    if (context.auth.type == AccessType::Client && url.hasValue() && !url.value.empty() && !isBase64Image(url.value))
        return HttpResponse::text(400, u"Invalid profile image URL"_s);
    return std::nullopt;
}

// The team PATCH and DELETE /teams/{team_id} act on. Checks, in this order: the schema
// (the body's `problems` first, then the path and the query); for client access the profile
// image it sends (PATCH only: `clientImage`) and `permission` in the team; then that the team exists.
std::optional<HttpResponse> findTargetTeam(RequestContext &context, QStringList problems, const Field<std::string> *clientImage,
                                           const std::string &permission, quint32 &team)
{
    const QString teamIdText = context.param(u"team_id"_s);
    const auto teamId = Uuid::parse(teamIdText);
    if (!teamId)
        problems.append(u"params.team_id must be a valid UUID"_s);
    readTeamQuery(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const ProjectRecord &project = *context.auth.project;
    if (context.auth.type == AccessType::Client) {
        if (clientImage) {
            if (auto refusal = checkClientImage(context, *clientImage))
                return refusal;
        }
        if (auto refusal = TeamAccess::requirePermission(context, project, teamIdText, permission))
            return refusal;
    }
    const auto index = project.findTeam(*teamId);
    if (!index)
        return KnownErrors::teamNotFound(teamIdText);
    team = *index;
    return std::nullopt;
}

void applyTeamInput(TeamRecord &team, const TeamInput &fields)
{
    if (fields.displayName.hasValue())
        team.displayName = fields.displayName.value;
    if (fields.profileImageUrl.present)
        team.profileImageUrl = fields.profileImageUrl.null ? std::string() : fields.profileImageUrl.value;
    if (fields.clientMetadata.present)
        team.clientMetadata = fields.clientMetadata.value;
    if (fields.clientReadOnlyMetadata.present)
        team.clientReadOnlyMetadata = fields.clientReadOnlyMetadata.value;
    if (fields.serverMetadata.present)
        team.serverMetadata = fields.serverMetadata.value;
}

} // namespace

void TeamRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/teams"_s, Router::kAny, [](RequestContext &context) { return list(context); });
    router.add("POST", u"/teams"_s, Router::kAny, [](RequestContext &context) { return create(context); });
    router.add("GET", u"/teams/{team_id}"_s, Router::kAny, [](RequestContext &context) { return read(context); });
    router.add("PATCH", u"/teams/{team_id}"_s, Router::kAny, [](RequestContext &context) { return update(context); });
    router.add("DELETE", u"/teams/{team_id}"_s, Router::kAny, [](RequestContext &context) { return remove(context); });
}

HttpResponse TeamRoutes::list(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"user_id"});
    const auto userIdText = input.string("user_id");
    std::optional<Uuid> userId;
    if (userIdText.hasValue() && userIdText.value != "me") {
        userId = Uuid::parse(userIdText.value);
        if (!userId)
            input.addProblem(u"query.user_id must be a valid UUID"_s);
    }
    if (!input.ok())
        return context.schemaError(input.problems());

    const ProjectRecord &project = *context.auth.project;
    const bool client = context.auth.type == AccessType::Client;
    if (userIdText.hasValue() && userIdText.value == "me") {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        userId = project.users.at(*context.auth.user).id;
    }
    if (client) {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        if (!userId || *userId != project.users.at(*context.auth.user).id) {
            return HttpResponse::text(403, u"Client can only list teams for their own user. user_id must be either "
                                           "\"me\" or the ID of the current user"_s);
        }
    }

    std::optional<quint32> member;
    if (userId)
        member = project.users.find(*userId);
    std::vector<const TeamRecord *> teams;
    for (const TeamRecord &team : project.teams) {
        if (team.deleted || (userId && (!member || !team.hasMember(*member))))
            continue;
        teams.push_back(&team);
    }
    std::stable_sort(teams.begin(), teams.end(), [](const TeamRecord *a, const TeamRecord *b) {
        return a->createdAtMillis < b->createdAtMillis;
    });
    ordered_json items = ordered_json::array();
    for (const TeamRecord *team : teams)
        items.push_back(EntityJson::team(*team, client));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse TeamRoutes::read(RequestContext &context)
{
    const QString teamIdText = context.param(u"team_id"_s);
    const auto teamId = Uuid::parse(teamIdText);
    if (!teamId)
        return context.schemaError({u"params.team_id must be a valid UUID"_s});
    const ProjectRecord &project = *context.auth.project;
    const auto team = project.findTeam(*teamId);
    const bool client = context.auth.type == AccessType::Client;
    if (client) {
        if (!context.auth.user)
            return KnownErrors::userAuthenticationRequired();
        if (!team || !project.teams[*team].hasMember(*context.auth.user)) {
            return KnownErrors::teamMembershipNotFound(teamIdText,
                                                       QString::fromStdString(project.users.at(*context.auth.user).id.toString()));
        }
    }
    if (!team)
        return KnownErrors::teamNotFound(teamIdText);
    return HttpResponse::json(200, EntityJson::team(project.teams[*team], client));
}

HttpResponse TeamRoutes::create(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator input = teamBodyValidator(context, true);
    const TeamInput fields = readTeamInput(input, true);
    problems.append(input.problems());
    const auto addCurrentUser = readTeamQuery(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord &project = *context.auth.project;
    std::optional<Uuid> creatorId;
    if (fields.creatorUserId.hasValue()) {
        creatorId.emplace();
        if (auto refusal = context.resolveUserId(QString::fromStdString(fields.creatorUserId.value), *creatorId))
            return *refusal;
        if (addCurrentUser.hasValue()) {
            return HttpResponse::text(400, u"Cannot use both creator_user_id and add_current_user. add_current_user is "
                                           "deprecated, please only use creator_user_id in the body."_s);
        }
    }
    if (context.auth.type == AccessType::Client) {
        if (!context.auth.user)
            return KnownErrors::userAuthenticationRequired();
        if (!project.config.boolAt("teams.allowClientTeamCreation", false))
            return HttpResponse::text(403, u"Client team creation is disabled for this project"_s);
        if (auto refusal = checkClientImage(context, fields.profileImageUrl))
            return *refusal;
        if (!creatorId) {
            creatorId = context.signedInUserId();
        } else if (*creatorId != context.signedInUserId()) {
            return HttpResponse::text(403, u"You cannot create a team as a user that is not yourself. Make sure you set "
                                           "the creator_user_id to 'me'."_s);
        }
    }
    if (addCurrentUser.hasValue() && addCurrentUser.value == "true") {
        if (!context.auth.user)
            return HttpResponse::text(401, u"You must be logged in to create a team with the current user as a member."_s);
        creatorId = context.signedInUserId();
    }
    if (auto refusal = checkStoredImage(fields.profileImageUrl))
        return *refusal;
    std::optional<quint32> creator;
    if (creatorId) {
        creator = project.users.find(*creatorId);
        if (!creator) // checked in the creating transaction: no team is left behind
            return KnownErrors::userNotFound();
    }

    TeamRecord team;
    team.id = Uuid::randomFromSystem();
    team.createdAtMillis = Clock::nowMillis();
    applyTeamInput(team, fields);
    project.teams.push_back(std::move(team));
    TeamRecord &created = project.teams.back();
    if (creator)
        addTeamMember(project, created, *creator, /*asCreator*/ true);
    return HttpResponse::json(201, EntityJson::team(created, context.auth.type == AccessType::Client));
}

HttpResponse TeamRoutes::update(RequestContext &context)
{
    QStringList problems;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator input = teamBodyValidator(context, false);
    const TeamInput fields = readTeamInput(input, false);
    problems.append(input.problems());
    quint32 team = 0;
    if (auto refusal = findTargetTeam(context, problems, &fields.profileImageUrl, "$update_team", team))
        return *refusal;
    if (auto refusal = checkStoredImage(fields.profileImageUrl))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    applyTeamInput(project.teams[team], fields);
    return HttpResponse::json(200, EntityJson::team(project.teams[team], context.auth.type == AccessType::Client));
}

HttpResponse TeamRoutes::remove(RequestContext &context)
{
    quint32 index = 0;
    if (auto refusal = findTargetTeam(context, {}, nullptr, "$delete_team", index))
        return *refusal;
    ProjectRecord &project = *context.auth.project;

    // The team's rows go with it: memberships (with their permissions and selections),
    // invitations and team API keys. The record stays as a tombstone, since users refer to
    // teams by index.
    TeamRecord &team = project.teams[index];
    const std::vector<quint32> members = team.members;
    for (const quint32 member : members) {
        removeTeamMember(team, member);
        UserRecord &user = project.users.mutableAt(member);
        if (user.selectedTeam == qint32(index))
            user.selectedTeam = -1;
    }
    project.teamInvitations.removeTeam(team.id);
    project.apiKeys.removeKeysOfTeam(team.id);
    team.deleted = true;
    return HttpResponse::success();
}

} // namespace hexclave::emulator
