#include "OAuthProvidersEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::oauthProviders {

namespace {

const QString basePath = QStringLiteral("/oauth-providers");

} // namespace

Call<Page<OAuthProvider>> list(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::get(basePath, scope, encodedQuery({{QStringLiteral("user_id"), userId}}))};
}

Call<OAuthProvider> update(const ProjectScope &scope, const QString &userId, const QString &providerId,
                           const OAuthProviderPatch &patch)
{
    json::Json body = json::Json::object();
    json::putIfSet(body, "allow_sign_in", patch.allowSignIn);
    json::putIfSet(body, "allow_connected_accounts", patch.allowConnectedAccounts);
    return {ApiRequest::patch(resourcePath(basePath, {userId, providerId}), scope, json::compact(body))};
}

Call<NoContent> remove(const ProjectScope &scope, const QString &userId, const QString &providerId)
{
    return {ApiRequest::del(resourcePath(basePath, {userId, providerId}), scope)};
}

} // namespace hexclave::api::oauthProviders
