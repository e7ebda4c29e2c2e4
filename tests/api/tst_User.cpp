// The User DTO (and Page<User>) over the recorded real-server answers, hand-made variants of
// them for the fields the recordings leave null, and bodies that must fail to parse.

#include "Fixtures.h"

#include "dto/User.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::Page;
using api::RestrictedReason;
using api::User;
using Json = nlohmann::ordered_json;

Json fixtureJson(const QString &name)
{
    const Fixture fixture = Fixture::load(name);
    if (fixture.name.isEmpty())
        return Json();
    return Json::parse(fixture.body.toStdString());
}

QByteArray dump(const Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

// Fixture 05 (a real user) with some fields replaced.
QByteArray userWith(const Json &changes)
{
    Json user = fixtureJson(u"05-user-get"_s);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        user[it.key()] = it.value();
    return dump(user);
}

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::api::RestrictedReason)

namespace hexclave::tests {

class TestUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!Fixture::names().isEmpty(), qPrintable(u"no fixtures in "_s + Fixture::directory()));
    }

    void singleUser()
    {
        const Fixture fixture = Fixture::load(u"05-user-get"_s);
        QVERIFY(!fixture.name.isEmpty());
        const User user = api::parseJson<User>(fixture.body);
        QCOMPARE(user.id, u"e056c7e8-cc44-4e1f-a018-1e855d2d6836"_s);
        QCOMPARE(user.primaryEmail, std::optional<QString>(u"desktop-signup@example.com"_s));
        QVERIFY(!user.primaryEmailVerified);
        QVERIFY(user.primaryEmailAuthEnabled);
        QCOMPARE(user.displayName, std::nullopt);
        QCOMPARE(user.profileImageUrl, std::nullopt);
        QCOMPARE(user.signedUpAtMillis, 1795458767223);
        QCOMPARE(user.lastActiveAtMillis, std::optional<qint64>(1795458767780));
        QCOMPARE(user.clientMetadata, u"null"_s);
        QCOMPARE(user.clientReadOnlyMetadata, u"null"_s);
        QCOMPARE(user.serverMetadata, u"null"_s);
        QVERIFY(user.hasPassword);
        QVERIFY(!user.otpAuthEnabled);
        QVERIFY(user.authWithEmail);
        QVERIFY(!user.requiresTotpMfa);
        QVERIFY(!user.passkeyAuthEnabled);
        QVERIFY(user.oauthProviders.isEmpty());
        QCOMPARE(user.selectedTeamId, std::nullopt);
        QVERIFY(!user.selectedTeam.has_value());
        QVERIFY(!user.isAnonymous);
        QVERIFY(!user.isRestricted);
        QCOMPARE(user.restrictedReason, RestrictedReason::None);
        QVERIFY(user.restrictedReasonType.isEmpty());
        QVERIFY(!user.restrictedByAdmin);
        QCOMPARE(user.restrictedByAdminReason, std::nullopt);
        QCOMPARE(user.restrictedByAdminPrivateDetails, std::nullopt);
        QCOMPARE(user.countryCode, std::nullopt);
        QVERIFY(user.signUpRiskScores.has_value());
        QCOMPARE(user.signUpRiskScores->bot, 0);
        QCOMPARE(user.signUpRiskScores->freeTrialAbuse, 0);
        QCOMPARE(user.label(), u"desktop-signup@example.com"_s);
    }

    void createdUserInReverseKeyOrder()
    {
        const Fixture fixture = Fixture::load(u"08-user-create"_s);
        QCOMPARE(fixture.status, 201);
        QVERIFY(fixture.body.startsWith("{\"requires_totp_mfa\"")); // the server's own key order
        const User user = api::parseJson<User>(fixture.body);
        QCOMPARE(user.id, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
        QCOMPARE(user.displayName, std::optional<QString>(u"Fixture User"_s));
        QCOMPARE(user.primaryEmail, std::optional<QString>(u"fixture.user@example.com"_s));
        QVERIFY(user.primaryEmailVerified);
        QVERIFY(!user.hasPassword);
        QVERIFY(!user.authWithEmail);
        QCOMPARE(user.serverMetadata, u"{\"plan\":\"pro\"}"_s);
        QCOMPARE(user.clientMetadata, u"null"_s);
        QCOMPARE(user.signedUpAtMillis, 1795459802410);
        QCOMPARE(user.lastActiveAtMillis, std::optional<qint64>(1795459802419));
        QCOMPARE(user.label(), u"Fixture User"_s);
    }

    void restrictedByAdministrator()
    {
        const Fixture fixture = Fixture::load(u"11-user-patch-restrict"_s);
        const User user = api::parseJson<User>(fixture.body);
        QVERIFY(user.isRestricted);
        QVERIFY(user.restrictedByAdmin);
        QCOMPARE(user.restrictedReason, RestrictedReason::RestrictedByAdministrator);
        QCOMPARE(user.restrictedReasonType, u"restricted_by_administrator"_s);
        QCOMPARE(user.restrictedByAdminReason, std::optional<QString>(u"Chargeback"_s));
        QCOMPARE(user.restrictedByAdminPrivateDetails, std::optional<QString>(u"ticket 42"_s));
        QVERIFY(!user.isAnonymous);
    }

    void anonymousTeamMember()
    {
        // Fixture 20 embeds full users in team member profiles; the third is anonymous.
        const Json profiles = fixtureJson(u"20-team-member-profiles"_s);
        QVERIFY(profiles.is_object());
        const User user = api::parseJson<User>(dump(profiles.at("items").at(2).at("user")));
        QCOMPARE(user.id, u"4d254e5e-a1fc-4653-a523-9296c5bac815"_s);
        QVERIFY(user.isAnonymous);
        QVERIFY(user.isRestricted);
        QCOMPARE(user.restrictedReason, RestrictedReason::Anonymous);
        QCOMPARE(user.restrictedReasonType, u"anonymous"_s);
        QVERIFY(!user.restrictedByAdmin);
        QCOMPARE(user.profileImageUrl, std::optional<QString>(u"https://avatar.vercel.sh/chioma-mensah?size=96"_s));
        QCOMPARE(user.oauthProviders.size(), 1);
        QCOMPARE(user.oauthProviders.first().id, u"google"_s);
        QCOMPARE(user.oauthProviders.first().accountId, u"chioma-mensah-google"_s);
        QCOMPARE(user.label(), u"Chioma Mensah"_s);
    }

    void pages_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("nextCursor"); // empty: null
        QTest::addColumn<QString>("firstId");
        QTest::addColumn<QString>("lastId");

        QTest::newRow("01 first page") << u"01-users-list-page1"_s << 3 << u"b63aac42-8ea8-4daf-9be2-40f1d0e13512"_s
                                       << u"e056c7e8-cc44-4e1f-a018-1e855d2d6836"_s
                                       << u"806765d7-cf25-4079-88d8-63b74b87a7d7"_s;
        QTest::newRow("02 second page") << u"02-users-list-page2"_s << 3 << u"2e092c11-bdfa-4605-9092-1c09a90fbdaf"_s
                                        << u"b63aac42-8ea8-4daf-9be2-40f1d0e13512"_s
                                        << u"43480589-2621-4d76-a144-042d2d448c23"_s;
        QTest::newRow("03 query, last page") << u"03-users-list-query"_s << 1 << QString()
                                             << u"0578cb28-5d5d-4ff0-bc57-82b5fc0555e0"_s
                                             << u"0578cb28-5d5d-4ff0-bc57-82b5fc0555e0"_s;
        QTest::newRow("04 empty") << u"04-users-list-unpaginated-team"_s << 0 << QString() << QString() << QString();
        QTest::newRow("19 team members") << u"19-team-members"_s << 3 << QString()
                                         << u"0578cb28-5d5d-4ff0-bc57-82b5fc0555e0"_s
                                         << u"50c7aa24-e069-49ee-8da5-32e16b40a78c"_s;
    }

    void pages()
    {
        QFETCH(QString, fixture);
        QFETCH(int, count);
        QFETCH(QString, nextCursor);
        QFETCH(QString, firstId);
        QFETCH(QString, lastId);

        const Fixture recorded = Fixture::load(fixture);
        QVERIFY(!recorded.name.isEmpty());
        const Page<User> page = api::parseJson<Page<User>>(recorded.body);
        QCOMPARE(page.items.size(), count);
        QVERIFY(page.isPaginated);
        if (nextCursor.isEmpty()) {
            QCOMPARE(page.nextCursor, std::nullopt);
            QVERIFY(!page.hasMore());
        } else {
            QCOMPARE(page.nextCursor, std::optional<QString>(nextCursor));
            QVERIFY(page.hasMore());
        }
        if (count > 0) {
            QCOMPARE(page.items.first().id, firstId);
            QCOMPARE(page.items.last().id, lastId);
        }
    }

    void pageFieldsSpotCheck()
    {
        const Page<User> first = api::parseJson<Page<User>>(Fixture::load(u"01-users-list-page1"_s).body);
        QCOMPARE(first.items.at(1).displayName, std::optional<QString>(u"Reese Moore"_s));
        QCOMPARE(first.items.at(1).primaryEmail, std::optional<QString>(u"reese.moore.bulk69@dummy.dev"_s));
        QVERIFY(first.items.at(1).primaryEmailVerified);
        QCOMPARE(first.items.at(1).signedUpAtMillis, 1795458405495);
        QCOMPARE(first.items.at(0).displayName, std::nullopt);

        const Page<User> second = api::parseJson<Page<User>>(Fixture::load(u"02-users-list-page2"_s).body);
        const User &skyler = second.items.at(2);
        QCOMPARE(skyler.displayName, std::optional<QString>(u"Skyler Nelson"_s));
        QCOMPARE(skyler.oauthProviders.size(), 1);
        QCOMPARE(skyler.oauthProviders.first().id, u"github"_s);
        QCOMPARE(skyler.oauthProviders.first().accountId, u"skyler.nelson.bulk65@dummy.dev-oauth"_s);
        QCOMPARE(skyler.oauthProviders.first().email, std::optional<QString>(u"skyler.nelson.bulk65@dummy.dev"_s));
        QCOMPARE(second.items.at(0).signedUpAtMillis, 1795458405435);

        const Page<User> query = api::parseJson<Page<User>>(Fixture::load(u"03-users-list-query"_s).body);
        QCOMPARE(query.items.first().displayName, std::optional<QString>(u"Amelia Chen"_s));
        QCOMPARE(query.items.first().oauthProviders.first().accountId, u"amelia-chen-gh"_s);

        const Page<User> members = api::parseJson<Page<User>>(Fixture::load(u"19-team-members"_s).body);
        QCOMPARE(members.items.at(1).primaryEmail, std::optional<QString>(u"leo.park@dummy.dev"_s));
        QCOMPARE(members.items.at(1).label(), u"leo.park@dummy.dev"_s);
    }

    void selectedTeam()
    {
        const Json team = fixtureJson(u"18-team-get"_s);
        const QByteArray body = userWith({{"selected_team_id", team.at("id")}, {"selected_team", team}});
        const User user = api::parseJson<User>(body);
        QCOMPARE(user.selectedTeamId, std::optional<QString>(u"504a8761-e3c5-4469-8f90-66092080f752"_s));
        QVERIFY(user.selectedTeam.has_value());
        QCOMPARE(user.selectedTeam->id, u"504a8761-e3c5-4469-8f90-66092080f752"_s);
        QCOMPARE(user.selectedTeam->displayName, u"Design Systems Lab"_s);
        QCOMPARE(user.selectedTeam->createdAtMillis, 1795458401358);
    }

    void riskScoresAndCountry()
    {
        const QByteArray body = userWith({{"risk_scores", {{"sign_up", {{"bot", 87}, {"free_trial_abuse", 12}}}}},
                                          {"country_code", "DE"}});
        const User user = api::parseJson<User>(body);
        QVERIFY(user.signUpRiskScores.has_value());
        QCOMPARE(user.signUpRiskScores->bot, 87);
        QCOMPARE(user.signUpRiskScores->freeTrialAbuse, 12);
        QCOMPARE(user.countryCode, std::optional<QString>(u"DE"_s));

        const User noScores = api::parseJson<User>(userWith({{"risk_scores", nullptr}}));
        QVERIFY(!noScores.signUpRiskScores.has_value());
    }

    void metadataKeepsKeyOrder_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nested, unsorted keys") << QByteArray(R"({"zeta":1,"alpha":{"y":[1,2.5,"t"],"b":null},"m":true})")
                                               << u"{\"zeta\":1,\"alpha\":{\"y\":[1,2.5,\"t\"],\"b\":null},\"m\":true}"_s;
        QTest::newRow("unicode") << QByteArray("{\"name\":\"Zo\xc3\xab \xe2\x9c\x93\"}") << u"{\"name\":\"Zo\u00eb \u2713\"}"_s;
        QTest::newRow("a bare string") << QByteArray(R"("test")") << u"\"test\""_s;
        QTest::newRow("a number") << QByteArray("42") << u"42"_s;
        QTest::newRow("an empty object") << QByteArray("{}") << u"{}"_s;
        QTest::newRow("null") << QByteArray("null") << u"null"_s;
    }

    void metadataKeepsKeyOrder()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(QString, expected);

        const Json value = Json::parse(metadata.toStdString());
        const User user = api::parseJson<User>(
            userWith({{"client_metadata", value}, {"client_read_only_metadata", value}, {"server_metadata", value}}));
        QCOMPARE(user.clientMetadata, expected);
        QCOMPARE(user.clientReadOnlyMetadata, expected);
        QCOMPARE(user.serverMetadata, expected);
    }

    void restrictedReasons_data()
    {
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<RestrictedReason>("expected");
        QTest::addColumn<QString>("type");

        QTest::newRow("null") << QByteArray("null") << RestrictedReason::None << QString();
        QTest::newRow("anonymous") << QByteArray(R"({"type":"anonymous"})") << RestrictedReason::Anonymous << u"anonymous"_s;
        QTest::newRow("email not verified") << QByteArray(R"({"type":"email_not_verified"})")
                                            << RestrictedReason::EmailNotVerified << u"email_not_verified"_s;
        QTest::newRow("administrator") << QByteArray(R"({"type":"restricted_by_administrator"})")
                                       << RestrictedReason::RestrictedByAdministrator << u"restricted_by_administrator"_s;
        QTest::newRow("a newer reason") << QByteArray(R"({"type":"payment_overdue"})") << RestrictedReason::Other
                                        << u"payment_overdue"_s;
    }

    void restrictedReasons()
    {
        QFETCH(QByteArray, reason);
        QFETCH(RestrictedReason, expected);
        QFETCH(QString, type);

        const User user = api::parseJson<User>(userWith({{"restricted_reason", Json::parse(reason.toStdString())}}));
        QCOMPARE(user.restrictedReason, expected);
        QCOMPARE(user.restrictedReasonType, type);
    }

    void oauthProviderWithoutEmail()
    {
        const User user = api::parseJson<User>(
            userWith({{"oauth_providers", Json::array({{{"id", "spotify"}, {"account_id", "sp-1"}, {"email", nullptr}}})}}));
        QCOMPARE(user.oauthProviders.size(), 1);
        QCOMPARE(user.oauthProviders.first().id, u"spotify"_s);
        QCOMPARE(user.oauthProviders.first().email, std::nullopt);
    }

    void minimalUser()
    {
        // Client access and older servers leave fields out; missing means null or false.
        const User user = api::parseJson<User>(QByteArray(R"({"id":"u-1"})"));
        QCOMPARE(user.id, u"u-1"_s);
        QCOMPARE(user.primaryEmail, std::nullopt);
        QCOMPARE(user.lastActiveAtMillis, std::nullopt);
        QCOMPARE(user.signedUpAtMillis, 0);
        QCOMPARE(user.serverMetadata, u"null"_s);
        QVERIFY(!user.signUpRiskScores.has_value());
        QVERIFY(user.oauthProviders.isEmpty());
        QCOMPARE(user.label(), u"u-1"_s);
    }

    void label_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("label");

        QTest::newRow("display name") << QByteArray(R"({"id":"u","display_name":"Ann","primary_email":"a@x.io"})") << u"Ann"_s;
        QTest::newRow("empty display name") << QByteArray(R"({"id":"u","display_name":"","primary_email":"a@x.io"})")
                                            << u"a@x.io"_s;
        QTest::newRow("email") << QByteArray(R"({"id":"u","display_name":null,"primary_email":"a@x.io"})") << u"a@x.io"_s;
        QTest::newRow("id") << QByteArray(R"({"id":"u","display_name":null,"primary_email":null})") << u"u"_s;
    }

    void label()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, label);
        QCOMPARE(api::parseJson<User>(body).label(), label);
    }

    void malformedUser_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("cut off") << QByteArray("{\"id\":\"e056c7e8\",\"primary_email\":");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("missing id") << QByteArray(R"({"primary_email":"a@x.io"})");
        QTest::newRow("null id") << QByteArray(R"({"id":null})");
        QTest::newRow("numeric id") << QByteArray(R"({"id":5})");
        QTest::newRow("email is a number") << QByteArray(R"({"id":"u","primary_email":7})");
        QTest::newRow("bool is a string") << QByteArray(R"({"id":"u","has_password":"yes"})");
        QTest::newRow("millis is a string") << QByteArray(R"({"id":"u","signed_up_at_millis":"yesterday"})");
        QTest::newRow("oauth provider without id") << QByteArray(R"({"id":"u","oauth_providers":[{"account_id":"x"}]})");
        QTest::newRow("selected team without id") << QByteArray(R"({"id":"u","selected_team":{"display_name":"T"}})");
        QTest::newRow("risk score is text") << QByteArray(R"({"id":"u","risk_scores":{"sign_up":{"bot":"high"}}})");
    }

    void malformedUser()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<User>(body));
    }

    void malformedPage_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("no items") << QByteArray(R"({"is_paginated":true})");
        QTest::newRow("items is null") << QByteArray(R"({"items":null,"is_paginated":false})");
        QTest::newRow("items is text") << QByteArray(R"({"items":"none"})");
        QTest::newRow("an item without id") << QByteArray(R"({"items":[{"id":"a"},{"display_name":"b"}]})");
        QTest::newRow("cursor is a number") << QByteArray(R"({"items":[],"is_paginated":true,"pagination":{"next_cursor":5}})");
        QTest::newRow("is_paginated is text") << QByteArray(R"({"items":[],"is_paginated":"yes"})");
    }

    void malformedPage()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<Page<User>>(body));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUser)
#include "tst_User.moc"
