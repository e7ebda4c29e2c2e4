#pragma once

#include "JsonParse.h"
#include "User.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace hexclave::api {

// An answer body kept as the server sent it, for a caller that parses it elsewhere (a worker
// thread, with parseJson<Page<User>>): `client.send(Call<RawJson>{users::list(…).request})`.
struct RawJson
{
    QByteArray body;
};

template <>
RawJson parseJson<RawJson>(const QByteArray &body);

// Where a GET /users answer says the next page starts, read without building the page: a
// streaming scan for pagination.next_cursor, a fraction of the cost of parseJson<Page<User>>,
// so that the next page can be requested before this one is parsed. False when the body is not
// a JSON object; `cursor` is empty on the last page.
bool readNextCursor(const QByteArray &usersPage, QString *cursor);

// A user's fields as the server names them (admin-api.md "Users"), in that order: the one list
// of fields that the JSON writer below and the CSV export (models/export) are both made from.
enum class UserField : int {
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

QString userFieldName(UserField field); // "primary_email"
std::optional<UserField> userFieldNamed(QStringView name);
QList<UserField> allUserFields(); // in the order of admin-api.md

// Writes users back as JSON objects with the server's field names, metadata as real JSON
// values. Only the fields asked for, in the order asked for; unknown names are left out (see
// isKnownField). Thread-safe: it keeps no state but the field list.
class UserJsonEncoder
{
public:
    explicit UserJsonEncoder(const QStringList &fieldNames);

    // One compact JSON object in UTF-8, without a trailing newline.
    QByteArray encode(const User &user) const;
    const QStringList &fieldNames() const { return m_names; }

    // The JSON text of one field's value ("null", "[…]", "{…}", "\"text\"").
    static QByteArray valueJson(const User &user, UserField field);
    static bool isKnownField(const QString &name) { return userFieldNamed(name).has_value(); }
    static QStringList allFieldNames(); // in the order of admin-api.md

private:
    static nlohmann::ordered_json value(const User &user, UserField field);
    QStringList m_names;
    std::vector<UserField> m_fields;
};

} // namespace hexclave::api
