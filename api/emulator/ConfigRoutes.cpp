#include "ConfigRoutes.h"

#include "InputValidator.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

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

// BranchConfigSource, a tagged union (SA internal/config/source): pushed-from-github with its
// repository fields, pushed-from-unknown or unlinked. The server's SCHEMA_ERROR wording for a bad
// source was not captured; these follow yup's usual forms.
void checkSource(const ordered_json &source, InputValidator &input)
{
    if (!source.is_object()) {
        input.addProblem(u"body.source must be a `object` type, but the final value was: `"_s + InputValidator::printValue(source) + u"`."_s);
        return;
    }
    const auto type = source.find("type");
    const std::string typeId = type != source.end() && type->is_string() ? type->get<std::string>() : std::string();
    std::vector<const char *> fields{"type"};
    if (typeId == "pushed-from-github") {
        const std::vector<const char *> required{"owner", "repo", "branch", "commit_hash", "config_file_path"};
        for (const char *field : required) {
            const auto value = source.find(field);
            if (value == source.end() || value->is_null())
                input.addProblem(u"body.source."_s + QLatin1String(field) + u" must be defined"_s);
            else if (!value->is_string())
                input.addProblem(u"body.source."_s + QLatin1String(field) + u" must be a `string` type, but the final value was: `"_s
                                 + InputValidator::printValue(*value) + u"`."_s);
            fields.push_back(field);
        }
        fields.push_back("workflow_path");
    } else if (typeId != "pushed-from-unknown" && typeId != "unlinked") {
        input.addProblem(u"body.source.type must be one of the following values: pushed-from-github, pushed-from-unknown, unlinked"_s);
        return;
    }
    QStringList unknown;
    for (const auto &item : source.items()) {
        if (std::find_if(fields.begin(), fields.end(), [&](const char *field) { return item.key() == field; }) == fields.end())
            unknown.append(QString::fromStdString(item.key()));
    }
    if (!unknown.isEmpty())
        input.addProblem(u"body.source contains unknown properties: "_s + unknown.join(u", "_s));
}

} // namespace

void ConfigRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/internal/config"_s, Router::kAdmin, [](RequestContext &context) { return rendered(context); });
    const QString level = u"/internal/config/override/{level}"_s;
    router.add("GET", level, Router::kAdmin, [](RequestContext &context) { return override(context); });
    router.add("PUT", level, Router::kAdmin, [](RequestContext &context) { return write(context, true); });
    router.add("PATCH", level, Router::kAdmin, [](RequestContext &context) { return write(context, false); });
    router.add("GET", u"/internal/config/source"_s, Router::kAdmin, [](RequestContext &context) {
        ordered_json body = ordered_json::object();
        body["source"] = context.auth.project->config.branchSource();
        return HttpResponse::json(200, body);
    });
    router.add("DELETE", u"/internal/config/source"_s, Router::kAdmin, [](RequestContext &context) {
        context.auth.project->config.setBranchSource(ordered_json{{"type", "unlinked"}});
        return HttpResponse::success();
    });
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
    if (source)
        checkSource(*source, input);
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
    if (replace && *level == ConfigLevel::Branch)
        config.setBranchSource(*source);
    if (replace)
        config.replace(*level, parsed);
    else
        config.patch(*level, parsed);
    return HttpResponse::success();
}

} // namespace hexclave::emulator
