#include "CliAuthRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "HttpRequest.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <limits>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr qint64 kDefaultLifetimeMillis = 2 * 60 * 60 * 1000; // fixture 49: expires_at two hours ahead
constexpr qint64 kMaxLifetimeMillis = 24 * 60 * 60 * 1000;

const QString kInvalidLoginCode = u"Invalid login code or the code has expired"_s;

bool isPending(const CliAttempt *attempt, qint64 now)
{
    return attempt && !attempt->used && attempt->refreshToken.empty() && attempt->expiresAtMillis >= now;
}

} // namespace

CliAuthRoutes::CliAuthRoutes(DataStore &store, bool autoConfirm)
    : m_store(store)
    , m_autoConfirm(autoConfirm)
{
}

void CliAuthRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/auth/cli"_s, Router::kAny, [this](RequestContext &context) {
        InputValidator input(context.body.get(), u"body"_s, {"expires_in_millis", "anon_refresh_token"});
        const auto lifetime = input.integer("expires_in_millis", false, std::numeric_limits<qint64>::min(), kMaxLifetimeMillis);
        const auto anonToken = input.string("anon_refresh_token");
        if (!input.ok())
            return context.schemaError(input.problems());
        ProjectRecord &project = *context.auth.project;
        const qint64 now = Clock::nowMillis();
        if (anonToken.hasValue() && !anonToken.value.empty()) {
            const RefreshSession *session = m_store.session(anonToken.value, now);
            if (!session)
                return HttpResponse::text(400, u"Invalid anon refresh token"_s);
            if (session->projectId != project.id)
                return HttpResponse::text(400, u"Anon refresh token does not belong to this project"_s);
            const auto user = project.users.find(session->userId);
            if (!user)
                return HttpResponse::text(400, u"User not found for provided refresh token"_s);
            if (!project.users.at(*user).anonymous)
                return HttpResponse::text(400, u"The provided refresh token does not belong to an anonymous user"_s);
        }

        CliAttempt &attempt = m_store.addCliAttempt(project.id, now + (lifetime.hasValue() ? lifetime.value : kDefaultLifetimeMillis));
        ordered_json body = ordered_json::object();
        body["polling_code"] = attempt.pollingCode;
        body["login_code"] = attempt.loginCode;
        body["expires_at"] = Clock::isoUtc(attempt.expiresAtMillis).toStdString();
        if (m_autoConfirm)
            m_store.confirmCliAttempt(attempt.loginCode, now);
        return HttpResponse::json(200, body);
    });

    router.add("POST", u"/auth/cli/poll"_s, Router::kAny, [this](RequestContext &context) {
        InputValidator input(context.body.get(), u"body"_s, {"polling_code"});
        input.require("polling_code");
        const auto code = input.string("polling_code");
        if (!input.ok())
            return context.schemaError(input.problems());
        CliAttempt *attempt = m_store.cliAttemptByPollingCode(context.auth.project->id, code.value);
        if (!attempt)
            return KnownErrors::invalidPollingCode();
        if (attempt->expiresAtMillis < Clock::nowMillis())
            return HttpResponse::json(200, ordered_json{{"status", "expired"}});
        if (attempt->used)
            return HttpResponse::json(200, ordered_json{{"status", "used"}});
        if (attempt->refreshToken.empty())
            return HttpResponse::json(200, ordered_json{{"status", "waiting"}});
        attempt->used = true;
        return HttpResponse::json(201, ordered_json{{"status", "success"}, {"refresh_token", attempt->refreshToken}});
    });

    router.add("POST", u"/auth/cli/complete"_s, Router::kAny, [this](RequestContext &context) {
        InputValidator input(context.body.get(), u"body"_s, {"login_code", "mode", "refresh_token"});
        input.require("login_code");
        const auto loginCode = input.string("login_code");
        const auto mode = input.oneOf("mode", {"check", "claim-anon-session", "complete"});
        const auto refreshToken = input.string("refresh_token");
        if (!input.ok())
            return context.schemaError(input.problems());
        const qint64 now = Clock::nowMillis();
        CliAttempt *attempt = m_store.cliAttemptByLoginCode(loginCode.value);
        if (!isPending(attempt, now) || attempt->projectId != context.auth.project->id)
            return HttpResponse::text(400, kInvalidLoginCode);
        if (mode.hasValue() && mode.value == "check")
            return HttpResponse::json(200, ordered_json{{"cli_session_state", "none"}});
        if (mode.hasValue() && mode.value == "claim-anon-session")
            return HttpResponse::text(400, u"No anonymous session associated with this code"_s);
        if (!refreshToken.hasValue())
            return HttpResponse::text(400, u"refresh_token is required when mode is 'complete'"_s);
        const RefreshSession *session = m_store.session(refreshToken.value, now);
        if (!session)
            return HttpResponse::text(400, u"Invalid refresh token"_s);
        if (session->projectId != attempt->projectId)
            return HttpResponse::text(400, u"Refresh token does not belong to this project"_s);
        attempt->refreshToken = refreshToken.value;
        return HttpResponse::json(200, ordered_json{{"success", true}});
    });

    router.addPage("GET", u"/handler/cli-auth-confirm"_s, [this](RequestContext &context) {
        const QUrlQuery query(QString::fromLatin1(context.request.rawQuery));
        return confirmPage(query.queryItemValue(u"login_code"_s, QUrl::FullyDecoded));
    });

    router.addPage("POST", u"/handler/cli-auth-confirm"_s, [this](RequestContext &context) {
        const ordered_json *code = context.body && context.body->is_object() && context.body->contains("login_code")
            ? &(*context.body)["login_code"]
            : nullptr;
        const std::string loginCode = code && code->is_string() ? code->get<std::string>() : std::string();
        if (!m_store.confirmCliAttempt(loginCode, Clock::nowMillis())) {
            return page(400, u"Authorization Failed"_s,
                        u"<p>Authorization failed: the login code is invalid, expired or already used. "
                        "Start the sign-in again from the application.</p>"_s);
        }
        return page(200, u"CLI Authorization Successful"_s,
                    u"<p>The application is now signed in as <b>admin@example.com</b>. You can close this window.</p>"_s);
    });
}

HttpResponse CliAuthRoutes::confirmPage(const QString &loginCode) const
{
    const CliAttempt *attempt = m_store.cliAttemptByLoginCode(loginCode.toStdString());
    if (!isPending(attempt, Clock::nowMillis())) {
        return page(200, u"Authorization Failed"_s,
                    u"<p>This login link is invalid, has expired or was already used. "
                    "Start the sign-in again from the application.</p>"_s);
    }
    return page(200, u"Authorize CLI Application"_s,
                u"<p>An application is requesting access to your account <b>admin@example.com</b> "
                "(Hexclave emulator). Only authorize it if you started this sign-in yourself.</p>"
                "<form method=\"post\" action=\"/handler/cli-auth-confirm\">"
                "<input type=\"hidden\" name=\"login_code\" value=\""_s
                    + loginCode.toHtmlEscaped()
                    + u"\"><button type=\"submit\" id=\"authorize\">Authorize</button></form>"_s);
}

HttpResponse CliAuthRoutes::page(int status, const QString &title, const QString &content)
{
    return HttpResponse::html(status,
                              u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"_s + title
                                  + u"</title><style>body{font-family:sans-serif;max-width:32em;margin:4em auto;}"
                                    "button{font-size:1.1em;padding:.5em 1.5em;}</style></head><body><h1>"_s
                                  + title + u"</h1>"_s + content + u"</body></html>"_s);
}

} // namespace hexclave::emulator
