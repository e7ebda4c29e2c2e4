#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/Project.h"

namespace hexclave::api::projects {

// The projects the signed-in dashboard user owns (internal project, client access).
Call<Page<Project>> listOwned();
Call<Project> create(const NewProject &project);
// The project a key or admin token addresses (admin access only): every field.
Call<Project> current(const ProjectScope &scope);
// GET /projects/current: id and display name, with any access type — how a key is checked.
Call<Project> currentPublic(const ProjectScope &scope);

} // namespace hexclave::api::projects
