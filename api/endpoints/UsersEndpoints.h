#pragma once

#include "core/Call.h"
#include "core/Nullable.h"
#include "dto/Page.h"
#include "dto/User.h"

#include <QString>

#include <optional>

namespace hexclave::api::users {

enum class OrderBy { SignedUpAt, LastActiveAt };

// GET /users parameters; unset ones are not sent, so the server's defaults apply.
struct ListQuery
{
    int limit = 100;                // 1–1000
    QString cursor;
    std::optional<OrderBy> orderBy;
    std::optional<bool> descending;
    QString search;                 // substring of display name / email, or an exact id
    QString teamId;
    bool includeRestricted = false;
    bool includeAnonymous = false;  // also includes restricted users
    bool onlyAnonymous = false;

    QUrlQuery toUrlQuery() const;
};

// POST /users body. Fields left unset are not sent.
struct NewUser
{
    std::optional<QString> primaryEmail;
    std::optional<bool> primaryEmailVerified;
    std::optional<bool> primaryEmailAuthEnabled;
    std::optional<QString> displayName;
    std::optional<QString> password;
    std::optional<QString> clientMetadataJson;         // JSON text
    std::optional<QString> clientReadOnlyMetadataJson; // JSON text
    std::optional<QString> serverMetadataJson;         // JSON text

    // Sets `error` (and returns nothing) when a metadata text is not valid JSON.
    QByteArray toJson(QString *error) const;
};

// PATCH /users/{id} body: only the fields that are set are sent; metadata replaces the whole
// value. Restriction follows the server's rule: reason and details are null unless restricted.
struct UserPatch
{
    Nullable<QString> displayName;
    Nullable<QString> primaryEmail;
    std::optional<bool> primaryEmailVerified;
    std::optional<bool> primaryEmailAuthEnabled;
    Nullable<QString> password;          // null removes the password
    Nullable<QString> profileImageUrl;
    std::optional<QString> clientMetadataJson;         // JSON text ("null" clears)
    std::optional<QString> clientReadOnlyMetadataJson; // JSON text
    std::optional<QString> serverMetadataJson;         // JSON text
    std::optional<bool> restrictedByAdmin;
    std::optional<QString> restrictedByAdminReason;         // sent only when restricting
    std::optional<QString> restrictedByAdminPrivateDetails; // sent only when restricting
    bool removeTwoFactor = false;        // totp_secret_base64: null

    static UserPatch restrict(const QString &publicReason, const QString &privateDetails);
    static UserPatch unrestrict();
    static UserPatch withoutTwoFactor();

    bool isEmpty() const;
    // Sets `error` (and returns nothing) when a metadata text is not valid JSON.
    QByteArray toJson(QString *error) const;
};

Call<Page<User>> list(const ProjectScope &scope, const ListQuery &query);
Call<User> get(const ProjectScope &scope, const QString &userId);
Call<User> create(const ProjectScope &scope, const NewUser &user);
Call<User> update(const ProjectScope &scope, const QString &userId, const UserPatch &patch);
Call<NoContent> remove(const ProjectScope &scope, const QString &userId);
// POST /auth/password/send-reset-code {email, callback_url}. The server answers the same
// whether or not the address belongs to a user.
Call<NoContent> sendPasswordReset(const ProjectScope &scope, const QString &email, const QString &callbackUrl);
// POST /internal/send-sign-in-invitation {email, callback_url} (admin access).
Call<NoContent> sendSignInInvitation(const ProjectScope &scope, const QString &email, const QString &callbackUrl);
// The signed-in dashboard user (internal project, client access).
Call<User> currentDashboardUser();

} // namespace hexclave::api::users
