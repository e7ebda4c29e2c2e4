#include "UserFieldErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace hexclave::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hexclave::ui::UserFieldErrors", text);
}

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

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "  - body.primary_email must be a valid email" → (PrimaryEmail, "Must be a valid email").
void placeSchemaLine(const QString &line, UserFieldErrors &errors)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:body\\.)?([a-z_]+)\\b\\s*(.*)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    const auto field = match.hasMatch() ? fieldNamed(match.capturedView(1)) : std::nullopt;
    if (!field) {
        errors.unplaced << line;
        return;
    }
    // The field's own name adds nothing next to the field, but a related one does
    // ("body.primary_email_verified must be a `boolean` type" under the email field).
    const QStringView name = match.capturedView(1);
    const bool relatedName = name == u"primary_email_verified" || name == u"primary_email_auth_enabled" || name == u"password_hash";
    const QString message = relatedName ? line : capitalized(match.captured(2));
    errors.placed.append({*field, message.isEmpty() ? line : message});
}

} // namespace

UserFieldErrors userFieldErrors(const api::ApiError &error)
{
    UserFieldErrors errors;
    if (error.kind != api::ApiError::Kind::Http)
        return errors;

    if (error.is(u"USER_EMAIL_ALREADY_EXISTS")) {
        errors.placed.append({UserField::PrimaryEmail,
                              tr("Another user already signs in with this email address. Choose another address, or "
                                 "turn off “Used for sign-in” to add it to this user anyway.")});
    } else if (error.code.startsWith(u"PASSWORD_")) {
        errors.placed.append({UserField::Password, error.message});
    } else if (error.is(u"SCHEMA_ERROR")) {
        const QString text = error.details.value(QStringLiteral("message"), error.message).toString();
        const QStringList lines = text.split(u'\n');
        QStringList seen; // the server repeats some lines (POST /users lists unknown keys twice)
        for (const QString &rawLine : lines) {
            if (!rawLine.startsWith(u"  - "))
                continue;
            const QString line = rawLine.mid(4).trimmed();
            if (seen.contains(line))
                continue;
            seen << line;
            placeSchemaLine(line, errors);
        }
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
