#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Team membership (team-memberships/crud.tsx): POST|DELETE /team-memberships/{team_id}/{user_id};
// and what members hold, GET /team-permissions (every member has the default team_member).
class TeamMembershipRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse add(RequestContext &context);
    static HttpResponse remove(RequestContext &context);
    static HttpResponse listPermissions(RequestContext &context);
};

} // namespace hexclave::emulator
