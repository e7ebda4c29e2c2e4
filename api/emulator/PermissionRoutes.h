#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Project permission grants (project-permissions/crud.tsx): GET /project-permissions,
// POST|DELETE /project-permissions/{user_id}/{permission_id}. The definitions are
// PermissionDefinitionRoutes'.
class PermissionRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse listGrants(RequestContext &context);
    static HttpResponse grant(RequestContext &context);
    static HttpResponse revoke(RequestContext &context);
};

} // namespace hexclave::emulator
