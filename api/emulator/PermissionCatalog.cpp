#include "PermissionCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

const std::vector<PermissionDefinition> &PermissionCatalog::teamDefinitions()
{
    static const std::vector<PermissionDefinition> definitions = {
        {"$delete_team", "Delete the team", {}},
        {"$invite_members", "Invite other users to the team", {}},
        {"$manage_api_keys", "Create and manage API keys for the team", {}},
        {"$read_members", "Read and list the other members of the team", {}},
        {"$remove_members", "Remove other members from the team", {}},
        {"$update_team", "Update the team information", {}},
        {"team_admin", "Default permission for team admins",
         {"$delete_team", "$invite_members", "$manage_api_keys", "$read_members", "$remove_members", "$update_team"}},
        {"team_member", "Default permission for team members", {"$invite_members", "$read_members"}},
    };
    return definitions;
}

const PermissionDefinition *PermissionCatalog::find(const std::vector<PermissionDefinition> &definitions, const std::string &id)
{
    const auto it = std::find_if(definitions.begin(), definitions.end(), [&](const PermissionDefinition &d) { return d.id == id; });
    return it == definitions.end() ? nullptr : &*it;
}

std::vector<std::string> PermissionCatalog::expand(const std::vector<PermissionDefinition> &definitions,
                                                   const std::vector<std::string> &direct, bool recursive)
{
    std::vector<std::string> result;
    std::vector<std::string> pending = direct;
    while (!pending.empty()) {
        const std::string id = pending.back();
        pending.pop_back();
        if (std::find(result.begin(), result.end(), id) != result.end())
            continue;
        result.push_back(id);
        if (!recursive)
            continue;
        if (const PermissionDefinition *definition = find(definitions, id))
            pending.insert(pending.end(), definition->containedPermissionIds.begin(), definition->containedPermissionIds.end());
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<QString> PermissionCatalog::idProblem(const std::string &id)
{
    static const char *const systemPermissions[] = {"$update_team", "$delete_team", "$read_members",
                                                    "$remove_members", "$invite_members", "$manage_api_keys"};
    bool wellFormed = !id.empty() && id != "$";
    for (std::size_t i = 0; i < id.size() && wellFormed; ++i) {
        const char c = id[i];
        wellFormed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == ':' || (c == '$' && i == 0);
    }
    if (!wellFormed)
        return u"Only lowercase letters, numbers, \":\", \"_\" and optional \"$\" at the beginning are allowed"_s;
    if (id.front() == '$' && std::find(std::begin(systemPermissions), std::end(systemPermissions), id) == std::end(systemPermissions))
        return u"Invalid system permission"_s;
    return std::nullopt;
}

} // namespace hexclave::emulator
