#include "TeamRoutes.h"

#include "DataStore.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

void TeamRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/teams"_s, Router::kAny, [](RequestContext &context) {
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
    });

    router.add("GET", u"/teams/{team_id}"_s, Router::kAny, [](RequestContext &context) {
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
    });
}

} // namespace hexclave::emulator
