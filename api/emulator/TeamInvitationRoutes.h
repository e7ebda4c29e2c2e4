#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class DataStore;
class Router;
struct RequestContext;

// Team invitations (team-invitations/crud.tsx, send-code/route.tsx): GET /team-invitations?team_id=,
// POST /team-invitations/send-code and DELETE /team-invitations/{id}?team_id=. An invitation is
// pending for 7 days; the mail is recorded (Emulator::sentEmails(), kind TeamInvitation), not sent.
class TeamInvitationRoutes
{
public:
    explicit TeamInvitationRoutes(DataStore &store);
    void registerRoutes(Router &router);

private:
    static HttpResponse list(RequestContext &context);
    HttpResponse send(RequestContext &context);
    static HttpResponse remove(RequestContext &context);

    DataStore &m_store;
};

} // namespace hexclave::emulator
