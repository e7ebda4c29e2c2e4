#pragma once

#include "Uuid.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hexclave::emulator {

class Random;
struct ProjectRecord;

enum class ProjectKeyKind { PublishableClient, SecretServer, SuperSecretAdmin };

// One set of a project's own keys (GET /internal/api-keys). A set may lack any kind of key.
struct ProjectKeySet
{
    Uuid id;
    std::string description;
    qint64 createdAtMillis = 0;
    qint64 expiresAtMillis = 0;
    std::optional<qint64> revokedAtMillis;
    std::string publishableClientKey; // empty: the set has none
    std::string secretServerKey;
    std::string superSecretAdminKey;

    const std::string &key(ProjectKeyKind kind) const;
    // The server's checkApiKeySet: a revoked or expired set authenticates nothing.
    bool isUsableAt(qint64 nowMillis) const { return !revokedAtMillis && expiresAtMillis >= nowMillis; }
};

enum class ApiKeyOwnerType { User, Team };

// A user's or team's API key (GET /user-api-keys, /team-api-keys). The full value is shown once,
// when it is created; the emulator keeps only its hash and its last four characters.
struct OwnedApiKey
{
    Uuid id;
    ApiKeyOwnerType ownerType = ApiKeyOwnerType::User;
    Uuid ownerId;
    std::string description;
    bool isPublic = false;
    qint64 createdAtMillis = 0;
    std::optional<qint64> expiresAtMillis; // none: never expires
    std::optional<qint64> revokedAtMillis;
    QByteArray valueHash; // SHA-256 of the full value
    std::string lastFour;
};

// A project's API keys: its own key sets and its users' and teams' keys.
//
// The project's first key set is ProjectRecord's own key fields (publishableClientKey, …): it never
// expires, its metadata (description, revocation) lives here. Further sets are kept here in full.
// User and team keys whose owner is gone count as gone too (the server deletes them with it).
class ApiKeyStore
{
public:
    // What the dashboard sends for a set that never expires: 2100-01-01 (fixture 32).
    static constexpr qint64 kNeverExpiresMillis = 4102444800000;

    // --- the project's own key sets ---
    // Every set, newest first (as the server lists them).
    static std::vector<ProjectKeySet> keySets(const ProjectRecord &project);
    static std::optional<ProjectKeySet> keySet(const ProjectRecord &project, const Uuid &id);
    // Whether a usable set of the project holds `key` as a key of that kind.
    static bool acceptsKey(const ProjectRecord &project, ProjectKeyKind kind, std::string_view key, qint64 nowMillis);
    // PATCH /internal/api-keys/{id}: false when the project has no such set. A second revocation
    // keeps the first time.
    static bool updateKeySet(ProjectRecord &project, const Uuid &id, const std::optional<std::string> &description,
                             bool revoke, qint64 nowMillis);
    ProjectKeySet &addKeySet(ProjectKeySet set);
    void setInitialSetDescription(std::string description) { m_initialDescription = std::move(description); }
    // "<prefix>_" + 45 lower-case Crockford base32 characters, like the server's
    // generateSecureRandomString(); seeded from `random` when given, else from the system.
    static std::string newProjectKey(std::string_view prefix, Random *random = nullptr);

    // --- user and team keys ---
    // Stores `key` (with a new id when it has none) under a new value in the server's format and
    // returns that value, the only time it exists.
    std::string addOwnedKey(OwnedApiKey &key, Random *random = nullptr);
    // The keys of one owner, newest first.
    std::vector<const OwnedApiKey *> ownedKeysOf(const ProjectRecord &project, ApiKeyOwnerType type, const Uuid &ownerId) const;
    OwnedApiKey *ownedKey(const ProjectRecord &project, const Uuid &id);
    // The key whose full value is `value` (null when none).
    const OwnedApiKey *ownedKeyByValue(const ProjectRecord &project, std::string_view value) const;
    void removeKeysOfTeam(const Uuid &teamId);

    static QByteArray hashOf(std::string_view value);
    // The server's format: <sk|pk>_<45 random><id hex><user|team><scanner flag>574ck4u7h<crc32>.
    static std::string ownedKeyValue(const Uuid &id, ApiKeyOwnerType type, bool isPublic, Random *random = nullptr);

private:
    static bool ownerExists(const ProjectRecord &project, const OwnedApiKey &key);

    std::string m_initialDescription;
    std::optional<qint64> m_initialRevokedAtMillis;
    std::vector<ProjectKeySet> m_addedSets;
    std::vector<OwnedApiKey> m_ownedKeys;
};

} // namespace hexclave::emulator
