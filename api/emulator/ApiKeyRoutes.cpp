#include "ApiKeyRoutes.h"

#include "Clock.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"
#include "TeamAccess.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// --- the project's own key sets ---

std::string lastFour(const std::string &key)
{
    return key.size() <= 4 ? key : key.substr(key.size() - 4);
}

// Fixture 32's key order; the kinds a set lacks are left out. `fullKeys`: the creation answer,
// which carries the keys themselves instead of {last_four}.
ordered_json keySetJson(const ProjectKeySet &set, bool fullKeys)
{
    ordered_json json = ordered_json::object();
    json["created_at_millis"] = set.createdAtMillis;
    if (set.revokedAtMillis)
        json["manually_revoked_at_millis"] = *set.revokedAtMillis;
    json["expires_at_millis"] = set.expiresAtMillis;
    json["description"] = set.description;
    json["id"] = set.id.toString();
    const std::pair<const char *, ProjectKeyKind> kinds[] = {{"super_secret_admin_key", ProjectKeyKind::SuperSecretAdmin},
                                                            {"secret_server_key", ProjectKeyKind::SecretServer},
                                                            {"publishable_client_key", ProjectKeyKind::PublishableClient}};
    for (const auto &[name, kind] : kinds) {
        const std::string &key = set.key(kind);
        if (key.empty())
            continue;
        json[name] = fullKeys ? ordered_json(key) : ordered_json{{"last_four", lastFour(key)}};
    }
    return json;
}

std::optional<Uuid> readKeyId(const RequestContext &context, QStringList &problems)
{
    const auto id = Uuid::parse(context.param(u"api_key_id"_s));
    if (!id)
        problems.append(u"params.api_key_id must be a valid UUID"_s);
    return id;
}

// PATCH body of both kinds of keys: {description?, revoked?: true}.
struct KeyPatch
{
    Field<std::string> description;
    bool revoke = false;
};

KeyPatch readKeyPatch(const RequestContext &context, QStringList &problems)
{
    KeyPatch patch;
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator input(context.body.get(), u"body"_s, {"description", "revoked"});
    patch.description = input.string("description");
    const auto revoked = input.boolean("revoked");
    if (revoked.hasValue() && !revoked.value)
        input.addProblem(u"body.revoked must be one of the following values: true"_s);
    patch.revoke = revoked.hasValue() && revoked.value;
    problems.append(input.problems());
    return patch;
}

// --- user and team keys ---

const char *typeName(ApiKeyOwnerType type)
{
    return type == ApiKeyOwnerType::User ? "user" : "team";
}

const char *ownerField(ApiKeyOwnerType type)
{
    return type == ApiKeyOwnerType::User ? "user_id" : "team_id";
}

QString basePath(ApiKeyOwnerType type)
{
    return type == ApiKeyOwnerType::User ? u"/user-api-keys"_s : u"/team-api-keys"_s;
}

// The read schema, in the order the server answers with (guessed from fixture 34: the schema's
// keys reversed); expiry and revocation only when set.
ordered_json ownedKeyJson(const OwnedApiKey &key, const std::string *fullValue = nullptr)
{
    ordered_json json = ordered_json::object();
    json[ownerField(key.ownerType)] = key.ownerId.toString();
    json["type"] = typeName(key.ownerType);
    if (!fullValue)
        json["value"] = ordered_json{{"last_four", key.lastFour}};
    json["is_public"] = key.isPublic;
    json["created_at_millis"] = key.createdAtMillis;
    if (key.revokedAtMillis)
        json["manually_revoked_at_millis"] = *key.revokedAtMillis;
    if (key.expiresAtMillis)
        json["expires_at_millis"] = *key.expiresAtMillis;
    json["description"] = key.description;
    json["id"] = key.id.toString();
    if (fullValue)
        json["value"] = *fullValue; // fixture 34: the full key comes last
    return json;
}

// apiKeys.enabled.{user,team} of the project's config; checked before anything else.
std::optional<HttpResponse> checkEnabled(const ProjectRecord &project, ApiKeyOwnerType type)
{
    if (type == ApiKeyOwnerType::User && !project.config.boolAt("apiKeys.enabled.user", true))
        return HttpResponse::text(400, u"User API keys are not enabled for this project."_s);
    if (type == ApiKeyOwnerType::Team && !project.config.boolAt("apiKeys.enabled.team", true))
        return HttpResponse::text(400, u"Team API keys are not enabled for this project."_s);
    return std::nullopt;
}

