#include "OAuthProvider.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, OAuthProvider &provider)
{
    provider.id = json::requiredString(j, "id");
    provider.userId = json::stringOrEmpty(j, "user_id");
    provider.type = json::stringOrEmpty(j, "type");
    provider.providerConfigId = json::stringOrEmpty(j, "provider_config_id");
    provider.accountId = json::stringOrEmpty(j, "account_id");
    provider.email = json::optionalString(j, "email");
    provider.allowSignIn = json::boolOr(j, "allow_sign_in");
    provider.allowConnectedAccounts = json::boolOr(j, "allow_connected_accounts");
}

template OAuthProvider parseJson<OAuthProvider>(const QByteArray &);
template Page<OAuthProvider> parseJson<Page<OAuthProvider>>(const QByteArray &);

} // namespace hexclave::api
