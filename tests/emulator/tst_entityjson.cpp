// EntityJson: users, teams and projects built from the compact records with the field set and
// key order of the recorded real answers, and the cost of building a page of 1,000 users.
#include "TestHttpClient.h"

#include "emulator/DataStore.h"
#include "emulator/EntityJson.h"
#include "emulator/SampleDataGenerator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

namespace {

QStringList keysOf(const ordered_json &object)
{
    QStringList keys;
    for (const auto &item : object.items())
        keys.append(QString::fromStdString(item.key()));
    return keys;
}

} // namespace

class TestEntityJson : public QObject
{
    Q_OBJECT

private:
    DataStore m_store;
    DemoAccount m_account;
    ProjectRecord *m_demo = nullptr;

private slots:
    void initTestCase()
    {
        EmulatorOptions options;
        options.userCount = 2000;
        const auto lock = m_store.lock();
        m_account = SampleDataGenerator::populate(m_store, options);
        m_demo = m_store.project(m_account.projectId.toStdString());
        QVERIFY(m_demo);
    }

    void userKeyOrders()
    {
        FIXTURE_BODY(read, u"05-user-get"_s);
        FIXTURE_BODY(created, u"08-user-create"_s);
        const QStringList readOrder = keysOf(read);
        const QStringList mutationOrder = keysOf(created);
        for (quint32 i = 0; i < m_demo->users.slotCount(); ++i) {
            QCOMPARE(keysOf(EntityJson::user(*m_demo, i)), readOrder);
            QCOMPARE(keysOf(EntityJson::user(*m_demo, i, EntityJson::UserView::Mutation)), mutationOrder);
        }
        QStringList clientOrder = readOrder;
        clientOrder.removeAll(u"server_metadata"_s);
        clientOrder.removeAll(u"restricted_by_admin_private_details"_s);
        QCOMPARE(keysOf(EntityJson::user(*m_demo, 0, EntityJson::UserView::Client)), clientOrder);
    }

    void userValues()
    {
        ProjectRecord &internal = m_store.internalProject();
        const ordered_json admin = EntityJson::user(internal, 0);
        QCOMPARE(admin["display_name"].get<std::string>(), "Administrator");
        QCOMPARE(admin["primary_email"].get<std::string>(), "admin@example.com");
        QVERIFY(admin["has_password"].get<bool>());
        QVERIFY(admin["auth_with_email"].get<bool>());
        QCOMPARE(admin["selected_team"]["display_name"].get<std::string>(), "Administrator's Team");
        COMPARE_JSON(admin["selected_team_id"], admin["selected_team"]["id"]);
        COMPARE_JSON(admin["risk_scores"], ordered_json({{"sign_up", {{"bot", 0}, {"free_trial_abuse", 0}}}}));
        QVERIFY(admin["restricted_reason"].is_null());
        QCOMPARE(admin["is_restricted"].get<bool>(), false);
    }

    void teamAndProjectShapes()
    {
        FIXTURE_BODY(team, u"18-team-get"_s);
        FIXTURE_BODY(project, u"48-project-current"_s);
        FIXTURE_BODY(projects, u"47-projects-owned"_s);
        QCOMPARE(keysOf(EntityJson::team(m_demo->teams.front())), keysOf(team));
        QCOMPARE(keysOf(EntityJson::project(*m_demo)), keysOf(project));
        const ordered_json owned = projects["items"];
        QCOMPARE(owned.size(), std::size_t(3));
        COMPARE_JSON(EntityJson::project(m_store.internalProject())["config"], owned[0]["config"]);
        const ordered_json second = EntityJson::project(*m_store.project(m_account.secondProjectId.toStdString()));
        QCOMPARE(keysOf(second), keysOf(owned[2]));
        COMPARE_JSON(second["config"], owned[2]["config"]);
    }

    void pageOfThousandUsers()
    {
        QElapsedTimer timer;
        timer.start();
        std::size_t bytes = 0;
        constexpr int rounds = 20;
        for (int round = 0; round < rounds; ++round) {
            ordered_json items = ordered_json::array();
            for (quint32 i = 0; i < 1000; ++i)
                items.push_back(EntityJson::user(*m_demo, i));
            bytes = ordered_json{{"items", std::move(items)}, {"is_paginated", true}}.dump().size();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6 / rounds;
        qInfo("building and serializing 1,000 users: %.2f ms (%zu KB of JSON)", ms, bytes / 1024);
        QVERIFY(ms < 3000); // generous: ~7 ms optimized, ~125 ms in a debug build, more under sanitizers
    }
};

QTEST_GUILESS_MAIN(TestEntityJson)
#include "tst_entityjson.moc"