// The server's ensureUserCanManageApiKeys: server and admin access manage every key; client
// access its own user's keys and the keys of teams where it holds $manage_api_keys (without it
// the answer hides the team: API_KEY_NOT_FOUND).
std::optional<HttpResponse> checkManagement(const RequestContext &context, ApiKeyOwnerType type, const std::string &ownerId)
{
    if (context.auth.type != AccessType::Client)
        return std::nullopt;
    if (!context.auth.user)
        return KnownErrors::userAuthenticationRequired();
    const ProjectRecord &project = *context.auth.project;
    if (type == ApiKeyOwnerType::User) {
        if (ownerId != context.signedInUserId().toString())
            return HttpResponse::text(403, u"Client can only manage their own api keys"_s);
        return std::nullopt;
    }
    const auto teamId = Uuid::parse(ownerId);
    const auto team = teamId ? project.findTeam(*teamId) : std::nullopt;
    if (!team || !TeamAccess::memberHolds(project, *team, *context.auth.user, "$manage_api_keys"))
        return KnownErrors::apiKeyNotFound();
    return std::nullopt;
}

// The list, read and update routes share the query schema: an optional user_id ("me" or a UUID)
// for user keys, a required team_id for team keys (on every operation, as the server's CRUD layer
// applies it). `ownerId` is empty when no user_id was given.
std::optional<HttpResponse> readOwnerQuery(RequestContext &context, ApiKeyOwnerType type, QStringList &problems,
                                           std::string &ownerId)
{
    if (type == ApiKeyOwnerType::User) {
        InputValidator query(context.query.get(), u"query"_s, {"user_id"});
        const auto userId = query.string("user_id");
        if (userId.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userId.value)))
            query.addProblem(u"query.user_id must be a valid UUID"_s);
        problems.append(query.problems());
        if (!problems.isEmpty() || !userId.hasValue())
            return std::nullopt;
        Uuid resolved;
        if (auto refusal = context.resolveUserId(QString::fromStdString(userId.value), resolved))
            return refusal;
        ownerId = resolved.toString();
        return std::nullopt;
    }
    InputValidator query(context.query.get(), u"query"_s, {"team_id"});
    query.require("team_id");
    const auto teamId = query.uuid("team_id");
    problems.append(query.problems());
    if (teamId.hasValue())
        ownerId = teamId.value.toString();
    return std::nullopt;
}

} // namespace

void ApiKeyRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/internal/api-keys"_s, Router::kAdmin, [](RequestContext &context) { return listKeySets(context); });
    router.add("POST", u"/internal/api-keys"_s, Router::kAdmin, [](RequestContext &context) { return createKeySet(context); });
    router.add("GET", u"/internal/api-keys/{api_key_id}"_s, Router::kAdmin,
               [](RequestContext &context) { return readKeySet(context); });
    router.add("PATCH", u"/internal/api-keys/{api_key_id}"_s, Router::kAdmin,
               [](RequestContext &context) { return updateKeySet(context); });

    for (const ApiKeyOwnerType type : {ApiKeyOwnerType::User, ApiKeyOwnerType::Team}) {
        const QString path = basePath(type);
        router.add("GET", path, Router::kAny, [type](RequestContext &context) { return listOwned(context, type); });
        router.add("POST", path, Router::kAny, [type](RequestContext &context) { return createOwned(context, type); });
        router.add("POST", path + u"/check"_s, Router::kServer | Router::kAdmin,
                   [type](RequestContext &context) { return checkOwned(context, type); });
        router.add("GET", path + u"/{api_key_id}"_s, Router::kAny,
                   [type](RequestContext &context) { return readOrUpdateOwned(context, type, false); });
        router.add("PATCH", path + u"/{api_key_id}"_s, Router::kAny,
                   [type](RequestContext &context) { return readOrUpdateOwned(context, type, true); });
    }
}

