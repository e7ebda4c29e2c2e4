// userFieldErrors(): which field each complaint of the server belongs to — the known errors,
// every line of a SCHEMA_ERROR (repeated lines once), and plain-text answers naming a field.
// schemaErrorLines() / schemaErrorAbout(), which it and the team, permission and API key
// dialogs read SCHEMA_ERROR answers with: the field each line names and what it says.

#include "dialogs/SchemaErrorLines.h"
#include "dialogs/UserFieldErrors.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

api::ApiError httpError(int status, const QString &code, const QString &message, const QVariantMap &details = {})
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.details = details;
    return error;
}

QString describe(const ui::UserFieldErrors &errors)
{
    QStringList parts;
    for (const ui::UserFieldError &placed : errors.placed)
        parts << u"%1=%2"_s.arg(int(placed.field)).arg(placed.message);
    for (const QString &line : errors.unplaced)
        parts << u"?=%1"_s.arg(line);
    return parts.join(u" | "_s);
}

} // namespace

class TestUserFieldErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placed_data()
    {
        using F = ui::UserField;
        QTest::addColumn<api::ApiError>("error");
        QTest::addColumn<QString>("expected");

        QTest::newRow("duplicate email (fixture 10)")
            << httpError(409, u"USER_EMAIL_ALREADY_EXISTS"_s, u"A user with email \"a@b.c\" already exists."_s)
            << u"%1=Another user already signs in with this email address. Choose another address, or turn off "
               u"“Used for sign-in” to add it to this user anyway."_s.arg(int(F::PrimaryEmail));
        QTest::newRow("password too short")
            << httpError(400, u"PASSWORD_TOO_SHORT"_s, u"Password too short. Minimum length is 8."_s)
            << u"%1=Password too short. Minimum length is 8."_s.arg(int(F::Password));
        const QString schema = u"Request validation failed on POST /api/v1/users:\n"
                               u"  - body.primary_email must be a valid email\n"
                               u"  - body.password must be at most 70 characters\n"
                               u"  - body.primary_email_verified must be a `boolean` type\n"
                               u"  - body contains unknown properties: bogus_field\n"
                               u"  - body contains unknown properties: bogus_field"_s;
        QTest::newRow("schema error lines")
            << httpError(400, u"SCHEMA_ERROR"_s, schema, {{u"message"_s, schema}})
            << u"%1=Must be a valid email | %2=Must be at most 70 characters | %1=body.primary_email_verified must be a "
               u"`boolean` type | ?=body contains unknown properties: bogus_field"_s.arg(int(F::PrimaryEmail))
                   .arg(int(F::Password));
        const QString restrict = u"Request validation failed on PATCH /api/v1/users/1d3d:\n"
                                 u"  - restricted_by_admin_reason must be null when restricted_by_admin is not true"_s;
        QTest::newRow("restriction rule (fixture 12)")
            << httpError(400, u"SCHEMA_ERROR"_s, restrict, {{u"message"_s, restrict}})
            << u"%1=Must be null when restricted_by_admin is not true"_s.arg(int(F::RestrictionReason));
        QTest::newRow("plain text naming a field")
            << httpError(400, QString(), u"primary_email_verified cannot be true without primary_email"_s)
            << u"%1=primary_email_verified cannot be true without primary_email"_s.arg(int(F::PrimaryEmail));
        QTest::newRow("plain text about passwords")
            << httpError(400, QString(), u"Password auth not enabled in the project"_s)
            << u"%1=Password auth not enabled in the project"_s.arg(int(F::Password));
        QTest::newRow("metadata") << httpError(400, u"SCHEMA_ERROR"_s, u"x:\n  - body.server_metadata is invalid"_s)
                                  << u"%1=Is invalid"_s.arg(int(F::ServerMetadata));
        QTest::newRow("inside metadata: the whole line")
            << httpError(400, u"SCHEMA_ERROR"_s, u"x:\n  - body.client_metadata.theme must be a `string` type"_s)
            << u"%1=body.client_metadata.theme must be a `string` type"_s.arg(int(F::ClientMetadata));
        QTest::newRow("not about a field") << httpError(404, u"USER_NOT_FOUND"_s, u"User not found."_s) << QString();
        QTest::newRow("plain text about something else")
            << httpError(400, QString(), u"Cannot set both password and password_hash at the same time."_s) << QString();
        api::ApiError network;
        network.kind = api::ApiError::Kind::Network;
        network.message = u"password"_s;
        QTest::newRow("network failure") << network << QString();
    }

    void placed()
    {
        QFETCH(api::ApiError, error);
        QFETCH(QString, expected);
        const ui::UserFieldErrors errors = ui::userFieldErrors(error);
        QCOMPARE(describe(errors), expected);
        QCOMPARE(errors.isEmpty(), errors.placed.isEmpty());
    }

    void schemaLines_data()
    {
        QTest::addColumn<api::ApiError>("error");
        QTest::addColumn<QStringList>("expected"); // field=message per line

        const QString invitation = u"Request validation failed on POST /api/v1/team-invitations/send-code:\n"
                                   u"  - body.email must be a valid email\n"
                                   u"  - body.callback_url is not a valid URL\n"
                                   u"  - body.email must be a valid email"_s;
        QTest::newRow("fields, repeated line once")
            << httpError(400, u"SCHEMA_ERROR"_s, invitation, {{u"message"_s, invitation}})
            << QStringList{u"email=Must be a valid email"_s, u"callback_url=Is not a valid URL"_s};
        const QString badId = u"Request validation failed on POST /api/v1/project-permission-definitions:\n"
                              u"  - Only lowercase letters, numbers, \":\", \"_\" are allowed"_s;
        QTest::newRow("a line naming no field (fixture 30)")
            << httpError(400, u"SCHEMA_ERROR"_s, badId, {{u"message"_s, badId}})
            << QStringList{u"=Only lowercase letters, numbers, \":\", \"_\" are allowed"_s};
        QTest::newRow("params, query, the body as a whole")
            << httpError(400, u"SCHEMA_ERROR"_s,
                         u"x:\n  - params.user_id must be a valid UUID\n  - query.team_id must be defined\n"
                         u"  - body contains unknown properties: bogus"_s)
            << QStringList{u"user_id=Must be a valid UUID"_s, u"team_id=Must be defined"_s,
                           u"=body contains unknown properties: bogus"_s};
        QTest::newRow("only the details' message counts")
            << httpError(400, u"SCHEMA_ERROR"_s, u"shortened"_s, {{u"message"_s, u"x:\n  - body.description must be defined"_s}})
            << QStringList{u"description=Must be defined"_s};
        QTest::newRow("a single line without the list")
            << httpError(400, u"SCHEMA_ERROR"_s, u"body.description must be defined"_s)
            << QStringList{u"description=Must be defined"_s};
        QTest::newRow("another error") << httpError(400, u"PERMISSION_ID_ALREADY_EXISTS"_s, u"x:\n  - body.id taken"_s)
                                       << QStringList();
    }

    void schemaLines()
    {
        QFETCH(api::ApiError, error);
        QFETCH(QStringList, expected);
        QStringList lines;
        for (const ui::SchemaErrorLine &line : ui::schemaErrorLines(error))
            lines << line.field + u'=' + line.message;
        QCOMPARE(lines, expected);
    }

    void schemaAbout()
    {
        const QString message = u"Request validation failed on POST /api/v1/user-api-keys:\n"
                                u"  - body.description must be defined\n"
                                u"  - body.description_extra must be a `string` type\n"
                                u"  - body.expires_at_millis must be a `number` type\n"
                                u"  - body.client_metadata.theme must be a `string` type"_s;
        const api::ApiError error = httpError(400, u"SCHEMA_ERROR"_s, message, {{u"message"_s, message}});
        QCOMPARE(ui::schemaErrorAbout(error, u"description"), u"Must be defined"_s); // not description_extra
        QCOMPARE(ui::schemaErrorAbout(error, u"expires_at_millis"), u"Must be a `number` type"_s);
        QCOMPARE(ui::schemaErrorAbout(error, u"client_metadata"), u"body.client_metadata.theme must be a `string` type"_s);
        QCOMPARE(ui::schemaErrorAbout(error, u"email"), QString());
        QCOMPARE(ui::schemaErrorAbout(error, u""), QString());
        api::ApiError network = error;
        network.kind = api::ApiError::Kind::Network;
        QCOMPARE(ui::schemaErrorAbout(network, u"description"), QString());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserFieldErrors)
#include "tst_UserFieldErrors.moc"
