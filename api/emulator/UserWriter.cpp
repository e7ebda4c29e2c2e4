#include "UserWriter.h"

#include "Clock.h"
#include "ContactChannelStore.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "HttpRequest.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "PermissionCatalog.h"
#include "RequestContext.h"
#include "Router.h"
#include "UserRoutes.h"

#include <QByteArray>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// The fields POST and PATCH share (PATCH adds selected_team_id, POST adds oauth_providers).
struct UserInput
{
    Field<std::string> displayName, profileImageUrl, primaryEmail, password, passwordHash, totpSecret;
    Field<std::string> restrictedReason, restrictedDetails, countryCode;
    Field<bool> emailVerified, emailAuthEnabled, passkeyEnabled, otpEnabled, anonymous, restrictedByAdmin;
    Field<JsonValue> clientMetadata, clientReadOnlyMetadata, serverMetadata;
    Field<qint64> riskBot, riskFreeTrialAbuse;
    Field<Uuid> selectedTeamId;
    std::vector<OAuthAccount> oauthAccounts;
};

void readRiskScores(InputValidator &input, UserInput &fields)
{
    const ordered_json *risk = input.raw("risk_scores");
    if (!risk)
        return;
    const auto *signUp = risk->is_object() && risk->contains("sign_up") ? &risk->at("sign_up") : nullptr;
    if (!signUp || !signUp->is_object()) {
        input.addProblem(u"body.risk_scores.sign_up must be defined"_s);
        return;
    }
    InputValidator inner(signUp, u"body.risk_scores.sign_up"_s, {"bot", "free_trial_abuse"});
    inner.require("bot");
    inner.require("free_trial_abuse");
    fields.riskBot = inner.integer("bot", false, 0, 100);
    fields.riskFreeTrialAbuse = inner.integer("free_trial_abuse", false, 0, 100);
    for (const QString &problem : inner.problems())
        input.addProblem(problem);
}

void readOAuthProviders(InputValidator &input, UserInput &fields)
{
    const ordered_json *providers = input.raw("oauth_providers");
    if (!providers || providers->is_null())
        return;
    if (!providers->is_array()) {
        input.addProblem(u"body.oauth_providers must be a `array` type, but the final value was: `"_s
                         + InputValidator::printValue(*providers) + u"`."_s);
        return;
    }
    for (std::size_t i = 0; i < providers->size(); ++i) {
        InputValidator item(&(*providers)[i], u"body.oauth_providers["_s + QString::number(i) + u']', {"id", "account_id", "email"});
        item.require("id");
        item.require("account_id");
        const auto id = item.string("id");
        const auto accountId = item.string("account_id");
        const auto email = item.string("email", true);
        for (const QString &problem : item.problems())
            input.addProblem(problem);
        if (item.ok())
            fields.oauthAccounts.push_back({id.value, accountId.value, email.hasValue() ? std::optional(email.value) : std::nullopt});
    }
}

// country_code: two ASCII letters, stored upper-case (an ISO 3166-1 alpha-2 code). The users
// schema uses the server's countryCodeSchema, whose definition was not among the indexed
// sources; the rule and yup's `matches` wording for /^[A-Z]{2}$/ (after an `uppercase()`
// transform) are inferred. Anything else must be refused: UserRecord keeps exactly two bytes.
Field<std::string> readCountryCode(InputValidator &input)
{
    Field<std::string> field = input.string("country_code", true);
    if (!field.hasValue())
        return field;
    std::string &code = field.value;
    const auto asciiLetter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (code.size() != 2 || !asciiLetter(code[0]) || !asciiLetter(code[1])) {
        input.addProblem(u"body.country_code must match the following: \"/^[A-Z]{2}$/\""_s);
        field.present = false; // nothing to apply
        return field;
    }
    for (char &c : code) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return field;
}

