#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/TeamInvitation.h"

namespace hexclave::api::teamInvitations {

// GET /team-invitations?team_id= (not paginated)
Call<Page<TeamInvitation>> list(const ProjectScope &scope, const QString &teamId);
// POST /team-invitations/send-code {team_id, email, callback_url}: the server mails a link to
// callback_url (which must be on a trusted domain) with a code that joins the team.
Call<NoContent> send(const ProjectScope &scope, const QString &teamId, const QString &email,
                     const QString &callbackUrl);
// DELETE /team-invitations/{id}?team_id=
Call<NoContent> revoke(const ProjectScope &scope, const QString &teamId, const QString &invitationId);

} // namespace hexclave::api::teamInvitations
