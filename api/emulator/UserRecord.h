#pragma once

#include "Uuid.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hexclave::emulator {

using JsonValue = std::shared_ptr<const nlohmann::ordered_json>; // null pointer: JSON null

// One account a user linked with an OAuth provider (GET /oauth-providers); the user object's
// oauth_providers list shows the same accounts as {id: providerId, account_id, email}.
struct OAuthAccount
{
    std::string providerId; // the provider config id, also its type: "github", "google", …
    std::string accountId;
    std::optional<std::string> email;
    Uuid id{};              // the link's own id
    bool allowSignIn = true;
    bool allowConnectedAccounts = true;
};

// A contact channel other than the primary e-mail (the primary one is the user's primary_email
// with its verified and auth flags, see ContactChannelStore).
struct ContactChannelRecord
{
    Uuid id{};
    std::string value;
    qint64 createdAtMillis = 0;
    bool verified = false;
    bool usedForAuth = false;
};

// Fields most users do not have, kept out of line so 100,000 users stay small.
struct UserExtras
{
    std::string profileImageUrl;              // empty: null
    std::string restrictedByAdminReason;      // empty: null (the server stores "" as null too)
    std::string restrictedByAdminPrivateDetails;
    std::string password;                     // empty: unknown (generated users cannot sign in)
    JsonValue clientMetadata;
    JsonValue clientReadOnlyMetadata;
    JsonValue serverMetadata;
    std::vector<ContactChannelRecord> otherChannels; // in creation order
    Uuid primaryChannelId{};                 // null: derived from the user id (ContactChannelStore)
    qint64 primaryChannelCreatedAtMillis = 0; // 0: signed_up_at_millis
    std::vector<std::string> projectPermissions; // directly granted project permission ids
};

enum class RestrictedReason { None, Anonymous, EmailNotVerified, RestrictedByAdministrator };

// One user of a project. Text is UTF-8; an empty string stands for null where the server
// never returns an empty string for that field.
struct UserRecord
{
    Uuid id;
    std::string displayName;
    std::string primaryEmail;
    std::string searchText; // lower-case display name + '\n' + primary email, for `query`
    qint64 signedUpAtMillis = 0;
    qint64 lastActiveAtMillis = 0;
    std::vector<OAuthAccount> oauthAccounts;
    std::unique_ptr<UserExtras> extras;
    qint32 selectedTeam = -1; // index into the project's teams
    char countryCode[2] = {0, 0};
    quint8 riskBot = 0;
    quint8 riskFreeTrialAbuse = 0;
    bool emailVerified : 1 = false;
    bool emailAuthEnabled : 1 = false;
    bool hasPassword : 1 = false;
    bool otpEnabled : 1 = false;
    bool passkeyEnabled : 1 = false;
    bool requiresTotpMfa : 1 = false;
    bool anonymous : 1 = false;
    bool restrictedByAdmin : 1 = false;
    bool deleted : 1 = false;
    bool sessionsMaterialized : 1 = false; // its demo sessions are in the store (DemoSessions)

    const UserExtras *extrasOrNull() const { return extras.get(); }
    UserExtras &mutableExtras()
    {
        if (!extras)
            extras = std::make_unique<UserExtras>();
        return *extras;
    }

    RestrictedReason restrictedReason(bool requireEmailVerification) const
    {
        if (anonymous)
            return RestrictedReason::Anonymous;
        if (requireEmailVerification && !(emailVerified && !primaryEmail.empty()))
            return RestrictedReason::EmailNotVerified;
        if (restrictedByAdmin)
            return RestrictedReason::RestrictedByAdministrator;
        return RestrictedReason::None;
    }
};

} // namespace hexclave::emulator
