#include "PermissionCatalog.h"

#include "ProjectRecord.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

namespace {

// Built into the server (permissions.tsx teamSystemPermissionMap), sorted by id (fixture 27).
const std::vector<PermissionDefinition> &systemPermissions()
{
    static const std::vector<PermissionDefinition> definitions = {
        {"$delete_team", "Delete the team", {}},
        {"$invite_members", "Invite other users to the team", {}},
        {"$manage_api_keys", "Create and manage API keys for the team", {}},
        {"$read_members", "Read and list the other members of the team", {}},
        {"$remove_members", "Remove other members from the team", {}},
        {"$update_team", "Update the team information", {}},
    };
    return definitions;
}

bool byId(const PermissionDefinition &a, const PermissionDefinition &b)
{
    return a.id < b.id;
}

std::vector<std::string> keysOf(const ProjectConfigStore::Json *object)
{
    std::vector<std::string> keys;
    if (object && object->is_object()) {
        for (const auto &item : object->items())
            keys.push_back(item.key());
    }
    return keys;
}

} // namespace

const PermissionCatalog &PermissionCatalog::of(const ProjectRecord &project)
{
    project.permissionCatalog.refresh(project.config);
    return project.permissionCatalog;
}

void PermissionCatalog::refresh(const ProjectConfigStore &config) const
{
    if (m_revision == config.revision())
        return;
    m_revision = config.revision();
    for (auto &definitions : m_definitions)
        definitions.clear();
    m_configuredScopes.clear();
    m_definitions[std::size_t(PermissionScope::Team)] = systemPermissions();

    if (const auto *permissions = config.valueAt("rbac.permissions"); permissions && permissions->is_object()) {
        for (const auto &[id, entry] : permissions->items()) {
            if (!entry.is_object())
                continue;
            const auto scope = entry.find("scope");
            const std::string scopeText = scope != entry.end() && scope->is_string() ? scope->get<std::string>() : std::string();
            m_configuredScopes[id] = scopeText;
            if (scopeText != "team" && scopeText != "project")
                continue; // listed in neither scope, as on the server
            PermissionDefinition definition;
            definition.id = id;
            if (const auto description = entry.find("description"); description != entry.end() && description->is_string())
                definition.description = description->get<std::string>();
            const auto contained = entry.find("containedPermissionIds");
            definition.containedPermissionIds = keysOf(contained != entry.end() ? &*contained : nullptr);
            std::sort(definition.containedPermissionIds.begin(), definition.containedPermissionIds.end());
            m_definitions[std::size_t(scopeText == "team" ? PermissionScope::Team : PermissionScope::Project)].push_back(std::move(definition));
        }
    }
    for (auto &definitions : m_definitions)
        std::sort(definitions.begin(), definitions.end(), byId);

    m_defaults[std::size_t(DefaultPermissions::TeamCreator)] = keysOf(config.valueAt("rbac.defaultPermissions.teamCreator"));
    m_defaults[std::size_t(DefaultPermissions::TeamMember)] = keysOf(config.valueAt("rbac.defaultPermissions.teamMember"));
    m_defaults[std::size_t(DefaultPermissions::SignUp)] = keysOf(config.valueAt("rbac.defaultPermissions.signUp"));
}

const std::vector<PermissionDefinition> &PermissionCatalog::definitions(PermissionScope scope) const
{
    return m_definitions[std::size_t(scope)];
}

const PermissionDefinition *PermissionCatalog::find(PermissionScope scope, const std::string &id) const
{
    const auto &definitions = m_definitions[std::size_t(scope)];
    const auto it = std::lower_bound(definitions.begin(), definitions.end(), id,
                                     [](const PermissionDefinition &d, const std::string &key) { return d.id < key; });
    return it != definitions.end() && it->id == id ? &*it : nullptr;
}

std::optional<std::string> PermissionCatalog::configuredScope(const std::string &id) const
{
    const auto it = m_configuredScopes.find(id);
    return it == m_configuredScopes.end() ? std::nullopt : std::optional(it->second);
}

const std::vector<std::string> &PermissionCatalog::defaults(DefaultPermissions which) const
{
    return m_defaults[std::size_t(which)];
}

std::vector<std::string> PermissionCatalog::expand(PermissionScope scope, const std::vector<std::string> &direct, bool recursive) const
{
    std::vector<std::string> result;
    std::vector<std::string> pending = direct;
    while (!pending.empty()) {
        const std::string id = std::move(pending.back());
        pending.pop_back();
        const PermissionDefinition *definition = find(scope, id);
        if (!definition || std::find(result.begin(), result.end(), id) != result.end())
            continue;
        result.push_back(id);
        if (recursive)
            pending.insert(pending.end(), definition->containedPermissionIds.begin(), definition->containedPermissionIds.end());
    }
    std::sort(result.begin(), result.end());
    return result;
}

const char *PermissionCatalog::scopeName(PermissionScope scope)
{
    return scope == PermissionScope::Team ? "team" : "project";
}

const PermissionDefinition *PermissionCatalog::systemPermission(const std::string &id)
{
    const auto &system = systemPermissions();
    const auto it = std::lower_bound(system.begin(), system.end(), PermissionDefinition{id, {}, {}}, byId);
    return it != system.end() && it->id == id ? &*it : nullptr;
}

std::optional<QString> PermissionCatalog::idProblem(const std::string &id)
{
    bool wellFormed = !id.empty() && id != "$";
    for (std::size_t i = 0; i < id.size() && wellFormed; ++i) {
        const char c = id[i];
        wellFormed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == ':' || (c == '$' && i == 0);
    }
    if (!wellFormed)
        return u"Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed"_s;
    if (id.front() == '$' && !isSystemPermission(id))
        return u"Invalid system permission"_s;
    return std::nullopt;
}

std::optional<QString> PermissionCatalog::customIdProblem(const std::string &id)
{
    // Fixture 30's wording, without a path.
    if (id.empty() || id.front() == '$' || idProblem(id))
        return u"Only lowercase letters, numbers, \":\", \"_\" are allowed"_s;
    return std::nullopt;
}

} // namespace hexclave::emulator
