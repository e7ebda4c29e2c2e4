#pragma once

#include "HttpResponse.h"
#include "PermissionCatalog.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Permission definitions, admin only (team-permission-definitions/crud.tsx,
// project-permission-definitions/crud.tsx): GET|POST /{team|project}-permission-definitions,
// PATCH|DELETE …/{permission_id}. They live in the project's config (PermissionDefinitionWriter).
class PermissionDefinitionRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse list(RequestContext &context, PermissionScope scope);
    static HttpResponse create(RequestContext &context, PermissionScope scope);
    static HttpResponse update(RequestContext &context, PermissionScope scope);
    static HttpResponse remove(RequestContext &context, PermissionScope scope);
};

} // namespace hexclave::emulator
