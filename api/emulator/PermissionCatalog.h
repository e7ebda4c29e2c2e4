#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

class ProjectConfigStore;
struct ProjectRecord;

// Team permissions hold within one team, project permissions project-wide.
enum class PermissionScope { Team, Project };

// rbac.defaultPermissions.{teamCreator, teamMember, signUp}: granted when a user creates a
// team, joins one, or signs up.
enum class DefaultPermissions { TeamCreator, TeamMember, SignUp };

// A permission definition as GET /{team|project}-permission-definitions lists it.
struct PermissionDefinition
{
    std::string id;
    std::string description; // empty: none
    std::vector<std::string> containedPermissionIds; // sorted
};

// The permission definitions of a project, read from its rendered config (rbac.permissions,
// where the server keeps them: fixture 37) plus the built-in system team permissions
// ($delete_team …, which are not in the config), and its default grants. Built when first
// asked for and again after the config changed, so listing grants never re-reads the config
// per user. Get a project's through of(project).
class PermissionCatalog
{
public:
    static const PermissionCatalog &of(const ProjectRecord &project);

    // Sorted by id; the team scope includes the system permissions (fixture 27).
    const std::vector<PermissionDefinition> &definitions(PermissionScope scope) const;
    const PermissionDefinition *find(PermissionScope scope, const std::string &id) const;
    // When rbac.permissions defines `id` (in any scope): the scope it gives it, "" when none.
    std::optional<std::string> configuredScope(const std::string &id) const;
    // The ids rbac.defaultPermissions lists for `which`, in the config's order.
    const std::vector<std::string> &defaults(DefaultPermissions which) const;
    // The ids of `direct` that `scope` defines and, when `recursive`, all they contain,
    // transitively; sorted and unique. Ids without a definition are left out, as the server
    // skips them.
    std::vector<std::string> expand(PermissionScope scope, const std::vector<std::string> &direct, bool recursive) const;

    static const char *scopeName(PermissionScope scope); // "team", "project"
    static bool isSystemPermission(const std::string &id) { return systemPermission(id) != nullptr; }
    static const PermissionDefinition *systemPermission(const std::string &id); // $delete_team …
    // permissionDefinitionIdSchema (path and query ids): the schema problem, if any.
    static std::optional<QString> idProblem(const std::string &id);
    // customPermissionDefinitionIdSchema (ids of new definitions): no "$" prefix.
    static std::optional<QString> customIdProblem(const std::string &id);

private:
    void refresh(const ProjectConfigStore &config) const;

    mutable quint64 m_revision = 0; // of the config it was built from; 0: never built
    mutable std::array<std::vector<PermissionDefinition>, 2> m_definitions;
    mutable std::unordered_map<std::string, std::string> m_configuredScopes;
    mutable std::array<std::vector<std::string>, 3> m_defaults;
};

// Permission ids as small numbers, so that the grants of millions of team members stay small
// (TeamRecord::grants). Ids are never removed: a number keeps naming the same id.
class PermissionIdPool
{
public:
    quint32 intern(const std::string &id)
    {
        const auto [it, added] = m_numbers.try_emplace(id, quint32(m_ids.size()));
        if (added)
            m_ids.push_back(id);
        return it->second;
    }
    std::optional<quint32> find(const std::string &id) const
    {
        const auto it = m_numbers.find(id);
        return it == m_numbers.end() ? std::nullopt : std::optional(it->second);
    }
    const std::string &id(quint32 number) const { return m_ids[number]; }

private:
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, quint32> m_numbers;
};

} // namespace hexclave::emulator
