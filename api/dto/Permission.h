#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::api {

// A permission a user holds: project-wide (teamId empty) or within one team.
// GET /project-permissions → {id, user_id}; GET /team-permissions → {id, user_id, team_id}.
struct PermissionGrant
{
    QString id;
    QString userId;
    QString teamId;
};

// GET /project-permission-definitions and /team-permission-definitions item.
struct PermissionDefinition
{
    QString id;
    std::optional<QString> description;
    QStringList containedPermissionIds;

    bool isSystem() const { return id.startsWith(u'$'); } // $update_team, … are read-only
};

// POST /team-memberships/{team_id}/{user_id} → {team_id, user_id}
struct TeamMembership
{
    QString teamId;
    QString userId;
};

void from_json(const nlohmann::ordered_json &j, PermissionGrant &grant);
void from_json(const nlohmann::ordered_json &j, PermissionDefinition &definition);
void from_json(const nlohmann::ordered_json &j, TeamMembership &membership);

extern template PermissionGrant parseJson<PermissionGrant>(const QByteArray &);
extern template Page<PermissionGrant> parseJson<Page<PermissionGrant>>(const QByteArray &);
extern template PermissionDefinition parseJson<PermissionDefinition>(const QByteArray &);
extern template Page<PermissionDefinition> parseJson<Page<PermissionDefinition>>(const QByteArray &);
extern template TeamMembership parseJson<TeamMembership>(const QByteArray &);

} // namespace hexclave::api
