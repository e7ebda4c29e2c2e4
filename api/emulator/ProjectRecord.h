#pragma once

#include "ApiKeyStore.h"
#include "EmailStore.h"
#include "PaymentsStore.h"
#include "PermissionCatalog.h"
#include "SupportStore.h"
#include "ProjectConfigStore.h"
#include "TeamInvitationStore.h"
#include "TeamRecord.h"
#include "UserTable.h"
#include "Uuid.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

// Which legacy `config` object a project answers with (see EntityJson).
enum class ProjectConfigPreset { Internal, Demo, Fresh };

struct ProjectRecord
{
    std::string id; // a UUID, or "internal"
    std::string displayName;
    std::string description;
    qint64 createdAtMillis = 0;
    bool isProductionMode = false;
    std::string logoUrl; // empty: null, like the three below
    std::string logoFullUrl;
    std::string logoDarkModeUrl;
    std::string logoFullDarkModeUrl;
    std::string onboardingStatus = "completed";
    std::string ownerTeamId; // a team of the internal project
    // The project's first key set (GET /internal/api-keys; ApiKeyStore keeps the others).
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
    ProjectConfigStore config; // rbac, apiKeys, … (GET /internal/config)
    PermissionCatalog permissionCatalog; // of `config`; read it through PermissionCatalog::of(project)
    PermissionIdPool permissionIds; // numbers the ids of TeamRecord::grants
    TeamInvitationStore teamInvitations;
    ApiKeyStore apiKeys; // further key sets (the fields above are the first), user and team keys
    PaymentsStore payments; // purchases, item changes, refunds and their ledger (the catalog is in `config`)
    EmailStore emails; // drafts and the outbox (templates and themes are in `config`)
    SupportStore support; // support conversations (SLA targets are in `config`, support.sla.*)
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
