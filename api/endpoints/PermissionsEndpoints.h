#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/Permission.h"

#include <QStringList>

#include <optional>

namespace hexclave::api::permissions {

// Team permissions hold within one team; project permissions hold project-wide.
enum class PermissionScope { Team, Project };

// POST /{team|project}-permission-definitions body. Ids are `[a-z0-9_:]+` (see isValidId).
struct NewPermissionDefinition
{
    QString id;
    QString description; // empty: not sent
    QStringList containedPermissionIds;

    QByteArray toJson() const;
};

// PATCH /{team|project}-permission-definitions/{id} body. The server rewrites the definition
// whole — a description left out is removed, contained ids left out become none — so every
// field is sent (server-facts §11).
struct PermissionDefinitionUpdate
{
    QString description; // empty: none
    QStringList containedPermissionIds;

    QByteArray toJson() const;
};

// The server's rule for custom permission ids: lower-case letters, digits, ':' and '_', not empty.
bool isValidId(const QString &id);

// GET|POST /{team|project}-permission-definitions, PATCH|DELETE …/{id}. Admin access only.
// The server keeps these in the project's configuration (rbac.permissions).
Call<Page<PermissionDefinition>> definitions(const ProjectScope &scope, PermissionScope kind);
Call<PermissionDefinition> createDefinition(const ProjectScope &scope, PermissionScope kind,
                                            const NewPermissionDefinition &definition);
Call<PermissionDefinition> updateDefinition(const ProjectScope &scope, PermissionScope kind, const QString &id,
                                            const PermissionDefinitionUpdate &update);
Call<NoContent> removeDefinition(const ProjectScope &scope, PermissionScope kind, const QString &id);

// GET /project-permission-definitions
inline Call<Page<PermissionDefinition>> projectDefinitions(const ProjectScope &scope)
{
    return definitions(scope, PermissionScope::Project);
}

// Project permission grants.
// GET /project-permissions?user_id=&recursive= ; recursive also lists the contained permissions.
Call<Page<PermissionGrant>> ofUser(const ProjectScope &scope, const QString &userId, bool recursive = false);
// POST /project-permissions/{user_id}/{permission_id} body {}
Call<PermissionGrant> grant(const ProjectScope &scope, const QString &userId, const QString &permissionId);
// DELETE /project-permissions/{user_id}/{permission_id}
Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &permissionId);

// Team permission grants.
// GET /team-permissions?team_id=&user_id=&recursive= ; an empty user id lists every member's grants.
Call<Page<PermissionGrant>> ofTeamMember(const ProjectScope &scope, const QString &teamId, const QString &userId,
                                         bool recursive = false);
// POST /team-permissions/{team_id}/{user_id}/{permission_id} body {}
Call<PermissionGrant> grantInTeam(const ProjectScope &scope, const QString &teamId, const QString &userId,
                                  const QString &permissionId);
// DELETE /team-permissions/{team_id}/{user_id}/{permission_id}
Call<NoContent> revokeInTeam(const ProjectScope &scope, const QString &teamId, const QString &userId,
                             const QString &permissionId);

} // namespace hexclave::api::permissions
