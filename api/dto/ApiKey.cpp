#include "ApiKey.h"

#include "PageJson.h"

namespace hexclave::api {

namespace {

// {"last_four": "…"} on reads; the full key (a string) in the answer to a creation.
std::optional<QString> lastFourOf(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (it->is_string())
        return json::toQString(*it).right(4);
    return json::requiredString(*it, "last_four");
}

std::optional<QString> fullKey(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return std::nullopt;
    return json::toQString(*it);
}

} // namespace

void from_json(const nlohmann::ordered_json &j, ProjectApiKey &key)
{
    key.id = json::requiredString(j, "id");
    key.description = json::stringOrEmpty(j, "description");
    key.createdAtMillis = json::optionalMillis(j, "created_at_millis").value_or(0);
    key.expiresAtMillis = json::optionalMillis(j, "expires_at_millis").value_or(0);
    key.manuallyRevokedAtMillis = json::optionalMillis(j, "manually_revoked_at_millis");
    key.publishableClientKeyLastFour = lastFourOf(j, "publishable_client_key");
    key.secretServerKeyLastFour = lastFourOf(j, "secret_server_key");
    key.superSecretAdminKeyLastFour = lastFourOf(j, "super_secret_admin_key");
}

void from_json(const nlohmann::ordered_json &j, NewProjectApiKeySecrets &secrets)
{
    from_json(j, secrets.key);
    secrets.publishableClientKey = fullKey(j, "publishable_client_key");
    secrets.secretServerKey = fullKey(j, "secret_server_key");
    secrets.superSecretAdminKey = fullKey(j, "super_secret_admin_key");
}

void from_json(const nlohmann::ordered_json &j, OwnedApiKey &key)
{
    key.id = json::requiredString(j, "id");
    const bool isTeamKey = json::stringOrEmpty(j, "type") == QLatin1String("team") || j.contains("team_id");
    key.ownerKind = isTeamKey ? ApiKeyOwnerKind::Team : ApiKeyOwnerKind::User;
    key.ownerId = json::stringOrEmpty(j, isTeamKey ? "team_id" : "user_id");
    key.description = json::stringOrEmpty(j, "description");
    key.createdAtMillis = json::optionalMillis(j, "created_at_millis").value_or(0);
    key.expiresAtMillis = json::optionalMillis(j, "expires_at_millis");
    key.manuallyRevokedAtMillis = json::optionalMillis(j, "manually_revoked_at_millis");
    key.isPublic = json::boolOr(j, "is_public");
    key.lastFour = lastFourOf(j, "value").value_or(QString());
}

void from_json(const nlohmann::ordered_json &j, NewOwnedApiKeySecret &secret)
{
    from_json(j, secret.key);
    secret.value = json::requiredString(j, "value");
}

template ProjectApiKey parseJson<ProjectApiKey>(const QByteArray &);
template Page<ProjectApiKey> parseJson<Page<ProjectApiKey>>(const QByteArray &);
template NewProjectApiKeySecrets parseJson<NewProjectApiKeySecrets>(const QByteArray &);
template OwnedApiKey parseJson<OwnedApiKey>(const QByteArray &);
template Page<OwnedApiKey> parseJson<Page<OwnedApiKey>>(const QByteArray &);
template NewOwnedApiKeySecret parseJson<NewOwnedApiKeySecret>(const QByteArray &);

} // namespace hexclave::api
