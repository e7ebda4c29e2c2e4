// The Team DTO and Page<Team> over the recorded real-server answers.

#include "Fixtures.h"

#include "dto/Team.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::Page;
using api::Team;

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleTeam_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("profileImageUrl"); // empty: null
        QTest::addColumn<qint64>("createdAtMillis");

        QTest::newRow("18 get") << u"18-team-get"_s << u"504a8761-e3c5-4469-8f90-66092080f752"_s << u"Design Systems Lab"_s
                                << u"https://avatar.vercel.sh/design-systems?size=96&background=312e81&color=fff"_s
                                << Q_INT64_C(1795458401358);
        QTest::newRow("26 create") << u"26-team-create"_s << u"4e727030-7a07-45b6-86a7-a0593289444f"_s << u"Fixture Team"_s
                                   << QString() << Q_INT64_C(1795459825247);
    }

    void singleTeam()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, id);
        QFETCH(QString, displayName);
        QFETCH(QString, profileImageUrl);
        QFETCH(qint64, createdAtMillis);

        const Fixture recorded = Fixture::load(fixture);
        QVERIFY(!recorded.name.isEmpty());
        const Team team = api::parseJson<Team>(recorded.body);
        QCOMPARE(team.id, id);
        QCOMPARE(team.displayName, displayName);
        QCOMPARE(team.profileImageUrl, profileImageUrl.isEmpty() ? std::nullopt : std::optional<QString>(profileImageUrl));
        QCOMPARE(team.createdAtMillis, createdAtMillis);
        QCOMPARE(team.clientMetadata, u"null"_s);
        QCOMPARE(team.clientReadOnlyMetadata, u"null"_s);
        QCOMPARE(team.serverMetadata, u"null"_s);
    }

    void unpaginatedList()
    {
        const Fixture recorded = Fixture::load(u"17-teams-list"_s);
        const Page<Team> page = api::parseJson<Page<Team>>(recorded.body);
        QCOMPARE(page.items.size(), 8);
        QVERIFY(!page.isPaginated);
        QCOMPARE(page.nextCursor, std::nullopt);
        QVERIFY(!page.hasMore());
        QCOMPARE(page.items.first().displayName, u"Design Systems Lab"_s);
        QCOMPARE(page.items.at(1).displayName, u"Prototype Garage"_s);
        QCOMPARE(page.items.at(1).profileImageUrl, std::nullopt);
        QCOMPARE(page.items.at(2).displayName,
                 u"Exploratory Research and Insight Partnership With Very Long Collaborative Name For Testing"_s);
        QCOMPARE(page.items.last().displayName, u"Ops"_s);
        QCOMPARE(page.items.last().id, u"fdfd479d-1fd4-4d2e-a098-f1ec1fa493e4"_s);
        QCOMPARE(page.items.last().profileImageUrl,
                 std::optional<QString>(u"https://avatar.vercel.sh/ops-team?size=96&background=ea580c&color=fff"_s));
        for (qsizetype i = 1; i < page.items.size(); ++i) // the server orders by created_at
            QVERIFY(page.items.at(i - 1).createdAtMillis < page.items.at(i).createdAtMillis);
    }

    void clientViewAndMetadata()
    {
        // Client access omits created_at_millis and server_metadata.
        const Team team = api::parseJson<Team>(
            QByteArray(R"({"id":"t","display_name":"T","profile_image_url":null,"client_metadata":{"b":1,"a":[true]},"client_read_only_metadata":"x"})"));
        QCOMPARE(team.createdAtMillis, 0);
        QCOMPARE(team.serverMetadata, u"null"_s);
        QCOMPARE(team.clientMetadata, u"{\"b\":1,\"a\":[true]}"_s);
        QCOMPARE(team.clientReadOnlyMetadata, u"\"x\""_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("missing id") << QByteArray(R"({"display_name":"T"})");
        QTest::newRow("numeric id") << QByteArray(R"({"id":1})");
        QTest::newRow("display name is an object") << QByteArray(R"({"id":"t","display_name":{}})");
        QTest::newRow("created_at is text") << QByteArray(R"({"id":"t","created_at_millis":"now"})");
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<Team>(body));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTeam)
#include "tst_Team.moc"
