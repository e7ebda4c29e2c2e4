#include "ApiKeyStore.h"

#include "ProjectRecord.h"
#include "Random.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>

namespace hexclave::emulator {

namespace {

constexpr char kCrockfordLower[] = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr int kRandomPartLength = 45;

char randomBase32(Random *random)
{
    const quint32 index = random ? random->below(32) : QRandomGenerator::system()->bounded(32u);
    return kCrockfordLower[index];
}

std::string randomPart(Random *random)
{
    std::string text(std::size_t(kRandomPartLength), '0');
    for (char &c : text)
        c = randomBase32(random);
    return text;
}

quint32 crc32(std::string_view data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> result{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            result[i] = c;
        }
        return result;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// The first set's id: stable for a project, so lists and PATCH calls agree across requests.
Uuid initialSetId(const ProjectRecord &project)
{
    const QByteArray seed = QByteArray("initial-key-set:") + QByteArray::fromStdString(project.id);
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Md5);
    quint64 high = 0;
    quint64 low = 0;
    for (int i = 0; i < 8; ++i) {
        high = (high << 8) | quint8(digest[i]);
        low = (low << 8) | quint8(digest[i + 8]);
    }
    high = (high & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull; // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;   // RFC variant
    return Uuid(high, low);
}

bool hasInitialSet(const ProjectRecord &project)
{
    return !project.publishableClientKey.empty() || !project.secretServerKey.empty() || !project.superSecretAdminKey.empty();
}

} // namespace

const std::string &ProjectKeySet::key(ProjectKeyKind kind) const
{
    switch (kind) {
    case ProjectKeyKind::PublishableClient: return publishableClientKey;
    case ProjectKeyKind::SecretServer: return secretServerKey;
    case ProjectKeyKind::SuperSecretAdmin: return superSecretAdminKey;
    }
    return publishableClientKey;
}

std::vector<ProjectKeySet> ApiKeyStore::keySets(const ProjectRecord &project)
{
    const ApiKeyStore &store = project.apiKeys;
    std::vector<ProjectKeySet> sets = store.m_addedSets;
    if (hasInitialSet(project)) {
        ProjectKeySet initial;
        initial.id = initialSetId(project);
        initial.description = store.m_initialDescription;
        initial.createdAtMillis = project.createdAtMillis;
        initial.expiresAtMillis = kNeverExpiresMillis;
        initial.revokedAtMillis = store.m_initialRevokedAtMillis;
        initial.publishableClientKey = project.publishableClientKey;
        initial.secretServerKey = project.secretServerKey;
        initial.superSecretAdminKey = project.superSecretAdminKey;
        sets.push_back(std::move(initial));
    }
    std::stable_sort(sets.begin(), sets.end(), [](const ProjectKeySet &a, const ProjectKeySet &b) {
        return a.createdAtMillis > b.createdAtMillis;
    });
    return sets;
}

std::optional<ProjectKeySet> ApiKeyStore::keySet(const ProjectRecord &project, const Uuid &id)
{
    for (ProjectKeySet &set : keySets(project)) {
        if (set.id == id)
            return std::move(set);
    }
    return std::nullopt;
}

bool ApiKeyStore::acceptsKey(const ProjectRecord &project, ProjectKeyKind kind, std::string_view key, qint64 nowMillis)
{
    if (key.empty())
        return false;
    const ApiKeyStore &store = project.apiKeys;
    if (!store.m_initialRevokedAtMillis) {
        const std::string &initial = kind == ProjectKeyKind::PublishableClient ? project.publishableClientKey
            : kind == ProjectKeyKind::SecretServer                           ? project.secretServerKey
                                                                             : project.superSecretAdminKey;
        if (!initial.empty() && initial == key)
            return true;
    }
    return std::any_of(store.m_addedSets.begin(), store.m_addedSets.end(), [&](const ProjectKeySet &set) {
        return set.isUsableAt(nowMillis) && set.key(kind) == key;
    });
}

bool ApiKeyStore::updateKeySet(ProjectRecord &project, const Uuid &id, const std::optional<std::string> &description,
                               bool revoke, qint64 nowMillis)
{
    ApiKeyStore &store = project.apiKeys;
    std::string *storedDescription = nullptr;
    std::optional<qint64> *revokedAt = nullptr;
    if (hasInitialSet(project) && id == initialSetId(project)) {
        storedDescription = &store.m_initialDescription;
        revokedAt = &store.m_initialRevokedAtMillis;
    } else {
        const auto it = std::find_if(store.m_addedSets.begin(), store.m_addedSets.end(),
                                     [&](const ProjectKeySet &set) { return set.id == id; });
        if (it == store.m_addedSets.end())
            return false;
        storedDescription = &it->description;
        revokedAt = &it->revokedAtMillis;
    }
    if (description)
        *storedDescription = *description;
    if (revoke && !*revokedAt)
        *revokedAt = nowMillis;
    return true;
}

ProjectKeySet &ApiKeyStore::addKeySet(ProjectKeySet set)
{
    if (set.id.isNull())
        set.id = Uuid::randomFromSystem();
    m_addedSets.push_back(std::move(set));
    return m_addedSets.back();
}

std::string ApiKeyStore::newProjectKey(std::string_view prefix, Random *random)
{
    return std::string(prefix) + '_' + randomPart(random);
}

std::string ApiKeyStore::ownedKeyValue(const Uuid &id, ApiKeyOwnerType type, bool isPublic, Random *random)
{
    std::string idHex = id.toString();
    std::erase(idHex, '-');
    // Scanner flag: +0 on the cloud (never the emulator), +1 self-hosted, +2 public.
    const int scannerFlag = 1 + (isPublic ? 2 : 0);
    std::string value = std::string(isPublic ? "pk_" : "sk_") + randomPart(random) + idHex
        + (type == ApiKeyOwnerType::User ? "user" : "team") + kCrockfordLower[scannerFlag] + "574ck4u7h";
    char checksum[9];
    std::snprintf(checksum, sizeof checksum, "%08x", crc32(value));
    return value + checksum;
}

QByteArray ApiKeyStore::hashOf(std::string_view value)
{
    return QCryptographicHash::hash(QByteArrayView(value.data(), qsizetype(value.size())), QCryptographicHash::Sha256);
}

std::string ApiKeyStore::addOwnedKey(OwnedApiKey &key, Random *random)
{
    if (key.id.isNull())
        key.id = random ? Uuid::random(*random) : Uuid::randomFromSystem();
    std::string value = ownedKeyValue(key.id, key.ownerType, key.isPublic, random);
    key.valueHash = hashOf(value);
    key.lastFour = value.substr(value.size() - 4);
    m_ownedKeys.push_back(key);
    return value;
}

bool ApiKeyStore::ownerExists(const ProjectRecord &project, const OwnedApiKey &key)
{
    if (key.ownerType == ApiKeyOwnerType::User)
        return project.users.find(key.ownerId).has_value();
    return project.findTeam(key.ownerId).has_value();
}

std::vector<const OwnedApiKey *> ApiKeyStore::ownedKeysOf(const ProjectRecord &project, ApiKeyOwnerType type,
                                                         const Uuid &ownerId) const
{
    std::vector<const OwnedApiKey *> keys;
    for (const OwnedApiKey &key : m_ownedKeys) {
        if (key.ownerType == type && key.ownerId == ownerId && ownerExists(project, key))
            keys.push_back(&key);
    }
    // Newest first; keys made in the same millisecond keep the later one first.
    std::reverse(keys.begin(), keys.end());
    std::stable_sort(keys.begin(), keys.end(),
                     [](const OwnedApiKey *a, const OwnedApiKey *b) { return a->createdAtMillis > b->createdAtMillis; });
    return keys;
}

OwnedApiKey *ApiKeyStore::ownedKey(const ProjectRecord &project, const Uuid &id)
{
    for (OwnedApiKey &key : m_ownedKeys) {
        if (key.id == id)
            return ownerExists(project, key) ? &key : nullptr;
    }
    return nullptr;
}

const OwnedApiKey *ApiKeyStore::ownedKeyByValue(const ProjectRecord &project, std::string_view value) const
{
    const QByteArray hash = hashOf(value);
    for (const OwnedApiKey &key : m_ownedKeys) {
        if (key.valueHash == hash)
            return ownerExists(project, key) ? &key : nullptr;
    }
    return nullptr;
}

void ApiKeyStore::removeKeysOfTeam(const Uuid &teamId)
{
    std::erase_if(m_ownedKeys, [&](const OwnedApiKey &key) { return key.ownerType == ApiKeyOwnerType::Team && key.ownerId == teamId; });
}

} // namespace hexclave::emulator
