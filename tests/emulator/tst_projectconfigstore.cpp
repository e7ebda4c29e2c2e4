// ProjectConfigStore: the server's override format (format.ts override/normalize, applyDefaults),
// writes per level (PATCH replaces keys and their children, null is stored, PUT replaces the
// level), rendering across levels, the cache, a new project's defaults (fixture 35) and the
// validation of overrides.
#include "TestHttpClient.h"

#include "emulator/PermissionCatalog.h"
#include "emulator/ProjectConfigStore.h"
#include "emulator/ProjectRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using Json = ProjectConfigStore::Json;

namespace {

// Equal content, whatever the key order (ordered_json compares in order).
bool sameContent(const Json &a, const Json &b)
{
    return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump());
}

QStringList keysOf(const Json &object)
{
    QStringList keys;
    for (const auto &item : object.items())
        keys.append(QString::fromStdString(item.key()));
    return keys;
}

const Json kTeamDefaults = {{"teams", {{"a", false}, {"b", false}}}};

} // namespace

#define COMPARE_CONTENT(actual, expected)                                                                       \
    QVERIFY2(sameContent((actual), (expected)),                                                                 \
             qPrintable(QString::fromStdString("\n   actual: " + Json(actual).dump() + "\n expected: " + Json(expected).dump())))

class TestProjectConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void overrideReplacesKeysAndTheirChildren()
    {
        // format.ts's own example: "c.e" removes "c.e.f"; "c.g" stays; nulls are kept.
        const Json base = {{"a", 1}, {"b", 2}, {"c.d", 3}, {"c.e.f", 4}, {"c.g", 5}};
        const Json patch = {{"a", 9}, {"c.d", 10}, {"c.e", nullptr}};
        const Json expected = {{"b", 2}, {"c.g", 5}, {"a", 9}, {"c.d", 10}, {"c.e", nullptr}};
        COMPARE_JSON(ProjectConfigStore::override(base, patch), expected); // order too: kept keys, then the patch's

        // An object value replaces the whole subtree, dotted or nested; nothing is merged.
        const Json nested = {{"teams", {{"a", true}}}, {"teams.b", true}, {"teamsx", 1}};
        COMPARE_JSON(ProjectConfigStore::override(nested, {{"teams", {{"b", false}}}}),
                     Json({{"teamsx", 1}, {"teams", {{"b", false}}}}));
        // A deeper key leaves a shallower one alone (rendering resolves the two).
        COMPARE_JSON(ProjectConfigStore::override({{"teams", {{"a", true}}}}, {{"teams.a", false}}),
                     Json({{"teams", {{"a", true}}}, {"teams.a", false}}));
    }

    void normalizeResolvesDottedKeys()
    {
        const Json config = {{"x.y", 1},          // parent missing: ignored
                             {"b.z", 1},          // parent not an object: ignored
                             {"a", 9},
                             {"b", 2},
                             {"c", Json::object()},
                             {"c.d", 10},
                             {"c.e", nullptr},
                             {"c.g", 5},
                             {"k", {{"l", Json::object()}}},
                             {"k.l.m", 13},
                             {"n", {{"o", 1}, {"o.p", 2}}},
                             {"q", {{"r", 1}}},
                             {"q.r", nullptr}};
        const Json expected = {{"a", 9}, {"b", 2}, {"c", {{"d", 10}, {"g", 5}}}, {"k", {{"l", {{"m", 13}}}}},
                               {"n", {{"o", 1}}}, {"q", Json::object()}};
        COMPARE_CONTENT(ProjectConfigStore::normalize(config), expected);
    }

    void defaultsMergeDeeplyAndFillRecordEntries()
    {
        COMPARE_CONTENT(ProjectConfigStore::withDefaults({{"a", {{"b", 1}}}}, {{"a", {{"c", 2}}}}),
                        Json({{"a", {{"b", 1}, {"c", 2}}}}));
        COMPARE_CONTENT(ProjectConfigStore::withDefaults({{"a", {{"b", {{"c", 1}}}}}}, {{"a.b", {{"d", 2}}}}),
                        Json({{"a", {{"b", {{"c", 1}}}}}, {"a.b", {{"c", 1}, {"d", 2}}}}));
        COMPARE_CONTENT(ProjectConfigStore::withDefaults({{"a", 1}}, {{"a.b", 2}}), Json({{"a", 1}, {"a.b", 2}}));
        // A record's entries get the per-entry defaults ("*"), also when a dotted key passes through.
        const Json record = {{"r", {{"*", {{"x", 1}}}}}};
        COMPARE_CONTENT(ProjectConfigStore::withDefaults(record, Json::object()), Json({{"r", Json::object()}}));
        COMPARE_CONTENT(ProjectConfigStore::withDefaults(record, {{"r", {{"k", {{"y", 2}}}}}}),
                        Json({{"r", {{"k", {{"x", 1}, {"y", 2}}}}}}));
        COMPARE_CONTENT(ProjectConfigStore::withDefaults(record, {{"r.k.y", 2}}),
                        Json({{"r", {{"k", {{"x", 1}}}}}, {"r.k.y", 2}}));
    }

    void patchReplacesWithinALevel()
    {
        ProjectConfigStore store(kTeamDefaults);
        store.patch(ConfigLevel::Branch, {{"teams", {{"a", true}}}});
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", true}, {"b", false}})); // the defaults fill in
        store.patch(ConfigLevel::Branch, {{"teams.b", true}});
        COMPARE_JSON(store.overrideAt(ConfigLevel::Branch), Json({{"teams", {{"a", true}}}, {"teams.b", true}}));
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", true}, {"b", true}}));
        // A whole object replaces everything the level had under it: a goes back to its default.
        store.patch(ConfigLevel::Branch, {{"teams", {{"b", true}}}});
        COMPARE_JSON(store.overrideAt(ConfigLevel::Branch), Json({{"teams", {{"b", true}}}}));
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", false}, {"b", true}}));
        QVERIFY(store.boolAt("teams.b", false));
        QVERIFY(!store.boolAt("teams.a", true));
        QVERIFY(store.boolAt("teams.missing", true)); // the fallback
    }

    void levelsApplyInOrder()
    {
        ProjectConfigStore store(kTeamDefaults);
        store.patch(ConfigLevel::Project, {{"teams.a", true}, {"teams.b", true}});
        store.patch(ConfigLevel::Branch, {{"teams.b", false}});
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", true}, {"b", false}}));
        // A higher level's object hides every key of the lower levels below that path.
        store.patch(ConfigLevel::Environment, {{"teams", {{"b", true}}}});
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", false}, {"b", true}}));
        // The lower levels still hold their values.
        COMPARE_JSON(store.overrideAt(ConfigLevel::Project), Json({{"teams.a", true}, {"teams.b", true}}));
    }

    void nullIsStoredAndRemoves()
    {
        ProjectConfigStore store(kTeamDefaults);
        store.patch(ConfigLevel::Branch, {{"teams.a", true}});
        store.patch(ConfigLevel::Environment, {{"teams.a", nullptr}});
        COMPARE_JSON(store.overrideAt(ConfigLevel::Environment), Json({{"teams.a", nullptr}}));
        COMPARE_JSON(store.rendered()["teams"], Json({{"b", false}})); // removed, the default too
        QVERIFY(store.valueAt("teams.a") == nullptr);
        // Writing the key again replaces the stored null.
        store.patch(ConfigLevel::Environment, {{"teams.a", false}});
        COMPARE_JSON(store.overrideAt(ConfigLevel::Environment), Json({{"teams.a", false}}));
    }

    void putReplacesTheLevel()
    {
        ProjectConfigStore store(kTeamDefaults);
        store.patch(ConfigLevel::Branch, {{"teams.a", true}});
        store.replace(ConfigLevel::Branch, {{"teams", {{"b", true}}}});
        COMPARE_JSON(store.overrideAt(ConfigLevel::Branch), Json({{"teams", {{"b", true}}}}));
        COMPARE_JSON(store.rendered()["teams"], Json({{"a", false}, {"b", true}}));
    }

    void renderingIsCachedUntilAWrite()
    {
        ProjectConfigStore store(kTeamDefaults);
        const Json *first = &store.rendered();
        const quint64 revision = store.revision();
        const std::string text = store.renderedText();
        QCOMPARE(&store.rendered(), first);
        QCOMPARE(store.revision(), revision);
        QCOMPARE(text, std::string(R"({"teams":{"a":false,"b":false}})"));

        store.patch(ConfigLevel::Branch, {{"teams.a", true}});
        QVERIFY(store.revision() != revision);
        QCOMPARE(store.renderedText(), std::string(R"({"teams":{"a":true,"b":false}})"));
        QVERIFY(store.boolAt("teams.a", false));
        // Revisions are unique across stores, so a derived index never mistakes one for another.
        QVERIFY(ProjectConfigStore(kTeamDefaults).revision() != store.revision());
    }

    void permissionCatalogFollowsTheConfig()
    {
        ProjectRecord project;
        const PermissionCatalog &catalog = PermissionCatalog::of(project);
        QVERIFY(catalog.find(PermissionScope::Team, "team_member"));
        QVERIFY(!catalog.find(PermissionScope::Project, "reports"));
        project.config.patch(ConfigLevel::Environment,
                             {{"rbac.permissions.reports", {{"scope", "project"}, {"description", "Reports"}}}});
        const PermissionDefinition *reports = PermissionCatalog::of(project).find(PermissionScope::Project, "reports");
        QVERIFY(reports);
        QCOMPARE(reports->description, std::string("Reports"));
        QVERIFY(reports->containedPermissionIds.empty()); // the entry's default
        QCOMPARE(PermissionCatalog::of(project).configuredScope("team_admin"), std::optional<std::string>("team"));
        QCOMPARE(PermissionCatalog::of(project).defaults(DefaultPermissions::TeamCreator), std::vector<std::string>{"team_admin"});
        QCOMPARE(PermissionCatalog::of(project).expand(PermissionScope::Team, {"team_member", "nope"}, true),
                 (std::vector<std::string>{"$invite_members", "$read_members", "team_member"}));
    }

    void newProjectMatchesFixture35()
    {
        FIXTURE_BODY(body, u"35-config-rendered"_s);
        const Json recorded = Json::parse(body["config_string"].get<std::string>());
        const ProjectConfigStore store;
        const Json &rendered = store.rendered();
        QCOMPARE(keysOf(rendered), keysOf(recorded));
        QCOMPARE(keysOf(rendered["rbac"]), keysOf(recorded["rbac"]));
        // In the order the stored override meets them in (fixture 35 lists fixture:read as well).
        QCOMPARE(keysOf(rendered["rbac"]["permissions"]), (QStringList{u"team_admin"_s, u"team_member"_s}));
        for (const char *section : {"apiKeys", "teams", "users", "onboarding", "domains"}) {
            const QString difference = Fixtures::shapeDifference(recorded[section], rendered[section], QString::fromLatin1(section));
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        for (const char *id : {"team_admin", "team_member"}) {
            const QString difference = Fixtures::shapeDifference(recorded["rbac"]["permissions"][id], rendered["rbac"]["permissions"][id]);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        COMPARE_CONTENT(rendered["rbac"]["permissions"]["team_admin"], recorded["rbac"]["permissions"]["team_admin"]);
        COMPARE_CONTENT(rendered["rbac"]["permissions"]["team_member"], recorded["rbac"]["permissions"]["team_member"]);
        COMPARE_JSON(rendered["rbac"]["defaultPermissions"], recorded["rbac"]["defaultPermissions"]);
        QCOMPARE(keysOf(rendered["auth"]), keysOf(recorded["auth"]));
        QVERIFY(rendered["auth"]["password"]["allowSignIn"].get<bool>());
        QVERIFY(!rendered["teams"]["allowClientTeamCreation"].get<bool>()); // a new project's (fixture 47)
        QVERIFY(!rendered["apiKeys"]["enabled"]["user"].get<bool>());
        QVERIFY(rendered["domains"]["allowLocalhost"].get<bool>());
        QVERIFY(rendered["apps"]["installed"]["authentication"]["enabled"].get<bool>());
        // The server writes a new project's settings into the environment override, as dotted keys.
        const Json &environment = store.overrideAt(ConfigLevel::Environment);
        QVERIFY(environment.contains("rbac.permissions.team_admin"));
        COMPARE_JSON(environment["rbac.defaultPermissions.teamMember"], Json({{"team_member", true}}));
        COMPARE_JSON(store.overrideAt(ConfigLevel::Branch), Json::object());
    }

    void overrideProblems_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("problem");
        const int project = int(ConfigLevel::Project), branch = int(ConfigLevel::Branch), environment = int(ConfigLevel::Environment);
        QTest::newRow("fine") << branch << uR"({"teams.allowClientTeamCreation": true, "teams": {"createPersonalTeamOnSignUp": null}})"_s << QString();
        QTest::newRow("record entries") << environment << uR"({"rbac.permissions": {"a:b": {"scope": "team", "containedPermissionIds": {"$read_members": true}}}})"_s << QString();
        QTest::newRow("open section") << branch << uR"({"payments": {"anything": [1, 2]}})"_s << QString();
        QTest::newRow("not an object") << branch << u"[1]"_s << u"Config override must be a non-null object."_s;
        QTest::newRow("null") << branch << u"null"_s << u"Config override must be a non-null object."_s;
        QTest::newRow("bad key") << branch << uR"({"teams..x": true})"_s
                                 << u"Invalid config format: All keys of override must consist of only alphanumeric characters, dots, "
                                    "underscores, dollar signs, or hyphens and start with a character other than a hyphen (found: teams..x)"_s;
        QTest::newRow("bad nested key") << branch << uR"({"rbac": {"permissions": {"-x": {}}}})"_s
                                        << u"Invalid config format: All keys of override.rbac.permissions must consist of only alphanumeric "
                                           "characters, dots, underscores, dollar signs, or hyphens and start with a character other than a "
                                           "hyphen (found: -x)"_s;
        QTest::newRow("unknown") << branch << uR"({"nope": 1})"_s << uR"(The key "nope" is not valid (nested object not found in schema: "nope").)"_s;
        QTest::newRow("unknown below") << branch << uR"({"teams.nope": 1})"_s
                                       << uR"(The key "teams.nope" is not valid (nested object not found in schema: "teams.nope").)"_s;
        QTest::newRow("unknown deeper") << branch << uR"({"teams.nope.x": 1})"_s
                                        << uR"(The key "teams.nope.x" is not valid (nested object not found in schema: "teams.nope").)"_s;
        QTest::newRow("dot in a nested key") << branch << uR"({"auth": {"oauth.providers": {}}})"_s
                                             << u"Key oauth.providers contains a dot, which is not allowed in config override."_s;
        QTest::newRow("dot deep down") << environment << uR"({"rbac": {"permissions": {"a": {"containedPermissionIds": {"b.c": true}}}}})"_s
                                       << u"Key b.c contains a dot, which is not allowed in config override."_s;
        QTest::newRow("dots at the top") << branch << uR"({"auth.oauth.providers.github.allowSignIn": true})"_s << QString();
        QTest::newRow("unknown property") << branch << uR"({"teams": {"nope": 1}})"_s << u"teams contains unknown properties: nope"_s;
        QTest::newRow("type") << branch << uR"({"teams.allowClientTeamCreation": "yes"})"_s
                              << u"teams.allowClientTeamCreation must be a `boolean` type, but the final value was: `\"yes\"`."_s;
        QTest::newRow("nested type") << branch << uR"({"apiKeys": {"enabled": {"user": 1}}})"_s
                                     << u"apiKeys.enabled.user must be a `boolean` type, but the final value was: `1`."_s;
        QTest::newRow("scope") << environment << uR"({"rbac.permissions.x.scope": "org"})"_s
                               << u"rbac.permissions.x.scope must be one of the following values: team, project"_s;
        QTest::newRow("project level") << project << uR"({"teams.allowClientTeamCreation": true})"_s
                                       << uR"(The key "teams.allowClientTeamCreation" is not valid (nested object not found in schema: "teams").)"_s;
        // Environment-only keys (newest schema): the branch level does not know them.
        QTest::newRow("environment secret on branch") << branch << uR"({"domains.trustedDomains": {}})"_s
                                                      << uR"(The key "domains.trustedDomains" is not valid (nested object not found in schema: "domains.trustedDomains").)"_s;
        QTest::newRow("trusted domain on branch") << branch << uR"({"domains.trustedDomains.x": {"baseUrl": "https://a.example"}})"_s
                                                  << uR"(The key "domains.trustedDomains.x" is not valid (nested object not found in schema: "domains.trustedDomains").)"_s;
        QTest::newRow("localhost on branch") << branch << uR"({"domains.allowLocalhost": true})"_s
                                             << uR"(The key "domains.allowLocalhost" is not valid (nested object not found in schema: "domains.allowLocalhost").)"_s;
        QTest::newRow("client secret on branch") << branch << uR"({"auth.oauth.providers.github.clientSecret": "s"})"_s
                                                 << uR"(The key "auth.oauth.providers.github.clientSecret" is not valid (nested object not found in schema: "auth.oauth.providers.github.clientSecret").)"_s;
        QTest::newRow("client secret inside a provider") << branch << uR"({"auth.oauth.providers.github": {"type": "github", "clientSecret": "s"}})"_s
                                                         << u"auth.oauth.providers.github contains unknown properties: clientSecret"_s;
        QTest::newRow("provider type") << branch << uR"({"auth.oauth.providers.x": {"type": "myspace"}})"_s
                                       << u"auth.oauth.providers.x.type must be one of the following values: google, github, microsoft, "
                                          "spotify, facebook, discord, gitlab, bitbucket, linkedin, apple, x, twitch"_s;
        QTest::newRow("email server on branch") << branch << uR"({"emails": {"server": {"isShared": true}}})"_s
                                                << u"emails contains unknown properties: server"_s;
        QTest::newRow("test mode on branch") << branch << uR"({"payments.testMode": false})"_s
                                             << uR"(The key "payments.testMode" is not valid (nested object not found in schema: "payments.testMode").)"_s;
        QTest::newRow("environment secret") << environment << uR"({"domains.trustedDomains": {}})"_s << QString();
        QTest::newRow("environment provider") << environment << uR"({"auth.oauth.providers.github": {"type": "github", "isShared": false, "clientId": "i", "clientSecret": "s"}, "domains.allowLocalhost": false, "emails.server": {"isShared": true}, "payments.testMode": true})"_s << QString();
    }

    void overrideProblems()
    {
        QFETCH(int, level);
        QFETCH(QString, override);
        QFETCH(QString, problem);
        const auto found = ProjectConfigStore::overrideProblem(ConfigLevel(level), Json::parse(override.toStdString()));
        QCOMPARE(found.value_or(QString()), problem);
    }

    void storageOrder()
    {
        const Json stored = {{"rbac.permissions", {{"team_member", 1}, {"a", 2}}}, {"emails.server", 3}, {"auth.allowSignUp", 4}};
        const Json ordered = ProjectConfigStore::inStorageOrder(stored);
        QCOMPARE(keysOf(ordered), (QStringList{u"emails.server"_s, u"auth.allowSignUp"_s, u"rbac.permissions"_s}));
        QCOMPARE(keysOf(ordered["rbac.permissions"]), (QStringList{u"a"_s, u"team_member"_s}));
    }
};

QTEST_GUILESS_MAIN(TestProjectConfigStore)
#include "tst_projectconfigstore.moc"