UserInput readInput(InputValidator &input, bool patch)
{
    UserInput fields;
    fields.displayName = input.string("display_name", true);
    fields.profileImageUrl = input.url("profile_image_url", true);
    fields.clientMetadata = input.anyJson("client_metadata");
    fields.clientReadOnlyMetadata = input.anyJson("client_read_only_metadata");
    fields.serverMetadata = input.anyJson("server_metadata");
    fields.primaryEmail = input.email("primary_email", true);
    fields.emailVerified = input.boolean("primary_email_verified");
    fields.emailAuthEnabled = input.boolean("primary_email_auth_enabled");
    fields.passkeyEnabled = input.boolean("passkey_auth_enabled");
    fields.password = input.string("password", true, 70);
    fields.passwordHash = input.string("password_hash");
    fields.otpEnabled = input.boolean("otp_auth_enabled");
    fields.totpSecret = input.string("totp_secret_base64", true);
    if (fields.totpSecret.hasValue()) {
        static const QRegularExpression base64(u"^[A-Za-z0-9+/]*={0,2}$"_s);
        if (!base64.match(QString::fromStdString(fields.totpSecret.value)).hasMatch() || fields.totpSecret.value.size() % 4 != 0)
            input.addProblem(u"body.totp_secret_base64 is not valid base64"_s);
    }
    fields.anonymous = input.boolean("is_anonymous");
    if (patch && fields.anonymous.hasValue() && fields.anonymous.value)
        input.addProblem(u"body.is_anonymous must be one of the following values: false"_s);
    fields.restrictedByAdmin = input.boolean("restricted_by_admin");
    fields.restrictedReason = input.string("restricted_by_admin_reason", true);
    fields.restrictedDetails = input.string("restricted_by_admin_private_details", true);
    fields.countryCode = readCountryCode(input);
    readRiskScores(input, fields);
    if (patch)
        fields.selectedTeamId = input.uuid("selected_team_id", true);
    else
        readOAuthProviders(input, fields);

    // The schema's own test (fixture 12), judged on the body alone.
    const bool restricting = fields.restrictedByAdmin.hasValue() && fields.restrictedByAdmin.value;
    if (!restricting && fields.restrictedReason.hasValue() && !fields.restrictedReason.value.empty())
        input.addProblem(u"restricted_by_admin_reason must be null when restricted_by_admin is not true"_s);
    if (!restricting && fields.restrictedDetails.hasValue() && !fields.restrictedDetails.value.empty())
        input.addProblem(u"restricted_by_admin_private_details must be null when restricted_by_admin is not true"_s);
    return fields;
}

std::string normalizeEmail(const std::string &email)
{
    return QString::fromStdString(email).trimmed().toLower().toStdString();
}

bool otpAllowed(const ProjectRecord &project)
{
    return project.configPreset != ProjectConfigPreset::Fresh;
}

bool validPasswordHash(const std::string &hash)
{
    static const QRegularExpression modularCrypt(u"^\\$(2[abxy]|argon2(id|i|d)|scrypt|pbkdf2[-a-z0-9]*)\\$.+"_s);
    return modularCrypt.match(QString::fromStdString(hash)).hasMatch();
}

// The primary e-mail a user ends up with after a POST (`old` null) or a PATCH.
struct EmailOutcome
{
    std::string email; // normalized; empty: none
    bool verified = false;
    bool authEnabled = false;
};

EmailOutcome emailOutcome(const UserInput &fields, const UserRecord *old)
{
    // Removing the e-mail clears verification and auth; a new address starts unverified unless
    // the request says otherwise.
    const bool given = fields.primaryEmail.present;
    const bool removing = given && fields.primaryEmail.null;
    EmailOutcome outcome;
    outcome.email = !given ? (old ? old->primaryEmail : std::string()) : removing ? std::string() : normalizeEmail(fields.primaryEmail.value);
    const bool changed = !old || outcome.email != old->primaryEmail;
    outcome.authEnabled = !removing
        && (fields.emailAuthEnabled.hasValue() ? fields.emailAuthEnabled.value : old && old->emailAuthEnabled);
    outcome.verified = !removing
        && (fields.emailVerified.hasValue() ? fields.emailVerified.value : !changed && old->emailVerified);
    return outcome;
}

