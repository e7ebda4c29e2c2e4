#include "TeamMembers.h"

#include "PermissionCatalog.h"
#include "ProjectRecord.h"

#include <algorithm>

namespace hexclave::emulator {

void addTeamMember(ProjectRecord &project, TeamRecord &team, quint32 userIndex, bool asCreator)
{
    team.addMember(userIndex);
    const PermissionCatalog &catalog = PermissionCatalog::of(project);
    for (const std::string &id : catalog.defaults(asCreator ? DefaultPermissions::TeamCreator : DefaultPermissions::TeamMember)) {
        // The server refuses the whole membership (PERMISSION_NOT_FOUND) when a default names no
        // team permission; the emulator grants the others instead.
        if (catalog.find(PermissionScope::Team, id))
            team.grant({userIndex, project.permissionIds.intern(id)});
    }
}

void removeTeamMember(TeamRecord &team, quint32 userIndex)
{
    team.removeMember(userIndex);
    const auto [first, last] = team.grantsOf(userIndex);
    team.grants.erase(first, last);
}

std::vector<std::string> directTeamPermissions(const ProjectRecord &project, const TeamRecord &team, quint32 userIndex)
{
    std::vector<std::string> ids;
    const auto [first, last] = team.grantsOf(userIndex);
    for (auto it = first; it != last; ++it)
        ids.push_back(project.permissionIds.id(it->permission));
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool holdsTeamPermission(const ProjectRecord &project, const TeamRecord &team, quint32 userIndex, const std::string &permissionId)
{
    if (!team.hasMember(userIndex))
        return false;
    const auto held = PermissionCatalog::of(project).expand(PermissionScope::Team, directTeamPermissions(project, team, userIndex), true);
    return std::binary_search(held.begin(), held.end(), permissionId);
}

} // namespace hexclave::emulator
