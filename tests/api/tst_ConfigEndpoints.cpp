// The configuration endpoints against the TestServer with an admin key: the rendered config and
// the override levels read, a dotted-path PATCH that takes effect, and the previous value put
// back afterwards (so it is safe against a live server); a PUT of the branch level with the
// desktop's source, which GET /internal/config/source then reports and a PATCH keeps (branch
// level and source are put back too).

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

    std::optional<api::ConfigSource> readSource()
    {
        JobOutcome outcome(m_client->send(config::source(scope())));
        if (!outcome.waitFinished() || !outcome.succeeded())
            return std::nullopt;
        return outcome.value();
    }

    bool succeeds(const api::Call<api::NoContent> &call)
    {
        JobOutcome outcome(m_client->send(call));
        if (!outcome.waitFinished())
            return false;
        if (!outcome.succeeded())
            qWarning().noquote() << outcome.error().technicalSummary() << outcome.error().message.left(200);
        return outcome.succeeded();
    }

    // The branch level as it was, with its source (a PUT needs one; "unlinked" is then restored
    // with DELETE /internal/config/source, which keeps the values).
    bool restoreBranch(const ConfigTree &branch, const api::ConfigSource &source)
    {
        const bool unlinked = source.type == api::ConfigSource::Type::Unlinked;
        if (!succeeds(config::replaceOverride(scope(), ConfigLevel::Branch, branch, unlinked ? api::ConfigSource::pushedFromDesktop() : source)))
            return false;
        return !unlinked || succeeds(api::Call<api::NoContent>{api::ApiRequest::del(u"/internal/config/source"_s, scope())});
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

    void pushBranchWithSource()
    {
        const auto branch = read(config::override(scope(), ConfigLevel::Branch));
        const auto originalSource = readSource();
        QVERIFY(branch && originalSource);
        if (!m_server->isLive())
            QCOMPARE(originalSource->type, api::ConfigSource::Type::Unlinked);

        // The branch level needs a source: refused without, in plain text.
        JobOutcome refused(m_client->send(config::replaceOverride(scope(), ConfigLevel::Branch, *branch)));
        HEXCLAVE_WAIT_JOB(refused);
        QVERIFY(!refused.succeeded());
        QCOMPARE(refused.httpStatus(), 400);
        QVERIFY2(refused.error().message.contains(u"source"_s), qPrintable(refused.error().message.left(200)));

        // The same values pushed from the desktop.
        QVERIFY(succeeds(config::replaceOverride(scope(), ConfigLevel::Branch, *branch, api::ConfigSource::pushedFromDesktop())));
        const auto pushed = readSource();
        const auto stored = read(config::override(scope(), ConfigLevel::Branch));
        // A PATCH of the branch keeps the source.
        const QString path = u"users.allowClientUserDeletion"_s;
        const auto rendered = read(config::rendered(scope()));
        QVERIFY(rendered);
        const bool patched = succeeds(config::patchOverride(scope(), ConfigLevel::Branch,
                                                            api::ConfigPatch().setBool(path, rendered->boolAt(path).value_or(false))));
        const auto afterPatch = readSource();
        QVERIFY(restoreBranch(*branch, *originalSource));

        QVERIFY(pushed && stored && afterPatch);
        QCOMPARE(pushed->type, api::ConfigSource::Type::PushedFromUnknown);
        QCOMPARE(pushed->typeId, u"pushed-from-unknown"_s);
        QVERIFY(stored->sameContent(*branch));
        QVERIFY(patched);
        QCOMPARE(afterPatch->type, api::ConfigSource::Type::PushedFromUnknown);
        const auto restored = readSource();
        QVERIFY(restored);
        QCOMPARE(restored->typeId, originalSource->typeId);
        QVERIFY(read(config::override(scope(), ConfigLevel::Branch))->sameContent(*branch));
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
