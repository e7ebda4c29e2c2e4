#include "ProjectsEndpoints.h"

namespace hexclave::api::projects {

Call<Page<Project>> listOwned()
{
    return {ApiRequest::get(QStringLiteral("/internal/projects"), ProjectScope::internal())};
}

Call<Project> create(const NewProject &project)
{
    return {ApiRequest::post(QStringLiteral("/internal/projects"), ProjectScope::internal(), project.toJson())};
}

Call<Project> current(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/internal/projects/current"), scope)};
}

Call<Project> updateCurrent(const ProjectScope &scope, const ProjectUpdate &update)
{
    return {ApiRequest::patch(QStringLiteral("/internal/projects/current"), scope, update.toJson())};
}

Call<NoContent> deleteCurrent(const ProjectScope &scope)
{
    return {ApiRequest::del(QStringLiteral("/internal/projects/current"), scope)};
}

Call<Project> currentPublic(const ProjectScope &scope)
{
    return {ApiRequest::get(QStringLiteral("/projects/current"), scope)};
}

} // namespace hexclave::api::projects
