#include "TeamMembershipRoutes.h"

#include "InputValidator.h"
#include "KnownErrors.h"
#include "PermissionCatalog.h"
#include "PermissionListFilter.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamMembers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

struct MembershipTarget
{
    QString teamIdText;
    Uuid teamId;
    Uuid userId;
};

std::optional<HttpResponse> readMembershipPath(RequestContext &context, MembershipTarget &target, QStringList bodyProblems)
{
    QStringList problems;
    target.teamIdText = context.param(u"team_id"_s);
    const auto teamId = Uuid::parse(target.teamIdText);
    if (!teamId)
        problems.append(u"params.team_id must be a valid UUID"_s);
    const QString userIdText = context.param(u"user_id"_s);
    if (!RequestContext::isUserIdOrMe(userIdText))
        problems.append(u"params.user_id must be a valid UUID"_s);
    problems.append(bodyProblems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    target.teamId = *teamId;
    return context.resolveUserId(userIdText, target.userId);
}

// The server's ensureTeamMembershipExists: USER_NOT_FOUND, then TEAM_MEMBERSHIP_NOT_FOUND (also
// for an unknown team). The team's and the user's indices when both are fine.
std::optional<HttpResponse> resolveMember(const ProjectRecord &project, const MembershipTarget &target, quint32 &team, quint32 &user)
{
    const auto userIndex = project.users.find(target.userId);
    if (!userIndex)
        return KnownErrors::userNotFound();
    const auto teamIndex = project.findTeam(target.teamId);
    if (!teamIndex || !project.teams[*teamIndex].hasMember(*userIndex))
        return KnownErrors::teamMembershipNotFound(target.teamIdText, target.userId.toQString());
    team = *teamIndex;
    user = *userIndex;
    return std::nullopt;
}

// A team permission grant: the path {team_id}/{user_id}/{permission_id} (and for POST the `{}`
// body), and the membership it names, which must exist.
struct GrantTarget
{
    MembershipTarget membership;
    std::string permissionId;
    quint32 team = 0; // indices of the member
    quint32 user = 0;
};

std::optional<HttpResponse> readGrant(RequestContext &context, GrantTarget &target, bool needsBody)
{
    QStringList problems;
    target.permissionId = context.param(u"permission_id"_s).toStdString();
    if (const auto problem = PermissionCatalog::idProblem(target.permissionId))
        problems.append(*problem);
    if (needsBody) {
        InputValidator body(context.body.get(), u"body"_s, {});
        problems.append(context.body ? body.problems() : QStringList{u"body must be defined"_s});
    }
    if (auto refusal = readMembershipPath(context, target.membership, problems))
        return refusal;
    return resolveMember(*context.auth.project, target.membership, target.team, target.user);
}

ordered_json teamGrantJson(const std::string &permissionId, const Uuid &teamId, const Uuid &userId)
{
    ordered_json item = ordered_json::object();
    item["id"] = permissionId;
    item["team_id"] = teamId.toString();
    item["user_id"] = userId.toString();
    return item;
}

} // namespace

void TeamMembershipRoutes::registerRoutes(Router &router)
{
    const QString item = u"/team-memberships/{team_id}/{user_id}"_s;
    router.add("POST", item, Router::kServer | Router::kAdmin, [](RequestContext &context) { return add(context); });
    router.add("DELETE", item, Router::kAny, [](RequestContext &context) { return remove(context); });
    router.add("GET", u"/team-permissions"_s, Router::kAny, [](RequestContext &context) { return listPermissions(context); });
    const QString grant = u"/team-permissions/{team_id}/{user_id}/{permission_id}"_s;
    router.add("POST", grant, Router::kServer | Router::kAdmin, [](RequestContext &context) { return grantPermission(context); });
    router.add("DELETE", grant, Router::kServer | Router::kAdmin, [](RequestContext &context) { return revokePermission(context); });
}

HttpResponse TeamMembershipRoutes::add(RequestContext &context)
{
    InputValidator body(context.body.get(), u"body"_s, {});
    MembershipTarget target;
    if (auto refusal = readMembershipPath(context, target, context.body ? body.problems() : QStringList{u"body must be defined"_s}))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    const auto user = project.users.find(target.userId);
    if (!user)
        return KnownErrors::userNotFound();
    const auto team = project.findTeam(target.teamId);
    if (!team)
        return KnownErrors::teamNotFound(target.teamIdText);
    if (project.teams[*team].hasMember(*user))
        return KnownErrors::teamMembershipAlreadyExists();
    addTeamMember(project, project.teams[*team], *user);
    ordered_json answer = ordered_json::object();
    answer["team_id"] = target.teamIdText.toStdString();
    answer["user_id"] = target.userId.toString();
    return HttpResponse::json(201, answer);
}

