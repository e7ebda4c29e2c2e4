#pragma once

#include "HttpResponse.h"

#include <QString>

#include <optional>
#include <string>

namespace hexclave::emulator {

struct ProjectRecord;
struct RequestContext;

// The server's ensureUserTeamPermissionExists for client access: the signed-in user must be a
// member of the team (TEAM_MEMBERSHIP_NOT_FOUND, also for an unknown team) and hold
// `permissionId` there, directly or contained (TEAM_PERMISSION_REQUIRED). Without a signed-in user:
// USER_AUTHENTICATION_REQUIRED.
class TeamAccess
{
public:
    static std::optional<HttpResponse> requirePermission(const RequestContext &context, const ProjectRecord &project,
                                                         const QString &teamIdText, const std::string &permissionId);
    // Whether the member holds `permissionId` in the team, counting contained permissions.
    static bool memberHolds(const ProjectRecord &project, quint32 teamIndex, quint32 userIndex, const std::string &permissionId);
};

} // namespace hexclave::emulator
