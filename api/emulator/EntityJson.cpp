#include "EntityJson.h"

#include "ContactChannelStore.h"
#include "DataStore.h"
#include "ProjectRecord.h"

#include <nlohmann/json.hpp>

#include <initializer_list>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr char kDefaultEmailTheme[] = "1df07ae6-abf3-4a40-83a5-a1a2cbe336ac";

ordered_json stringOrNull(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

ordered_json valueOrNull(const JsonValue &value)
{
    return value ? *value : ordered_json(nullptr);
}

ordered_json reordered(ordered_json &&source, std::initializer_list<const char *> keys)
{
    ordered_json result = ordered_json::object();
    for (const char *key : keys) {
        auto it = source.find(key);
        if (it != source.end())
            result[key] = std::move(*it);
    }
    return result;
}

ordered_json restrictedReasonJson(RestrictedReason reason)
{
    switch (reason) {
    case RestrictedReason::None: return nullptr;
    case RestrictedReason::Anonymous: return ordered_json{{"type", "anonymous"}};
    case RestrictedReason::EmailNotVerified: return ordered_json{{"type", "email_not_verified"}};
    case RestrictedReason::RestrictedByAdministrator: return ordered_json{{"type", "restricted_by_administrator"}};
    }
    return nullptr;
}

ordered_json oauthProvidersJson(const std::vector<OAuthAccount> &accounts)
{
    ordered_json list = ordered_json::array();
    for (const OAuthAccount &account : accounts) {
        ordered_json entry = ordered_json::object();
        entry["id"] = account.providerId;
        entry["account_id"] = account.accountId;
        entry["email"] = account.email ? ordered_json(*account.email) : ordered_json(nullptr);
        list.push_back(std::move(entry));
    }
    return list;
}

ordered_json providersJson(bool enabled, bool withConfig)
{
    ordered_json list = ordered_json::array();
    if (!enabled)
        return list;
    for (const char *id : {"github", "google", "microsoft", "spotify"}) {
        if (withConfig)
            list.push_back(ordered_json{{"provider_config_id", id}, {"id", id}, {"type", "shared"}});
        else
            list.push_back(ordered_json{{"id", id}});
    }
    return list;
}

ordered_json configJson(ProjectConfigPreset preset, bool idFirstKeyOrder)
{
    const bool internal = preset == ProjectConfigPreset::Internal;
    const bool demo = preset == ProjectConfigPreset::Demo;
    const bool fresh = preset == ProjectConfigPreset::Fresh;
    ordered_json config = ordered_json::object();
    config["oauth_account_merge_strategy"] = "link_method";
    config["user_default_permissions"] = ordered_json::array();
    config["team_member_default_permissions"] = ordered_json::array({ordered_json{{"id", "team_member"}}});
    config["team_creator_default_permissions"] = ordered_json::array({ordered_json{{"id", "team_admin"}}});
    config["create_team_on_sign_up"] = internal;
    config["email_theme"] = kDefaultEmailTheme;
    config["email_config"] = ordered_json{{"type", "shared"}};
    config["domains"] = ordered_json::array();
    config["enabled_oauth_providers"] = providersJson(!fresh, false);
    config["oauth_providers"] = providersJson(!fresh, true);
    config["allow_team_api_keys"] = demo;
    config["allow_user_api_keys"] = demo;
    config["client_user_deletion_enabled"] = demo;
    config["client_team_creation_enabled"] = !fresh;
    config["passkey_enabled"] = demo;
    config["magic_link_enabled"] = !fresh;
    config["credential_enabled"] = true;
    config["sign_up_enabled"] = true;
    config["allow_localhost"] = true;
    if (!idFirstKeyOrder)
        return config;
    return reordered(std::move(config),
                     {"allow_localhost", "client_team_creation_enabled", "client_user_deletion_enabled",
                      "sign_up_enabled", "oauth_account_merge_strategy", "create_team_on_sign_up",
                      "credential_enabled", "magic_link_enabled", "passkey_enabled", "oauth_providers",
                      "enabled_oauth_providers", "domains", "email_config", "email_theme",
                      "team_creator_default_permissions", "team_member_default_permissions",
                      "user_default_permissions", "allow_user_api_keys", "allow_team_api_keys"});
}

} // namespace

