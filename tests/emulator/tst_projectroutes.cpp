// ProjectRoutes: the dashboard account's projects (fixture 47), project creation and the current
// project (fixture 48), with the admin access token the client uses for every project.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestProjectRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    QString m_accessToken;

    Headers dashboard() const { return internalClient(m_accessToken); }

private slots:
    void initTestCase()
    {
        QVERIFY2(startEmulator(), qPrintable(startError()));
        m_accessToken = dashboardAccessToken();
        QVERIFY(!m_accessToken.isEmpty());
    }

    void ownedProjectsMatchFixture47()
    {
        const auto result = m_http->get(u"/internal/projects"_s, dashboard());
        QCOMPARE(result.status, 200);
        const ordered_json body = result.json();
        QCOMPARE(body.begin().key(), std::string("is_paginated"));
        QCOMPARE(body["is_paginated"].get<bool>(), false);
        const ordered_json &items = body["items"];
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(items[0]["id"].get<std::string>()), m_account.projectId);
        QCOMPARE(items[0]["display_name"].get<std::string>(), "Demo Project");
        QCOMPARE(QString::fromStdString(items[1]["id"].get<std::string>()), m_account.secondProjectId);
        COMPARE_JSON(items[0]["owner_team_id"], items[1]["owner_team_id"]);
        FIXTURE_BODY(owned, u"47-projects-owned"_s);
        const ordered_json fixture = owned["items"];
        QCOMPARE(fixture.size(), std::size_t(3));
        // The demo project answers like the fixture's Demo Project, the second like a project
        // created through the current code path (id first).
        QString difference = Fixtures::shapeDifference(fixture[1], items[0]);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        COMPARE_JSON(items[0]["config"], fixture[1]["config"]);
        difference = Fixtures::shapeDifference(fixture[2], items[1]);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void currentProjectMatchesFixture48()
    {
        const auto result = m_http->get(u"/internal/projects/current"_s, TestHttpClient::adminToken(m_account.projectId, m_accessToken));
        QCOMPARE(result.status, 200);
        ordered_json body = result.json();
        QCOMPARE(QString::fromStdString(body["id"].get<std::string>()), m_account.projectId);
        COMPARE_JSON(m_http->get(u"/internal/projects/current"_s, admin()).json(), body);
        FIXTURE_BODY(expected, u"48-project-current"_s);
        const QString difference = Fixtures::shapeDifference(expected, body);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const char *varying : {"id", "owner_team_id", "created_at_millis", "description"}) {
            expected.erase(varying);
            body.erase(varying);
        }
        COMPARE_JSON(body, expected);
    }

    void createProject()
    {
        const ordered_json projects = m_http->get(u"/internal/projects"_s, dashboard()).json()["items"];
        const std::string ownerTeamId = projects[0]["owner_team_id"].get<std::string>();
        const auto result = m_http->postJson(u"/internal/projects"_s, dashboard(),
                                             {{"display_name", "Created In Test"},
                                              {"owner_team_id", ownerTeamId},
                                              {"description", "from tst_projectroutes"},
                                              {"is_production_mode", true}});
        QCOMPARE(result.status, 201);
        const ordered_json project = result.json();
        QCOMPARE(project.begin().key(), std::string("id"));
        QCOMPARE(project["display_name"].get<std::string>(), "Created In Test");
        QCOMPARE(project["description"].get<std::string>(), "from tst_projectroutes");
        QVERIFY(project["is_production_mode"].get<bool>());
        QCOMPARE(project["owner_team_id"].get<std::string>(), ownerTeamId);
        FIXTURE_BODY(owned, u"47-projects-owned"_s);
        const ordered_json fixture = owned["items"][2];
        const QString difference = Fixtures::shapeDifference(fixture, project);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        COMPARE_JSON(project["config"], fixture["config"]);
        const QString id = QString::fromStdString(project["id"].get<std::string>());
        QCOMPARE(m_http->get(u"/internal/projects"_s, dashboard()).json()["items"].size(), std::size_t(3));
        const Headers admin = TestHttpClient::adminToken(id, m_accessToken);
        COMPARE_JSON(m_http->get(u"/internal/projects/current"_s, admin).json(), project);
        const auto users = m_http->get(u"/users"_s, admin).json();
        QVERIFY(users["items"].empty());
        QCOMPARE(m_emulator->userCount(id), 0);

        const auto noName = m_http->postJson(u"/internal/projects"_s, dashboard(), ordered_json::object());
        QCOMPARE(noName.status, 400);
        const QString noNameError = QString::fromStdString(noName.json()["error"].get<std::string>());
        QVERIFY(noNameError.contains(u"body.display_name must be defined"_s));
        QVERIFY(noNameError.contains(u"body.owner_team_id must be defined"_s)); // newest servers require the owner team
        const auto noTeam = m_http->postJson(u"/internal/projects"_s, dashboard(), {{"display_name", "x"}});
        QCOMPARE(noTeam.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        const auto unknownKey = m_http->postJson(u"/internal/projects"_s, dashboard(), {{"display_name", "x"}, {"owner_team_id", ownerTeamId}, {"x", 1}});
        QCOMPARE(unknownKey.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        const auto foreignTeam = m_http->postJson(u"/internal/projects"_s, dashboard(),
                                                  {{"display_name", "x"}, {"owner_team_id", "3241a285-8329-4d69-8f3d-316e08cf140c"}});
        QCOMPARE(foreignTeam.status, 404);
        // A team of the internal project the account is not a member of.
        const QString otherTeam = m_emulator->createTeam(u"internal"_s, u"Someone else's team"_s);
        const auto notMember = m_http->postJson(u"/internal/projects"_s, dashboard(), {{"display_name", "x"}, {"owner_team_id", otherTeam.toStdString()}});
        QCOMPARE(notMember.status, 404);
        QCOMPARE(notMember.header("x-stack-known-error"), QByteArray("TEAM_MEMBERSHIP_NOT_FOUND"));
        QCOMPARE(m_http->get(u"/internal/projects"_s, dashboard()).json()["items"].size(), std::size_t(3));
    }

    void updateCurrentProject()
    {
        const auto created = m_http->postJson(u"/internal/projects"_s, dashboard(),
                                              {{"display_name", "To Update"},
                                               {"owner_team_id", m_http->get(u"/internal/projects"_s, dashboard()).json()["items"][0]["owner_team_id"]}});
        QCOMPARE(created.status, 201);
        const Headers admin = TestHttpClient::adminToken(QString::fromStdString(created.json()["id"].get<std::string>()), m_accessToken);
        const auto updated = m_http->patchJson(u"/internal/projects/current"_s, admin,
                                               {{"display_name", "Renamed"}, {"description", "about it"}, {"is_production_mode", true},
                                                {"logo_url", "https://example.com/logo.png"}});
        QCOMPARE(updated.status, 200);
        ordered_json project = updated.json();
        QCOMPARE(project["display_name"].get<std::string>(), "Renamed");
        QCOMPARE(project["description"].get<std::string>(), "about it");
        QVERIFY(project["is_production_mode"].get<bool>());
        QCOMPARE(project["logo_url"].get<std::string>(), "https://example.com/logo.png");
        COMPARE_JSON(m_http->get(u"/internal/projects/current"_s, admin).json(), project);

        // Only the fields given change; null clears a logo.
        project = m_http->patchJson(u"/internal/projects/current"_s, admin, {{"is_production_mode", false}, {"logo_url", nullptr}}).json();
        QCOMPARE(project["display_name"].get<std::string>(), "Renamed");
        QVERIFY(!project["is_production_mode"].get<bool>());
        QVERIFY(project["logo_url"].is_null());

        const auto unknown = m_http->patchJson(u"/internal/projects/current"_s, admin, {{"name", "x"}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QVERIFY(QString::fromStdString(unknown.json()["error"].get<std::string>()).endsWith(u"body contains unknown properties: name"_s));
        const auto wrongType = m_http->patchJson(u"/internal/projects/current"_s, admin, {{"is_production_mode", "yes"}});
        QCOMPARE(wrongType.header("x-stack-known-error"), QByteArray("SCHEMA_ERROR"));
        QCOMPARE(m_http->patchJson(u"/internal/projects/current"_s, server(), {{"display_name", "x"}}).status, 401);
        QCOMPARE(m_http->get(u"/internal/projects/current"_s, admin).json()["display_name"].get<std::string>(), "Renamed");

        const auto deleted = m_http->send("DELETE", u"/internal/projects/current"_s, admin);
        QCOMPARE(deleted.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestProjectRoutes)
#include "tst_projectroutes.moc"
