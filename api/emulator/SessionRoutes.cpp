#include "SessionRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"
#include "SampleUserDetails.h"
#include "TokenIssuer.h"

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr qint64 kDefaultLifetimeMillis = 1000LL * 60 * 60 * 24 * 365;
constexpr qint64 kMaxLifetimeMillis = 1000LL * 60 * 60 * 24 * 367; // 31708800000

// The "me"-or-UUID `user_id` of a query or body; adds the schema problem when it is missing or bad.
Field<std::string> userIdField(InputValidator &input, const QString &path)
{
    input.require("user_id");
    Field<std::string> field = input.string("user_id");
    if (field.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(field.value)))
        input.addProblem(path + u" must be a valid UUID"_s);
    return field;
}

} // namespace

SessionRoutes::SessionRoutes(DataStore &store, TokenIssuer &tokens)
    : m_store(store)
    , m_tokens(tokens)
{
}

void SessionRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/auth/sessions"_s, Router::kAny, [this](RequestContext &context) { return list(context); });
    router.add("POST", u"/auth/sessions"_s, Router::kServer | Router::kAdmin,
               [this](RequestContext &context) { return create(context); });
    router.add("DELETE", u"/auth/sessions/{id}"_s, Router::kAny, [this](RequestContext &context) { return revoke(context); });
}

HttpResponse SessionRoutes::list(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"user_id"});
    const auto userIdText = userIdField(input, u"query.user_id"_s);
    if (!input.ok())
        return context.schemaError(input.problems());
    Uuid userId;
    if (auto refusal = context.resolveUserId(QString::fromStdString(userIdText.value), userId))
        return *refusal;
    if (auto refusal = context.requireOwnUserForClient(userId, u"Client can only list sessions for their own user."_s))
        return *refusal;

    // No existence check on the server either: an unknown user has no sessions.
    ProjectRecord &project = *context.auth.project;
    if (const auto index = project.users.find(userId))
        SampleUserDetails::materializeSessions(m_store, project, *index);
    const bool withImpersonations = context.auth.type == AccessType::Admin;
    ordered_json items = ordered_json::array();
    for (const RefreshSession *session : m_store.sessionsOfUser(project.id, userId)) {
        if (session->impersonation && !withImpersonations)
            continue;
        items.push_back(EntityJson::session(*session, context.auth.refreshTokenId == session->id));
    }
    ordered_json body = ordered_json::object();
    body["is_paginated"] = false;
    body["items"] = std::move(items);
    return HttpResponse::json(200, body);
}

HttpResponse SessionRoutes::create(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"user_id", "expires_in_millis", "is_impersonation"});
    const auto userIdText = userIdField(input, u"body.user_id"_s);
    const auto impersonation = input.boolean("is_impersonation");
    qint64 lifetime = kDefaultLifetimeMillis;
    if (const ordered_json *raw = input.raw("expires_in_millis")) {
        if (!raw->is_number()) {
            input.addProblem(u"body.expires_in_millis must be a `number` type, but the final value was: `"_s
                             + InputValidator::printValue(*raw) + u"`."_s);
        } else if (raw->get<double>() > double(kMaxLifetimeMillis)) {
            input.addProblem(u"body.expires_in_millis must be less than or equal to "_s + QString::number(kMaxLifetimeMillis));
        } else {
            lifetime = qint64(std::llround(raw->get<double>()));
        }
    }
    if (!input.ok())
        return context.schemaError(input.problems());
    const QString userIdString = QString::fromStdString(userIdText.value);
    Uuid userId;
    if (auto refusal = context.resolveUserId(userIdString, userId))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    const auto index = project.users.find(userId);
    if (!index)
        return KnownErrors::userIdDoesNotExist(userIdString);
    SampleUserDetails::materializeSessions(m_store, project, *index); // the new one joins the old ones

    const qint64 now = Clock::nowMillis();
    RefreshSession session;
    session.id = Uuid::randomFromSystem();
    session.projectId = project.id;
    session.userId = userId;
    session.createdAtMillis = now;
    session.lastUsedAtMillis = now;
    session.expiresAtMillis = now + lifetime;
    session.impersonation = impersonation.hasValue() && impersonation.value;
    const Uuid sessionId = session.id;
    const std::string refreshToken = m_store.addSession(std::move(session));

    ordered_json body = ordered_json::object();
    body["refresh_token"] = refreshToken;
    body["access_token"] = m_tokens.issue(project, project.users.at(*index), sessionId);
    return HttpResponse::json(200, body);
}

HttpResponse SessionRoutes::revoke(RequestContext &context)
{
    QStringList problems;
    const auto sessionId = Uuid::parse(context.param(u"id"_s));
    if (!sessionId)
        problems.append(u"params.id must be a valid UUID"_s);
    InputValidator input(context.query.get(), u"query"_s, {"user_id"});
    const auto userIdText = userIdField(input, u"query.user_id"_s);
    problems.append(input.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);
    Uuid userId;
    if (auto refusal = context.resolveUserId(QString::fromStdString(userIdText.value), userId))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    if (const auto index = project.users.find(userId))
        SampleUserDetails::materializeSessions(m_store, project, *index);
    // The server looks the session up by its id alone; user_id only has to be well-formed.
    const RefreshSession *session = m_store.sessionById(project.id, *sessionId);
    const bool foreign = session && context.auth.type == AccessType::Client && session->userId != context.signedInUserId();
    if (!session || foreign)
        return HttpResponse::text(404, u"Session not found."_s);
    if (context.auth.refreshTokenId == session->id)
        return KnownErrors::cannotDeleteCurrentSession();
    m_store.removeSession(project.id, *sessionId);
    return HttpResponse::success();
}

} // namespace hexclave::emulator
