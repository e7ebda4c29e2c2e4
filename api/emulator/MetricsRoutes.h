#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// GET /internal/metrics (admin; internal/metrics/route.tsx, /work/notes/config-facts.md §4): the
// dashboard overview, computed from the project's users, teams and outbox. The real server reads
// most of it from its analytics store (ClickHouse); a self-hosted server without one answers 500
// text/plain (fixture 45), which `available = false` reproduces.
class MetricsRoutes
{
public:
    explicit MetricsRoutes(bool available);
    void registerRoutes(Router &router);

private:
    HttpResponse metrics(RequestContext &context) const;

    bool m_available;
};

} // namespace hexclave::emulator