HttpResponse TeamMembershipRoutes::remove(RequestContext &context)
{
    MembershipTarget target;
    if (auto refusal = readMembershipPath(context, target, {}))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    const auto team = project.findTeam(target.teamId);
    // Anybody may leave a team; removing someone else takes $remove_members in it.
    if (context.auth.type == AccessType::Client) {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        const Uuid self = context.signedInUserId();
        if (target.userId != self) {
            if (!team || !project.teams[*team].hasMember(*context.auth.user))
                return KnownErrors::teamMembershipNotFound(target.teamIdText, self.toQString());
            if (!holdsTeamPermission(project, project.teams[*team], *context.auth.user, "$remove_members"))
                return KnownErrors::teamPermissionRequired(target.teamIdText, self.toQString(), u"$remove_members"_s);
        }
    }
    const auto user = project.users.find(target.userId);
    if (!user)
        return KnownErrors::userNotFound();
    if (!team || !project.teams[*team].hasMember(*user))
        return KnownErrors::teamMembershipNotFound(target.teamIdText, target.userId.toQString());
    removeTeamMember(project.teams[*team], *user);
    UserRecord &record = project.users.mutableAt(*user);
    if (record.selectedTeam == qint32(*team)) // the selection is part of the membership on the server
        record.selectedTeam = -1;
    return HttpResponse::success();
}

HttpResponse TeamMembershipRoutes::listPermissions(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"team_id", "user_id", "permission_id", "recursive"});
    const auto teamId = input.uuid("team_id");
    PermissionListFilter filter;
    if (auto refusal = PermissionListFilter::read(context, input, filter))
        return *refusal;

    const ProjectRecord &project = *context.auth.project;
    const PermissionCatalog &catalog = PermissionCatalog::of(project);
    std::optional<quint32> member;
    if (filter.userId) {
        member = project.users.find(*filter.userId);
        if (!member)
            return HttpResponse::json(200, ordered_json{{"items", ordered_json::array()}, {"is_paginated", false}});
    }
    std::vector<std::tuple<Uuid, Uuid, std::string>> grants; // team, user, permission: the server's order
    for (const TeamRecord &team : project.teams) {
        if (team.deleted || (teamId.hasValue() && team.id != teamId.value))
            continue;
        for (auto it = team.grants.begin(); it != team.grants.end();) {
            const quint32 user = it->user;
            std::vector<std::string> direct;
            for (; it != team.grants.end() && it->user == user; ++it)
                direct.push_back(project.permissionIds.id(it->permission));
            if ((member && user != *member) || project.users.at(user).deleted)
                continue;
            for (std::string &id : catalog.expand(PermissionScope::Team, direct, filter.recursive)) {
                if (filter.admits(id))
                    grants.emplace_back(team.id, project.users.at(user).id, std::move(id));
            }
        }
    }
    std::sort(grants.begin(), grants.end());
    ordered_json items = ordered_json::array();
    for (const auto &[team, user, id] : grants)
        items.push_back(teamGrantJson(id, team, user));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse TeamMembershipRoutes::grantPermission(RequestContext &context)
{
    GrantTarget target;
    if (auto refusal = readGrant(context, target, true))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    const QString permissionId = QString::fromStdString(target.permissionId);
    const auto scope = PermissionCatalog::of(project).configuredScope(target.permissionId);
    if (!scope && !PermissionCatalog::isSystemPermission(target.permissionId))
        return KnownErrors::permissionNotFound(permissionId);
    if (scope && *scope != "team")
        return KnownErrors::wrongPermissionScope(permissionId, u"team"_s, QString::fromStdString(*scope));
    project.teams[target.team].grant({target.user, project.permissionIds.intern(target.permissionId)}); // granting twice is fine
    return HttpResponse::json(201, teamGrantJson(target.permissionId, project.teams[target.team].id, target.membership.userId));
}

HttpResponse TeamMembershipRoutes::revokePermission(RequestContext &context)
{
    GrantTarget target;
    if (auto refusal = readGrant(context, target, false))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    // Only a direct grant of a defined permission can be revoked (ensureUserTeamPermissionExists,
    // not recursive).
    const auto number = project.permissionIds.find(target.permissionId);
    const bool defined = PermissionCatalog::of(project).find(PermissionScope::Team, target.permissionId);
    if (!number || !defined || !project.teams[target.team].revoke({target.user, *number})) {
        return KnownErrors::teamPermissionNotFound(target.membership.teamIdText, target.membership.userId.toQString(),
                                                   QString::fromStdString(target.permissionId));
    }
    return HttpResponse::success();
}

} // namespace hexclave::emulator
