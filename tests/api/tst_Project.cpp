// The Project DTO and Page<Project> over the recorded real-server answers, and the body of
// POST /internal/projects.

#include "Fixtures.h"

#include "dto/Project.h"

#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::Page;
using api::Project;

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentProject()
    {
        const Fixture recorded = Fixture::load(u"48-project-current"_s);
        QVERIFY(!recorded.name.isEmpty());
        const Project project = api::parseJson<Project>(recorded.body);
        QCOMPARE(project.id, u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s);
        QCOMPARE(project.displayName, u"Demo Project"_s);
        QCOMPARE(project.description, QString());
        QCOMPARE(project.logoUrl, std::nullopt);
        QCOMPARE(project.createdAtMillis, Q_INT64_C(1795458401253));
        QVERIFY(!project.isProductionMode);
        QCOMPARE(project.ownerTeamId, std::optional<QString>(u"a23e1b7f-ab18-41fc-9ee6-7a9ca9fa543c"_s));
    }

    void ownedProjects()
    {
        const Fixture recorded = Fixture::load(u"47-projects-owned"_s);
        const Page<Project> page = api::parseJson<Page<Project>>(recorded.body);
        QVERIFY(!page.isPaginated);
        QVERIFY(!page.hasMore());
        QCOMPARE(page.items.size(), 3);
        QCOMPARE(page.items.at(0).id, u"internal"_s);
        QCOMPARE(page.items.at(0).displayName, u"Stack Dashboard"_s);
        QCOMPARE(page.items.at(0).description, u"Stack's admin dashboard"_s);
        QCOMPARE(page.items.at(0).createdAtMillis, Q_INT64_C(1795458400836));
        QCOMPARE(page.items.at(1).displayName, u"Demo Project"_s);
        QCOMPARE(page.items.at(2).id, u"a849b5c8-d197-4b43-ba14-53a1aa6630c0"_s);
        QCOMPARE(page.items.at(2).displayName, u"Desktop Client Test Project"_s);
        QCOMPARE(page.items.at(2).createdAtMillis, Q_INT64_C(1795458770616));
        for (const Project &project : page.items)
            QCOMPARE(project.ownerTeamId, std::optional<QString>(u"a23e1b7f-ab18-41fc-9ee6-7a9ca9fa543c"_s));
    }

    void publicCurrentProject()
    {
        // GET /projects/current (how a key is checked) answers only a few fields.
        const Project project = api::parseJson<Project>(
            QByteArray("{\"id\":\"p-1\",\"display_name\":\"Shop\",\"config_warnings\":[],\"logo_url\":\"https://x.io/l.png\"}"));
        QCOMPARE(project.id, u"p-1"_s);
        QCOMPARE(project.displayName, u"Shop"_s);
        QCOMPARE(project.logoUrl, std::optional<QString>(u"https://x.io/l.png"_s));
        QCOMPARE(project.ownerTeamId, std::nullopt);
        QCOMPARE(project.createdAtMillis, 0);
    }

    void newProjectBody()
    {
        api::NewProject project;
        project.displayName = u"Caf\u00e9 \"beta\""_s;
        project.ownerTeamId = u"team-1"_s;
        QCOMPARE(project.toJson(), QByteArray("{\"display_name\":\"Caf\xc3\xa9 \\\"beta\\\"\",\"owner_team_id\":\"team-1\"}"));
        project.description = u"d"_s;
        project.isProductionMode = true;
        QCOMPARE(project.toJson(),
                 QByteArray("{\"display_name\":\"Caf\xc3\xa9 \\\"beta\\\"\",\"owner_team_id\":\"team-1\",\"description\":\"d\",\"is_production_mode\":true}"));
    }

    void updateBody()
    {
        api::ProjectUpdate update;
        QVERIFY(update.isEmpty());
        QCOMPARE(update.toJson(), QByteArray("{}"));
        update.isProductionMode = false;
        QVERIFY(!update.isEmpty());
        QCOMPARE(update.toJson(), QByteArray(R"({"is_production_mode":false})"));
        update.displayName = u"Shop \"2\""_s;
        update.description = QString();
        QCOMPARE(update.toJson(), QByteArray("{\"display_name\":\"Shop \\\"2\\\"\",\"description\":\"\",\"is_production_mode\":false}"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("missing id") << QByteArray(R"({"display_name":"P"})");
        QTest::newRow("production mode is text") << QByteArray(R"({"id":"p","is_production_mode":"no"})");
        QTest::newRow("owner team is a number") << QByteArray(R"({"id":"p","owner_team_id":3})");
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<Project>(body));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestProject)
#include "tst_Project.moc"
