// UserSession and SessionTokens over the recorded real-server answers (fixtures 13, 14) and
// the optional IP info the spec describes.

#include "Fixtures.h"

#include "dto/UserSession.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::Page;
using api::UserSession;

class TestUserSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedList()
    {
        const Fixture recorded = Fixture::load(u"14-sessions-list"_s);
        QVERIFY(!recorded.name.isEmpty());
        const auto page = api::parseJson<Page<UserSession>>(recorded.body);
        QVERIFY(!page.isPaginated);
        QCOMPARE(page.items.size(), 1);
        const UserSession &session = page.items.first();
        QCOMPARE(session.id, u"bb70f3b4-9938-48e9-b846-95001c9cbe5f"_s);
        QCOMPARE(session.userId, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
        QCOMPARE(session.createdAtMillis, Q_INT64_C(1795459805492));
        QCOMPARE(session.lastUsedAtMillis, std::optional<qint64>(Q_INT64_C(1795459805501)));
        QVERIFY(session.isImpersonation);
        QVERIFY(!session.isCurrentSession);
        QVERIFY(!session.lastUsedIpInfo.has_value());
    }

    void ipInfo()
    {
        const QByteArray body = R"({"items":[{"id":"s1","user_id":"u1","created_at":1,"is_impersonation":false,
            "last_used_at":null,"last_used_at_end_user_ip_info":{"ip":"203.0.113.7","countryCode":"DE",
            "cityName":"Berlin","latitude":52.52,"longitude":13.4,"tzIdentifier":"Europe/Berlin"}}],"is_paginated":false})";
        const auto page = api::parseJson<Page<UserSession>>(body);
        const UserSession &session = page.items.first();
        QCOMPARE(session.lastUsedAtMillis, std::nullopt);
        QVERIFY(session.lastUsedIpInfo.has_value());
        QCOMPARE(session.lastUsedIpInfo->ip, u"203.0.113.7"_s);
        QCOMPARE(session.lastUsedIpInfo->countryCode, std::optional<QString>(u"DE"_s));
        QCOMPARE(session.lastUsedIpInfo->cityName, std::optional<QString>(u"Berlin"_s));
        QCOMPARE(session.lastUsedIpInfo->regionCode, std::nullopt);
        QCOMPARE(session.lastUsedIpInfo->latitude, std::optional<double>(52.52));
        QCOMPARE(session.lastUsedIpInfo->tzIdentifier, std::optional<QString>(u"Europe/Berlin"_s));
    }

    void impersonationTokens()
    {
        const Fixture recorded = Fixture::load(u"13-sessions-create-impersonation"_s);
        QVERIFY(!recorded.name.isEmpty());
        const auto tokens = api::parseJson<api::SessionTokens>(recorded.body);
        QCOMPARE(tokens.accessToken, u"<redacted>"_s);
        QCOMPARE(tokens.refreshToken, u"<redacted>"_s);
    }

    void missingRequiredFieldsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("session without id") << QByteArray(R"({"items":[{"user_id":"u","created_at":1}]})");
        QTest::newRow("items not a list") << QByteArray(R"({"items":{}})");
    }

    void missingRequiredFieldsAreErrors()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<Page<UserSession>>(body));
    }

    void tokensWithoutRefreshTokenAreAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::SessionTokens>(R"({"access_token":"a"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUserSession)
#include "tst_UserSession.moc"
