#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class DataStore;
class Router;
class TokenIssuer;
struct RequestContext;

// A user's sessions: GET /auth/sessions?user_id= (impersonation sessions only for admin access),
// POST /auth/sessions (impersonation; the tokens work like a sign-in's) and
// DELETE /auth/sessions/{id}?user_id=. Generated users get their demo sessions on first look.
class SessionRoutes
{
public:
    SessionRoutes(DataStore &store, TokenIssuer &tokens);
    void registerRoutes(Router &router); // after AuthRoutes: /auth/sessions/current is a literal there

private:
    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse revoke(RequestContext &context);

    DataStore &m_store;
    TokenIssuer &m_tokens;
};

} // namespace hexclave::emulator
