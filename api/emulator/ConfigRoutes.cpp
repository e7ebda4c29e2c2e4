#include "ConfigRoutes.h"

#include "InputValidator.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

ordered_json configStringBody(std::string text)
{
    ordered_json body = ordered_json::object();
    body["config_string"] = std::move(text);
    return body;
}

// params.level: "<path> must be one of the following values: project, branch, environment".
std::optional<ConfigLevel> readLevel(const RequestContext &context, QStringList &problems)
{
    const auto level = configLevelFromId(context.param(u"level"_s).toStdString());
    if (!level)
        problems.append(u"params.level must be one of the following values: project, branch, environment"_s);
    return level;
}

} // namespace

void ConfigRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/internal/config"_s, Router::kAdmin, [](RequestContext &context) { return rendered(context); });
    const QString level = u"/internal/config/override/{level}"_s;
    router.add("GET", level, Router::kAdmin, [](RequestContext &context) { return override(context); });
    router.add("PUT", level, Router::kAdmin, [](RequestContext &context) { return write(context, true); });
    router.add("PATCH", level, Router::kAdmin, [](RequestContext &context) { return write(context, false); });
}

HttpResponse ConfigRoutes::rendered(RequestContext &context)
{
    return HttpResponse::json(200, configStringBody(context.auth.project->config.renderedText()));
}

HttpResponse ConfigRoutes::override(RequestContext &context)
{
    QStringList problems;
    const auto level = readLevel(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const ordered_json &stored = context.auth.project->config.overrideAt(*level);
    return HttpResponse::json(200, configStringBody(stored.dump()));
}

HttpResponse ConfigRoutes::write(RequestContext &context, bool replace)
{
    QStringList problems;
    const auto level = readLevel(context, problems);
    const char *field = replace ? "config_string" : "config_override_string";
    InputValidator input = replace ? InputValidator(context.body.get(), u"body"_s, {"config_string", "source"})
                                   : InputValidator(context.body.get(), u"body"_s, {"config_override_string"});
    input.require(field);
    const auto text = input.string(field);
    const ordered_json *source = replace ? input.raw("source") : nullptr;
    if (source && !source->is_object()) // branchConfigSourceSchema is an object (its variants are not modelled)
        input.addProblem(u"body.source must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*source) + u"`."_s);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    problems.append(input.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    const ordered_json parsed = ordered_json::parse(text.value, nullptr, false);
    if (parsed.is_discarded())
        return HttpResponse::text(400, u"Invalid config JSON"_s);
    if (const auto problem = ProjectConfigStore::overrideProblem(*level, parsed))
        return HttpResponse::text(400, *problem);
    if (replace && *level == ConfigLevel::Branch && !source)
        return HttpResponse::text(400, u"source is required for branch level config"_s);

    ProjectConfigStore &config = context.auth.project->config;
    if (replace)
        config.replace(*level, parsed);
    else
        config.patch(*level, parsed);
    return HttpResponse::success();
}

} // namespace hexclave::emulator
