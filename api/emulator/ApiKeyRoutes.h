#pragma once

#include "ApiKeyStore.h"
#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// API keys: the project's own key sets (internal/api-keys, admin only: GET, POST, GET|PATCH
// /{api_key_id}) and user and team keys ((api-keys)/handlers.tsx: GET|POST /{user|team}-api-keys,
// GET|PATCH /{user|team}-api-keys/{api_key_id}, POST /{user|team}-api-keys/check). New keys are
// answered in full once; afterwards only their last four characters are shown.
class ApiKeyRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse listKeySets(RequestContext &context);
    static HttpResponse readKeySet(RequestContext &context);
    static HttpResponse createKeySet(RequestContext &context);
    static HttpResponse updateKeySet(RequestContext &context);

    static HttpResponse listOwned(RequestContext &context, ApiKeyOwnerType type);
    static HttpResponse createOwned(RequestContext &context, ApiKeyOwnerType type);
    static HttpResponse readOrUpdateOwned(RequestContext &context, ApiKeyOwnerType type, bool update);
    static HttpResponse checkOwned(RequestContext &context, ApiKeyOwnerType type);
};

} // namespace hexclave::emulator
