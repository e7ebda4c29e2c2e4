#include "TeamAccess.h"

#include "KnownErrors.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "TeamMembers.h"

namespace hexclave::emulator {

bool TeamAccess::memberHolds(const ProjectRecord &project, quint32 teamIndex, quint32 userIndex, const std::string &permissionId)
{
    return holdsTeamPermission(project, project.teams[teamIndex], userIndex, permissionId);
}

std::optional<HttpResponse> TeamAccess::requirePermission(const RequestContext &context, const ProjectRecord &project,
                                                          const QString &teamIdText, const std::string &permissionId)
{
    if (!context.auth.user)
        return KnownErrors::userAuthenticationRequired();
    const QString userId = context.signedInUserId().toQString();
    const auto teamId = Uuid::parse(teamIdText);
    const auto team = teamId ? project.findTeam(*teamId) : std::nullopt;
    if (!team || !project.teams[*team].hasMember(*context.auth.user))
        return KnownErrors::teamMembershipNotFound(teamIdText, userId);
    if (!memberHolds(project, *team, *context.auth.user, permissionId))
        return KnownErrors::teamPermissionRequired(teamIdText, userId, QString::fromStdString(permissionId));
    return std::nullopt;
}

} // namespace hexclave::emulator
