// TeamRoutes: GET /teams (all, or a user's) and GET /teams/{id}, compared with fixtures 17 and 18.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestTeamRoutes : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void listMatchesFixture17()
    {
        const auto result = m_http->get(u"/teams"_s, admin());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(body["is_paginated"].get<bool>(), false);
        QVERIFY(!body.contains("pagination"));
        const ordered_json &items = body["items"];
        QVERIFY(items.size() >= 10 && items.size() <= 20);
        bool longName = false, withoutImage = false, withImage = false;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                QVERIFY(items[i - 1]["created_at_millis"].get<qint64>() <= items[i]["created_at_millis"].get<qint64>());
            longName = longName || items[i]["display_name"].get<std::string>().size() > 60;
            withoutImage = withoutImage || items[i]["profile_image_url"].is_null();
            withImage = withImage || items[i]["profile_image_url"].is_string();
        }
        QVERIFY(longName);
        QVERIFY(withoutImage && withImage);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"17-teams-list"_s), body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(m_http->get(u"/teams"_s, server()).status, 200);
    }

    void getMatchesFixture18()
    {
        const ordered_json first = m_http->get(u"/teams"_s, admin()).json()["items"][0];
        const QString id = QString::fromStdString(first["id"].get<std::string>());
        const auto result = m_http->get(u"/teams/"_s + id, admin());
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), first);
        const QString difference = Fixtures::shapeDifference(Fixtures::responseBody(u"18-team-get"_s), result.json());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void refusals()
    {
        const auto missing = m_http->get(u"/teams/3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("x-stack-known-error"), QByteArray("TEAM_NOT_FOUND"));
        const ordered_json expected = {{"code", "TEAM_NOT_FOUND"},
                                       {"details", {{"team_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}}},
                                       {"error", "Team 3241a285-8329-4d69-8f3d-316e08cf140c not found."}};
        COMPARE_JSON(missing.json(), expected);

        const auto notUuid = m_http->get(u"/teams/abc"_s, admin());
        QCOMPARE(notUuid.status, 400);
        QCOMPARE(QString::fromStdString(notUuid.json()["error"].get<std::string>()),
                 u"Request validation failed on GET /api/v1/teams/abc:\n  - params.team_id must be a valid UUID"_s);
    }

    void teamsOfAUser()
    {
        const ordered_json teams = m_http->get(u"/teams"_s, admin()).json()["items"];
        const QString teamId = QString::fromStdString(teams[0]["id"].get<std::string>());
        const ordered_json members = m_http->get(u"/users?team_id="_s + teamId, admin()).json()["items"];
        QVERIFY(!members.empty());
        const QString userId = QString::fromStdString(members[0]["id"].get<std::string>());
        const ordered_json userTeams = m_http->get(u"/teams?user_id="_s + userId, admin()).json()["items"];
        QVERIFY(!userTeams.empty());
        QVERIFY(userTeams.size() < teams.size());
        bool found = false;
        for (const auto &team : userTeams)
            found = found || QString::fromStdString(team["id"].get<std::string>()) == teamId;
        QVERIFY(found);
        QVERIFY(m_http->get(u"/teams?user_id=3241a285-8329-4d69-8f3d-316e08cf140c"_s, admin()).json()["items"].empty());
    }
};

QTEST_GUILESS_MAIN(TestTeamRoutes)
#include "tst_teamroutes.moc"
