#pragma once

#include "core/ApiError.h"

#include <QList>
#include <QStringList>

namespace hexclave::ui {

// The parts of a user a dialog has a field for.
enum class UserField {
    PrimaryEmail,
    Password,
    DisplayName,
    ProfileImageUrl,
    ClientMetadata,
    ClientReadOnlyMetadata,
    ServerMetadata,
    RestrictionReason,
    RestrictionDetails,
};

struct UserFieldError
{
    UserField field;
    QString message;
};

// A failed POST or PATCH /users answer split by the field it concerns, so that dialogs can show
// each complaint next to its field: USER_EMAIL_ALREADY_EXISTS on the email, PASSWORD_* on the
// password, every "  - body.<field> …" line of a SCHEMA_ERROR on its field, and plain-text
// answers that name a field first ("primary_email_verified cannot be true without …").
struct UserFieldErrors
{
    QList<UserFieldError> placed;
    QStringList unplaced; // SCHEMA_ERROR lines about something no field shows (unknown keys, …)

    // Nothing could be attributed to a field: show the whole error instead.
    bool isEmpty() const { return placed.isEmpty(); }
};

UserFieldErrors userFieldErrors(const api::ApiError &error);

} // namespace hexclave::ui
