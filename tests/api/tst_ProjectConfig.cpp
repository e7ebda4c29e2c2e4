// Reading configurations (fixtures 35–37: rendered, nested branch override, dotted environment
// override), writing dotted-path patches (fixture 38), and choosing the level a write takes effect at.

#include "Fixtures.h"

#include "dto/ProjectConfig.h"
#include "endpoints/ConfigEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigPatch;
using api::ConfigTree;

class TestProjectConfig : public QObject
{
    Q_OBJECT

private:
    static ConfigTree load(const QString &fixture) { return api::parseJson<ConfigTree>(Fixture::load(fixture).body); }

private Q_SLOTS:
    void renderedConfig()
    {
        const ConfigTree rendered = load(u"35-config-rendered"_s);
        QCOMPARE(rendered.boolAt(u"apiKeys.enabled.user"_s), std::optional<bool>(true));
        QCOMPARE(rendered.enabledKeysAt(u"rbac.defaultPermissions.teamCreator"_s), QStringList{u"team_admin"_s});
        QCOMPARE(rendered.enabledKeysAt(u"rbac.defaultPermissions.signUp"_s), QStringList());
        QVERIFY(rendered.contains(u"rbac.defaultPermissions.signUp"_s));
        QVERIFY(rendered.keysAt(u"rbac.permissions"_s).contains(u"fixture:read"_s));
        QCOMPARE(rendered.stringAt(u"rbac.permissions.team_member.scope"_s), std::optional<QString>(u"team"_s));
        QCOMPARE(rendered.boolAt(u"rbac.permissions"_s), std::nullopt); // an object, not a bool
        QCOMPARE(rendered.boolAt(u"no.such.path"_s), std::nullopt);
    }

    void dottedKeysReadLikeNestedOnes()
    {
        const ConfigTree environment = load(u"37-config-override-environment"_s);
        QCOMPARE(environment.boolAt(u"apiKeys.enabled.team"_s), std::optional<bool>(true));
        QCOMPARE(environment.enabledKeysAt(u"rbac.defaultPermissions.teamMember"_s), QStringList{u"team_member"_s});
        QCOMPARE(environment.stringAt(u"rbac.permissions.fixture:read.scope"_s), std::optional<QString>(u"project"_s));
        const ConfigTree mixed = ConfigTree::fromJsonText(uR"({"a":{"b.c":1,"d":true},"a.e":false})"_s);
        QCOMPARE(mixed.keysAt(u"a.b"_s), QStringList{u"c"_s});
        QCOMPARE(mixed.boolAt(u"a.d"_s), std::optional<bool>(true));
        QCOMPARE(mixed.boolAt(u"a.e"_s), std::optional<bool>(false));
    }

    void touchesTellsWhatAnOverrideShadows()
    {
        const ConfigTree environment = load(u"37-config-override-environment"_s);
        QVERIFY(environment.touches(u"rbac.defaultPermissions.teamMember"_s));     // the key itself
        QVERIFY(environment.touches(u"rbac.defaultPermissions.teamMember.x"_s));   // inside it
        QVERIFY(environment.touches(u"rbac.defaultPermissions"_s));                // a key inside the path
        QVERIFY(environment.touches(u"rbac.permissions.new_one"_s));               // inside a map it sets
        QVERIFY(!environment.touches(u"rbac.defaultPermissions.signUp"_s));        // not set there
        QVERIFY(!environment.touches(u"onboarding.requireEmailVerification"_s));
        const ConfigTree branch = load(u"36-config-override-branch"_s);
        QVERIFY(branch.touches(u"apps.installed.teams.enabled"_s));
        QVERIFY(!branch.touches(u"apiKeys.enabled.user"_s));
        QVERIFY(!ConfigTree().touches(u"anything"_s));
    }

    void effectiveLevelAvoidsShadowedWrites()
    {
        const ConfigTree branch = load(u"36-config-override-branch"_s);
        const ConfigTree environment = load(u"37-config-override-environment"_s);
        using api::config::effectiveLevel;
        QCOMPARE(effectiveLevel(u"rbac.defaultPermissions.teamMember"_s, ConfigLevel::Branch, branch, environment),
                 ConfigLevel::Environment);
        QCOMPARE(effectiveLevel(u"rbac.defaultPermissions.signUp"_s, ConfigLevel::Branch, branch, environment),
                 ConfigLevel::Branch);
        QCOMPARE(effectiveLevel(u"apps.installed.teams.enabled"_s, ConfigLevel::Project, branch, ConfigTree()),
                 ConfigLevel::Branch);
        QCOMPARE(effectiveLevel(u"payments.testMode"_s, ConfigLevel::Environment, branch, environment),
                 ConfigLevel::Environment);
    }

