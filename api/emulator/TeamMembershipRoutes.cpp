#include "TeamMembershipRoutes.h"

#include "InputValidator.h"
#include "KnownErrors.h"
#include "PermissionCatalog.h"
#include "PermissionListFilter.h"
#include "RequestContext.h"
#include "Router.h"

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

// Whether an ordinary member holds `permissionId`, counting what team_member contains.
bool holdsTeamPermission(const std::string &permissionId)
{
    const auto held = PermissionCatalog::expand(PermissionCatalog::teamDefinitions(),
                                                PermissionCatalog::defaultTeamMemberPermissions(), true);
    return std::find(held.begin(), held.end(), permissionId) != held.end();
}

} // namespace

void TeamMembershipRoutes::registerRoutes(Router &router)
{
    const QString item = u"/team-memberships/{team_id}/{user_id}"_s;
    router.add("POST", item, Router::kServer | Router::kAdmin, [](RequestContext &context) { return add(context); });
    router.add("DELETE", item, Router::kAny, [](RequestContext &context) { return remove(context); });
    router.add("GET", u"/team-permissions"_s, Router::kAny, [](RequestContext &context) { return listPermissions(context); });
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
    project.teams[*team].addMember(*user);
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
            if (!holdsTeamPermission("$remove_members"))
                return KnownErrors::teamPermissionRequired(target.teamIdText, self.toQString(), u"$remove_members"_s);
        }
    }
    const auto user = project.users.find(target.userId);
    if (!user)
        return KnownErrors::userNotFound();
    if (!team || !project.teams[*team].hasMember(*user))
        return KnownErrors::teamMembershipNotFound(target.teamIdText, target.userId.toQString());
    project.teams[*team].removeMember(*user);
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
    std::optional<quint32> member;
    if (filter.userId) {
        member = project.users.find(*filter.userId);
        if (!member)
            return HttpResponse::json(200, ordered_json{{"items", ordered_json::array()}, {"is_paginated", false}});
    }
    const auto held = PermissionCatalog::expand(PermissionCatalog::teamDefinitions(), PermissionCatalog::defaultTeamMemberPermissions(),
                                                filter.recursive);
    std::vector<std::tuple<Uuid, Uuid, std::string>> grants; // team, user, permission: the server's order
    for (const TeamRecord &team : project.teams) {
        if (team.deleted || (teamId.hasValue() && team.id != teamId.value))
            continue;
        const auto addMember = [&](quint32 index) {
            for (const std::string &id : held) {
                if (filter.admits(id))
                    grants.emplace_back(team.id, project.users.at(index).id, id);
            }
        };
        if (member) {
            if (team.hasMember(*member))
                addMember(*member);
        } else {
            for (const quint32 index : team.members) {
                if (!project.users.at(index).deleted)
                    addMember(index);
            }
        }
    }
    std::sort(grants.begin(), grants.end());
    ordered_json items = ordered_json::array();
    for (const auto &[team, user, id] : grants) {
        ordered_json item = ordered_json::object();
        item["id"] = id;
        item["team_id"] = team.toString();
        item["user_id"] = user.toString();
        items.push_back(std::move(item));
    }
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

} // namespace hexclave::emulator
