// The configuration endpoints against the TestServer with an admin key: the rendered config and
// the override levels read, a dotted-path PATCH that takes effect, and the previous value put
// back afterwards (so it is safe against a live server).

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
namespace config = api::config;

class TestConfigEndpoints : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    std::optional<ConfigTree> read(const api::Call<ConfigTree> &call)
    {
        JobOutcome outcome(m_client->send(call));
        if (!outcome.waitFinished() || !outcome.succeeded())
            return std::nullopt;
        return outcome.value();
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void init()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
    }

    void cleanup() { m_client.reset(); }

    void readEveryLevel()
    {
        const auto rendered = read(config::rendered(scope()));
        QVERIFY(rendered);
        QVERIFY(rendered->boolAt(u"apiKeys.enabled.user"_s).has_value());
        QVERIFY(rendered->contains(u"rbac.defaultPermissions.teamMember"_s));
        QVERIFY(rendered->keysAt(u"rbac.permissions"_s).contains(u"team_member"_s));
        for (ConfigLevel level : {ConfigLevel::Project, ConfigLevel::Branch, ConfigLevel::Environment})
            QVERIFY2(read(config::override(scope(), level)), qPrintable(api::configLevelId(level)));
    }

    void patchTakesEffectWhereItIsWritten()
    {
        const QString path = u"teams.allowClientTeamCreation"_s;
        const auto before = read(config::rendered(scope()));
        const auto branch = read(config::override(scope(), ConfigLevel::Branch));
        const auto environment = read(config::override(scope(), ConfigLevel::Environment));
        QVERIFY(before && branch && environment);
        const bool original = before->boolAt(path).value_or(false);
        const ConfigLevel level = config::effectiveLevel(path, ConfigLevel::Branch, *branch, *environment);
        const auto write = [&](bool value) {
            JobOutcome patched(m_client->send(config::patchOverride(scope(), level, api::ConfigPatch().setBool(path, value))));
            return patched.waitFinished() && patched.succeeded();
        };
        QVERIFY(write(!original));
        const auto after = read(config::rendered(scope()));
        QVERIFY(write(original));
        QVERIFY(after);
        QCOMPARE(after->boolAt(path), std::optional<bool>(!original));
        QCOMPARE(read(config::rendered(scope()))->boolAt(path), std::optional<bool>(original));
    }

    void serverKeysCannotReadTheConfig()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);
        const auto serverClient = m_server->serverClient(&m_network);
        JobOutcome outcome(serverClient->send(config::rendered(scope())));
        HEXCLAVE_WAIT_JOB(outcome);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.httpStatus(), 401);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigEndpoints)
#include "tst_ConfigEndpoints.moc"