    void patchBody()
    {
        ConfigPatch patch;
        patch.setBool(u"teams.allowClientTeamCreation"_s, true);
        const QJsonObject recorded = QJsonDocument::fromJson(Fixture::rawJson(u"38-config-override-patch-branch"_s))
                                         .object()[u"request"_s].toObject()[u"body"_s].toObject();
        const QJsonObject sent = QJsonDocument::fromJson(patch.toJson()).object();
        QCOMPARE(sent.keys(), recorded.keys());
        const auto inner = [](const QJsonObject &body) {
            return QJsonDocument::fromJson(body[u"config_override_string"_s].toString().toUtf8()).object();
        };
        QCOMPARE(inner(sent), inner(recorded));

        ConfigPatch several;
        several.setIdSet(u"rbac.defaultPermissions.teamMember"_s, {u"team_member"_s, u"reader"_s})
            .remove(u"rbac.defaultPermissions.teamMember.old"_s)
            .setString(u"emails.selectedThemeId"_s, u"t \"1\""_s)
            .setJson(u"x.y"_s, u"[1,2]"_s);
        QCOMPARE(several.paths().size(), 4);
        const QJsonObject values = inner(QJsonDocument::fromJson(several.toJson()).object());
        QCOMPARE(values[u"rbac.defaultPermissions.teamMember"_s].toObject().keys(),
                 (QStringList{u"reader"_s, u"team_member"_s}));
        QVERIFY(values[u"rbac.defaultPermissions.teamMember.old"_s].isNull());
        QCOMPARE(values[u"emails.selectedThemeId"_s].toString(), u"t \"1\""_s);
        QCOMPARE(values[u"x.y"_s].toArray().size(), 2);
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigPatch().setJson(u"x"_s, u"{"_s));
    }

    void replaceBodyAndSource()
    {
        // PUT body: the config as a JSON string, the source only when given.
        const ConfigTree tree = ConfigTree::fromJsonText(u"{\"teams\":{\"allowClientTeamCreation\":true},\"auth.allowSignUp\":false}"_s);
        const QJsonObject withoutSource = QJsonDocument::fromJson(api::replaceOverrideBody(tree, std::nullopt)).object();
        QCOMPARE(withoutSource.keys(), QStringList{u"config_string"_s});
        const QJsonObject sentConfig = QJsonDocument::fromJson(withoutSource[u"config_string"_s].toString().toUtf8()).object();
        QVERIFY(sentConfig[u"teams"_s].toObject()[u"allowClientTeamCreation"_s].toBool());
        QCOMPARE(sentConfig[u"auth.allowSignUp"_s], QJsonValue(false));
        const QJsonObject pushed = QJsonDocument::fromJson(api::replaceOverrideBody(tree, api::ConfigSource::pushedFromDesktop())).object();
        QCOMPARE(pushed.keys(), (QStringList{u"config_string"_s, u"source"_s}));
        QCOMPARE(pushed[u"source"_s].toObject(), QJsonObject({{u"type"_s, u"pushed-from-unknown"_s}}));

        api::ConfigSource github;
        github.type = api::ConfigSource::Type::PushedFromGithub;
        github.typeId = u"pushed-from-github"_s;
        github.owner = u"acme"_s;
        github.repo = u"app"_s;
        github.branch = u"main"_s;
        github.commitHash = u"abc"_s;
        github.configFilePath = u"hexclave.config.ts"_s;
        QCOMPARE(QJsonDocument::fromJson(github.toJson()).object(),
                 QJsonObject({{u"type"_s, u"pushed-from-github"_s}, {u"owner"_s, u"acme"_s}, {u"repo"_s, u"app"_s}, {u"branch"_s, u"main"_s},
                              {u"commit_hash"_s, u"abc"_s}, {u"config_file_path"_s, u"hexclave.config.ts"_s}}));

        // GET /internal/config/source answers {"source": {...}}.
        const auto read = api::parseJson<api::ConfigSource>(
            R"({"source":{"type":"pushed-from-github","owner":"acme","repo":"custom-org/app","branch":"main","commit_hash":"abc","config_file_path":"c.ts","workflow_path":"w.yml"}})");
        QCOMPARE(read.type, api::ConfigSource::Type::PushedFromGithub);
        QCOMPARE(read.repo, u"custom-org/app"_s);
        QCOMPARE(read.workflowPath, std::optional<QString>(u"w.yml"_s));
        QCOMPARE(api::parseJson<api::ConfigSource>(R"({"source":{"type":"unlinked"}})").type, api::ConfigSource::Type::Unlinked);
        const auto other = api::parseJson<api::ConfigSource>(R"({"source":{"type":"pushed-from-gitlab"}})");
        QCOMPARE(other.type, api::ConfigSource::Type::Other);
        QCOMPARE(other.typeId, u"pushed-from-gitlab"_s);
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<api::ConfigSource>(R"({"source":{}})"));
    }

    // The tree's helpers recurse, so nesting is refused beyond 100 levels, dotted keys included.
    void deepNestingIsRefused()
    {
        const auto nested = [](int levels) -> QString {
            return QString(levels - 1, u'[') + u"{\"a\":1}"_s + QString(levels - 1, u']');
        };
        const auto objects = [](int levels) -> QString {
            return u"{\"a\":"_s.repeated(levels) + u'1' + QString(levels, u'}');
        };
        QCOMPARE(ConfigTree::fromJsonText(objects(100)).leafPaths(), QStringList{QStringList(100, u"a"_s).join(u'.')});
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigTree::fromJsonText(objects(101)));
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigTree::fromJsonText(u"{\"a\":"_s + nested(100) + u'}'));
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigTree::fromJsonText(objects(200000)));

        const QString dotted = QStringList(100, u"a"_s).join(u'.');
        QCOMPARE(ConfigTree::fromJsonText(u"{\""_s + dotted + u"\":1}"_s).leafPaths(), QStringList{dotted});
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigTree::fromJsonText(u"{\"b\":{\""_s + dotted + u"\":1}}"_s));
        QVERIFY_THROWS_EXCEPTION(std::exception, ConfigTree().withValue(u"a"_s, objects(100)));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ConfigTree>(QJsonDocument(QJsonObject{{u"config_string"_s, objects(101)}}).toJson()));
    }

    void malformedConfigStringsAreErrors()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ConfigTree>(R"({"config_string":"{oops"})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ConfigTree>(R"({"config_string":"[1]"})"));
        QVERIFY_THROWS_EXCEPTION(std::exception, api::parseJson<ConfigTree>(R"({"config":"{}"})"));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestProjectConfig)
#include "tst_ProjectConfig.moc"
