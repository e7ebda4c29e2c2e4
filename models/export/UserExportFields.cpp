#include "UserExportFields.h"

#include "CsvText.h"

namespace hexclave::models {

namespace {

using api::UserField;

bool isDefault(UserField field)
{
    switch (field) {
    case UserField::Id:
    case UserField::PrimaryEmail:
    case UserField::PrimaryEmailVerified:
    case UserField::DisplayName:
    case UserField::SignedUpAtMillis:
    case UserField::LastActiveAtMillis:
    case UserField::IsRestricted:
        return true;
    default:
        return false;
    }
}

QString text(const std::optional<QString> &value)
{
    return value.value_or(QString());
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Metadata as the compact JSON text the DTO keeps; null is an empty cell like every null.
QString metadata(const QString &json)
{
    return json == u"null" ? QString() : json;
}

QString nestedJson(const api::User &user, UserField field)
{
    const QByteArray json = api::UserJsonEncoder::valueJson(user, field);
    return json == "null" ? QString() : QString::fromUtf8(json);
}

QString cellOf(const api::User &user, UserField field)
{
    switch (field) {
    case UserField::Id: return user.id;
    case UserField::PrimaryEmail: return text(user.primaryEmail);
    case UserField::PrimaryEmailVerified: return boolean(user.primaryEmailVerified);
    case UserField::PrimaryEmailAuthEnabled: return boolean(user.primaryEmailAuthEnabled);
    case UserField::DisplayName: return text(user.displayName);
    case UserField::SelectedTeam: return user.selectedTeam ? user.selectedTeam->displayName : QString();
    case UserField::SelectedTeamId: return text(user.selectedTeamId);
    case UserField::ProfileImageUrl: return text(user.profileImageUrl);
    case UserField::SignedUpAtMillis: return isoUtc(user.signedUpAtMillis);
    case UserField::LastActiveAtMillis:
        return user.lastActiveAtMillis ? isoUtc(*user.lastActiveAtMillis) : QString();
    case UserField::HasPassword: return boolean(user.hasPassword);
    case UserField::OtpAuthEnabled: return boolean(user.otpAuthEnabled);
    case UserField::PasskeyAuthEnabled: return boolean(user.passkeyAuthEnabled);
    case UserField::AuthWithEmail: return boolean(user.authWithEmail);
    case UserField::RequiresTotpMfa: return boolean(user.requiresTotpMfa);
    case UserField::ClientMetadata: return metadata(user.clientMetadata);
    case UserField::ClientReadOnlyMetadata: return metadata(user.clientReadOnlyMetadata);
    case UserField::ServerMetadata: return metadata(user.serverMetadata);
    case UserField::IsAnonymous: return boolean(user.isAnonymous);
    case UserField::IsRestricted: return boolean(user.isRestricted);
    case UserField::RestrictedReason: return user.restrictedReasonType;
    case UserField::RestrictedByAdmin: return boolean(user.restrictedByAdmin);
    case UserField::RestrictedByAdminReason: return text(user.restrictedByAdminReason);
    case UserField::RestrictedByAdminPrivateDetails: return text(user.restrictedByAdminPrivateDetails);
    case UserField::CountryCode: return text(user.countryCode);
    case UserField::RiskScores:
    case UserField::OAuthProviders: return nestedJson(user, field);
    }
    return {};
}

} // namespace

QStringList UserExportFields::all()
{
    return api::UserJsonEncoder::allFieldNames();
}

QStringList UserExportFields::defaults()
{
    QStringList keys;
    for (const UserField field : api::allUserFields()) {
        if (isDefault(field))
            keys.append(api::userFieldName(field));
    }
    return keys;
}

QString UserExportFields::title(const QString &key)
{
    const std::optional<UserField> field = api::userFieldNamed(key);
    return field ? title(*field) : key;
}

QString UserExportFields::title(UserField field)
{
    switch (field) {
    case UserField::Id: return tr("ID");
    case UserField::PrimaryEmail: return tr("Primary email");
    case UserField::PrimaryEmailVerified: return tr("Email verified");
    case UserField::PrimaryEmailAuthEnabled: return tr("Email used for sign-in");
    case UserField::DisplayName: return tr("Display name");
    case UserField::SelectedTeam: return tr("Selected team");
    case UserField::SelectedTeamId: return tr("Selected team ID");
    case UserField::ProfileImageUrl: return tr("Profile image URL");
    case UserField::SignedUpAtMillis: return tr("Signed up (UTC)");
    case UserField::LastActiveAtMillis: return tr("Last active (UTC)");
    case UserField::HasPassword: return tr("Has password");
    case UserField::OtpAuthEnabled: return tr("One-time code sign-in");
    case UserField::PasskeyAuthEnabled: return tr("Passkey sign-in");
    case UserField::AuthWithEmail: return tr("Signs in with email");
    case UserField::RequiresTotpMfa: return tr("Two-factor required");
    case UserField::ClientMetadata: return tr("Client metadata");
    case UserField::ClientReadOnlyMetadata: return tr("Client read-only metadata");
    case UserField::ServerMetadata: return tr("Server metadata");
    case UserField::IsAnonymous: return tr("Anonymous");
    case UserField::IsRestricted: return tr("Restricted");
    case UserField::RestrictedReason: return tr("Why restricted");
    case UserField::RestrictedByAdmin: return tr("Restricted by an administrator");
    case UserField::RestrictedByAdminReason: return tr("Restriction reason (public)");
    case UserField::RestrictedByAdminPrivateDetails: return tr("Restriction details (private)");
    case UserField::CountryCode: return tr("Country");
    case UserField::RiskScores: return tr("Risk scores");
    case UserField::OAuthProviders: return tr("OAuth providers");
    }
    return api::userFieldName(field);
}

QStringList UserExportFields::known(const QStringList &keys)
{
    QStringList result;
    for (const QString &key : keys) {
        if (isKnown(key) && !result.contains(key))
            result.append(key);
    }
    return result;
}

UserCsvCells::UserCsvCells(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (const std::optional<UserField> field = api::userFieldNamed(key))
            m_fields.append(*field);
    }
}

QStringList UserCsvCells::cells(const api::User &user) const
{
    QStringList result;
    result.reserve(m_fields.size());
    for (const UserField field : m_fields)
        result.append(cellOf(user, field));
    return result;
}


} // namespace hexclave::models