HttpResponse ApiKeyRoutes::listKeySets(RequestContext &context)
{
    ordered_json items = ordered_json::array();
    for (const ProjectKeySet &set : ApiKeyStore::keySets(*context.auth.project))
        items.push_back(keySetJson(set, false));
    ordered_json body = ordered_json::object();
    body["is_paginated"] = false; // fixture 32's order
    body["items"] = std::move(items);
    return HttpResponse::json(200, body);
}

HttpResponse ApiKeyRoutes::readKeySet(RequestContext &context)
{
    QStringList problems;
    const auto id = readKeyId(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const auto set = ApiKeyStore::keySet(*context.auth.project, *id);
    if (!set)
        return KnownErrors::apiKeyNotFound();
    return HttpResponse::json(200, keySetJson(*set, false));
}

HttpResponse ApiKeyRoutes::createKeySet(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s,
                         {"description", "expires_at_millis", "has_publishable_client_key", "has_secret_server_key",
                          "has_super_secret_admin_key"});
    for (const char *key : {"description", "expires_at_millis", "has_publishable_client_key", "has_secret_server_key",
                            "has_super_secret_admin_key"})
        input.require(key);
    const auto description = input.string("description");
    const auto expiresAt = input.integer("expires_at_millis");
    const auto publishable = input.boolean("has_publishable_client_key");
    const auto server = input.boolean("has_secret_server_key");
    const auto admin = input.boolean("has_super_secret_admin_key");
    if (!input.ok())
        return context.schemaError(input.problems());

    // Like the server, a set without any key or with an expiry in the past is made as asked.
    ProjectKeySet set;
    set.description = description.value;
    set.createdAtMillis = Clock::nowMillis();
    set.expiresAtMillis = expiresAt.value;
    if (publishable.value)
        set.publishableClientKey = ApiKeyStore::newProjectKey("pck");
    if (server.value)
        set.secretServerKey = ApiKeyStore::newProjectKey("ssk");
    if (admin.value)
        set.superSecretAdminKey = ApiKeyStore::newProjectKey("sak");
    const ProjectKeySet &created = context.auth.project->apiKeys.addKeySet(std::move(set));
    return HttpResponse::json(200, keySetJson(created, true));
}

