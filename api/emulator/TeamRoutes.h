#pragma once

namespace hexclave::emulator {

class Router;

// GET /teams (optionally a user's teams) and GET /teams/{team_id}.
class TeamRoutes
{
public:
    void registerRoutes(Router &router);
};

} // namespace hexclave::emulator
