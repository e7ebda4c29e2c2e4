#include "ApiKeysEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::apiKeys {

namespace {

const QString projectKeysPath = QStringLiteral("/internal/api-keys");

QString ownedKeysPath(ApiKeyOwnerKind kind)
{
    return kind == ApiKeyOwnerKind::Team ? QStringLiteral("/team-api-keys") : QStringLiteral("/user-api-keys");
}

const char *ownerField(ApiKeyOwnerKind kind)
{
    return kind == ApiKeyOwnerKind::Team ? "team_id" : "user_id";
}

QUrlQuery ownerQuery(const ApiKeyOwner &owner)
{
    return encodedQuery({{QString::fromLatin1(ownerField(owner.kind)), owner.id}});
}

QByteArray revokedBody()
{
    return QByteArrayLiteral(R"({"revoked":true})");
}

} // namespace

QByteArray NewProjectApiKeys::toJson() const
{
    json::Json body = json::Json::object();
    body["description"] = json::toStd(description);
    body["expires_at_millis"] = expiresAtMillis;
    body["has_publishable_client_key"] = publishableClientKey;
    body["has_secret_server_key"] = secretServerKey;
    body["has_super_secret_admin_key"] = superSecretAdminKey;
    return json::compact(body);
}

QByteArray NewOwnedApiKey::toJson() const
{
    json::Json body = json::Json::object();
    body[ownerField(owner.kind)] = json::toStd(owner.id);
    body["description"] = json::toStd(description);
    if (expiresAtMillis)
        body["expires_at_millis"] = *expiresAtMillis;
    else
        body["expires_at_millis"] = nullptr;
    body["is_public"] = isPublic;
    return json::compact(body);
}

Call<Page<ProjectApiKey>> projectKeys(const ProjectScope &scope)
{
    return {ApiRequest::get(projectKeysPath, scope)};
}

Call<NewProjectApiKeySecrets> createProjectKeys(const ProjectScope &scope, const NewProjectApiKeys &keys)
{
    return {ApiRequest::post(projectKeysPath, scope, keys.toJson())};
}

Call<ProjectApiKey> revokeProjectKeys(const ProjectScope &scope, const QString &id)
{
    return {ApiRequest::patch(resourcePath(projectKeysPath, {id}), scope, revokedBody())};
}

Call<Page<OwnedApiKey>> ownedKeys(const ProjectScope &scope, const ApiKeyOwner &owner)
{
    return {ApiRequest::get(ownedKeysPath(owner.kind), scope, ownerQuery(owner))};
}

Call<NewOwnedApiKeySecret> createOwnedKey(const ProjectScope &scope, const NewOwnedApiKey &key)
{
    return {ApiRequest::post(ownedKeysPath(key.owner.kind), scope, key.toJson())};
}

Call<OwnedApiKey> revokeOwnedKey(const ProjectScope &scope, const ApiKeyOwner &owner, const QString &id)
{
    ApiRequest request = ApiRequest::patch(resourcePath(ownedKeysPath(owner.kind), {id}), scope, revokedBody());
    request.query = ownerQuery(owner);
    return {request};
}

Call<OwnedApiKey> checkOwnedKey(const ProjectScope &scope, ApiKeyOwnerKind kind, const QString &apiKey)
{
    json::Json body = json::Json::object();
    body["api_key"] = json::toStd(apiKey);
    return {ApiRequest::post(ownedKeysPath(kind) + QStringLiteral("/check"), scope, json::compact(body))};
}

} // namespace hexclave::api::apiKeys
