// ContactChannel over the recorded real-server list (fixture 15) and a created channel.

#include "Fixtures.h"

#include "dto/ContactChannel.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ContactChannel;
using api::Page;

class TestContactChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedList()
    {
        const Fixture recorded = Fixture::load(u"15-contact-channels-list"_s);
        QVERIFY(!recorded.name.isEmpty());
        const auto page = api::parseJson<Page<ContactChannel>>(recorded.body);
        QVERIFY(!page.isPaginated);
        QCOMPARE(page.items.size(), 1);
        const ContactChannel &channel = page.items.first();
        QCOMPARE(channel.id, u"ffcf236f-36cd-4bea-84fa-5b2e24615500"_s);
        QCOMPARE(channel.userId, u"1d3d90c7-78cf-48f7-bd78-393efd417cd1"_s);
        QCOMPARE(channel.type, u"email"_s);
        QCOMPARE(channel.value, u"<redacted>"_s);
        QVERIFY(channel.isPrimary);
        QVERIFY(channel.isVerified);
        QVERIFY(channel.usedForAuth);
    }

    void single()
    {
        const auto channel = api::parseJson<ContactChannel>(
            R"({"user_id":"u","id":"c","value":"ünïcode@example.com","type":"email","used_for_auth":false,"is_verified":false,"is_primary":false})");
        QCOMPARE(channel.value, u"ünïcode@example.com"_s);
        QVERIFY(!channel.isPrimary);
        QVERIFY(!channel.usedForAuth);
        QVERIFY(!channel.isVerified);
    }

    void withoutIdIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ContactChannel>(R"({"value":"a@example.com"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestContactChannel)
#include "tst_ContactChannel.moc"
