#include "TeamInvitationStore.h"

namespace hexclave::emulator {

TeamInvitation &TeamInvitationStore::add(TeamInvitation invitation)
{
    if (invitation.id.isNull())
        invitation.id = Uuid::randomFromSystem();
    m_invitations.push_back(std::move(invitation));
    return m_invitations.back();
}

std::vector<const TeamInvitation *> TeamInvitationStore::pendingOf(const Uuid &teamId, qint64 nowMillis) const
{
    std::vector<const TeamInvitation *> pending;
    for (const TeamInvitation &invitation : m_invitations) {
        if (invitation.teamId == teamId && invitation.expiresAtMillis > nowMillis)
            pending.push_back(&invitation);
    }
    return pending;
}

bool TeamInvitationStore::remove(const Uuid &id)
{
    return std::erase_if(m_invitations, [&](const TeamInvitation &invitation) { return invitation.id == id; }) > 0;
}

void TeamInvitationStore::removeTeam(const Uuid &teamId)
{
    std::erase_if(m_invitations, [&](const TeamInvitation &invitation) { return invitation.teamId == teamId; });
}

} // namespace hexclave::emulator
