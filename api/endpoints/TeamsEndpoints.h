#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/Permission.h"
#include "dto/Team.h"

namespace hexclave::api::teams {

// GET /teams (not paginated); with a user id, only that user's teams.
Call<Page<Team>> list(const ProjectScope &scope, const QString &userId = {});
Call<Team> get(const ProjectScope &scope, const QString &teamId);
// POST /team-memberships/{team_id}/{user_id} body {}
Call<TeamMembership> addMember(const ProjectScope &scope, const QString &teamId, const QString &userId);
// DELETE /team-memberships/{team_id}/{user_id}
Call<NoContent> removeMember(const ProjectScope &scope, const QString &teamId, const QString &userId);

} // namespace hexclave::api::teams
