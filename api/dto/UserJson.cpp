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

namespace {

using Json = nlohmann::ordered_json;
// Indexed by UserField.
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
static_assert(kFieldCount == int(UserField::OAuthProviders) + 1, "a name for every UserField");

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

QString userFieldName(UserField field)
{
    return QString::fromLatin1(kFieldNames[int(field)]);
}

std::optional<UserField> userFieldNamed(QStringView name)
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (name == QLatin1StringView(kFieldNames[i]))
            return UserField(i);
    }
    return std::nullopt;
}

QList<UserField> allUserFields()
{
    QList<UserField> fields;
    fields.reserve(kFieldCount);
    for (int i = 0; i < kFieldCount; ++i)
        fields.append(UserField(i));
    return fields;
}

UserJsonEncoder::UserJsonEncoder(const QStringList &fieldNames)
{
    for (const QString &name : fieldNames) {
        if (const std::optional<UserField> field = userFieldNamed(name)) {
            m_names.append(name);
            m_fields.push_back(*field);
        }
    }
}

QStringList UserJsonEncoder::allFieldNames()
{
    QStringList names;
    for (const char *name : kFieldNames)
        names.append(QString::fromLatin1(name));
    return names;
}

Json UserJsonEncoder::value(const User &user, UserField field)
{
    switch (field) {
    case UserField::Id: return string(user.id);
    case UserField::PrimaryEmail: return nullableString(user.primaryEmail);
    case UserField::PrimaryEmailVerified: return user.primaryEmailVerified;
    case UserField::PrimaryEmailAuthEnabled: return user.primaryEmailAuthEnabled;
    case UserField::DisplayName: return nullableString(user.displayName);
    case UserField::SelectedTeam: return user.selectedTeam ? team(*user.selectedTeam) : Json();
    case UserField::SelectedTeamId: return nullableString(user.selectedTeamId);
    case UserField::ProfileImageUrl: return nullableString(user.profileImageUrl);
    case UserField::SignedUpAtMillis: return user.signedUpAtMillis;
    case UserField::LastActiveAtMillis: return user.lastActiveAtMillis ? Json(*user.lastActiveAtMillis) : Json();
    case UserField::HasPassword: return user.hasPassword;
    case UserField::OtpAuthEnabled: return user.otpAuthEnabled;
    case UserField::PasskeyAuthEnabled: return user.passkeyAuthEnabled;
    case UserField::AuthWithEmail: return user.authWithEmail;
    case UserField::RequiresTotpMfa: return user.requiresTotpMfa;
    case UserField::ClientMetadata: return metadata(user.clientMetadata);
    case UserField::ClientReadOnlyMetadata: return metadata(user.clientReadOnlyMetadata);
    case UserField::ServerMetadata: return metadata(user.serverMetadata);
    case UserField::IsAnonymous: return user.isAnonymous;
    case UserField::IsRestricted: return user.isRestricted;
    case UserField::RestrictedReason:
        return user.restrictedReasonType.isEmpty() ? Json() : Json{{"type", string(user.restrictedReasonType)}};
    case UserField::RestrictedByAdmin: return user.restrictedByAdmin;
    case UserField::RestrictedByAdminReason: return nullableString(user.restrictedByAdminReason);
    case UserField::RestrictedByAdminPrivateDetails: return nullableString(user.restrictedByAdminPrivateDetails);
    case UserField::CountryCode: return nullableString(user.countryCode);
    case UserField::RiskScores:
        if (!user.signUpRiskScores)
            return Json();
        return Json{{"sign_up", {{"bot", user.signUpRiskScores->bot}, {"free_trial_abuse", user.signUpRiskScores->freeTrialAbuse}}}};
    case UserField::OAuthProviders: {
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
    for (const UserField field : m_fields)
        object[kFieldNames[int(field)]] = value(user, field);
    return compactUtf8(object);
}

QByteArray UserJsonEncoder::valueJson(const User &user, UserField field)
{
    return compactUtf8(value(user, field));
}

} // namespace hexclave::api
