#pragma once

namespace hexclave::emulator {

class DataStore;
class Router;

// The dashboard account's projects (GET/POST /internal/projects), the current project
// (GET/DELETE /internal/projects/current, GET /projects/current) and the API root's welcome text.
class ProjectRoutes
{
public:
    explicit ProjectRoutes(DataStore &store);
    void registerRoutes(Router &router);

private:
    DataStore &m_store;
};

} // namespace hexclave::emulator
