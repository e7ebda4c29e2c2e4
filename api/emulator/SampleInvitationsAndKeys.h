#pragma once

#include <QtGlobal>

namespace hexclave::emulator {

class Random;
struct ProjectRecord;

// The demo project's team invitations and API keys (issue 4's sample data). Ids, e-mails and key
// values follow from `random`; times from `anchorMillis` (SampleDataGenerator::kAnchorMillis),
// except the invitations', which are relative to now: invitations expire after 7 days, and the
// demo should always show some pending.
class SampleInvitationsAndKeys
{
public:
    // Pending invitations on a few teams, the project's key set descriptions and two more key
    // sets: "CI deploy key" (server and admin keys, never expires) and a revoked one.
    static void addInvitationsAndKeySets(ProjectRecord &project, Random &random, qint64 anchorMillis);
    // API keys of the first two users and teams: valid ones, a revoked and an expired one.
    static void addOwnedKeys(ProjectRecord &project, Random &random, qint64 anchorMillis);
};

} // namespace hexclave::emulator