// The rules POST and PATCH share, in the server's order (getPasswordHashFromData, then
// checkAuthData): password versus password_hash, then the e-mail the user ends up with.
// `self` is the user being updated (none for a new one); it may keep its own auth e-mail.
std::optional<HttpResponse> checkCredentials(const ProjectRecord &project, const UserInput &fields,
                                             const EmailOutcome &outcome, std::optional<quint32> self)
{
    if (fields.password.present && fields.passwordHash.present)
        return HttpResponse::text(400, u"Cannot set both password and password_hash at the same time."_s);
    if (fields.passwordHash.hasValue() && !validPasswordHash(fields.passwordHash.value))
        return HttpResponse::text(400, u"Invalid password hash. Make sure it's a supported algorithm in Modular Crypt Format."_s);
    if (outcome.email.empty() && outcome.authEnabled)
        return HttpResponse::text(400, u"primary_email_auth_enabled cannot be true without primary_email"_s);
    if (outcome.email.empty() && outcome.verified)
        return HttpResponse::text(400, u"primary_email_verified cannot be true without primary_email"_s);
    if (outcome.authEnabled) {
        const auto holder = ContactChannelStore::authHolder(project, outcome.email);
        if (holder && holder != self)
            return KnownErrors::userEmailAlreadyExists(QString::fromStdString(outcome.email));
    }
    return std::nullopt;
}

// The parts of an update that every user shares with creation, applied after all checks passed.
void applyCommon(ProjectRecord &project, quint32 index, const UserInput &fields)
{
    UserRecord &user = project.users.mutableAt(index);
    if (fields.displayName.present)
        project.users.setDisplayName(index, fields.displayName.null ? std::string() : fields.displayName.value);
    if (fields.profileImageUrl.present)
        user.mutableExtras().profileImageUrl = fields.profileImageUrl.null ? std::string() : fields.profileImageUrl.value;
    if (fields.clientMetadata.present)
        user.mutableExtras().clientMetadata = fields.clientMetadata.value;
    if (fields.clientReadOnlyMetadata.present)
        user.mutableExtras().clientReadOnlyMetadata = fields.clientReadOnlyMetadata.value;
    if (fields.serverMetadata.present)
        user.mutableExtras().serverMetadata = fields.serverMetadata.value;
    if (fields.otpEnabled.hasValue())
        user.otpEnabled = fields.otpEnabled.value;
    if (fields.totpSecret.present) // a secret turns on two-factor authentication, null turns it off
        user.requiresTotpMfa = !fields.totpSecret.null;
    if (fields.password.present) {
        user.hasPassword = !fields.password.null;
        user.mutableExtras().password = fields.password.null ? std::string() : fields.password.value;
    } else if (fields.passwordHash.hasValue()) {
        user.hasPassword = true;
        user.mutableExtras().password.clear(); // a hash we cannot check: sign-in with it fails
    }
    if (fields.countryCode.present) { // validated: null or two upper-case ASCII letters
        const bool set = fields.countryCode.hasValue();
        user.countryCode[0] = set ? fields.countryCode.value[0] : 0;
        user.countryCode[1] = set ? fields.countryCode.value[1] : 0;
    }
    if (fields.riskBot.hasValue() && fields.riskFreeTrialAbuse.hasValue()) {
        user.riskBot = quint8(fields.riskBot.value);
        user.riskFreeTrialAbuse = quint8(fields.riskFreeTrialAbuse.value);
    }
}

// rbac.defaultPermissions.signUp, as the server grants them to every new user. (An id that
// names no project permission makes the server refuse the whole creation with
// PERMISSION_NOT_FOUND; the emulator skips it.)
void grantSignUpPermissions(ProjectRecord &project, quint32 index)
{
    const PermissionCatalog &catalog = PermissionCatalog::of(project);
    for (const std::string &id : catalog.defaults(DefaultPermissions::SignUp)) {
        if (!catalog.find(PermissionScope::Project, id))
            continue;
        auto &granted = project.users.mutableAt(index).mutableExtras().projectPermissions;
        if (std::find(granted.begin(), granted.end(), id) == granted.end())
            granted.push_back(id);
    }
}

} // namespace

