#include "MailRoutes.h"

#include "ContactChannelStore.h"
#include "DataStore.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "RequestContext.h"
#include "Router.h"

#include <QHostAddress>
#include <QUrl>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

bool isLocalhost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

struct MailRequest
{
    Field<std::string> email;
    Field<std::string> callbackUrl;
};

MailRequest readMailRequest(InputValidator &input)
{
    MailRequest request;
    input.require("email");
    request.email = input.email("email");
    input.require("callback_url");
    request.callbackUrl = input.url("callback_url");
    return request;
}

} // namespace

MailRoutes::MailRoutes(DataStore &store)
    : m_store(store)
{
}

void MailRoutes::registerRoutes(Router &router)
{
    router.add("POST", u"/auth/password/send-reset-code"_s, Router::kAny,
               [this](RequestContext &context) { return sendPasswordReset(context); });
    router.add("POST", u"/internal/send-sign-in-invitation"_s, Router::kServer | Router::kAdmin,
               [this](RequestContext &context) { return sendSignInInvitation(context); });
}

std::optional<HttpResponse> MailRoutes::checkCallbackUrl(const std::string &url)
{
    const QUrl parsed(QString::fromStdString(url));
    const bool web = parsed.scheme() == u"http" || parsed.scheme() == u"https";
    if (!parsed.isValid() || !web || !isLocalhost(parsed))
        return KnownErrors::redirectUrlNotWhitelisted();
    return std::nullopt;
}

void MailRoutes::record(DataStore &store, RequestContext &context, SentEmail::Kind kind, const std::string &recipient,
                        const std::string &callbackUrl, const QString &userId)
{
    SentEmail mail;
    mail.kind = kind;
    mail.projectId = QString::fromStdString(context.auth.project->id);
    mail.recipient = QString::fromStdString(recipient);
    mail.callbackUrl = QString::fromStdString(callbackUrl);
    mail.userId = userId;
    store.recordEmail(std::move(mail));
}

HttpResponse MailRoutes::sendPasswordReset(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"email", "callback_url"});
    const MailRequest request = readMailRequest(input);
    if (!input.ok())
        return context.schemaError(input.problems());

    // The same answer whether or not the address signs in, so it reveals nothing. (The server
    // also waits 2-3 s before answering for an unknown address; the emulator does not.)
    const ordered_json maybe = {{"success", "maybe, only if user with e-mail exists"}};
    const ProjectRecord &project = *context.auth.project;
    const std::string normalized = QString::fromStdString(request.email.value).trimmed().toLower().toStdString();
    const auto holder = ContactChannelStore::authHolder(project, normalized);
    if (!holder)
        return HttpResponse::json(200, maybe);
    if (auto refusal = checkCallbackUrl(request.callbackUrl.value))
        return *refusal;
    record(m_store, context, SentEmail::Kind::PasswordReset, request.email.value, request.callbackUrl.value,
           project.users.at(*holder).id.toQString());
    return HttpResponse::json(200, maybe);
}

HttpResponse MailRoutes::sendSignInInvitation(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"email", "callback_url"});
    const MailRequest request = readMailRequest(input);
    if (!input.ok())
        return context.schemaError(input.problems());
    if (auto refusal = checkCallbackUrl(request.callbackUrl.value))
        return *refusal;
    record(m_store, context, SentEmail::Kind::SignInInvitation, request.email.value, request.callbackUrl.value, QString());
    return HttpResponse::json(200, ordered_json{{"success", true}});
}

} // namespace hexclave::emulator
