#include "UserFieldErrors.h"

#include "SchemaErrorLines.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace hexclave::ui {

namespace {

std::optional<UserField> fieldNamed(QStringView name)
{
    struct Entry
    {
        QStringView name;
        UserField field;
    };
    static constexpr Entry entries[] = {
        {u"primary_email", UserField::PrimaryEmail},
        {u"primary_email_verified", UserField::PrimaryEmail},
        {u"primary_email_auth_enabled", UserField::PrimaryEmail},
        {u"password", UserField::Password},
        {u"password_hash", UserField::Password},
        {u"display_name", UserField::DisplayName},
        {u"profile_image_url", UserField::ProfileImageUrl},
        {u"client_metadata", UserField::ClientMetadata},
        {u"client_read_only_metadata", UserField::ClientReadOnlyMetadata},
        {u"server_metadata", UserField::ServerMetadata},
        {u"restricted_by_admin_reason", UserField::RestrictionReason},
        {u"restricted_by_admin_private_details", UserField::RestrictionDetails},
    };
    for (const Entry &entry : entries) {
        if (entry.name == name)
            return entry.field;
    }
    return std::nullopt;
}

// A SCHEMA_ERROR line on the field it names: "body.primary_email must be a valid email" →
// (PrimaryEmail, "Must be a valid email").
void placeSchemaLine(const SchemaErrorLine &line, UserFieldErrors &errors)
{
    const QString name = line.field.section(u'.', 0, 0);
    const auto field = fieldNamed(name);
    if (!field) {
        errors.unplaced << line.text;
        return;
    }
    // The field's own name adds nothing next to the field, but a related one does
    // ("body.primary_email_verified must be a `boolean` type" under the email field), and so
    // does a part of it ("client_metadata.theme …").
    const bool relatedName = name == u"primary_email_verified" || name == u"primary_email_auth_enabled" || name == u"password_hash";
    errors.placed.append({*field, relatedName || line.field != name ? line.text : line.message});
}

} // namespace

UserFieldErrors userFieldErrors(const api::ApiError &error)
{
    UserFieldErrors errors;
    if (error.kind != api::ApiError::Kind::Http)
        return errors;

    if (error.is(u"USER_EMAIL_ALREADY_EXISTS")) {
        errors.placed.append({UserField::PrimaryEmail,
                              QCoreApplication::translate(
                                  "hexclave::ui::UserFieldErrors",
                                  "Another user already signs in with this email address. Choose another address, or "
                                  "turn off “Used for sign-in” to add it to this user anyway.")});
    } else if (error.code.startsWith(u"PASSWORD_")) {
        errors.placed.append({UserField::Password, error.message});
    } else if (error.is(u"SCHEMA_ERROR")) {
        const QList<SchemaErrorLine> lines = schemaErrorLines(error);
        for (const SchemaErrorLine &line : lines)
            placeSchemaLine(line, errors);
    } else if (error.code.isEmpty() && error.httpStatus == 400) {
        // Plain-text answers: "primary_email_verified cannot be true without primary_email",
        // "Password auth not enabled in the project", "password is set but primary_email …".
        const QString message = error.message.trimmed();
        static const QRegularExpression firstWord(QStringLiteral("^([a-z_]+)\\b"));
        const QRegularExpressionMatch match = firstWord.match(message);
        if (const auto field = match.hasMatch() ? fieldNamed(match.capturedView(1)) : std::nullopt)
            errors.placed.append({*field, message});
        else if (message.startsWith(u"Password ", Qt::CaseInsensitive))
            errors.placed.append({UserField::Password, message});
    }
    return errors;
}

} // namespace hexclave::ui
