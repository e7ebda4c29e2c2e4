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
        const auto displayName = input.string("display_name");
        const auto description = input.string("description", true);
        const auto production = input.boolean("is_production_mode");
        const auto ownerTeamId = input.uuid("owner_team_id");
        if (!input.ok())
            return context.schemaError(input.problems());

        ProjectRecord &internal = *context.auth.project;
        const quint32 user = *context.auth.user;
        std::optional<quint32> ownerTeam;
        if (ownerTeamId.hasValue()) {
            const QString teamId = QString::fromStdString(ownerTeamId.value.toString());
            ownerTeam = internal.findTeam(ownerTeamId.value);
            if (!ownerTeam)
                return KnownErrors::teamNotFound(teamId);
            if (!internal.teams[*ownerTeam].hasMember(user))
                return KnownErrors::teamMembershipNotFound(teamId, QString::fromStdString(internal.users.at(user).id.toString()));
        } else {
            for (quint32 i = 0; i < internal.teams.size() && !ownerTeam; ++i) {
                if (!internal.teams[i].deleted && internal.teams[i].hasMember(user))
                    ownerTeam = i;
            }
            if (!ownerTeam)
                return HttpResponse::text(400, u"owner_team_id is required: the user is not a member of any team"_s);
        }

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
