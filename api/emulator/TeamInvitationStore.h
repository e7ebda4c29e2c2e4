#pragma once

#include "Uuid.h"

#include <string>
#include <vector>

namespace hexclave::emulator {

// An invitation to a team that POST /team-invitations/send-code mailed (a verification code of the
// server's TEAM_INVITATION type).
struct TeamInvitation
{
    Uuid id;
    Uuid teamId;
    std::string recipientEmail;
    std::string callbackUrl;
    qint64 createdAtMillis = 0;
    qint64 expiresAtMillis = 0;
};

// A project's team invitations in creation order. Accepted ones would disappear; the emulator has no
// accept route, so they only leave by expiring (no longer listed), revocation or the team's deletion.
class TeamInvitationStore
{
public:
    // The server's verification codes expire after 7 days unless told otherwise.
    static constexpr qint64 kLifetimeMillis = 7LL * 24 * 60 * 60 * 1000;

    TeamInvitation &add(TeamInvitation invitation);
    // A team's invitations that have not expired at `nowMillis`, oldest first.
    std::vector<const TeamInvitation *> pendingOf(const Uuid &teamId, qint64 nowMillis) const;
    // Removes the invitation with that id, whatever its team (as the server does); false when none.
    bool remove(const Uuid &id);
    void removeTeam(const Uuid &teamId);

private:
    std::vector<TeamInvitation> m_invitations;
};

} // namespace hexclave::emulator
