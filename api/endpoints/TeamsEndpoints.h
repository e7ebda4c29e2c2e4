#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/Team.h"

namespace hexclave::api::teams {

// GET /teams (not paginated); with a user id, only that user's teams.
Call<Page<Team>> list(const ProjectScope &scope, const QString &userId = {});
Call<Team> get(const ProjectScope &scope, const QString &teamId);

} // namespace hexclave::api::teams
