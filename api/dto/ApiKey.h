#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

// GET /internal/api-keys item: one set of the project's own keys. Only the last four characters
// of each key are ever readable again.
struct ProjectApiKey
{
    QString id;
    QString description;
    qint64 createdAtMillis = 0;
    qint64 expiresAtMillis = 0;
    std::optional<qint64> manuallyRevokedAtMillis;
    std::optional<QString> publishableClientKeyLastFour; // nullopt: the set has no such key
    std::optional<QString> secretServerKeyLastFour;
    std::optional<QString> superSecretAdminKeyLastFour;

    bool isRevoked() const { return manuallyRevokedAtMillis.has_value(); }
};

// POST /internal/api-keys answer: the new keys in full. Shown once, never stored or logged.
struct NewProjectApiKeySecrets
{
    ProjectApiKey key; // the "last four" fields are filled from the full keys
    std::optional<QString> publishableClientKey;
    std::optional<QString> secretServerKey;
    std::optional<QString> superSecretAdminKey;
};

// Whose key a user or team API key is.
enum class ApiKeyOwnerKind { User, Team };

// GET /user-api-keys?user_id= or /team-api-keys?team_id= item.
struct OwnedApiKey
{
    QString id;
    ApiKeyOwnerKind ownerKind = ApiKeyOwnerKind::User;
    QString ownerId; // user_id or team_id
    QString description;
    qint64 createdAtMillis = 0;
    std::optional<qint64> expiresAtMillis; // nullopt: never expires
    std::optional<qint64> manuallyRevokedAtMillis;
    bool isPublic = false;
    QString lastFour;

    bool isRevoked() const { return manuallyRevokedAtMillis.has_value(); }
};

// POST /{user|team}-api-keys answer: the key with its full value. Shown once, never stored or logged.
struct NewOwnedApiKeySecret
{
    OwnedApiKey key; // lastFour is filled from the value
    QString value;
};

void from_json(const nlohmann::ordered_json &j, ProjectApiKey &key);
void from_json(const nlohmann::ordered_json &j, NewProjectApiKeySecrets &secrets);
void from_json(const nlohmann::ordered_json &j, OwnedApiKey &key);
void from_json(const nlohmann::ordered_json &j, NewOwnedApiKeySecret &secret);

extern template ProjectApiKey parseJson<ProjectApiKey>(const QByteArray &);
extern template Page<ProjectApiKey> parseJson<Page<ProjectApiKey>>(const QByteArray &);
extern template NewProjectApiKeySecrets parseJson<NewProjectApiKeySecrets>(const QByteArray &);
extern template OwnedApiKey parseJson<OwnedApiKey>(const QByteArray &);
extern template Page<OwnedApiKey> parseJson<Page<OwnedApiKey>>(const QByteArray &);
extern template NewOwnedApiKeySecret parseJson<NewOwnedApiKeySecret>(const QByteArray &);

} // namespace hexclave::api
