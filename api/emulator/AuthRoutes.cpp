#include "AuthRoutes.h"

#include "Clock.h"
#include "ContactChannelStore.h"
#include "DataStore.h"
#include "HttpRequest.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"
#include "TokenIssuer.h"

#include <QString>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

AuthRoutes::AuthRoutes(DataStore &store, TokenIssuer &tokens)
    : m_store(store)
    , m_tokens(tokens)
{
}

void AuthRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/auth/password/sign-in"_s, Router::kAny, [this](RequestContext &context) {
        InputValidator input(context.body.get(), u"body"_s, {"email", "password"});
        input.require("email");
        input.require("password");
        const auto email = input.email("email");
        const auto password = input.string("password", false, 70);
        if (!input.ok())
            return context.schemaError(input.problems());

        ProjectRecord &project = *context.auth.project;
        const std::string normalized = QString::fromStdString(email.value).trimmed().toLower().toStdString();
        const auto index = ContactChannelStore::authHolder(project, normalized);
        const UserExtras *extras = index ? project.users.at(*index).extrasOrNull() : nullptr;
        if (!index || !project.users.at(*index).hasPassword || !extras || extras->password.empty()
            || extras->password != password.value) {
            return KnownErrors::emailPasswordMismatch();
        }
        const UserRecord &user = project.users.at(*index);
        const qint64 now = Clock::nowMillis();
        const std::string refreshToken = m_store.createSession(project.id, user.id, now, 0, false);
        const RefreshSession *session = m_store.session(refreshToken, now);

        ordered_json body = ordered_json::object();
        body["access_token"] = m_tokens.issue(project, user, session->id);
        body["refresh_token"] = refreshToken;
        body["user_id"] = user.id.toString();
        return HttpResponse::json(200, body);
    });

    router.add("POST", u"/auth/sessions/current/refresh"_s, Router::kAny, [this](RequestContext &context) {
        if (!context.request.hasStackHeader("refresh-token"))
            return context.schemaError({u"headers.x-stack-refresh-token must be defined"_s});
        ProjectRecord &project = *context.auth.project;
        const RefreshSession *session =
            m_store.session(context.request.stackHeader("refresh-token").toStdString(), Clock::nowMillis());
        const auto user = session && session->projectId == project.id ? project.users.find(session->userId) : std::nullopt;
        if (!user)
            return KnownErrors::refreshTokenNotFoundOrExpired();
        const std::string accessToken = m_tokens.issue(project, project.users.at(*user), session->id);
        m_store.touchSession(context.request.stackHeader("refresh-token").toStdString(), Clock::nowMillis());
        return HttpResponse::json(200, ordered_json{{"access_token", accessToken}});
    });

    router.add("DELETE", u"/auth/sessions/current"_s, Router::kAny, [this](RequestContext &context) {
        if (!context.auth.refreshTokenId)
            return KnownErrors::accessTokenExpired(Clock::nowMillis());
        if (!m_store.removeSession(context.auth.project->id, *context.auth.refreshTokenId))
            return KnownErrors::refreshTokenNotFoundOrExpired();
        return HttpResponse::success();
    });
}

} // namespace hexclave::emulator
