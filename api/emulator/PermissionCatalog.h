#pragma once

#include "ProjectRecord.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace hexclave::emulator {

// What the emulator knows of permission definitions besides a project's own project permissions:
// the team permissions every project has (fixture 27), the ids the server accepts, and the
// expansion of `recursive=true` listings.
class PermissionCatalog
{
public:
    // $delete_team … $update_team, team_admin and team_member, sorted by id (fixture 27).
    static const std::vector<PermissionDefinition> &teamDefinitions();
    // What every team member holds directly: the project's team_member_default_permissions.
    static std::vector<std::string> defaultTeamMemberPermissions() { return {"team_member"}; }
    static const PermissionDefinition *find(const std::vector<PermissionDefinition> &definitions, const std::string &id);
    // `direct`, and when `recursive` every permission they contain, transitively; sorted, unique.
    static std::vector<std::string> expand(const std::vector<PermissionDefinition> &definitions,
                                           const std::vector<std::string> &direct, bool recursive);
    // The server's permissionDefinitionIdSchema: the schema problem for a bad id, if any.
    static std::optional<QString> idProblem(const std::string &id);
};

} // namespace hexclave::emulator