ordered_json EntityJson::team(const TeamRecord &team, bool clientView)
{
    ordered_json json = ordered_json::object();
    json["id"] = team.id.toString();
    json["display_name"] = team.displayName;
    json["profile_image_url"] = stringOrNull(team.profileImageUrl);
    if (!clientView)
        json["created_at_millis"] = team.createdAtMillis;
    json["client_metadata"] = valueOrNull(team.clientMetadata);
    json["client_read_only_metadata"] = valueOrNull(team.clientReadOnlyMetadata);
    if (!clientView)
        json["server_metadata"] = valueOrNull(team.serverMetadata);
    return json;
}

ordered_json EntityJson::user(const ProjectRecord &project, quint32 userIndex, UserView view)
{
    static const UserExtras noExtras;
    const UserRecord &user = project.users.at(userIndex);
    const UserExtras &extras = user.extrasOrNull() ? *user.extrasOrNull() : noExtras;
    const RestrictedReason reason = user.restrictedReason(project.requireEmailVerification);
    const bool hasSelectedTeam = user.selectedTeam >= 0 && std::size_t(user.selectedTeam) < project.teams.size()
        && !project.teams[std::size_t(user.selectedTeam)].deleted;

    ordered_json json = ordered_json::object();
    json.get_ref<ordered_json::object_t &>().reserve(27);
    json["id"] = user.id.toString();
    json["display_name"] = stringOrNull(user.displayName);
    json["primary_email"] = stringOrNull(user.primaryEmail);
    json["primary_email_verified"] = user.emailVerified && !user.primaryEmail.empty();
    json["primary_email_auth_enabled"] = user.emailAuthEnabled && !user.primaryEmail.empty();
    json["profile_image_url"] = stringOrNull(extras.profileImageUrl);
    json["signed_up_at_millis"] = user.signedUpAtMillis;
    json["client_metadata"] = valueOrNull(extras.clientMetadata);
    json["client_read_only_metadata"] = valueOrNull(extras.clientReadOnlyMetadata);
    if (view != UserView::Client)
        json["server_metadata"] = valueOrNull(extras.serverMetadata);
    json["has_password"] = bool(user.hasPassword);
    json["otp_auth_enabled"] = bool(user.otpEnabled);
    json["auth_with_email"] = user.hasPassword || user.otpEnabled;
    json["requires_totp_mfa"] = bool(user.requiresTotpMfa);
    json["passkey_auth_enabled"] = bool(user.passkeyEnabled);
    json["oauth_providers"] = oauthProvidersJson(user.oauthAccounts);
    if (hasSelectedTeam) {
        const TeamRecord &team = project.teams[std::size_t(user.selectedTeam)];
        json["selected_team_id"] = team.id.toString();
        json["selected_team"] = EntityJson::team(team);
    } else {
        json["selected_team_id"] = nullptr;
        json["selected_team"] = nullptr;
    }
    json["last_active_at_millis"] = user.lastActiveAtMillis;
    json["is_anonymous"] = bool(user.anonymous);
    json["is_restricted"] = reason != RestrictedReason::None;
    json["restricted_reason"] = restrictedReasonJson(reason);
    json["restricted_by_admin"] = bool(user.restrictedByAdmin);
    json["restricted_by_admin_reason"] = stringOrNull(extras.restrictedByAdminReason);
    if (view != UserView::Client)
        json["restricted_by_admin_private_details"] = stringOrNull(extras.restrictedByAdminPrivateDetails);
    json["country_code"] = user.countryCode[0] ? ordered_json(std::string(user.countryCode, 2)) : ordered_json(nullptr);
    json["risk_scores"] = ordered_json{{"sign_up", ordered_json{{"bot", user.riskBot}, {"free_trial_abuse", user.riskFreeTrialAbuse}}}};

    if (view != UserView::Mutation)
        return json;
    return reordered(std::move(json),
                     {"requires_totp_mfa", "auth_with_email", "oauth_providers", "risk_scores", "country_code",
                      "restricted_by_admin_private_details", "restricted_by_admin_reason", "restricted_by_admin",
                      "restricted_reason", "is_restricted", "is_anonymous", "last_active_at_millis",
                      "server_metadata", "client_read_only_metadata", "client_metadata", "passkey_auth_enabled",
                      "otp_auth_enabled", "has_password", "signed_up_at_millis", "profile_image_url",
                      "selected_team_id", "selected_team", "display_name", "primary_email_auth_enabled",
                      "primary_email_verified", "primary_email", "id"});
}

