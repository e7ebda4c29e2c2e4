#include "TeamInvitation.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, TeamInvitation &invitation)
{
    invitation.id = json::requiredString(j, "id");
    invitation.teamId = json::requiredString(j, "team_id");
    invitation.teamDisplayName = json::stringOrEmpty(j, "team_display_name");
    invitation.recipientEmail = json::stringOrEmpty(j, "recipient_email");
    invitation.expiresAtMillis = json::optionalMillis(j, "expires_at_millis").value_or(0);
}

template Page<TeamInvitation> parseJson<Page<TeamInvitation>>(const QByteArray &);

} // namespace hexclave::api
