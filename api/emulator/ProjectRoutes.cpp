#include "ProjectRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

std::optional<HttpResponse> requireDashboardUser(const RequestContext &context)
{
    if (context.auth.project->id != "internal")
        return KnownErrors::expectedInternalProject();
    if (!context.auth.user)
        return KnownErrors::userAuthenticationRequired();
    return std::nullopt;
}

} // namespace

ProjectRoutes::ProjectRoutes(DataStore &store)
    : m_store(store)
{
}

void ProjectRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/"_s, 0, [](RequestContext &context) {
        QString text = u"Welcome to the Stack API endpoint! Please refer to the documentation at https://docs.stack-auth.com.\n\nAuthentication: "_s;
        if (!context.auth.present)
            return HttpResponse::text(200, text + u"None"_s);
        QString type = AuthContext::name(context.auth.type);
        type[0] = type[0].toUpper();
        const QString user = context.auth.user
            ? QString::fromStdString(context.auth.project->users.at(*context.auth.user).id.toString())
            : u"None"_s;
        return HttpResponse::text(200, text + type + u"\n  Project: "_s + QString::fromStdString(context.auth.project->id)
                                           + u"\n  User: "_s + user);
    });

    router.add("GET", u"/internal/projects"_s, Router::kAny, [this](RequestContext &context) {
        if (auto refusal = requireDashboardUser(context))
            return *refusal;
        ordered_json items = ordered_json::array();
        for (const ProjectRecord *project : m_store.managedProjects(*context.auth.user))
            items.push_back(EntityJson::project(*project));
        ordered_json body = ordered_json::object();
        body["is_paginated"] = false;
        body["items"] = std::move(items);
        return HttpResponse::json(200, body);
    });

    router.add("POST", u"/internal/projects"_s, Router::kAny, [this](RequestContext &context) {
        if (auto refusal = requireDashboardUser(context))
            return *refusal;
        InputValidator input(context.body.get(), u"body"_s,
                             {"display_name", "description", "is_production_mode", "owner_team_id", "logo_url",
                              "logo_full_url", "logo_dark_mode_url", "logo_full_dark_mode_url", "config"});
        input.require("display_name");
        input.require("owner_team_id"); // newest servers: .uuid().defined() (config-facts §5)
        const auto displayName = input.string("display_name");
        const auto description = input.string("description", true);
        const auto production = input.boolean("is_production_mode");
        const auto ownerTeamId = input.uuid("owner_team_id");
        if (!input.ok())
            return context.schemaError(input.problems());

        ProjectRecord &internal = *context.auth.project;
        const quint32 user = *context.auth.user;
        const QString teamId = QString::fromStdString(ownerTeamId.value.toString());
        const std::optional<quint32> ownerTeam = internal.findTeam(ownerTeamId.value);
        if (!ownerTeam)
            return KnownErrors::teamNotFound(teamId);
        if (!internal.teams[*ownerTeam].hasMember(user))
            return KnownErrors::teamMembershipNotFound(teamId, QString::fromStdString(internal.users.at(user).id.toString()));

        auto project = std::make_unique<ProjectRecord>();
        project->id = Uuid::randomFromSystem().toString();
        project->displayName = displayName.value;
        project->description = description.hasValue() ? description.value : std::string();
        project->createdAtMillis = Clock::nowMillis();
        project->isProductionMode = production.hasValue() && production.value;
        project->ownerTeamId = internal.teams[*ownerTeam].id.toString();
        project->configPreset = ProjectConfigPreset::Fresh;
        const ProjectRecord &added = m_store.addProject(std::move(project));
        return HttpResponse::json(201, EntityJson::project(added));
    });

    router.add("GET", u"/internal/projects/current"_s, Router::kAdmin, [](RequestContext &context) {
        return HttpResponse::json(200, EntityJson::project(*context.auth.project));
    });

    // PATCH /internal/projects/current (internal/projects/current/crud.tsx): the given fields,
    // then the project as GET answers it. The legacy `config` object is accepted and ignored (the
    // server writes it into config overrides; the client uses the override routes instead).
    router.add("PATCH", u"/internal/projects/current"_s, Router::kAdmin, [](RequestContext &context) {
        InputValidator input(context.body.get(), u"body"_s,
                             {"display_name", "description", "is_production_mode", "logo_url", "logo_full_url",
                              "logo_dark_mode_url", "logo_full_dark_mode_url", "onboarding_status", "onboarding_state", "config"});
        const auto displayName = input.string("display_name");
        const auto description = input.string("description", true);
        const auto production = input.boolean("is_production_mode");
        const auto logo = input.url("logo_url", true);
        const auto logoFull = input.url("logo_full_url", true);
        const auto logoDark = input.url("logo_dark_mode_url", true);
        const auto logoFullDark = input.url("logo_full_dark_mode_url", true);
        const auto onboarding = input.string("onboarding_status");
        const ordered_json *config = input.raw("config");
        if (config && !config->is_object())
            input.addProblem(u"body.config must be a `object` type, but the final value was: `"_s + InputValidator::printValue(*config) + u"`."_s);
        if (!context.body)
            input.addProblem(u"body must be defined"_s);
        if (!input.ok())
            return context.schemaError(input.problems());

        ProjectRecord &project = *context.auth.project;
        if (displayName.hasValue())
            project.displayName = displayName.value;
        if (description.present)
            project.description = description.value;
        if (production.hasValue())
            project.isProductionMode = production.value;
        const auto assign = [](std::string &target, const Field<std::string> &field) {
            if (field.present)
                target = field.null ? std::string() : field.value;
        };
        assign(project.logoUrl, logo);
        assign(project.logoFullUrl, logoFull);
        assign(project.logoDarkModeUrl, logoDark);
        assign(project.logoFullDarkModeUrl, logoFullDark);
        if (onboarding.hasValue())
            project.onboardingStatus = onboarding.value;
        return HttpResponse::json(200, EntityJson::project(project));
    });

    router.add("DELETE", u"/internal/projects/current"_s, Router::kAdmin, [this](RequestContext &context) {
        if (context.auth.project->id == "internal")
            return HttpResponse::text(400, u"The internal project cannot be deleted."_s);
        const std::string id = context.auth.project->id;
        context.auth.project = nullptr; // about to be destroyed
        m_store.removeProject(id);
        return HttpResponse::success();
    });

    // The public view of the current project, for every access type (the client uses it to
    // check a key): id, display name and configuration warnings.
    router.add("GET", u"/projects/current"_s, Router::kAny, [](RequestContext &context) {
        ordered_json body = ordered_json::object();
        body["id"] = context.auth.project->id;
        body["display_name"] = context.auth.project->displayName;
        body["config_warnings"] = ordered_json::array();
        return HttpResponse::json(200, body);
    });
}

} // namespace hexclave::emulator
