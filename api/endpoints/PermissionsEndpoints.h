#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/Permission.h"

namespace hexclave::api::permissions {

// GET /project-permission-definitions
Call<Page<PermissionDefinition>> projectDefinitions(const ProjectScope &scope);
// GET /project-permissions?user_id=&recursive= ; recursive also lists the contained permissions.
Call<Page<PermissionGrant>> ofUser(const ProjectScope &scope, const QString &userId, bool recursive = false);
// POST /project-permissions/{user_id}/{permission_id} body {}
Call<PermissionGrant> grant(const ProjectScope &scope, const QString &userId, const QString &permissionId);
// DELETE /project-permissions/{user_id}/{permission_id}
Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &permissionId);
// GET /team-permissions?team_id=&user_id=
Call<Page<PermissionGrant>> ofTeamMember(const ProjectScope &scope, const QString &teamId, const QString &userId);

} // namespace hexclave::api::permissions
