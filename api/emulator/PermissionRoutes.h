#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Project permissions (project-permissions/crud.tsx): GET /project-permissions, POST|DELETE
// /project-permissions/{user_id}/{permission_id}; and the definitions, admin only:
// GET|POST /project-permission-definitions, DELETE /project-permission-definitions/{id},
// GET /team-permission-definitions.
class PermissionRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse listGrants(RequestContext &context);
    static HttpResponse grant(RequestContext &context);
    static HttpResponse revoke(RequestContext &context);
    static HttpResponse createDefinition(RequestContext &context);
    static HttpResponse deleteDefinition(RequestContext &context);
};

} // namespace hexclave::emulator
