#pragma once

#include "Emulator.h"
#include "HttpResponse.h"

#include <optional>
#include <string>

namespace hexclave::emulator {

class DataStore;
class Router;
struct RequestContext;

// The mails an administrator triggers for a user: POST /auth/password/send-reset-code and
// POST /internal/send-sign-in-invitation. Nothing is sent; the mails are kept in the store for
// tests (Emulator::sentEmails()).
class MailRoutes
{
public:
    explicit MailRoutes(DataStore &store);
    void registerRoutes(Router &router);

    // The server's validateRedirectUrl for the emulator's projects: they allow localhost and
    // trust no other domain. REDIRECT_URL_NOT_WHITELISTED when `url` is elsewhere.
    static std::optional<HttpResponse> checkCallbackUrl(const std::string &url);
    static void record(DataStore &store, RequestContext &context, SentEmail::Kind kind, const std::string &recipient,
                       const std::string &callbackUrl, const QString &userId);

private:
    HttpResponse sendPasswordReset(RequestContext &context);
    HttpResponse sendSignInInvitation(RequestContext &context);

    DataStore &m_store;
};

} // namespace hexclave::emulator
