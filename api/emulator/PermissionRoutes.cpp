#include "PermissionRoutes.h"

#include "InputValidator.h"
#include "KnownErrors.h"
#include "PermissionCatalog.h"
#include "PermissionListFilter.h"
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

ordered_json definitionsBody(const std::vector<PermissionDefinition> &definitions)
{
    ordered_json items = ordered_json::array();
    for (const PermissionDefinition &definition : definitions) {
        ordered_json item = ordered_json::object();
        item["id"] = definition.id;
        if (!definition.description.empty())
            item["description"] = definition.description;
        item["contained_permission_ids"] = definition.containedPermissionIds;
        items.push_back(std::move(item));
    }
    return listBody(std::move(items));
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
    router.add("GET", u"/project-permission-definitions"_s, Router::kAdmin, [](RequestContext &context) {
        return HttpResponse::json(200, definitionsBody(context.auth.project->projectPermissionDefinitions));
    });
    router.add("POST", u"/project-permission-definitions"_s, Router::kAdmin,
               [](RequestContext &context) { return createDefinition(context); });
    router.add("DELETE", u"/project-permission-definitions/{permission_id}"_s, Router::kAdmin,
               [](RequestContext &context) { return deleteDefinition(context); });
    router.add("GET", u"/team-permission-definitions"_s, Router::kAdmin, [](RequestContext &) {
        return HttpResponse::json(200, definitionsBody(PermissionCatalog::teamDefinitions()));
    });
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
    std::vector<std::pair<Uuid, std::string>> grants;
    const auto collect = [&](quint32 index) {
        const UserRecord &user = project.users.at(index);
        if (!user.extras || user.extras->projectPermissions.empty())
            return;
        for (std::string &id : PermissionCatalog::expand(project.projectPermissionDefinitions, user.extras->projectPermissions, filter.recursive)) {
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
    if (!PermissionCatalog::find(project.projectPermissionDefinitions, target.permissionId)) {
        if (PermissionCatalog::find(PermissionCatalog::teamDefinitions(), target.permissionId)) {
            return KnownErrors::wrongPermissionScope(QString::fromStdString(target.permissionId), u"project"_s, u"team"_s);
        }
        return KnownErrors::permissionNotFound(QString::fromStdString(target.permissionId));
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

HttpResponse PermissionRoutes::createDefinition(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"id", "description", "contained_permission_ids"});
    input.require("id");
    const auto id = input.string("id");
    // customPermissionDefinitionIdSchema: no "$" (fixture 30's wording, without a path).
    if (id.hasValue() && (id.value.empty() || id.value.front() == '$' || PermissionCatalog::idProblem(id.value)))
        input.addProblem(u"Only lowercase letters, numbers, \":\", \"_\" are allowed"_s);
    const auto description = input.string("description");
    std::vector<std::string> contained;
    if (const ordered_json *raw = input.raw("contained_permission_ids")) {
        if (!raw->is_array()) {
            input.addProblem(u"body.contained_permission_ids must be a `array` type, but the final value was: `"_s
                             + InputValidator::printValue(*raw) + u"`."_s);
        } else {
            for (const ordered_json &item : *raw) {
                if (!item.is_string()) {
                    input.addProblem(u"body.contained_permission_ids must contain strings"_s); // inferred wording
                    break;
                }
                contained.push_back(item.get<std::string>());
                if (const auto problem = PermissionCatalog::idProblem(contained.back()))
                    input.addProblem(*problem);
            }
        }
    }
    if (!input.ok())
        return context.schemaError(input.problems());

    auto &definitions = context.auth.project->projectPermissionDefinitions;
    if (PermissionCatalog::find(definitions, id.value)) {
        return KnownErrors::make(400, "PERMISSION_ID_ALREADY_EXISTS",
                                 u"Permission with ID \""_s + QString::fromStdString(id.value) + u"\" already exists. Choose a different ID."_s,
                                 ordered_json{{"permission_id", id.value}});
    }
    for (const std::string &containedId : contained) {
        if (!PermissionCatalog::find(definitions, containedId)) {
            return KnownErrors::make(400, "CONTAINED_PERMISSION_NOT_FOUND",
                                     u"Contained permission with ID \""_s + QString::fromStdString(containedId)
                                         + u"\" not found. Make sure you created it on the dashboard."_s,
                                     ordered_json{{"permission_id", containedId}});
        }
    }
    std::sort(contained.begin(), contained.end());
    contained.erase(std::unique(contained.begin(), contained.end()), contained.end());
    PermissionDefinition definition{id.value, description.hasValue() ? description.value : std::string(), contained};
    const ordered_json answer = definitionsBody({definition})["items"][0];
    definitions.insert(std::lower_bound(definitions.begin(), definitions.end(), definition,
                                        [](const PermissionDefinition &a, const PermissionDefinition &b) { return a.id < b.id; }),
                       std::move(definition));
    return HttpResponse::json(201, answer);
}

HttpResponse PermissionRoutes::deleteDefinition(RequestContext &context)
{
    const std::string id = context.param(u"permission_id"_s).toStdString();
    if (const auto problem = PermissionCatalog::idProblem(id))
        return context.schemaError({*problem});
    ProjectRecord &project = *context.auth.project;
    if (std::erase_if(project.projectPermissionDefinitions, [&](const PermissionDefinition &d) { return d.id == id; }) == 0)
        return KnownErrors::permissionNotFound(QString::fromStdString(id));
    // As the server does: the permission leaves the other definitions and every user.
    for (PermissionDefinition &definition : project.projectPermissionDefinitions)
        std::erase(definition.containedPermissionIds, id);
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        UserRecord &user = project.users.mutableAt(index);
        if (user.extras)
            std::erase(user.extras->projectPermissions, id);
    }
    return HttpResponse::success();
}

} // namespace hexclave::emulator
