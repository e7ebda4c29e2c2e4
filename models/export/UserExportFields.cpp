#include "UserExportFields.h"

#include "dto/UserJson.h"

#include <QDateTime>

#include <iterator>

namespace hexclave::models {

namespace {

enum class Field {
    Id,
    PrimaryEmail,
    PrimaryEmailVerified,
    PrimaryEmailAuthEnabled,
    DisplayName,
    SelectedTeam,
    SelectedTeamId,
    ProfileImageUrl,
    SignedUpAt,
    LastActiveAt,
    HasPassword,
    OtpAuthEnabled,
    PasskeyAuthEnabled,
    AuthWithEmail,
    RequiresTotpMfa,
    ClientMetadata,
    ClientReadOnlyMetadata,
    ServerMetadata,
    IsAnonymous,
    IsRestricted,
    RestrictedReason,
    RestrictedByAdmin,
    RestrictedByAdminReason,
    RestrictedByAdminPrivateDetails,
    CountryCode,
    RiskScores,
    OAuthProviders,
};

struct FieldInfo
{
    Field field;
    const char *key;
    const char *title;
    bool byDefault;
};

const FieldInfo kFields[] = {
    {Field::Id, "id", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "ID"), true},
    {Field::PrimaryEmail, "primary_email", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Primary email"), true},
    {Field::PrimaryEmailVerified, "primary_email_verified",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Email verified"), true},
    {Field::PrimaryEmailAuthEnabled, "primary_email_auth_enabled",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Email used for sign-in"), false},
    {Field::DisplayName, "display_name", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Display name"), true},
    {Field::SelectedTeam, "selected_team", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Selected team"), false},
    {Field::SelectedTeamId, "selected_team_id", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Selected team ID"),
     false},
    {Field::ProfileImageUrl, "profile_image_url",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Profile image URL"), false},
    {Field::SignedUpAt, "signed_up_at_millis", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Signed up (UTC)"),
     true},
    {Field::LastActiveAt, "last_active_at_millis",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Last active (UTC)"), true},
    {Field::HasPassword, "has_password", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Has password"), false},
    {Field::OtpAuthEnabled, "otp_auth_enabled",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "One-time code sign-in"), false},
    {Field::PasskeyAuthEnabled, "passkey_auth_enabled",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Passkey sign-in"), false},
    {Field::AuthWithEmail, "auth_with_email", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Signs in with email"),
     false},
    {Field::RequiresTotpMfa, "requires_totp_mfa",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Two-factor required"), false},
    {Field::ClientMetadata, "client_metadata", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Client metadata"),
     false},
    {Field::ClientReadOnlyMetadata, "client_read_only_metadata",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Client read-only metadata"), false},
    {Field::ServerMetadata, "server_metadata", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Server metadata"),
     false},
    {Field::IsAnonymous, "is_anonymous", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Anonymous"), false},
    {Field::IsRestricted, "is_restricted", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Restricted"), true},
    {Field::RestrictedReason, "restricted_reason",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Why restricted"), false},
    {Field::RestrictedByAdmin, "restricted_by_admin",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Restricted by an administrator"), false},
    {Field::RestrictedByAdminReason, "restricted_by_admin_reason",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Restriction reason (public)"), false},
    {Field::RestrictedByAdminPrivateDetails, "restricted_by_admin_private_details",
     QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Restriction details (private)"), false},
    {Field::CountryCode, "country_code", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Country"), false},
    {Field::RiskScores, "risk_scores", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "Risk scores"), false},
    {Field::OAuthProviders, "oauth_providers", QT_TRANSLATE_NOOP("hexclave::models::UserExportFields", "OAuth providers"),
     false},
};

int indexOf(const QString &key)
{
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        if (key == QLatin1StringView(kFields[i].key))
            return i;
    }
    return -1;
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

QString nestedJson(const api::User &user, const char *key)
{
    const QByteArray json = api::UserJsonEncoder::valueJson(user, QString::fromLatin1(key));
    return json == "null" ? QString() : QString::fromUtf8(json);
}

QString cellOf(const api::User &user, const FieldInfo &info)
{
    switch (info.field) {
    case Field::Id: return user.id;
    case Field::PrimaryEmail: return text(user.primaryEmail);
    case Field::PrimaryEmailVerified: return boolean(user.primaryEmailVerified);
    case Field::PrimaryEmailAuthEnabled: return boolean(user.primaryEmailAuthEnabled);
    case Field::DisplayName: return text(user.displayName);
    case Field::SelectedTeam: return user.selectedTeam ? user.selectedTeam->displayName : QString();
    case Field::SelectedTeamId: return text(user.selectedTeamId);
    case Field::ProfileImageUrl: return text(user.profileImageUrl);
    case Field::SignedUpAt: return UserCsvCells::isoUtc(user.signedUpAtMillis);
    case Field::LastActiveAt: return user.lastActiveAtMillis ? UserCsvCells::isoUtc(*user.lastActiveAtMillis) : QString();
    case Field::HasPassword: return boolean(user.hasPassword);
    case Field::OtpAuthEnabled: return boolean(user.otpAuthEnabled);
    case Field::PasskeyAuthEnabled: return boolean(user.passkeyAuthEnabled);
    case Field::AuthWithEmail: return boolean(user.authWithEmail);
    case Field::RequiresTotpMfa: return boolean(user.requiresTotpMfa);
    case Field::ClientMetadata: return metadata(user.clientMetadata);
    case Field::ClientReadOnlyMetadata: return metadata(user.clientReadOnlyMetadata);
    case Field::ServerMetadata: return metadata(user.serverMetadata);
    case Field::IsAnonymous: return boolean(user.isAnonymous);
    case Field::IsRestricted: return boolean(user.isRestricted);
    case Field::RestrictedReason: return user.restrictedReasonType;
    case Field::RestrictedByAdmin: return boolean(user.restrictedByAdmin);
    case Field::RestrictedByAdminReason: return text(user.restrictedByAdminReason);
    case Field::RestrictedByAdminPrivateDetails: return text(user.restrictedByAdminPrivateDetails);
    case Field::CountryCode: return text(user.countryCode);
    case Field::RiskScores:
    case Field::OAuthProviders: return nestedJson(user, info.key);
    }
    return {};
}

} // namespace

QStringList UserExportFields::all()
{
    QStringList keys;
    for (const FieldInfo &info : kFields)
        keys.append(QString::fromLatin1(info.key));
    return keys;
}

QStringList UserExportFields::defaults()
{
    QStringList keys;
    for (const FieldInfo &info : kFields) {
        if (info.byDefault)
            keys.append(QString::fromLatin1(info.key));
    }
    return keys;
}

bool UserExportFields::isKnown(const QString &key)
{
    return indexOf(key) >= 0;
}

QString UserExportFields::title(const QString &key)
{
    const int index = indexOf(key);
    return index < 0 ? key : tr(kFields[index].title);
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
        const int index = indexOf(key);
        if (index >= 0)
            m_fields.append(index);
    }
}

QStringList UserCsvCells::cells(const api::User &user) const
{
    QStringList result;
    result.reserve(m_fields.size());
    for (const int index : m_fields)
        result.append(cellOf(user, kFields[index]));
    return result;
}

QString UserCsvCells::cell(const api::User &user, const QString &key)
{
    const int index = indexOf(key);
    return index < 0 ? QString() : cellOf(user, kFields[index]);
}

QString UserCsvCells::isoUtc(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace hexclave::models
