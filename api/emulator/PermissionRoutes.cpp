#include "PermissionRoutes.h"

#include "InputValidator.h"
#include "KnownErrors.h"
#include "PermissionCatalog.h"
#include "PermissionListFilter.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

ordered_json listBody(ordered_json items)
{
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return body;
}

ordered_json grantJson(const std::string &permissionId, const Uuid &userId)
{
    ordered_json json = ordered_json::object();
    json["id"] = permissionId;
    json["user_id"] = userId.toString();
    return json;
}

struct GrantTarget
{
    quint32 user = 0;
    Uuid userId;
    std::string permissionId;
};

// {user_id}/{permission_id} of the path and the `{}` body; USER_NOT_FOUND for an unknown user.
std::optional<HttpResponse> resolveGrant(RequestContext &context, GrantTarget &target, bool needsBody)
{
    QStringList problems;
    const QString userIdText = context.param(u"user_id"_s);
    if (!RequestContext::isUserIdOrMe(userIdText))
        problems.append(u"params.user_id must be a valid UUID"_s);
    target.permissionId = context.param(u"permission_id"_s).toStdString();
    if (const auto problem = PermissionCatalog::idProblem(target.permissionId))
        problems.append(*problem);
    if (needsBody) {
        InputValidator input(context.body.get(), u"body"_s, {});
        problems.append(context.body ? input.problems() : QStringList{u"body must be defined"_s});
    }
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (auto refusal = context.resolveUserId(userIdText, target.userId))
        return refusal;
    const auto user = context.auth.project->users.find(target.userId);
    if (!user)
        return KnownErrors::userNotFound();
    target.user = *user;
    return std::nullopt;
}

} // namespace

void PermissionRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/project-permissions"_s, Router::kAny, [](RequestContext &context) { return listGrants(context); });
    const QString item = u"/project-permissions/{user_id}/{permission_id}"_s;
    router.add("POST", item, Router::kServer | Router::kAdmin, [](RequestContext &context) { return grant(context); });
    router.add("DELETE", item, Router::kServer | Router::kAdmin, [](RequestContext &context) { return revoke(context); });
}

HttpResponse PermissionRoutes::listGrants(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"user_id", "permission_id", "recursive"});
    PermissionListFilter filter;
    if (auto refusal = PermissionListFilter::read(context, input, filter))
        return *refusal;

    const ProjectRecord &project = *context.auth.project;
    const PermissionCatalog &catalog = PermissionCatalog::of(project);
    std::vector<std::pair<Uuid, std::string>> grants;
    const auto collect = [&](quint32 index) {
        const UserRecord &user = project.users.at(index);
        if (!user.extras || user.extras->projectPermissions.empty())
            return;
        for (std::string &id : catalog.expand(PermissionScope::Project, user.extras->projectPermissions, filter.recursive)) {
            if (filter.admits(id))
                grants.emplace_back(user.id, std::move(id));
        }
    };
    if (filter.userId) {
        if (const auto index = project.users.find(*filter.userId))
            collect(*index);
    } else {
        for (quint32 index = 0; index < project.users.slotCount(); ++index) {
            if (!project.users.at(index).deleted)
                collect(index);
        }
    }
    std::sort(grants.begin(), grants.end()); // by user id (Uuid orders like its text), then permission id
    ordered_json items = ordered_json::array();
    for (const auto &[owner, id] : grants)
        items.push_back(grantJson(id, owner));
    return HttpResponse::json(200, listBody(std::move(items)));
}

HttpResponse PermissionRoutes::grant(RequestContext &context)
{
    GrantTarget target;
    if (auto refusal = resolveGrant(context, target, true))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    const auto scope = PermissionCatalog::of(project).configuredScope(target.permissionId);
    if (!scope)
        return KnownErrors::permissionNotFound(QString::fromStdString(target.permissionId));
    if (*scope != "project") {
        return KnownErrors::wrongPermissionScope(QString::fromStdString(target.permissionId), u"project"_s,
                                                 QString::fromStdString(*scope));
    }
    auto &granted = project.users.mutableAt(target.user).mutableExtras().projectPermissions;
    if (std::find(granted.begin(), granted.end(), target.permissionId) == granted.end()) // granting twice is fine
        granted.push_back(target.permissionId);
    return HttpResponse::json(201, grantJson(target.permissionId, target.userId));
}

HttpResponse PermissionRoutes::revoke(RequestContext &context)
{
    GrantTarget target;
    if (auto refusal = resolveGrant(context, target, false))
        return *refusal;
    UserRecord &user = context.auth.project->users.mutableAt(target.user);
    const auto removed = user.extras ? std::erase(user.extras->projectPermissions, target.permissionId) : 0;
    if (removed == 0)
        return KnownErrors::permissionNotFound(QString::fromStdString(target.permissionId));
    return HttpResponse::success();
}

} // namespace hexclave::emulator
