#pragma once

#include "HttpResponse.h"
#include "PermissionCatalog.h"

#include <optional>
#include <string>
#include <vector>

namespace hexclave::emulator {

struct ProjectRecord;

// Changes to permission definitions the way the server makes them (backend lib/permissions.tsx):
// the project's whole rendered rbac.permissions, changed, is written to the ENVIRONMENT override
// as one key "rbac.permissions" (fixture 37). Each returns the known error to answer instead,
// or nothing when it succeeded.
class PermissionDefinitionWriter
{
public:
    explicit PermissionDefinitionWriter(ProjectRecord &project)
        : m_project(project)
    {
    }

    // PERMISSION_ID_ALREADY_EXISTS when rbac.permissions has the id in either scope;
    // CONTAINED_PERMISSION_NOT_FOUND for a contained id that `scope` does not define.
    std::optional<HttpResponse> create(PermissionScope scope, const PermissionDefinition &definition);
    // Replaces the definition `id` WHOLE with `replacement` (a description or contained ids the
    // request left out are gone, as on the server) and gives it `scope` whatever it had.
    // Renaming renames the id in the other definitions and in every grant (both scopes).
    // PERMISSION_NOT_FOUND for an id rbac.permissions lacks (system ids too).
    std::optional<HttpResponse> update(PermissionScope scope, const std::string &id, const PermissionDefinition &replacement);
    // PERMISSION_NOT_FOUND unless rbac.permissions has `id` with `scope`. The id leaves the
    // other definitions and every grant of that scope; rbac.defaultPermissions keep it.
    std::optional<HttpResponse> remove(PermissionScope scope, const std::string &id);

    // The description the server answers with: the given one, a system permission's own, or
    // none (empty).
    static std::string descriptionOf(const std::string &id, const std::string &given);

private:
    std::optional<HttpResponse> checkContained(PermissionScope scope, const std::vector<std::string> &contained) const;
    void renameGrants(const std::string &from, const std::string &to);
    void removeGrants(PermissionScope scope, const std::string &id);

    ProjectRecord &m_project;
};

} // namespace hexclave::emulator
