#pragma once

#include <QtGlobal>

#include <string>
#include <vector>

namespace hexclave::emulator {

struct ProjectRecord;
struct TeamRecord;

// Joining and leaving a team the server's way (team-memberships/crud.tsx addUserToTeam): a new
// member receives the project's default team permissions — rbac.defaultPermissions.teamCreator
// for the team's creator, .teamMember for anybody else (not both); leaving drops the member's
// team permissions.
void addTeamMember(ProjectRecord &project, TeamRecord &team, quint32 userIndex, bool asCreator = false);
void removeTeamMember(TeamRecord &team, quint32 userIndex);

// The member's direct team permissions (sorted ids), whether or not they are still defined.
std::vector<std::string> directTeamPermissions(const ProjectRecord &project, const TeamRecord &team, quint32 userIndex);
// Whether the user is a member holding `permissionId` in the team, directly or contained in
// one held (the server's ensureUserTeamPermissionExists with recursive=true).
bool holdsTeamPermission(const ProjectRecord &project, const TeamRecord &team, quint32 userIndex, const std::string &permissionId);

} // namespace hexclave::emulator
