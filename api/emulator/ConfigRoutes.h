#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// The project's configuration, admin only (internal/config/route.tsx and
// internal/config/override/[level]/route.tsx): GET /internal/config answers the rendered config,
// GET|PUT|PATCH /internal/config/override/{level} one level's override; all as a JSON string
// (fixtures 35–38). GET|DELETE /internal/config/source: where the branch level comes from (the
// `source` a PUT of the branch level must carry). See ProjectConfigStore for how overrides combine.
class ConfigRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse rendered(RequestContext &context);
    static HttpResponse override(RequestContext &context);
    static HttpResponse write(RequestContext &context, bool replace);
};

} // namespace hexclave::emulator
