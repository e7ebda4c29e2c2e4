#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Teams (teams/crud.tsx): GET /teams (optionally a user's teams), POST /teams, and
// GET|PATCH|DELETE /teams/{team_id}. Deleting a team takes its memberships, team permissions,
// invitations and team API keys with it.
class TeamRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse list(RequestContext &context);
    static HttpResponse read(RequestContext &context);
    static HttpResponse create(RequestContext &context);
    static HttpResponse update(RequestContext &context);
    static HttpResponse remove(RequestContext &context);
};

} // namespace hexclave::emulator