ordered_json EntityJson::project(const ProjectRecord &project)
{
    ordered_json json = ordered_json::object();
    json["id"] = project.id;
    json["display_name"] = project.displayName;
    json["description"] = project.description;
    json["logo_url"] = stringOrNull(project.logoUrl);
    json["logo_full_url"] = stringOrNull(project.logoFullUrl);
    json["logo_dark_mode_url"] = stringOrNull(project.logoDarkModeUrl);
    json["logo_full_dark_mode_url"] = stringOrNull(project.logoFullDarkModeUrl);
    json["created_at_millis"] = project.createdAtMillis;
    json["is_production_mode"] = project.isProductionMode;
    json["owner_team_id"] = stringOrNull(project.ownerTeamId);
    json["onboarding_status"] = project.onboardingStatus;
    json["config"] = configJson(project.configPreset, project.idFirstKeyOrder);
    if (project.idFirstKeyOrder)
        return json;
    return reordered(std::move(json),
                     {"config", "onboarding_status", "owner_team_id", "is_production_mode", "created_at_millis",
                      "logo_full_dark_mode_url", "logo_dark_mode_url", "logo_full_url", "logo_url", "description",
                      "display_name", "id"});
}

ordered_json EntityJson::contactChannel(const Uuid &userId, const ContactChannelView &channel)
{
    ordered_json json = ordered_json::object();
    json["user_id"] = userId.toString();
    json["id"] = channel.id.toString();
    json["type"] = "email";
    json["value"] = channel.value;
    json["is_primary"] = channel.primary;
    json["is_verified"] = channel.verified;
    json["used_for_auth"] = channel.usedForAuth;
    return json;
}

ordered_json EntityJson::oauthProvider(const Uuid &userId, const OAuthAccount &account, bool clientView)
{
    ordered_json json = ordered_json::object();
    json["user_id"] = userId.toString();
    json["id"] = account.id.toString();
    if (account.email && !account.email->empty()) // the server leaves the key out rather than sending null
        json["email"] = *account.email;
    json["provider_config_id"] = account.providerId;
    json["type"] = account.providerId;
    json["allow_sign_in"] = account.allowSignIn;
    json["allow_connected_accounts"] = account.allowConnectedAccounts;
    if (!clientView)
        json["account_id"] = account.accountId;
    return json;
}

ordered_json EntityJson::session(const RefreshSession &session, bool current)
{
    ordered_json json = ordered_json::object();
    if (const EndUserIpInfo *info = session.lastUsedIpInfo.get()) {
        ordered_json ip = ordered_json::object();
        ip["ip"] = info->ip;
        for (const auto &[key, value] : {std::pair{"countryCode", &info->countryCode}, std::pair{"regionCode", &info->regionCode},
                                         std::pair{"cityName", &info->cityName}}) {
            if (!value->empty())
                ip[key] = *value;
        }
        ip["latitude"] = info->latitude;
        ip["longitude"] = info->longitude;
        if (!info->tzIdentifier.empty())
            ip["tzIdentifier"] = info->tzIdentifier;
        json["last_used_at_end_user_ip_info"] = std::move(ip);
    }
    json["is_current_session"] = current;
    json["last_used_at"] = session.lastUsedAtMillis;
    json["is_impersonation"] = session.impersonation;
    json["created_at"] = session.createdAtMillis;
    json["user_id"] = session.userId.toString();
    json["id"] = session.id.toString();
    return json;
}

} // namespace hexclave::emulator
