#pragma once

#include "core/Call.h"
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
    std::optional<QString> serverMetadataJson; // JSON text

    // Sets `error` (and returns nothing) when the metadata is not valid JSON.
    QByteArray toJson(QString *error) const;
};

Call<Page<User>> list(const ProjectScope &scope, const ListQuery &query);
Call<User> get(const ProjectScope &scope, const QString &userId);
Call<User> create(const ProjectScope &scope, const NewUser &user);
// `patchJson` is a JSON object of the fields to change (admin-api.md "Users").
Call<User> update(const ProjectScope &scope, const QString &userId, const QByteArray &patchJson);
Call<NoContent> remove(const ProjectScope &scope, const QString &userId);
// The signed-in dashboard user (internal project, client access).
Call<User> currentDashboardUser();

} // namespace hexclave::api::users
