#include "Permission.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, PermissionGrant &grant)
{
    grant.id = json::requiredString(j, "id");
    grant.userId = json::stringOrEmpty(j, "user_id");
    grant.teamId = json::stringOrEmpty(j, "team_id");
}

void from_json(const nlohmann::ordered_json &j, PermissionDefinition &definition)
{
    definition.id = json::requiredString(j, "id");
    definition.description = json::optionalString(j, "description");
    definition.containedPermissionIds.clear();
    if (const auto contained = j.find("contained_permission_ids"); contained != j.end() && contained->is_array()) {
        for (const auto &id : *contained)
            definition.containedPermissionIds.append(json::toQString(id));
    }
}

void from_json(const nlohmann::ordered_json &j, TeamMembership &membership)
{
    membership.teamId = json::requiredString(j, "team_id");
    membership.userId = json::requiredString(j, "user_id");
}

template PermissionGrant parseJson<PermissionGrant>(const QByteArray &);
template Page<PermissionGrant> parseJson<Page<PermissionGrant>>(const QByteArray &);
template PermissionDefinition parseJson<PermissionDefinition>(const QByteArray &);
template Page<PermissionDefinition> parseJson<Page<PermissionDefinition>>(const QByteArray &);
template TeamMembership parseJson<TeamMembership>(const QByteArray &);

} // namespace hexclave::api
