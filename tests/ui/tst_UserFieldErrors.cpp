// userFieldErrors(): which field each complaint of the server belongs to — the known errors,
// every line of a SCHEMA_ERROR (repeated lines once), and plain-text answers naming a field.

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
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserFieldErrors)
#include "tst_UserFieldErrors.moc"
