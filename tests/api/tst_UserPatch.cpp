// The bodies of POST /users and PATCH /users/{id}: only what is set is sent, null where the
// server expects null (restriction, 2FA removal), metadata as real JSON, invalid JSON refused.

#include "endpoints/UsersEndpoints.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace users = api::users;

class TestUserPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchBodies_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("empty") << 0 << QByteArray("{}");
        QTest::newRow("restrict")
            << 1 << QByteArray(R"({"restricted_by_admin":true,"restricted_by_admin_reason":"Chargeback",)"
                               R"("restricted_by_admin_private_details":"ticket 42"})");
        QTest::newRow("restrict without details")
            << 2 << QByteArray(R"({"restricted_by_admin":true,"restricted_by_admin_reason":"Spam",)"
                               R"("restricted_by_admin_private_details":null})");
        QTest::newRow("unrestrict")
            << 3 << QByteArray(R"({"restricted_by_admin":false,"restricted_by_admin_reason":null,)"
                               R"("restricted_by_admin_private_details":null})");
        QTest::newRow("remove 2FA") << 4 << QByteArray(R"({"totp_secret_base64":null})");
        QTest::newRow("fields and nulls")
            << 5 << QByteArray(R"({"display_name":null,"primary_email":"a@example.com","primary_email_verified":true,)"
                               R"("password":null,"profile_image_url":"https://example.com/a.png",)"
                               R"("server_metadata":{"plan":"pro","seats":3}})");
        QTest::newRow("metadata cleared") << 6 << QByteArray(R"({"client_metadata":null})");
    }

    void patchBodies()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, expected);
        users::UserPatch patch;
        switch (which) {
        case 1: patch = users::UserPatch::restrict(u"Chargeback"_s, u"ticket 42"_s); break;
        case 2: patch = users::UserPatch::restrict(u"Spam"_s, u"  "_s); break;
        case 3: patch = users::UserPatch::unrestrict(); break;
        case 4: patch = users::UserPatch::withoutTwoFactor(); break;
        case 5:
            patch.displayName = std::optional<QString>();
            patch.primaryEmail = std::optional<QString>(u"a@example.com"_s);
            patch.primaryEmailVerified = true;
            patch.password = std::optional<QString>();
            patch.profileImageUrl = std::optional<QString>(u"https://example.com/a.png"_s);
            patch.serverMetadataJson = u"{ \"plan\": \"pro\",\n \"seats\": 3 }"_s;
            break;
        case 6: patch.clientMetadataJson = u"null"_s; break;
        default: break;
        }
        QString error;
        QCOMPARE(patch.toJson(&error), expected);
        QVERIFY(error.isEmpty());
        QCOMPARE(patch.isEmpty(), which == 0);
    }

    // Even if a caller fills in a reason, lifting a restriction sends nulls (fixture 12's rule).
    void reasonIsNullWhenNotRestricting()
    {
        users::UserPatch patch = users::UserPatch::unrestrict();
        patch.restrictedByAdminReason = u"left over"_s;
        QString error;
        QVERIFY(patch.toJson(&error).contains(R"("restricted_by_admin_reason":null)"));
    }

    void invalidMetadataIsRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("client") << 0 << u"The client metadata is not valid JSON."_s;
        QTest::newRow("client read-only") << 1 << u"The client read-only metadata is not valid JSON."_s;
        QTest::newRow("server") << 2 << u"The server metadata is not valid JSON."_s;
    }

    void invalidMetadataIsRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        const QString broken = u"{\"a\": 1,}"_s;
        users::UserPatch patch;
        users::NewUser user;
        user.primaryEmail = u"a@example.com"_s;
        switch (field) {
        case 0: patch.clientMetadataJson = broken; user.clientMetadataJson = broken; break;
        case 1: patch.clientReadOnlyMetadataJson = broken; user.clientReadOnlyMetadataJson = broken; break;
        default: patch.serverMetadataJson = broken; user.serverMetadataJson = broken; break;
        }
        QString error;
        QVERIFY(patch.toJson(&error).isEmpty());
        QCOMPARE(error, message);
        error.clear();
        QVERIFY(user.toJson(&error).isEmpty());
        QCOMPARE(error, message);

        // The request carries the reason, so the client fails it without sending anything.
        QCOMPARE(users::update(api::ProjectScope::project(u"p"_s), u"u"_s, patch).request.invalidBody, message);
        QCOMPARE(users::create(api::ProjectScope::project(u"p"_s), user).request.invalidBody, message);
    }

    void newUserBody()
    {
        users::NewUser user;
        user.primaryEmail = u"new@example.com"_s;
        user.primaryEmailVerified = false;
        user.displayName = u"Zoë"_s;
        user.clientMetadataJson = u"[1, 2]"_s;
        QString error;
        QCOMPARE(user.toJson(&error),
                 QByteArray(R"({"primary_email":"new@example.com","primary_email_verified":false,)"
                            R"("display_name":"Zoë","client_metadata":[1,2]})"));
    }

    void requestsAddressTheRightPaths()
    {
        const auto scope = api::ProjectScope::project(u"p"_s);
        const auto update = users::update(scope, u"a/b"_s, users::UserPatch::unrestrict()).request;
        QCOMPARE(update.method, api::HttpMethod::Patch);
        QCOMPARE(update.path, u"/users/a%2Fb"_s);
        const auto reset = users::sendPasswordReset(scope, u"a@example.com"_s, u"https://app.example.com/reset"_s).request;
        QCOMPARE(reset.method, api::HttpMethod::Post);
        QCOMPARE(reset.path, u"/auth/password/send-reset-code"_s);
        const QByteArray expectedBody = R"({"email":"a@example.com","callback_url":"https://app.example.com/reset"})";
        QCOMPARE(reset.body, expectedBody);
        const auto invite = users::sendSignInInvitation(scope, u"a@example.com"_s, u"https://x"_s).request;
        QCOMPARE(invite.path, u"/internal/send-sign-in-invitation"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUserPatch)
#include "tst_UserPatch.moc"
