// ProjectConfigTarget against the TestServer (the emulator by default): it shows the rendered
// configuration and the overrides; previews a write per level, with a setting that a higher
// override already sets going to that level (shadowing); applies settings and reports applied()
// only once the server shows them; removes a value from each level that sets it; and replaces
// a level with one PATCH of the differences (null for what was removed). The overrides are put
// back at the end.

#include "TestServer.h"

#include "config/ProjectConfigTarget.h"
#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::ConfigLevel)

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
using models::ConfigLevelChange;
using models::ConfigSetting;
using models::ProjectConfigTarget;

namespace {

const ConfigLevelChange *changeAt(const QList<ConfigLevelChange> &changes, ConfigLevel level)
{
    for (const ConfigLevelChange &change : changes) {
        if (change.level == level)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestProjectConfigTarget : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    template <class T>
    std::optional<T> run(api::Call<T> call)
    {
        api::Job<T> *job = m_client->send(std::move(call));
        QSignalSpy finished(job, &api::ApiJob::finished);
        if (!finished.wait(10000) || !job->succeeded())
            return std::nullopt;
        if constexpr (std::is_same_v<T, api::NoContent>)
            return T{};
        else
            return job->takeValue();
    }

    std::optional<ConfigTree> overrideOf(ConfigLevel level) { return run(api::config::override(scope(), level)); }

    bool put(ConfigLevel level, const QString &json)
    {
        const auto source = level == ConfigLevel::Branch ? std::optional(api::ConfigSource::pushedFromDesktop()) : std::nullopt;
        return run(api::config::replaceOverride(scope(), level, ConfigTree::fromJsonText(json), source)).has_value();
    }

    // A loaded target over the project.
    std::unique_ptr<ProjectConfigTarget> loadedTarget()
    {
        auto target = std::make_unique<ProjectConfigTarget>(m_client.get(), scope());
        QSignalSpy loaded(target.get(), &models::ConfigTarget::loaded);
        target->load();
        if (!loaded.wait(10000))
            return nullptr;
        return target;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::optional<ConfigTree> m_branch;
    std::optional<ConfigTree> m_environment;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
        m_branch = overrideOf(ConfigLevel::Branch);
        m_environment = overrideOf(ConfigLevel::Environment);
        QVERIFY(m_branch && m_environment);
    }

    void init()
    {
        // The real server keeps many settings in the environment override, dotted (fixture 37).
        QVERIFY(put(ConfigLevel::Branch, u"{\"auth\":{\"password\":{\"allowSignIn\":true}}}"_s));
        QVERIFY(put(ConfigLevel::Environment, u"{\"teams.allowClientTeamCreation\":true}"_s));
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        if (m_branch)
            QVERIFY(put(ConfigLevel::Branch, m_branch->normalized().toJsonText()));
        if (m_environment)
            QVERIFY(put(ConfigLevel::Environment, m_environment->toJsonText()));
    }

    void showsValuesAndLevels()
    {
        auto target = loadedTarget();
        QVERIFY(target);
        QVERIFY(target->isLoaded());
        QVERIFY(!target->isOffline());
        QVERIFY(!target->isBusy());
        QCOMPARE(target->values().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        QCOMPARE(target->values().boolAt(u"auth.password.allowSignIn"_s), std::optional<bool>(true));
        QVERIFY(target->levels().contains(ConfigLevel::Branch));
        QVERIFY(target->levels().contains(ConfigLevel::Environment));
        QCOMPARE(target->overrideAt(ConfigLevel::Branch).boolAt(u"auth.password.allowSignIn"_s), std::optional<bool>(true));
        QVERIFY(target->overrideAt(ConfigLevel::Environment).touches(u"teams.allowClientTeamCreation"_s));
        QVERIFY(!target->overrideAt(ConfigLevel::Branch).touches(u"teams.allowClientTeamCreation"_s));
        QVERIFY(target->blockedReason(ConfigSetting::boolean(u"auth.allowSignUp"_s, false)).isEmpty());
    }

    void previewsEachLevelWithShadowing()
    {
        auto target = loadedTarget();
        QVERIFY(target);
        const QList<ConfigSetting> settings = {
            ConfigSetting::boolean(u"auth.allowSignUp"_s, false),                // branch
            ConfigSetting::boolean(u"teams.allowClientTeamCreation"_s, false),   // branch preferred, env sets it
            ConfigSetting::string(u"domains.trustedDomains.d1.baseUrl"_s, u"https://*.example.com"_s).atEnvironment(),
        };
        const QList<ConfigLevelChange> changes = target->preview(settings);
        QCOMPARE(changes.size(), 2);
        const ConfigLevelChange *branch = changeAt(changes, ConfigLevel::Branch);
        const ConfigLevelChange *environment = changeAt(changes, ConfigLevel::Environment);
        QVERIFY(branch && environment);
        QCOMPARE(branch->title, models::configLevelTitle(ConfigLevel::Branch));
        QCOMPARE(branch->before.boolAt(u"auth.allowSignUp"_s), std::nullopt);
        QCOMPARE(branch->after.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QVERIFY(!branch->after.contains(u"teams.allowClientTeamCreation"_s)); // shadowed there: not written
        QCOMPARE(environment->before.boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        QCOMPARE(environment->after.boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(false));
        QCOMPARE(environment->after.stringAt(u"domains.trustedDomains.d1.baseUrl"_s), u"https://*.example.com"_s);
        // A preview writes nothing.
        QCOMPARE(overrideOf(ConfigLevel::Branch)->boolAt(u"auth.allowSignUp"_s), std::nullopt);
    }

    void applyWritesWhereItTakesEffect()
    {
        auto target = loadedTarget();
        QVERIFY(target);
        QSignalSpy applied(target.get(), &models::ConfigTarget::applied);
        QSignalSpy failed(target.get(), &models::ConfigTarget::failed);
        QSignalSpy loaded(target.get(), &models::ConfigTarget::loaded);
        QVERIFY(target->apply({ConfigSetting::boolean(u"teams.allowClientTeamCreation"_s, false),
                               ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        QVERIFY(target->isBusy());
        QVERIFY(!target->apply({ConfigSetting::boolean(u"auth.allowSignUp"_s, true)})); // one at a time
        QVERIFY(applied.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(loaded.count() >= 1);
        QVERIFY(applied.constFirst().constFirst().toStringList().contains(u"auth.allowSignUp"_s));
        QCOMPARE(target->values().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(false));
        QCOMPARE(overrideOf(ConfigLevel::Environment)->boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(false));
        QCOMPARE(overrideOf(ConfigLevel::Branch)->boolAt(u"teams.allowClientTeamCreation"_s), std::nullopt);
        QCOMPARE(overrideOf(ConfigLevel::Branch)->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QVERIFY(!target->apply({})); // nothing to write
    }

    void removalAtEveryLevelThatSetsIt()
    {
        QVERIFY(put(ConfigLevel::Branch,
                    u"{\"auth\":{\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"allowSignIn\":true}}}}}"_s));
        QVERIFY(put(ConfigLevel::Environment,
                    u"{\"auth.oauth.providers.github.isShared\":false,\"auth.oauth.providers.github.clientId\":\"id\","
                    "\"auth.oauth.providers.github.clientSecret\":\"very-secret\"}"_s));
        auto target = loadedTarget();
        QVERIFY(target);
        const QString path = u"auth.oauth.providers.github"_s;
        QCOMPARE(target->values().stringAt(path + u".type"_s), u"github"_s);
        // A plain removal goes to the environment only (it sets the path); the branch keeps it.
        QCOMPARE(target->writer()->levelFor(ConfigSetting::removal(path)), ConfigLevel::Environment);
        const QList<ConfigSetting> removals = {ConfigSetting::removal(path).atLevel(ConfigLevel::Branch),
                                               ConfigSetting::removal(path).atLevel(ConfigLevel::Environment)};
        const QList<ConfigLevelChange> changes = target->preview(removals);
        QCOMPARE(changes.size(), 2);
        for (const ConfigLevelChange &change : changes) {
            QVERIFY(change.before.contains(path));
            QVERIFY(!change.after.contains(path));
        }
        QSignalSpy applied(target.get(), &models::ConfigTarget::applied);
        QVERIFY(target->apply(removals));
        QVERIFY(applied.wait(10000));
        QVERIFY(!target->values().contains(path));
        QVERIFY(!overrideOf(ConfigLevel::Branch)->normalized().contains(path));
        QVERIFY(!overrideOf(ConfigLevel::Environment)->normalized().contains(path));
    }

    void patchBetweenSendsOnlyDifferences()
    {
        const ConfigTree before = ConfigTree::fromJsonText(
            u"{\"auth\":{\"allowSignUp\":false,\"password\":{\"allowSignIn\":true}},"
            "\"apps\":{\"installed\":{\"teams\":{\"enabled\":true},\"rbac\":{\"enabled\":true}}}}"_s);
        const ConfigTree after = ConfigTree::fromJsonText(
            u"{\"auth\":{\"password\":{\"allowSignIn\":true}},\"apps\":{\"installed\":{\"rbac\":{\"enabled\":false}}},"
            "\"teams\":{\"createPersonalTeamOnSignUp\":true}}"_s);
        const api::ConfigPatch patch = ProjectConfigTarget::patchBetween(before, after);
        QStringList paths = patch.paths();
        paths.sort();
        QCOMPARE(paths, (QStringList{u"apps.installed.rbac.enabled"_s, u"apps.installed.teams"_s, u"auth.allowSignUp"_s,
                                     u"teams.createPersonalTeamOnSignUp"_s}));
        const QString body = QString::fromUtf8(patch.toJson());
        QVERIFY2(body.contains(u"\\\"auth.allowSignUp\\\":null"_s), qPrintable(body));
        QVERIFY2(body.contains(u"\\\"apps.installed.teams\\\":null"_s), qPrintable(body));
        QVERIFY(ProjectConfigTarget::patchBetween(before, before).isEmpty());
    }

    void replaceLevelPatchesTheDifferences()
    {
        auto target = loadedTarget();
        QVERIFY(target);
        const ConfigTree wanted = ConfigTree::fromJsonText(u"{\"teams\":{\"createPersonalTeamOnSignUp\":true}}"_s);
        QVERIFY(!target->replaceLevel(ConfigLevel::Branch, target->overrideAt(ConfigLevel::Branch))); // unchanged
        QSignalSpy applied(target.get(), &models::ConfigTarget::applied);
        QSignalSpy failed(target.get(), &models::ConfigTarget::failed);
        QVERIFY(target->replaceLevel(ConfigLevel::Branch, wanted));
        QVERIFY(applied.wait(10000));
        QCOMPARE(failed.count(), 0);
        QStringList paths = applied.constFirst().constFirst().toStringList();
        paths.sort();
        QCOMPARE(paths, (QStringList{u"auth"_s, u"teams.createPersonalTeamOnSignUp"_s}));
        const ConfigTree stored = overrideOf(ConfigLevel::Branch)->normalized();
        QCOMPARE(stored.boolAt(u"teams.createPersonalTeamOnSignUp"_s), std::optional<bool>(true));
        QVERIFY(!stored.contains(u"auth.password.allowSignIn"_s));
        QVERIFY(target->overrideAt(ConfigLevel::Branch).normalized().contains(u"teams.createPersonalTeamOnSignUp"_s));
        // The environment was not touched.
        QCOMPARE(overrideOf(ConfigLevel::Environment)->boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
    }

    void replaceLevelRefusedByTheServerFails()
    {
        auto target = loadedTarget();
        QVERIFY(target);
        QSignalSpy failed(target.get(), &models::ConfigTarget::failed);
        // Not a boolean: the server refuses the override (plain 400).
        QVERIFY(target->replaceLevel(ConfigLevel::Branch,
                                     ConfigTree::fromJsonText(u"{\"teams\":{\"allowClientTeamCreation\":\"x\"}}"_s)));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.constFirst().constFirst().value<models::ConfigSettingsWriter::Stage>(),
                 models::ConfigSettingsWriter::Stage::Writing);
        QVERIFY(!target->isBusy());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestProjectConfigTarget)
#include "tst_ProjectConfigTarget.moc"
