#pragma once

#include "core/Call.h"
#include "dto/OAuthProvider.h"
#include "dto/Page.h"

#include <optional>

namespace hexclave::api::oauthProviders {

// PATCH /oauth-providers/{user_id}/{id} body: only set fields are sent.
struct OAuthProviderPatch
{
    std::optional<bool> allowSignIn;
    std::optional<bool> allowConnectedAccounts;
};

Call<Page<OAuthProvider>> list(const ProjectScope &scope, const QString &userId);
Call<OAuthProvider> update(const ProjectScope &scope, const QString &userId, const QString &providerId,
                           const OAuthProviderPatch &patch);
Call<NoContent> remove(const ProjectScope &scope, const QString &userId, const QString &providerId);

} // namespace hexclave::api::oauthProviders
