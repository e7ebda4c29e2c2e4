#include "UserJson.h"

#include "JsonSupport.h"

#include <iterator>

namespace hexclave::api {

template <>
RawJson parseJson<RawJson>(const QByteArray &body)
{
    return {body};
}

namespace {

// Follows the nesting of the answer and keeps the string at {"pagination": {"next_cursor": …}}.
class NextCursorScanner : public nlohmann::json_sax<nlohmann::ordered_json>
{
public:
    QString cursor;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool string(string_t &text) override
    {
        if (m_depth == 2 && m_inPagination && m_key == "next_cursor")
            cursor = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return value();
    }
    bool start_object(std::size_t) override
    {
        if (m_depth == 0)
            m_isObject = true;
        m_inPagination = m_inPagination || (m_depth == 1 && m_key == "pagination");
        ++m_depth;
        m_key.clear();
        return true;
    }
    bool end_object() override
    {
        --m_depth;
        if (m_depth <= 1)
            m_inPagination = false;
        return true;
    }
    bool start_array(std::size_t) override
    {
        ++m_depth;
        return true;
    }
    bool end_array() override
    {
        --m_depth;
        return true;
    }
    bool key(string_t &name) override
    {
        if (m_depth <= 2)
            m_key = name;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

    bool isObject() const { return m_isObject; }

private:
    bool value()
    {
        if (m_depth <= 2)
            m_key.clear();
        return true;
    }

    int m_depth = 0;
    bool m_inPagination = false;
    bool m_isObject = false;
    std::string m_key;
};

} // namespace

bool readNextCursor(const QByteArray &usersPage, QString *cursor)
{
    NextCursorScanner scanner;
    const bool ok = nlohmann::ordered_json::sax_parse(usersPage.cbegin(), usersPage.cend(), &scanner);
    *cursor = scanner.cursor;
    return ok && scanner.isObject();
}

enum class UserJsonEncoder::Field : int {
    Id,
    PrimaryEmail,
    PrimaryEmailVerified,
    PrimaryEmailAuthEnabled,
    DisplayName,
    SelectedTeam,
    SelectedTeamId,
    ProfileImageUrl,
    SignedUpAtMillis,
    LastActiveAtMillis,
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

namespace {

using Json = nlohmann::ordered_json;
// Indexed by UserJsonEncoder::Field.
const char *const kFieldNames[] = {
    "id",
    "primary_email",
    "primary_email_verified",
    "primary_email_auth_enabled",
    "display_name",
    "selected_team",
    "selected_team_id",
    "profile_image_url",
    "signed_up_at_millis",
    "last_active_at_millis",
    "has_password",
    "otp_auth_enabled",
    "passkey_auth_enabled",
    "auth_with_email",
    "requires_totp_mfa",
    "client_metadata",
    "client_read_only_metadata",
    "server_metadata",
    "is_anonymous",
    "is_restricted",
    "restricted_reason",
    "restricted_by_admin",
    "restricted_by_admin_reason",
    "restricted_by_admin_private_details",
    "country_code",
    "risk_scores",
    "oauth_providers",
};
constexpr int kFieldCount = int(std::size(kFieldNames));

int fieldIndex(const QString &name)
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (name == QLatin1StringView(kFieldNames[i]))
            return i;
    }
    return -1;
}

Json string(const QString &value)
{
    return json::toStd(value);
}

Json nullableString(const std::optional<QString> &value)
{
    return value ? string(*value) : Json();
}

// Metadata is kept as compact JSON text in the DTO; written back as the value it stands for.
Json metadata(const QString &text)
{
    Json value = Json::parse(json::toStd(text), nullptr, false);
    return value.is_discarded() ? string(text) : value;
}

QByteArray compactUtf8(const Json &value)
{
    // Our strings are valid UTF-8; replace guards against metadata the server let through.
    const std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

Json team(const Team &team)
{
    Json object = Json::object();
    object["id"] = string(team.id);
    object["display_name"] = string(team.displayName);
    object["profile_image_url"] = nullableString(team.profileImageUrl);
    object["created_at_millis"] = team.createdAtMillis;
    object["client_metadata"] = metadata(team.clientMetadata);
    object["client_read_only_metadata"] = metadata(team.clientReadOnlyMetadata);
    object["server_metadata"] = metadata(team.serverMetadata);
    return object;
}

} // namespace

UserJsonEncoder::UserJsonEncoder(const QStringList &fieldNames)
{
    for (const QString &name : fieldNames) {
        const int index = fieldIndex(name);
        if (index < 0)
            continue;
        m_names.append(name);
        m_fields.push_back(Field(index));
    }
}

bool UserJsonEncoder::isKnownField(const QString &name)
{
    return fieldIndex(name) >= 0;
}

QStringList UserJsonEncoder::allFieldNames()
{
    QStringList names;
    for (const char *name : kFieldNames)
        names.append(QString::fromLatin1(name));
    return names;
}

Json UserJsonEncoder::value(const User &user, Field field)
{
    switch (field) {
    case Field::Id: return string(user.id);
    case Field::PrimaryEmail: return nullableString(user.primaryEmail);
    case Field::PrimaryEmailVerified: return user.primaryEmailVerified;
    case Field::PrimaryEmailAuthEnabled: return user.primaryEmailAuthEnabled;
    case Field::DisplayName: return nullableString(user.displayName);
    case Field::SelectedTeam: return user.selectedTeam ? team(*user.selectedTeam) : Json();
    case Field::SelectedTeamId: return nullableString(user.selectedTeamId);
    case Field::ProfileImageUrl: return nullableString(user.profileImageUrl);
    case Field::SignedUpAtMillis: return user.signedUpAtMillis;
    case Field::LastActiveAtMillis: return user.lastActiveAtMillis ? Json(*user.lastActiveAtMillis) : Json();
    case Field::HasPassword: return user.hasPassword;
    case Field::OtpAuthEnabled: return user.otpAuthEnabled;
    case Field::PasskeyAuthEnabled: return user.passkeyAuthEnabled;
    case Field::AuthWithEmail: return user.authWithEmail;
    case Field::RequiresTotpMfa: return user.requiresTotpMfa;
    case Field::ClientMetadata: return metadata(user.clientMetadata);
    case Field::ClientReadOnlyMetadata: return metadata(user.clientReadOnlyMetadata);
    case Field::ServerMetadata: return metadata(user.serverMetadata);
    case Field::IsAnonymous: return user.isAnonymous;
    case Field::IsRestricted: return user.isRestricted;
    case Field::RestrictedReason:
        return user.restrictedReasonType.isEmpty() ? Json() : Json{{"type", string(user.restrictedReasonType)}};
    case Field::RestrictedByAdmin: return user.restrictedByAdmin;
    case Field::RestrictedByAdminReason: return nullableString(user.restrictedByAdminReason);
    case Field::RestrictedByAdminPrivateDetails: return nullableString(user.restrictedByAdminPrivateDetails);
    case Field::CountryCode: return nullableString(user.countryCode);
    case Field::RiskScores:
        if (!user.signUpRiskScores)
            return Json();
        return Json{{"sign_up", {{"bot", user.signUpRiskScores->bot}, {"free_trial_abuse", user.signUpRiskScores->freeTrialAbuse}}}};
    case Field::OAuthProviders: {
        Json providers = Json::array();
        for (const OAuthProviderLink &link : user.oauthProviders) {
            Json provider = Json::object();
            provider["id"] = string(link.id);
            provider["account_id"] = string(link.accountId);
            provider["email"] = nullableString(link.email);
            providers.push_back(std::move(provider));
        }
        return providers;
    }
    }
    return Json();
}

QByteArray UserJsonEncoder::encode(const User &user) const
{
    Json object = Json::object();
    for (const Field field : m_fields)
        object[kFieldNames[int(field)]] = value(user, field);
    return compactUtf8(object);
}

QByteArray UserJsonEncoder::valueJson(const User &user, const QString &fieldName)
{
    const int index = fieldIndex(fieldName);
    return index < 0 ? QByteArray() : compactUtf8(value(user, Field(index)));
}

} // namespace hexclave::api
