// ConfigRoutes: GET /internal/config (fixture 35), GET|PUT|PATCH /internal/config/override/{level}
// (fixtures 36–38): the shapes, the server's write rules through HTTP, validation, and that
// only admin access gets in.
#include "EmulatorTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using namespace hexclave::emulator::test;
using nlohmann::ordered_json;

class TestConfigRoutes : public EmulatorTestCase
{
    Q_OBJECT

private:
    Headers second() const { return TestHttpClient::admin(m_account.secondProjectId, u"sak_emulator0second0project0super0secret0adm"_s); }

    static QStringList keysOf(const ordered_json &object)
    {
        QStringList keys;
        for (const auto &item : object.items())
            keys.append(QString::fromStdString(item.key()));
        return keys;
    }

    // The config_string of an answer, parsed (discarded when there is none).
    static ordered_json configOf(const HttpResult &result)
    {
        const ordered_json body = result.json();
        if (!body.is_object() || !body.contains("config_string") || !body["config_string"].is_string())
            return ordered_json(ordered_json::value_t::discarded);
        return ordered_json::parse(body["config_string"].get<std::string>(), nullptr, false);
    }

    ordered_json rendered(const Headers &headers) { return configOf(m_http->get(u"/internal/config"_s, headers)); }
    ordered_json overrideAt(const QString &level, const Headers &headers)
    {
        return configOf(m_http->get(u"/internal/config/override/"_s + level, headers));
    }

    HttpResult patch(const QString &level, const ordered_json &override, const Headers &headers)
    {
        return m_http->patchJson(u"/internal/config/override/"_s + level, headers, {{"config_override_string", override.dump()}});
    }

    HttpResult put(const QString &level, const ordered_json &body, const Headers &headers)
    {
        return m_http->send("PUT", u"/internal/config/override/"_s + level, withHeader(headers, "content-type", "application/json"),
                            QByteArray::fromStdString(body.dump()));
    }

private slots:
    void initTestCase() { QVERIFY2(startEmulator(), qPrintable(startError())); }