HttpResponse ApiKeyRoutes::updateKeySet(RequestContext &context)
{
    QStringList problems;
    const KeyPatch patch = readKeyPatch(context, problems);
    const auto id = readKeyId(context, problems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    const std::optional<std::string> description = patch.description.hasValue() ? std::optional(patch.description.value)
                                                                                : std::nullopt;
    if (!ApiKeyStore::updateKeySet(project, *id, description, patch.revoke, Clock::nowMillis()))
        return KnownErrors::apiKeyNotFound();
    return HttpResponse::json(200, keySetJson(*ApiKeyStore::keySet(project, *id), false));
}

HttpResponse ApiKeyRoutes::listOwned(RequestContext &context, ApiKeyOwnerType type)
{
    QStringList problems;
    std::string ownerId;
    if (auto refusal = readOwnerQuery(context, type, problems, ownerId))
        return *refusal;
    if (!problems.isEmpty())
        return context.schemaError(problems);
    const ProjectRecord &project = *context.auth.project;
    if (auto refusal = checkEnabled(project, type))
        return *refusal;
    if (ownerId.empty()) { // only possible for user keys: the query's user_id is optional
        const std::string message = "user_id is required for user API keys";
        return KnownErrors::make(400, "SCHEMA_ERROR", QString::fromStdString(message), ordered_json{{"message", message}});
    }
    if (auto refusal = checkManagement(context, type, ownerId))
        return *refusal;

    ordered_json items = ordered_json::array();
    for (const OwnedApiKey *key : project.apiKeys.ownedKeysOf(project, type, *Uuid::parse(ownerId)))
        items.push_back(ownedKeyJson(*key));
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse ApiKeyRoutes::createOwned(RequestContext &context, ApiKeyOwnerType type)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    const char *owner = ownerField(type);
    InputValidator input(context.body.get(), u"body"_s, {"description", "expires_at_millis", "is_public", owner});
    input.require("description");
    const auto description = input.string("description");
    input.require("expires_at_millis");
    const auto expiresAt = input.integer("expires_at_millis", true);
    const auto isPublic = input.boolean("is_public");
    input.require(owner);
    const auto ownerText = input.string(owner);
    if (type == ApiKeyOwnerType::User && ownerText.hasValue()
        && !RequestContext::isUserIdOrMe(QString::fromStdString(ownerText.value)))
        input.addProblem(u"body.user_id must be a valid UUID"_s);
    if (!input.ok())
        return context.schemaError(input.problems());

    ProjectRecord &project = *context.auth.project;
    std::string ownerId = ownerText.value;
    if (type == ApiKeyOwnerType::User) {
        Uuid resolved;
        if (auto refusal = context.resolveUserId(QString::fromStdString(ownerId), resolved))
            return *refusal;
        ownerId = resolved.toString();
    }
    if (auto refusal = checkEnabled(project, type))
        return *refusal;
    if (auto refusal = checkManagement(context, type, ownerId))
        return *refusal;
    // The server has no check of its own here (its insert fails on the foreign key).
    const auto ownerUuid = Uuid::parse(ownerId);
    if (type == ApiKeyOwnerType::User && (!ownerUuid || !project.users.find(*ownerUuid)))
        return KnownErrors::userNotFound();
    if (type == ApiKeyOwnerType::Team && (!ownerUuid || !project.findTeam(*ownerUuid)))
        return KnownErrors::teamNotFound(QString::fromStdString(ownerId));

    OwnedApiKey key;
    key.ownerType = type;
    key.ownerId = *ownerUuid;
    key.description = description.value;
    key.isPublic = isPublic.hasValue() && isPublic.value;
    key.createdAtMillis = Clock::nowMillis();
    if (expiresAt.hasValue() && expiresAt.value != 0) // the server stores 0 as "never" too
        key.expiresAtMillis = expiresAt.value;
    const std::string value = project.apiKeys.addOwnedKey(key);
    return HttpResponse::json(200, ownedKeyJson(key, &value));
}

HttpResponse ApiKeyRoutes::readOrUpdateOwned(RequestContext &context, ApiKeyOwnerType type, bool update)
{
    QStringList problems;
    KeyPatch patch;
    if (update)
        patch = readKeyPatch(context, problems);
    const auto id = readKeyId(context, problems);
    std::string queriedOwner; // the server does not compare it with the key's owner
    if (auto refusal = readOwnerQuery(context, type, problems, queriedOwner))
        return *refusal;
    if (!problems.isEmpty())
        return context.schemaError(problems);
    ProjectRecord &project = *context.auth.project;
    if (auto refusal = checkEnabled(project, type))
        return *refusal;
    // A key of the other kind makes the server fail while answering (after the update); the
    // emulator treats it as unknown.
    OwnedApiKey *key = project.apiKeys.ownedKey(project, *id);
    if (!key || key->ownerType != type)
        return KnownErrors::apiKeyNotFound();
    if (auto refusal = checkManagement(context, type, key->ownerId.toString()))
        return *refusal;
    if (update) {
        if (patch.description.hasValue())
            key->description = patch.description.value;
        if (patch.revoke && !key->revokedAtMillis) // a second revocation keeps the first time
            key->revokedAtMillis = Clock::nowMillis();
    }
    return HttpResponse::json(200, ownedKeyJson(*key));
}

HttpResponse ApiKeyRoutes::checkOwned(RequestContext &context, ApiKeyOwnerType type)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s, {"api_key"});
    input.require("api_key");
    const auto apiKey = input.string("api_key");
    if (!input.ok())
        return context.schemaError(input.problems());
    const ProjectRecord &project = *context.auth.project;
    if (auto refusal = checkEnabled(project, type))
        return *refusal;
    const OwnedApiKey *key = project.apiKeys.ownedKeyByValue(project, apiKey.value);
    if (!key)
        return KnownErrors::apiKeyNotFound();
    if (key->ownerType != type)
        return KnownErrors::wrongApiKeyType(QString::fromLatin1(typeName(type)), QString::fromLatin1(typeName(key->ownerType)));
    if (key->revokedAtMillis)
        return KnownErrors::apiKeyRevoked();
    if (key->expiresAtMillis && *key->expiresAtMillis < Clock::nowMillis())
        return KnownErrors::apiKeyExpired();
    return HttpResponse::json(200, ownedKeyJson(*key));
}

} // namespace hexclave::emulator
