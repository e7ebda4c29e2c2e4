#pragma once

#include "core/Call.h"
#include "dto/ApiKey.h"
#include "dto/Page.h"

#include <optional>

namespace hexclave::api::apiKeys {

// POST /internal/api-keys body: which keys the new set holds (at least one).
struct NewProjectApiKeys
{
    QString description;
    qint64 expiresAtMillis = 0; // required by the server
    bool publishableClientKey = false;
    bool secretServerKey = true;
    bool superSecretAdminKey = false;

    QByteArray toJson() const;
};

// The project's own keys (admin access): list, create (answer holds the full keys, once),
// revoke. PATCH /internal/api-keys/{id}.
Call<Page<ProjectApiKey>> projectKeys(const ProjectScope &scope);
Call<NewProjectApiKeySecrets> createProjectKeys(const ProjectScope &scope, const NewProjectApiKeys &keys);
Call<ProjectApiKey> revokeProjectKeys(const ProjectScope &scope, const QString &id);

struct ApiKeyOwner
{
    ApiKeyOwnerKind kind = ApiKeyOwnerKind::User;
    QString id; // user id or team id
};

// POST /{user|team}-api-keys body.
struct NewOwnedApiKey
{
    ApiKeyOwner owner;
    QString description;
    std::optional<qint64> expiresAtMillis; // nullopt: never (sent as null)
    bool isPublic = false;

    QByteArray toJson() const;
};

// User and team API keys (enabled per project by config apiKeys.enabled.{user,team}).
// GET /user-api-keys?user_id= or /team-api-keys?team_id= (not paginated)
Call<Page<OwnedApiKey>> ownedKeys(const ProjectScope &scope, const ApiKeyOwner &owner);
Call<NewOwnedApiKeySecret> createOwnedKey(const ProjectScope &scope, const NewOwnedApiKey &key);
// PATCH /{user|team}-api-keys/{id}?{user|team}_id= {revoked: true}. The server requires the
// owner's id in the query on every route of these keys, not only on the list.
Call<OwnedApiKey> revokeOwnedKey(const ProjectScope &scope, const ApiKeyOwner &owner, const QString &id);
// POST /{user|team}-api-keys/check {api_key}: the key when it is valid, else API_KEY_NOT_FOUND,
// API_KEY_REVOKED, API_KEY_EXPIRED or a WRONG_API_KEY_TYPE-style known error.
Call<OwnedApiKey> checkOwnedKey(const ProjectScope &scope, ApiKeyOwnerKind kind, const QString &apiKey);

} // namespace hexclave::api::apiKeys