    void renderedMatchesFixture35()
    {
        const auto result = m_http->get(u"/internal/config"_s, admin());
        QCOMPARE(result.status, 200);
        QCOMPARE(keysOf(result.json()), QStringList{u"config_string"_s});
        FIXTURE_BODY(body, u"35-config-rendered"_s);
        const ordered_json recorded = ordered_json::parse(body["config_string"].get<std::string>());
        const ordered_json config = configOf(result);
        // Fixture 35 predates support; the demo project's branch override adds its SLA targets.
        QStringList keys = keysOf(config);
        QVERIFY(keys.removeAll(u"support"_s) == 1);
        QCOMPARE(keys, keysOf(recorded));
        for (const char *section : {"apiKeys", "teams", "users", "onboarding", "domains"}) {
            const QString difference = Fixtures::shapeDifference(recorded[section], config[section], QString::fromLatin1(section));
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        const QString defaults = Fixtures::shapeDifference(recorded["rbac"]["defaultPermissions"], config["rbac"]["defaultPermissions"]);
        QVERIFY2(defaults.isEmpty(), qPrintable(defaults));
        // The demo project: its definitions, and the settings its legacy config reports.
        QCOMPARE(keysOf(config["rbac"]["permissions"]),
                 (QStringList{u"admin"_s, u"billing"_s, u"team_admin"_s, u"team_member"_s, u"support:read"_s}));
        COMPARE_JSON(config["rbac"]["permissions"]["admin"],
                     ordered_json({{"containedPermissionIds", {{"billing", true}, {"support:read", true}}},
                                   {"description", "Full access to the admin area"},
                                   {"scope", "project"}}));
        COMPARE_JSON(config["apiKeys"], ordered_json({{"enabled", {{"team", true}, {"user", true}}}}));
        QVERIFY(config["teams"]["allowClientTeamCreation"].get<bool>());
        QVERIFY(config["onboarding"]["requireEmailVerification"].get<bool>());
        QCOMPARE(m_emulator->projectConfig(m_account.projectId), QString::fromStdString(result.json()["config_string"].get<std::string>()));
        QVERIFY(m_emulator->projectConfig(u"no-such-project"_s).isEmpty());

        // A project made like a new one: nothing optional on (fixture 47's new project).
        const ordered_json fresh = rendered(second());
        QVERIFY(!fresh["teams"]["allowClientTeamCreation"].get<bool>());
        COMPARE_JSON(fresh["apiKeys"], ordered_json({{"enabled", {{"team", false}, {"user", false}}}}));
        QCOMPARE(keysOf(fresh["rbac"]["permissions"]), (QStringList{u"team_admin"_s, u"team_member"_s}));
    }

    void overridesMatchFixtures36And37()
    {
        // Environment: where the server keeps the definitions, as one "rbac.permissions" (fixture 37).
        const ordered_json environment = overrideAt(u"environment"_s, admin());
        FIXTURE_BODY(body37, u"37-config-override-environment"_s);
        const ordered_json recorded = ordered_json::parse(body37["config_string"].get<std::string>());
        QVERIFY(environment.contains("rbac.permissions"));
        QVERIFY(!environment.contains("rbac.permissions.team_admin")); // replaced by the definitions' writes
        COMPARE_JSON(environment["rbac.permissions"]["team_admin"], recorded["rbac.permissions"]["team_admin"]);
        for (const char *key : {"auth.allowSignUp", "rbac.defaultPermissions.teamMember", "rbac.defaultPermissions.teamCreator",
                                "teams.allowClientTeamCreation", "apiKeys.enabled.user", "domains.allowLocalhost", "emails.server"}) {
            QVERIFY2(environment.contains(key), key);
            QVERIFY2(environment[key].type() == recorded[key].type(), key);
        }
        // Keys in the jsonb column's order: shorter first, then bytewise (as in the fixtures).
        QStringList keys = keysOf(environment);
        QStringList sorted = keys;
        std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        QCOMPARE(keys, sorted);

        // Branch: nested objects, like fixture 36.
        const auto branch = m_http->get(u"/internal/config/override/branch"_s, admin());
        QCOMPARE(branch.status, 200);
        FIXTURE_BODY(body36, u"36-config-override-branch"_s);
        QCOMPARE(keysOf(branch.json()), keysOf(body36));
        QVERIFY(configOf(branch)["apps"]["installed"]["rbac"]["enabled"].get<bool>());
        COMPARE_JSON(overrideAt(u"branch"_s, second()), ordered_json::object());
        COMPARE_JSON(overrideAt(u"project"_s, second()), ordered_json::object());
    }

    void patchMatchesFixture38()
    {
        FIXTURE_BODY(exchange, u"38-config-override-patch-branch"_s);
        const auto result = m_http->patchJson(u"/internal/config/override/branch"_s, admin(),
                                              Fixtures::load(u"38-config-override-patch-branch"_s)["request"]["body"]);
        QCOMPARE(result.status, 200);
        COMPARE_JSON(result.json(), Fixtures::responseBody(u"38-config-override-patch-branch"_s));
        QVERIFY(overrideAt(u"branch"_s, admin())["teams.allowClientTeamCreation"].get<bool>());
        QVERIFY(overrideAt(u"branch"_s, admin()).contains("apps")); // the other keys stay
    }

    void writesFollowTheServersRules()
    {
        // A branch write does not show while the environment sets the same key (a new project's
        // environment override sets it).
        QCOMPARE(patch(u"branch"_s, {{"teams.allowClientTeamCreation", true}}, second()).status, 200);
        QVERIFY(overrideAt(u"branch"_s, second())["teams.allowClientTeamCreation"].get<bool>());
        QVERIFY(!rendered(second())["teams"]["allowClientTeamCreation"].get<bool>());
        // A key replaces itself and everything below it, within a level and across levels: the
        // environment's "teams" drops its own teams.* keys and hides the branch's.
        QCOMPARE(patch(u"environment"_s, {{"teams", {{"createPersonalTeamOnSignUp", true}}}}, second()).status, 200);
        const ordered_json teams = rendered(second())["teams"];
        COMPARE_JSON(teams, ordered_json({{"createPersonalTeamOnSignUp", true}, {"allowClientTeamCreation", false}}));
        QVERIFY(!overrideAt(u"environment"_s, second()).contains("teams.allowClientTeamCreation"));

        // null is stored, and removes the value when rendering.
        QCOMPARE(patch(u"environment"_s, {{"teams", nullptr}, {"users.allowClientUserDeletion", nullptr}}, second()).status, 200);
        const ordered_json environment = overrideAt(u"environment"_s, second());
        QVERIFY(environment.contains("teams") && environment["teams"].is_null());
        QVERIFY(!rendered(second())["users"].contains("allowClientUserDeletion"));
        QVERIFY(!rendered(second()).contains("teams"));
        QCOMPARE(patch(u"environment"_s, {{"teams", {{"allowClientTeamCreation", false}}}}, second()).status, 200);
        QVERIFY(rendered(second()).contains("teams"));

        // Definitions written through the config show up at once (the catalog follows the config).
        QCOMPARE(patch(u"environment"_s, {{"rbac.permissions.reports:view", {{"scope", "project"}, {"description", "View reports"}}}}, second()).status,
                 200);
        const ordered_json definitions = m_http->get(u"/project-permission-definitions"_s, second()).json()["items"];
        QCOMPARE(definitions.size(), std::size_t(1));
        COMPARE_JSON(definitions[0], ordered_json({{"id", "reports:view"}, {"description", "View reports"}, {"contained_permission_ids", ordered_json::array()}}));
    }

    void putReplacesALevel()
    {
        // Branch writes need a source (checked after the JSON).
        const auto withoutSource = put(u"branch"_s, {{"config_string", R"({"users.allowClientUserDeletion": true})"}}, second());
        QCOMPARE(withoutSource.status, 400);
        QCOMPARE(withoutSource.text(), u"source is required for branch level config"_s);
        QCOMPARE(withoutSource.header("x-stack-known-error"), QByteArray());
        const auto replaced = put(u"branch"_s, {{"config_string", R"({"users.allowClientUserDeletion": true})"}, {"source", {{"type", "unlinked"}}}},
                                  second());
        QCOMPARE(replaced.status, 200);
        COMPARE_JSON(replaced.json(), ordered_json({{"success", true}}));
        COMPARE_JSON(overrideAt(u"branch"_s, second()), ordered_json({{"users.allowClientUserDeletion", true}}));

        // Emptying the environment leaves the schema's defaults: no team_admin or team_member.
        QCOMPARE(put(u"environment"_s, {{"config_string", "{}"}}, second()).status, 200);
        COMPARE_JSON(overrideAt(u"environment"_s, second()), ordered_json::object());
        const ordered_json config = rendered(second());
        COMPARE_JSON(config["rbac"]["permissions"], ordered_json::object());
        QVERIFY(!config["auth"]["password"]["allowSignIn"].get<bool>());
        QCOMPARE(m_http->get(u"/team-permission-definitions"_s, second()).json()["items"].size(), std::size_t(6)); // the system ones
    }

    void branchSource()
    {
        const auto sourceOf = [this] { return m_http->get(u"/internal/config/source"_s, second()).json(); };
        COMPARE_JSON(sourceOf(), ordered_json({{"source", {{"type", "unlinked"}}}}));

        // A PUT of the branch stores its source; a PATCH keeps it.
        const ordered_json github = {{"type", "pushed-from-github"}, {"owner", "acme"}, {"repo", "app"}, {"branch", "main"},
                                     {"commit_hash", "abc123"}, {"config_file_path", "hexclave.config.ts"}};
        QCOMPARE(put(u"branch"_s, {{"config_string", R"({"teams": {"allowClientTeamCreation": true}})"}, {"source", github}}, second()).status, 200);
        COMPARE_JSON(sourceOf(), ordered_json({{"source", github}}));
        QCOMPARE(patch(u"branch"_s, {{"users.allowClientUserDeletion", true}}, second()).status, 200);
        COMPARE_JSON(sourceOf(), ordered_json({{"source", github}}));
        QCOMPARE(put(u"branch"_s, {{"config_string", "{}"}, {"source", {{"type", "pushed-from-unknown"}}}}, second()).status, 200);
        COMPARE_JSON(sourceOf(), ordered_json({{"source", {{"type", "pushed-from-unknown"}}}}));
        // Other levels take no source of their own.
        QCOMPARE(put(u"environment"_s, {{"config_string", R"({"teams.allowClientTeamCreation": false})"}, {"source", {{"type", "unlinked"}}}},
                     second()).status, 200);
        COMPARE_JSON(sourceOf(), ordered_json({{"source", {{"type", "pushed-from-unknown"}}}}));

        // Only the tagged variants, with every GitHub field.
        const auto refused = [this](const ordered_json &source) {
            const auto result = put(u"branch"_s, {{"config_string", "{}"}, {"source", source}}, second());
            return result.status == 400 && result.header("x-stack-known-error") == "SCHEMA_ERROR"
                ? QString::fromStdString(result.json()["error"].get<std::string>()) : QString();
        };
        QVERIFY(refused(ordered_json::object()).endsWith(u"body.source.type must be one of the following values: pushed-from-github, pushed-from-unknown, unlinked"_s));
        QVERIFY(refused({{"type", "pushed-from-gitlab"}}).contains(u"body.source.type must be one of"_s));
        QVERIFY(refused({{"type", "pushed-from-github"}, {"owner", "acme"}}).contains(u"body.source.repo must be defined"_s));
        QVERIFY(refused({{"type", "unlinked"}, {"owner", "acme"}}).endsWith(u"body.source contains unknown properties: owner"_s));
        QVERIFY(refused("unlinked").contains(u"body.source must be a `object` type"_s));
        COMPARE_JSON(sourceOf(), ordered_json({{"source", {{"type", "pushed-from-unknown"}}}}));

        // DELETE unlinks and keeps the values.
        QCOMPARE(patch(u"branch"_s, {{"users.allowClientUserDeletion", true}}, second()).status, 200);
        const auto unlinked = m_http->send("DELETE", u"/internal/config/source"_s, second(), QByteArray());
        QCOMPARE(unlinked.status, 200);
        COMPARE_JSON(unlinked.json(), ordered_json({{"success", true}}));
        COMPARE_JSON(sourceOf(), ordered_json({{"source", {{"type", "unlinked"}}}}));
        COMPARE_JSON(overrideAt(u"branch"_s, second()), ordered_json({{"users.allowClientUserDeletion", true}}));
        QCOMPARE(m_http->get(u"/internal/config/source"_s, server()).status, 401);
    }

    void newestServersRules()
    {
        // Dotted keys only at the top; environment-only keys are unknown at the branch level.
        const auto dotted = patch(u"branch"_s, {{"auth", {{"oauth.providers", ordered_json::object()}}}}, second());
        QCOMPARE(dotted.status, 400);
        QCOMPARE(dotted.text(), u"Key oauth.providers contains a dot, which is not allowed in config override."_s);
        const auto domain = put(u"branch"_s, {{"config_string", ordered_json({{"domains", {{"trustedDomains", {{"x", {{"baseUrl", "https://a.example"}}}}}}}}).dump()},
                                              {"source", {{"type", "pushed-from-unknown"}}}}, second());
        QCOMPARE(domain.status, 400);
        QCOMPARE(domain.text(), u"domains contains unknown properties: trustedDomains"_s);
        QCOMPARE(patch(u"environment"_s, {{"domains.trustedDomains.x", {{"baseUrl", "https://a.example"}}}}, second()).status, 200);
    }

    void refusals()
    {
        const auto level = m_http->get(u"/internal/config/override/nope"_s, admin());
        QCOMPARE(level.status, 400);
        QCOMPARE(errorText(level), u"Request validation failed on GET /api/v1/internal/config/override/nope:\n"
                                   "  - params.level must be one of the following values: project, branch, environment"_s);
        const auto missing = m_http->patchJson(u"/internal/config/override/branch"_s, admin(), ordered_json::object());
        QCOMPARE(errorText(missing), u"Request validation failed on PATCH /api/v1/internal/config/override/branch:\n"
                                     "  - body.config_override_string must be defined"_s);
        const auto unknownField = m_http->patchJson(u"/internal/config/override/branch"_s, admin(), {{"config_override_string", "{}"}, {"x", 1}});
        QVERIFY(errorText(unknownField).endsWith(u"body contains unknown properties: x"_s));

        const auto badJson = m_http->patchJson(u"/internal/config/override/branch"_s, admin(), {{"config_override_string", "{nope"}});
        QCOMPARE(badJson.status, 400);
        QCOMPARE(badJson.text(), u"Invalid config JSON"_s);
        QCOMPARE(badJson.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        const auto unknownKey = patch(u"branch"_s, {{"nope", true}}, admin());
        QCOMPARE(unknownKey.status, 400);
        QCOMPARE(unknownKey.text(), u"The key \"nope\" is not valid (nested object not found in schema: \"nope\")."_s);
        const auto type = patch(u"environment"_s, {{"teams.allowClientTeamCreation", "yes"}}, admin());
        QCOMPARE(type.text(), u"teams.allowClientTeamCreation must be a `boolean` type, but the final value was: `\"yes\"`."_s);
        QCOMPARE(patch(u"branch"_s, ordered_json::array(), admin()).text(), u"Config override must be a non-null object."_s);
        QVERIFY(overrideAt(u"environment"_s, admin())["teams.allowClientTeamCreation"].get<bool>()); // nothing was written

        // Admin access only (fixture-era server), for reads and writes alike.
        const ordered_json insufficient = {{"code", "INSUFFICIENT_ACCESS_TYPE"},
                                           {"details", {{"actual_access_type", "server"}, {"allowed_access_types", {"admin"}}}},
                                           {"error", "The x-stack-access-type header must be 'admin', but was 'server'."}};
        const auto serverRead = m_http->get(u"/internal/config"_s, server());
        QCOMPARE(serverRead.status, 401);
        COMPARE_JSON(serverRead.json(), insufficient);
        COMPARE_JSON(m_http->get(u"/internal/config/override/branch"_s, server()).json(), insufficient);
        COMPARE_JSON(patch(u"branch"_s, {{"teams.allowClientTeamCreation", false}}, server()).json(), insufficient);
        COMPARE_JSON(put(u"branch"_s, {{"config_string", "{}"}, {"source", ordered_json::object()}}, server()).json(), insufficient);
        QCOMPARE(m_http->get(u"/internal/config"_s, projectClient()).header("x-stack-known-error"), QByteArray("INSUFFICIENT_ACCESS_TYPE"));
    }
};

QTEST_GUILESS_MAIN(TestConfigRoutes)
#include "tst_configroutes.moc"
