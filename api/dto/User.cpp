#include "User.h"

#include "PageJson.h"

namespace hexclave::api {

namespace {

RestrictedReason restrictedReasonFromType(const QString &type)
{
    if (type.isEmpty())
        return RestrictedReason::None;
    if (type == u"anonymous")
        return RestrictedReason::Anonymous;
    if (type == u"email_not_verified")
        return RestrictedReason::EmailNotVerified;
    if (type == u"restricted_by_administrator")
        return RestrictedReason::RestrictedByAdministrator;
    return RestrictedReason::Other;
}

} // namespace

QString User::label() const
{
    if (displayName && !displayName->isEmpty())
        return *displayName;
    if (primaryEmail && !primaryEmail->isEmpty())
        return *primaryEmail;
    return id;
}

void from_json(const nlohmann::ordered_json &j, OAuthProviderLink &link)
{
    link.id = json::requiredString(j, "id");
    link.accountId = json::stringOrEmpty(j, "account_id");
    link.email = json::optionalString(j, "email");
}

void from_json(const nlohmann::ordered_json &j, User &user)
{
    user.id = json::requiredString(j, "id");
    user.primaryEmail = json::optionalString(j, "primary_email");
    user.primaryEmailVerified = json::boolOr(j, "primary_email_verified");
    user.primaryEmailAuthEnabled = json::boolOr(j, "primary_email_auth_enabled");
    user.displayName = json::optionalString(j, "display_name");
    user.selectedTeam.reset();
    if (const auto team = j.find("selected_team"); team != j.end() && !team->is_null())
        user.selectedTeam = team->get<Team>();
    user.selectedTeamId = json::optionalString(j, "selected_team_id");
    user.profileImageUrl = json::optionalString(j, "profile_image_url");
    user.signedUpAtMillis = json::optionalMillis(j, "signed_up_at_millis").value_or(0);
    user.lastActiveAtMillis = json::optionalMillis(j, "last_active_at_millis");
    user.hasPassword = json::boolOr(j, "has_password");
    user.otpAuthEnabled = json::boolOr(j, "otp_auth_enabled");
    user.passkeyAuthEnabled = json::boolOr(j, "passkey_auth_enabled");
    user.authWithEmail = json::boolOr(j, "auth_with_email");
    user.requiresTotpMfa = json::boolOr(j, "requires_totp_mfa");
    user.clientMetadata = json::jsonText(j, "client_metadata");
    user.clientReadOnlyMetadata = json::jsonText(j, "client_read_only_metadata");
    user.serverMetadata = json::jsonText(j, "server_metadata");
    user.isAnonymous = json::boolOr(j, "is_anonymous");
    user.isRestricted = json::boolOr(j, "is_restricted");
    user.restrictedReasonType.clear();
    if (const auto reason = j.find("restricted_reason"); reason != j.end() && reason->is_object())
        user.restrictedReasonType = json::stringOrEmpty(*reason, "type");
    user.restrictedReason = restrictedReasonFromType(user.restrictedReasonType);
    user.restrictedByAdmin = json::boolOr(j, "restricted_by_admin");
    user.restrictedByAdminReason = json::optionalString(j, "restricted_by_admin_reason");
    user.restrictedByAdminPrivateDetails = json::optionalString(j, "restricted_by_admin_private_details");
    user.countryCode = json::optionalString(j, "country_code");
    user.signUpRiskScores.reset();
    if (const auto scores = j.find("risk_scores"); scores != j.end() && scores->is_object()) {
        if (const auto signUp = scores->find("sign_up"); signUp != scores->end() && signUp->is_object()) {
            SignUpRiskScores risk;
            risk.bot = json::intOr(*signUp, "bot");
            risk.freeTrialAbuse = json::intOr(*signUp, "free_trial_abuse");
            user.signUpRiskScores = risk;
        }
    }
    user.oauthProviders.clear();
    if (const auto providers = j.find("oauth_providers"); providers != j.end() && providers->is_array()) {
        for (const auto &provider : *providers)
            user.oauthProviders.append(provider.get<OAuthProviderLink>());
    }
}

template User parseJson<User>(const QByteArray &);
template Page<User> parseJson<Page<User>>(const QByteArray &);

} // namespace hexclave::api
