#pragma once

#include "UserRecord.h"
#include "Uuid.h"

#include <algorithm>
#include <compare>
#include <string>
#include <utility>
#include <vector>

namespace hexclave::emulator {

// A member's direct team permission: the member's user index and the permission's number in the
// project's PermissionIdPool.
struct TeamGrant
{
    quint32 user = 0;
    quint32 permission = 0;

    friend bool operator==(const TeamGrant &, const TeamGrant &) = default;
    friend auto operator<=>(const TeamGrant &, const TeamGrant &) = default;
};

struct TeamRecord
{
    Uuid id;
    std::string displayName;
    std::string profileImageUrl; // empty: null
    qint64 createdAtMillis = 0;
    JsonValue clientMetadata;
    JsonValue clientReadOnlyMetadata;
    JsonValue serverMetadata;
    std::vector<quint32> members; // user indices, sorted
    std::vector<TeamGrant> grants; // the members' direct team permissions, sorted (see TeamMembers.h)
    bool deleted = false;

    bool hasMember(quint32 userIndex) const
    {
        return std::binary_search(members.begin(), members.end(), userIndex);
    }
    void addMember(quint32 userIndex)
    {
        const auto it = std::lower_bound(members.begin(), members.end(), userIndex);
        if (it == members.end() || *it != userIndex)
            members.insert(it, userIndex);
    }
    void removeMember(quint32 userIndex)
    {
        const auto it = std::lower_bound(members.begin(), members.end(), userIndex);
        if (it != members.end() && *it == userIndex)
            members.erase(it);
    }

    // The direct team permissions of one member, as a range of `grants`.
    std::pair<std::vector<TeamGrant>::const_iterator, std::vector<TeamGrant>::const_iterator> grantsOf(quint32 userIndex) const
    {
        const auto first = std::lower_bound(grants.begin(), grants.end(), TeamGrant{userIndex, 0});
        auto last = first;
        while (last != grants.end() && last->user == userIndex)
            ++last;
        return {first, last};
    }
    bool grant(TeamGrant grant) // false: already held
    {
        const auto it = std::lower_bound(grants.begin(), grants.end(), grant);
        if (it != grants.end() && *it == grant)
            return false;
        grants.insert(it, grant);
        return true;
    }
    bool revoke(TeamGrant grant) // false: not held
    {
        const auto it = std::lower_bound(grants.begin(), grants.end(), grant);
        if (it == grants.end() || *it != grant)
            return false;
        grants.erase(it);
        return true;
    }
};

} // namespace hexclave::emulator
