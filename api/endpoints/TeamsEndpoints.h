#pragma once

#include "core/Call.h"
#include "core/Nullable.h"
#include "dto/Page.h"
#include "dto/Permission.h"
#include "dto/Team.h"

#include <optional>

namespace hexclave::api::teams {

// POST /teams body. Fields left unset are not sent.
struct NewTeam
{
    QString displayName;
    std::optional<QString> creatorUserId; // becomes a member with the team-creator permissions
    std::optional<QString> profileImageUrl;
    std::optional<QString> clientMetadataJson;         // JSON text
    std::optional<QString> clientReadOnlyMetadataJson; // JSON text
    std::optional<QString> serverMetadataJson;         // JSON text

    // Sets `error` (and returns nothing) when a metadata text is not valid JSON.
    QByteArray toJson(QString *error) const;
};

// PATCH /teams/{id} body: only the fields that are set are sent; metadata replaces the whole value.
struct TeamPatch
{
    std::optional<QString> displayName;
    Nullable<QString> profileImageUrl;
    std::optional<QString> clientMetadataJson;         // JSON text ("null" clears)
    std::optional<QString> clientReadOnlyMetadataJson; // JSON text
    std::optional<QString> serverMetadataJson;         // JSON text

    bool isEmpty() const;
    QByteArray toJson(QString *error) const;
};

// GET /teams (not paginated); with a user id, only that user's teams.
Call<Page<Team>> list(const ProjectScope &scope, const QString &userId = {});
Call<Team> get(const ProjectScope &scope, const QString &teamId);
Call<Team> create(const ProjectScope &scope, const NewTeam &team);
Call<Team> update(const ProjectScope &scope, const QString &teamId, const TeamPatch &patch);
Call<NoContent> remove(const ProjectScope &scope, const QString &teamId);

// Members are listed with users::list (ListQuery::teamId), which pages.
// POST /team-memberships/{team_id}/{user_id} body {}
Call<TeamMembership> addMember(const ProjectScope &scope, const QString &teamId, const QString &userId);
// DELETE /team-memberships/{team_id}/{user_id}
Call<NoContent> removeMember(const ProjectScope &scope, const QString &teamId, const QString &userId);

} // namespace hexclave::api::teams