UserWriter::UserWriter(DataStore &store)
    : m_store(store)
{
}

void UserWriter::registerRoutes(Router &router)
{
    router.add("POST", u"/users"_s, Router::kServer | Router::kAdmin, [this](RequestContext &context) { return create(context); });
    router.add("PATCH", u"/users/{user_id}"_s, Router::kServer | Router::kAdmin, [this](RequestContext &context) { return update(context); });
}

HttpResponse UserWriter::create(RequestContext &context)
{
    InputValidator input(context.body.get(), u"body"_s,
                         {"display_name", "profile_image_url", "client_metadata", "client_read_only_metadata",
                          "server_metadata", "primary_email", "primary_email_verified", "primary_email_auth_enabled",
                          "passkey_auth_enabled", "password", "password_hash", "otp_auth_enabled", "totp_secret_base64",
                          "is_anonymous", "restricted_by_admin", "restricted_by_admin_reason",
                          "restricted_by_admin_private_details", "country_code", "risk_scores", "oauth_providers"},
                         2);
    const UserInput fields = readInput(input, false);
    if (!input.ok())
        return context.schemaError(input.problems());

    ProjectRecord &project = *context.auth.project;
    const EmailOutcome email = emailOutcome(fields, nullptr);
    if (auto refusal = checkCredentials(project, fields, email, std::nullopt))
        return *refusal;
    if (fields.otpEnabled.hasValue() && fields.otpEnabled.value && !otpAllowed(project))
        return HttpResponse::text(400, u"OTP auth not enabled in the project"_s);
    for (const OAuthAccount &account : fields.oauthAccounts) {
        static const char *const enabled[] = {"github", "google", "microsoft", "spotify"};
        const bool known = project.configPreset != ProjectConfigPreset::Fresh
            && std::find(std::begin(enabled), std::end(enabled), account.providerId) != std::end(enabled);
        if (!known)
            return HttpResponse::text(400, u"OAuth provider "_s + QString::fromStdString(account.providerId) + u" not found"_s);
    }

    UserRecord user;
    user.id = Uuid::randomFromSystem();
    user.signedUpAtMillis = Clock::nowMillis();
    user.lastActiveAtMillis = user.signedUpAtMillis;
    user.anonymous = fields.anonymous.hasValue() && fields.anonymous.value;
    user.primaryEmail = email.email;
    user.emailVerified = email.verified;
    user.emailAuthEnabled = email.authEnabled;
    user.oauthAccounts = fields.oauthAccounts;
    for (OAuthAccount &account : user.oauthAccounts)
        account.id = Uuid::randomFromSystem();
    user.sessionsMaterialized = true; // a new user has no sessions until one is created
    user.restrictedByAdmin = fields.restrictedByAdmin.hasValue() && fields.restrictedByAdmin.value;
    if (user.restrictedByAdmin) {
        user.mutableExtras().restrictedByAdminReason = fields.restrictedReason.hasValue() ? fields.restrictedReason.value : std::string();
        user.mutableExtras().restrictedByAdminPrivateDetails = fields.restrictedDetails.hasValue() ? fields.restrictedDetails.value : std::string();
    }
    const quint32 index = project.users.add(std::move(user));
    applyCommon(project, index, fields);
    grantSignUpPermissions(project, index);
    return HttpResponse::json(201, EntityJson::user(project, index, EntityJson::UserView::Mutation));
}

