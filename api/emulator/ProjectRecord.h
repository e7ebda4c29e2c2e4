#pragma once

#include "TeamRecord.h"
#include "UserTable.h"
#include "Uuid.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

// A project permission (GET /project-permission-definitions).
struct PermissionDefinition
{
    std::string id;
    std::string description; // empty: none
    std::vector<std::string> containedPermissionIds; // sorted
};

// Which legacy `config` object a project answers with (see EntityJson).
enum class ProjectConfigPreset { Internal, Demo, Fresh };

struct ProjectRecord
{
    std::string id; // a UUID, or "internal"
    std::string displayName;
    std::string description;
    qint64 createdAtMillis = 0;
    bool isProductionMode = false;
    std::string ownerTeamId; // a team of the internal project
    std::string publishableClientKey; // empty: none
    std::string secretServerKey;
    std::string superSecretAdminKey;
    bool requireEmailVerification = false; // onboarding.requireEmailVerification
    ProjectConfigPreset configPreset = ProjectConfigPreset::Fresh;
    // The real server answers older projects with their keys in reverse order and projects created
    // through the current code path id-first (fixture 47); the emulator mirrors both.
    bool idFirstKeyOrder = true;

    UserTable users;
    std::vector<TeamRecord> teams;
    std::vector<PermissionDefinition> projectPermissionDefinitions; // sorted by id
    // Contact channels used for sign-in that are not a primary e-mail (those are in `users`):
    // value -> user index.
    std::unordered_map<std::string, quint32> secondaryAuthEmails;

    std::optional<quint32> findTeam(const Uuid &id) const
    {
        for (quint32 i = 0; i < teams.size(); ++i) {
            if (!teams[i].deleted && teams[i].id == id)
                return i;
        }
        return std::nullopt;
    }
};

} // namespace hexclave::emulator
