#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

// GET /oauth-providers?user_id= item: one account a user linked with a provider.
struct OAuthProvider
{
    QString id;               // this link's id (used in /oauth-providers/{user_id}/{id})
    QString userId;
    QString type;             // "google", "github", …
    QString providerConfigId;
    QString accountId;
    std::optional<QString> email;
    bool allowSignIn = false;
    bool allowConnectedAccounts = false;
};

void from_json(const nlohmann::ordered_json &j, OAuthProvider &provider);

extern template OAuthProvider parseJson<OAuthProvider>(const QByteArray &);
extern template Page<OAuthProvider> parseJson<Page<OAuthProvider>>(const QByteArray &);

} // namespace hexclave::api