HttpResponse UserWriter::update(RequestContext &context)
{
    InputValidator input(context.body.get(), u"body"_s,
                         {"display_name", "profile_image_url", "client_metadata", "client_read_only_metadata",
                          "server_metadata", "primary_email", "primary_email_verified", "primary_email_auth_enabled",
                          "passkey_auth_enabled", "password", "password_hash", "otp_auth_enabled", "totp_secret_base64",
                          "selected_team_id", "is_anonymous", "restricted_by_admin", "restricted_by_admin_reason",
                          "restricted_by_admin_private_details", "country_code", "risk_scores"});
    const UserInput fields = readInput(input, true);
    std::optional<quint32> found;
    if (auto refusal = UserRoutes::resolveUser(context, found, input.problems()))
        return *refusal;
    const quint32 index = *found;
    ProjectRecord &project = *context.auth.project;
    const UserRecord &old = project.users.at(index);
    const QString userId = QString::fromStdString(old.id.toString());

    const EmailOutcome email = emailOutcome(fields, &old);
    if (auto refusal = checkCredentials(project, fields, email, index))
        return *refusal;
    std::optional<qint32> selectedTeam;
    if (fields.selectedTeamId.present) {
        selectedTeam = -1;
        if (!fields.selectedTeamId.null) {
            const auto team = project.findTeam(fields.selectedTeamId.value);
            const QString teamId = QString::fromStdString(fields.selectedTeamId.value.toString());
            if (!team)
                return KnownErrors::teamNotFound(teamId);
            if (!project.teams[*team].hasMember(index))
                return KnownErrors::teamMembershipNotFound(teamId, userId);
            selectedTeam = qint32(*team);
        }
    }

    if (fields.otpEnabled.hasValue() && fields.otpEnabled.value && !old.otpEnabled && !otpAllowed(project))
        return HttpResponse::text(400, u"OTP auth not enabled in the project"_s);
    if (fields.passkeyEnabled.hasValue() && fields.passkeyEnabled.value)
        return HttpResponse::text(400, u"Cannot manually enable passkey auth, it is enabled iff there is a passkey auth method"_s);
    const bool settingPassword = fields.password.hasValue() || fields.passwordHash.hasValue();
    if (settingPassword && !old.hasPassword && email.email.empty())
        return HttpResponse::text(400, u"password is set but primary_email is not set"_s);
    const bool restricted = fields.restrictedByAdmin.hasValue() ? fields.restrictedByAdmin.value : bool(old.restrictedByAdmin);
    if (!restricted && fields.restrictedReason.hasValue() && !fields.restrictedReason.value.empty())
        return HttpResponse::text(400, u"restricted_by_admin_reason requires restricted_by_admin=true"_s);
    if (!restricted && fields.restrictedDetails.hasValue() && !fields.restrictedDetails.value.empty())
        return HttpResponse::text(400, u"restricted_by_admin_private_details requires restricted_by_admin=true"_s);

    // All checks passed: apply.
    const bool wasAnonymous = old.anonymous;
    if (selectedTeam)
        project.users.mutableAt(index).selectedTeam = *selectedTeam;
    if (old.primaryEmail.empty() && !email.email.empty()) // a new primary contact channel
        ContactChannelStore(project).primaryEmailCreated(index, Clock::nowMillis());
    project.users.setPrimaryEmail(index, email.email, email.authEnabled);
    UserRecord &user = project.users.mutableAt(index);
    user.emailVerified = email.verified;
    if (fields.passkeyEnabled.hasValue())
        user.passkeyEnabled = false;
    user.restrictedByAdmin = restricted;
    if (!restricted) {
        if (user.extras) {
            user.extras->restrictedByAdminReason.clear();
            user.extras->restrictedByAdminPrivateDetails.clear();
        }
    } else {
        if (fields.restrictedReason.present)
            user.mutableExtras().restrictedByAdminReason = fields.restrictedReason.null ? std::string() : fields.restrictedReason.value;
        if (fields.restrictedDetails.present)
            user.mutableExtras().restrictedByAdminPrivateDetails = fields.restrictedDetails.null ? std::string() : fields.restrictedDetails.value;
    }
    applyCommon(project, index, fields);
    if (wasAnonymous && fields.anonymous.hasValue() && !fields.anonymous.value) {
        project.users.mutableAt(index).anonymous = false;
        project.users.setSignedUpAt(index, Clock::nowMillis());
    }
    if (fields.password.present || fields.passwordHash.present) {
        m_store.removeSessionsOfUser(project.id, project.users.at(index).id);
        project.users.mutableAt(index).sessionsMaterialized = true; // its demo sessions are gone too
    }
    return HttpResponse::json(200, EntityJson::user(project, index, EntityJson::UserView::Mutation));
}

} // namespace hexclave::emulator
