#include "PermissionDefinitionRoutes.h"

#include "InputValidator.h"
#include "PermissionDefinitionWriter.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

ordered_json definitionJson(const PermissionDefinition &definition)
{
    ordered_json item = ordered_json::object();
    item["id"] = definition.id;
    const std::string description = PermissionDefinitionWriter::descriptionOf(definition.id, definition.description);
    if (!description.empty())
        item["description"] = description;
    item["contained_permission_ids"] = definition.containedPermissionIds;
    return item;
}

// The body both POST and PATCH take; `idRequired` for POST. Problems go to `input`.
PermissionDefinition readDefinition(InputValidator &input, bool idRequired)
{
    PermissionDefinition definition;
    if (idRequired)
        input.require("id");
    const auto id = input.string("id");
    if (id.hasValue()) {
        definition.id = id.value;
        if (const auto problem = PermissionCatalog::customIdProblem(id.value))
            input.addProblem(*problem);
    }
    const auto description = input.string("description");
    if (description.hasValue())
        definition.description = description.value;
    if (const ordered_json *raw = input.raw("contained_permission_ids")) {
        if (!raw->is_array() && !raw->is_null()) {
            input.addProblem(u"body.contained_permission_ids must be a `array` type, but the final value was: `"_s
                             + InputValidator::printValue(*raw) + u"`."_s);
        } else if (raw->is_array()) {
            for (const ordered_json &item : *raw) {
                if (!item.is_string()) {
                    input.addProblem(u"body.contained_permission_ids must contain strings"_s); // inferred wording
                    break;
                }
                definition.containedPermissionIds.push_back(item.get<std::string>());
                if (const auto problem = PermissionCatalog::idProblem(definition.containedPermissionIds.back()))
                    input.addProblem(*problem);
            }
        }
    }
    return definition;
}

// The server answers with the ids as given, sorted (duplicates collapse in the config).
PermissionDefinition answered(PermissionDefinition definition)
{
    auto &ids = definition.containedPermissionIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return definition;
}

} // namespace

void PermissionDefinitionRoutes::registerRoutes(Router &router)
{
    for (const PermissionScope scope : {PermissionScope::Team, PermissionScope::Project}) {
        const QString collection = u'/' + QLatin1String(PermissionCatalog::scopeName(scope)) + u"-permission-definitions"_s;
        const QString item = collection + u"/{permission_id}"_s;
        router.add("GET", collection, Router::kAdmin, [scope](RequestContext &context) { return list(context, scope); });
        router.add("POST", collection, Router::kAdmin, [scope](RequestContext &context) { return create(context, scope); });
        router.add("PATCH", item, Router::kAdmin, [scope](RequestContext &context) { return update(context, scope); });
        router.add("DELETE", item, Router::kAdmin, [scope](RequestContext &context) { return remove(context, scope); });
    }
}

HttpResponse PermissionDefinitionRoutes::list(RequestContext &context, PermissionScope scope)
{
    ordered_json items = ordered_json::array();
    for (const PermissionDefinition &definition : PermissionCatalog::of(*context.auth.project).definitions(scope))
        items.push_back(definitionJson(definition));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse PermissionDefinitionRoutes::create(RequestContext &context, PermissionScope scope)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"id", "description", "contained_permission_ids"});
    const PermissionDefinition definition = readDefinition(input, true);
    if (!input.ok())
        return context.schemaError(input.problems());
    if (auto refusal = PermissionDefinitionWriter(*context.auth.project).create(scope, definition))
        return *refusal;
    return HttpResponse::json(201, definitionJson(answered(definition)));
}

HttpResponse PermissionDefinitionRoutes::update(RequestContext &context, PermissionScope scope)
{
    const std::string id = context.param(u"permission_id"_s).toStdString();
    QStringList problems;
    if (const auto problem = PermissionCatalog::idProblem(id))
        problems.append(*problem);
    InputValidator input(context.body.get(), u"body"_s, {"id", "description", "contained_permission_ids"});
    PermissionDefinition definition = readDefinition(input, false);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    problems.append(input.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (definition.id.empty())
        definition.id = id;
    if (auto refusal = PermissionDefinitionWriter(*context.auth.project).update(scope, id, definition))
        return *refusal;
    return HttpResponse::json(200, definitionJson(answered(definition)));
}

HttpResponse PermissionDefinitionRoutes::remove(RequestContext &context, PermissionScope scope)
{
    const std::string id = context.param(u"permission_id"_s).toStdString();
    if (const auto problem = PermissionCatalog::idProblem(id))
        return context.schemaError({*problem});
    if (auto refusal = PermissionDefinitionWriter(*context.auth.project).remove(scope, id))
        return *refusal;
    return HttpResponse::success();
}

} // namespace hexclave::emulator
