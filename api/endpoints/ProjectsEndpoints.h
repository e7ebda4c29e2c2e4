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
// PATCH /internal/projects/current (admin): the project as it is afterwards.
Call<Project> updateCurrent(const ProjectScope &scope, const ProjectUpdate &update);
// DELETE /internal/projects/current (admin): deletes the project and everything in it.
Call<NoContent> deleteCurrent(const ProjectScope &scope);
// GET /projects/current: id and display name, with any access type — how a key is checked.
Call<Project> currentPublic(const ProjectScope &scope);

} // namespace hexclave::api::projects
