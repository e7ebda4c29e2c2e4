#include "Team.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, Team &team)
{
    team.id = json::requiredString(j, "id");
    team.displayName = json::stringOrEmpty(j, "display_name");
    team.profileImageUrl = json::optionalString(j, "profile_image_url");
    team.createdAtMillis = json::optionalMillis(j, "created_at_millis").value_or(0);
    team.clientMetadata = json::jsonText(j, "client_metadata");
    team.clientReadOnlyMetadata = json::jsonText(j, "client_read_only_metadata");
    team.serverMetadata = json::jsonText(j, "server_metadata");
}

template Team parseJson<Team>(const QByteArray &);
template Page<Team> parseJson<Page<Team>>(const QByteArray &);

} // namespace hexclave::api
