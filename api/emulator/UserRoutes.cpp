#include "UserRoutes.h"

#include "ContactChannelStore.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "HttpRequest.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamMembers.h"

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// yup's number() cast of a query string: "abc" is NaN, surrounding blanks are ignored.
std::optional<QString> checkLimit(const InputValidator &input, std::optional<int> &limit)
{
    const ordered_json *raw = input.raw("limit");
    if (!raw || !raw->is_string())
        return std::nullopt;
    const QString text = QString::fromStdString(raw->get<std::string>());
    bool ok = false;
    const double value = text.trimmed().isEmpty() ? 0.0 : text.trimmed().toDouble(&ok);
    if (!ok && !text.trimmed().isEmpty()) {
        return u"query.limit must be a `number` type, but the final value was: `NaN` (cast from the value `\""_s + text
            + u"\"`)."_s;
    }
    if (value != std::floor(value))
        return u"query.limit must be an integer"_s;
    if (value < 1)
        return u"query.limit must be greater than or equal to 1"_s;
    limit = int(std::min(value, 2147483646.0));
    return std::nullopt;
}

std::string stripForIdMatch(const QString &text)
{
    std::string result;
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.')
            result += char(c.unicode());
    }
    return result;
}

} // namespace

UserRoutes::UserRoutes(DataStore &store)
    : m_store(store)
{
}

void UserRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/users/me"_s, Router::kAny, [](RequestContext &context) {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        const auto view = context.auth.type == AccessType::Client ? EntityJson::UserView::Client : EntityJson::UserView::Read;
        return HttpResponse::json(200, EntityJson::user(*context.auth.project, *context.auth.user, view));
    });
    router.add("GET", u"/users"_s, Router::kServer | Router::kAdmin, [this](RequestContext &context) { return list(context); });
    router.add("GET", u"/users/{user_id}"_s, Router::kServer | Router::kAdmin, [](RequestContext &context) {
        std::optional<quint32> index;
        if (auto refusal = resolveUser(context, index))
            return *refusal;
        return HttpResponse::json(200, EntityJson::user(*context.auth.project, *index));
    });
    router.add("DELETE", u"/users/{user_id}"_s, Router::kServer | Router::kAdmin,
               [this](RequestContext &context) { return remove(context); });
}

std::optional<HttpResponse> UserRoutes::resolveUser(RequestContext &context, std::optional<quint32> &userIndex,
                                                    QStringList extraProblems)
{
    const QString userId = context.param(u"user_id"_s);
    std::optional<Uuid> id;
    if (userId == u"me") {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        id = context.auth.project->users.at(*context.auth.user).id;
    } else {
        id = Uuid::parse(userId);
        if (!id)
            extraProblems.prepend(u"params.user_id must be a valid UUID"_s);
    }
    if (!extraProblems.isEmpty())
        return context.schemaError(extraProblems);
    userIndex = context.auth.project->users.find(*id);
    if (!userIndex)
        return KnownErrors::userNotFound();
    return std::nullopt;
}

HttpResponse UserRoutes::list(RequestContext &context) const
{
    InputValidator input(context.query.get(), u"query"_s,
                         {"team_id", "limit", "cursor", "order_by", "desc", "query", "include_anonymous",
                          "only_anonymous", "include_restricted", "excluded_email_domains"});
    UserListQuery query;
    const auto teamId = input.uuid("team_id");
    const auto cursor = input.uuid("cursor");
    const auto orderBy = input.oneOf("order_by", {"signed_up_at", "last_active_at"});
    const auto desc = input.oneOf("desc", {"true", "false"});
    const auto text = input.string("query");
    const auto includeAnonymous = input.oneOf("include_anonymous", {"true", "false"});
    const auto onlyAnonymous = input.oneOf("only_anonymous", {"true", "false"});
    const auto includeRestricted = input.oneOf("include_restricted", {"true", "false"});
    const auto excludedDomains = input.string("excluded_email_domains");
    if (auto problem = checkLimit(input, query.limit))
        input.addProblem(*problem);
    if (!input.ok())
        return context.schemaError(input.problems());

    query.includeAnonymous = includeAnonymous.hasValue() && includeAnonymous.value == "true";
    query.onlyAnonymous = onlyAnonymous.hasValue() && onlyAnonymous.value == "true";
    if (query.onlyAnonymous && !query.includeAnonymous)
        return HttpResponse::text(400, u"only_anonymous=true requires include_anonymous=true"_s);
    query.includeRestricted = includeRestricted.hasValue() && includeRestricted.value == "true";
    query.orderBy = orderBy.hasValue() && orderBy.value == "last_active_at" ? UserOrder::LastActiveAt : UserOrder::SignedUpAt;
    query.descending = desc.hasValue() && desc.value == "true";
    if (cursor.hasValue())
        query.cursor = cursor.value;

    const ProjectRecord &project = *context.auth.project;
    query.requireEmailVerification = project.requireEmailVerification;
    if (teamId.hasValue()) {
        query.filterByTeam = true;
        if (const auto team = project.findTeam(teamId.value))
            query.team = &project.teams[*team];
    }
    if (text.hasValue() && !text.value.empty()) {
        const QString needle = QString::fromStdString(text.value);
        query.needle = needle.toLower().toStdString();
        query.exactId = Uuid::parse(stripForIdMatch(needle));
    }
    if (excludedDomains.hasValue()) {
        for (const QString &domain : QString::fromStdString(excludedDomains.value).split(u',', Qt::SkipEmptyParts))
            query.excludedEmailDomains.push_back(domain.trimmed().toLower().toStdString());
    }

    const UserListResult result = project.users.list(query);
    ordered_json items = ordered_json::array();
    for (const quint32 index : result.users)
        items.push_back(EntityJson::user(project, index));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = true;
    body["pagination"] = ordered_json{{"next_cursor", result.nextCursor ? ordered_json(result.nextCursor->toString()) : ordered_json(nullptr)}};
    return HttpResponse::json(200, body);
}

HttpResponse UserRoutes::remove(RequestContext &context)
{
    std::optional<quint32> index;
    if (auto refusal = resolveUser(context, index))
        return *refusal;
    ProjectRecord &project = *context.auth.project;
    for (TeamRecord &team : project.teams)
        removeTeamMember(team, *index);
    m_store.removeSessionsOfUser(project.id, project.users.at(*index).id);
    ContactChannelStore(project).forgetUser(*index);
    project.users.remove(*index);
    return HttpResponse::success();
}

} // namespace hexclave::emulator
