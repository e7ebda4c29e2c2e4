#pragma once

#include "UserRecord.h"
#include "Uuid.h"

#include <algorithm>
#include <string>
#include <vector>

namespace hexclave::emulator {

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
};

} // namespace hexclave::emulator
