#include "PermissionDefinitionWriter.h"

#include "KnownErrors.h"
#include "ProjectRecord.h"

#include <algorithm>

namespace hexclave::emulator {

namespace {

using Json = ProjectConfigStore::Json;

Json renderedPermissions(const ProjectRecord &project)
{
    const Json *permissions = project.config.valueAt("rbac.permissions");
    return permissions && permissions->is_object() ? *permissions : Json::object();
}

Json entryOf(PermissionScope scope, const PermissionDefinition &definition)
{
    Json entry = Json::object();
    const std::string description = PermissionDefinitionWriter::descriptionOf(definition.id, definition.description);
    if (!description.empty())
        entry["description"] = description;
    entry["scope"] = PermissionCatalog::scopeName(scope);
    Json contained = Json::object();
    for (const std::string &id : definition.containedPermissionIds)
        contained[id] = true;
    entry["containedPermissionIds"] = std::move(contained);
    return entry;
}

void writePermissions(ProjectRecord &project, Json permissions)
{
    project.config.patch(ConfigLevel::Environment, Json{{"rbac.permissions", std::move(permissions)}});
}

} // namespace

std::string PermissionDefinitionWriter::descriptionOf(const std::string &id, const std::string &given)
{
    if (!given.empty())
        return given;
    const PermissionDefinition *system = PermissionCatalog::systemPermission(id);
    return system ? system->description : std::string();
}

std::optional<HttpResponse> PermissionDefinitionWriter::checkContained(PermissionScope scope,
                                                                       const std::vector<std::string> &contained) const
{
    const PermissionCatalog &catalog = PermissionCatalog::of(m_project);
    for (const std::string &id : contained) {
        if (!catalog.find(scope, id))
            return KnownErrors::containedPermissionNotFound(QString::fromStdString(id));
    }
    return std::nullopt;
}

std::optional<HttpResponse> PermissionDefinitionWriter::create(PermissionScope scope, const PermissionDefinition &definition)
{
    Json permissions = renderedPermissions(m_project);
    if (permissions.contains(definition.id))
        return KnownErrors::permissionIdAlreadyExists(QString::fromStdString(definition.id));
    if (auto refusal = checkContained(scope, definition.containedPermissionIds))
        return refusal;
    permissions[definition.id] = entryOf(scope, definition);
    writePermissions(m_project, std::move(permissions));
    return std::nullopt;
}

std::optional<HttpResponse> PermissionDefinitionWriter::update(PermissionScope scope, const std::string &id,
                                                               const PermissionDefinition &replacement)
{
    const Json old = renderedPermissions(m_project);
    if (!old.contains(id))
        return KnownErrors::permissionNotFound(QString::fromStdString(id));
    const std::string &newId = replacement.id;
    if (newId != id && old.contains(newId))
        return KnownErrors::permissionIdAlreadyExists(QString::fromStdString(newId));
    if (auto refusal = checkContained(scope, replacement.containedPermissionIds))
        return refusal;

    Json permissions = Json::object();
    for (const auto &[otherId, entry] : old.items()) {
        if (otherId == id)
            continue;
        Json renamed = entry;
        if (renamed.is_object() && renamed.contains("containedPermissionIds") && renamed["containedPermissionIds"].is_object()) {
            Json contained = Json::object();
            for (const auto &item : renamed["containedPermissionIds"].items())
                contained[item.key() == id ? newId : item.key()] = true;
            renamed["containedPermissionIds"] = std::move(contained);
        }
        permissions[otherId] = std::move(renamed);
    }
    permissions[newId] = entryOf(scope, replacement);
    writePermissions(m_project, std::move(permissions));
    if (newId != id)
        renameGrants(id, newId);
    return std::nullopt;
}

std::optional<HttpResponse> PermissionDefinitionWriter::remove(PermissionScope scope, const std::string &id)
{
    const PermissionCatalog &catalog = PermissionCatalog::of(m_project);
    if (catalog.configuredScope(id) != std::optional<std::string>(PermissionCatalog::scopeName(scope)))
        return KnownErrors::permissionNotFound(QString::fromStdString(id));

    const Json old = renderedPermissions(m_project);
    Json permissions = Json::object();
    for (const auto &[otherId, entry] : old.items()) {
        if (otherId == id)
            continue;
        Json kept = entry;
        if (kept.is_object() && kept.contains("containedPermissionIds") && kept["containedPermissionIds"].is_object())
            kept["containedPermissionIds"].erase(id);
        permissions[otherId] = std::move(kept);
    }
    writePermissions(m_project, std::move(permissions));
    removeGrants(scope, id);
    return std::nullopt;
}

void PermissionDefinitionWriter::renameGrants(const std::string &from, const std::string &to)
{
    for (quint32 index = 0; index < m_project.users.slotCount(); ++index) {
        const UserRecord &user = m_project.users.at(index);
        if (!user.extras || std::find(user.extras->projectPermissions.begin(), user.extras->projectPermissions.end(), from)
                                == user.extras->projectPermissions.end())
            continue;
        auto &granted = m_project.users.mutableAt(index).mutableExtras().projectPermissions;
        std::erase(granted, from);
        if (std::find(granted.begin(), granted.end(), to) == granted.end())
            granted.push_back(to);
    }
    const auto fromNumber = m_project.permissionIds.find(from);
    if (!fromNumber)
        return;
    const quint32 toNumber = m_project.permissionIds.intern(to);
    for (TeamRecord &team : m_project.teams) {
        std::vector<TeamGrant> renamed;
        std::erase_if(team.grants, [&](const TeamGrant &grant) {
            if (grant.permission != *fromNumber)
                return false;
            renamed.push_back({grant.user, toNumber});
            return true;
        });
        for (const TeamGrant &grant : renamed)
            team.grant(grant);
    }
}

void PermissionDefinitionWriter::removeGrants(PermissionScope scope, const std::string &id)
{
    if (scope == PermissionScope::Project) {
        for (quint32 index = 0; index < m_project.users.slotCount(); ++index) {
            const UserRecord &user = m_project.users.at(index);
            if (user.extras && std::find(user.extras->projectPermissions.begin(), user.extras->projectPermissions.end(), id)
                                   != user.extras->projectPermissions.end())
                std::erase(m_project.users.mutableAt(index).mutableExtras().projectPermissions, id);
        }
        return;
    }
    if (const auto number = m_project.permissionIds.find(id)) {
        for (TeamRecord &team : m_project.teams)
            std::erase_if(team.grants, [&](const TeamGrant &grant) { return grant.permission == *number; });
    }
}

} // namespace hexclave::emulator
