#include "SampleInvitationsAndKeys.h"

#include "ApiKeyStore.h"
#include "Clock.h"
#include "ProjectRecord.h"
#include "Random.h"

#include <vector>

namespace hexclave::emulator {

namespace {

struct InvitationSeed
{
    std::size_t team;
    const char *email;
    qint64 ageHours; // how long ago it was sent
};

constexpr InvitationSeed kInvitations[] = {
    {0, "new.hire@acme.io", 3},
    {0, "contractor.lee@example.org", 50},
    {3, "board.observer@fastmail.com", 20},
    {5, "qa.intern@proton.me", 140},
};

struct OwnedKeySeed
{
    ApiKeyOwnerType owner;
    std::size_t ownerIndex; // the n-th usable user, or team n
    const char *description;
    bool isPublic;
    qint64 createdDaysAgo;
    qint64 expiresInDays;   // relative to the anchor; 0: never expires
    qint64 revokedDaysAgo;  // 0: not revoked
};

constexpr OwnedKeySeed kOwnedKeys[] = {
    {ApiKeyOwnerType::User, 0, "Local development", false, 20, 0, 0},
    {ApiKeyOwnerType::User, 0, "Old deploy script", false, 90, 0, 5},
    {ApiKeyOwnerType::User, 1, "Trial integration", false, 60, -30, 0},
    {ApiKeyOwnerType::Team, 0, "Billing sync", false, 10, 365, 0},
    {ApiKeyOwnerType::Team, 0, "Status page widget", true, 4, 0, 0},
    {ApiKeyOwnerType::Team, 1, "Legacy webhook", false, 200, 0, 100},
};

// The first users with an e-mail that are not deleted (the demo's users are generated first).
std::vector<Uuid> keyOwners(const ProjectRecord &project, std::size_t count)
{
    std::vector<Uuid> owners;
    for (quint32 i = 0; i < project.users.slotCount() && owners.size() < count; ++i) {
        const UserRecord &user = project.users.at(i);
        if (!user.deleted && !user.anonymous && !user.primaryEmail.empty())
            owners.push_back(user.id);
    }
    return owners;
}

} // namespace

void SampleInvitationsAndKeys::addInvitationsAndKeySets(ProjectRecord &project, Random &random, qint64 anchorMillis)
{
    const qint64 now = Clock::nowMillis();
    for (const InvitationSeed &seed : kInvitations) {
        const Uuid id = Uuid::random(random); // drawn even when the team is missing: stable ids
        if (seed.team >= project.teams.size())
            continue;
        TeamInvitation invitation;
        invitation.id = id;
        invitation.teamId = project.teams[seed.team].id;
        invitation.recipientEmail = seed.email;
        invitation.callbackUrl = "http://localhost:3000/handler/team-invitation";
        invitation.createdAtMillis = now - seed.ageHours * kHourMillis;
        invitation.expiresAtMillis = invitation.createdAtMillis + TeamInvitationStore::kLifetimeMillis;
        project.teamInvitations.add(std::move(invitation));
    }

    project.apiKeys.setInitialSetDescription("Demo project keys");
    ProjectKeySet ci;
    ci.id = Uuid::random(random);
    ci.description = "CI deploy key";
    ci.createdAtMillis = anchorMillis - 45 * kDayMillis;
    ci.expiresAtMillis = ApiKeyStore::kNeverExpiresMillis;
    ci.secretServerKey = ApiKeyStore::newProjectKey("ssk", &random);
    ci.superSecretAdminKey = ApiKeyStore::newProjectKey("sak", &random);
    project.apiKeys.addKeySet(std::move(ci));

    ProjectKeySet old;
    old.id = Uuid::random(random);
    old.description = "Old staging keys";
    old.createdAtMillis = anchorMillis - 300 * kDayMillis;
    old.expiresAtMillis = ApiKeyStore::kNeverExpiresMillis;
    old.revokedAtMillis = anchorMillis - 120 * kDayMillis;
    old.publishableClientKey = ApiKeyStore::newProjectKey("pck", &random);
    old.secretServerKey = ApiKeyStore::newProjectKey("ssk", &random);
    project.apiKeys.addKeySet(std::move(old));
}

void SampleInvitationsAndKeys::addOwnedKeys(ProjectRecord &project, Random &random, qint64 anchorMillis)
{
    const std::vector<Uuid> users = keyOwners(project, 2);
    for (const OwnedKeySeed &seed : kOwnedKeys) {
        const Uuid id = Uuid::random(random);
        const bool forUser = seed.owner == ApiKeyOwnerType::User;
        if ((forUser && seed.ownerIndex >= users.size()) || (!forUser && seed.ownerIndex >= project.teams.size()))
            continue;
        OwnedApiKey key;
        key.id = id;
        key.ownerType = seed.owner;
        key.ownerId = forUser ? users[seed.ownerIndex] : project.teams[seed.ownerIndex].id;
        key.description = seed.description;
        key.isPublic = seed.isPublic;
        key.createdAtMillis = anchorMillis - seed.createdDaysAgo * kDayMillis;
        if (seed.expiresInDays != 0)
            key.expiresAtMillis = anchorMillis + seed.expiresInDays * kDayMillis;
        if (seed.revokedDaysAgo != 0)
            key.revokedAtMillis = anchorMillis - seed.revokedDaysAgo * kDayMillis;
        project.apiKeys.addOwnedKey(key, &random);
    }
}

} // namespace hexclave::emulator
