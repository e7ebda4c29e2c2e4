#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Team membership (team-memberships/crud.tsx): POST|DELETE /team-memberships/{team_id}/{user_id};
// and what members hold (team-permissions/crud.tsx): GET /team-permissions, POST|DELETE
// /team-permissions/{team_id}/{user_id}/{permission_id}. Membership changes go through
// TeamMembers (default permissions on joining, none left after leaving).
class TeamMembershipRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse add(RequestContext &context);
    static HttpResponse remove(RequestContext &context);
    static HttpResponse listPermissions(RequestContext &context);
    static HttpResponse grantPermission(RequestContext &context);
    static HttpResponse revokePermission(RequestContext &context);
};

} // namespace hexclave::emulator
