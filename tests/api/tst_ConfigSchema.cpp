// The configuration schema (config-facts.md §2, seed 001, payments-facts.md §6): one value at a
// path and level → the problem found (or none); defaults, rendering one level over them, and the
// environment-only / secret paths.

#include "Fixtures.h"

#include "config/ConfigSchema.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::ConfigLevel)

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigProblem;
using api::ConfigTree;
namespace configschema = api::configschema;

namespace {

QString describe(const QList<ConfigProblem> &problems)
{
    QStringList lines;
    for (const ConfigProblem &problem : problems) {
        lines.append((problem.severity == ConfigProblem::Severity::Error ? u"error "_s : u"warning "_s) + problem.path
                     + u": "_s + problem.message);
    }
    return lines.join(u'\n');
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<ConfigLevel>("level");
        QTest::addColumn<QString>("severity"); // "", "error" or "warning"
        QTest::addColumn<QString>("problemPath");
        QTest::addColumn<QString>("message"); // a fragment

        const auto B = ConfigLevel::Branch;
        const auto E = ConfigLevel::Environment;
        const auto P = ConfigLevel::Project;
        const QString none;
        // Accepted
        QTest::newRow("bool") << u"auth.allowSignUp"_s << u"false"_s << B << none << none << none;
        QTest::newRow("null anywhere") << u"auth.oauth.providers.github"_s << u"null"_s << B << none << none << none;
        QTest::newRow("null at an environment key in a branch")
            << u"domains.trustedDomains"_s << u"null"_s << B << none << none << none;
        QTest::newRow("provider") << u"auth.oauth.providers.github"_s
                                  << uR"({"type":"github","allowSignIn":true,"allowConnectedAccounts":false})"_s << B << none
                                  << none << none;
        QTest::newRow("provider secrets at environment")
            << u"auth.oauth.providers.google"_s
            << u"{\"type\":\"google\",\"isShared\":false,\"clientId\":\"id\",\"clientSecret\":\"s\",\"customCallbackUrl\":\"https://x\"}"_s << E
            << none << none << none;
        QTest::newRow("sign-up rule") << u"auth.signUpRules.block_free-1"_s
                                      << uR"({"enabled":true,"displayName":"x","priority":3,"condition":"email != ''","action":{"type":"reject","message":"no"}})"_s
                                      << B << none << none << none;
        QTest::newRow("trusted domain at environment")
            << u"domains.trustedDomains.prod"_s << u"{\"baseUrl\":\"https://*.example.com\",\"handlerPath\":\"/handler\"}"_s << E
            << none << none << none;
        QTest::newRow("permission") << u"rbac.permissions.team:read"_s
                                    << uR"({"description":"d","scope":"team","containedPermissionIds":{"$read_members":true}})"_s << B
                                    << none << none << none;
        QTest::newRow("default permissions") << u"rbac.defaultPermissions.signUp"_s << uR"({"admin":true})"_s << B << none
                                             << none << none;
        QTest::newRow("theme") << u"emails.themes.1df07ae6-abf3-4a40-83a5-a1a2cbe336ac"_s
                               << uR"({"displayName":"Light","tsxSource":"x"})"_s << B << none << none << none;
        QTest::newRow("template without theme") << u"emails.templates.a0172b5d-cff0-463b-83bb-85124697373a.themeId"_s
                                                << u"false"_s << B << none << none << none;
        QTest::newRow("email server at environment")
            << u"emails.server"_s << uR"({"isShared":false,"provider":"smtp","host":"h","port":587,"password":"p"})"_s << E
            << none << none << none;
        QTest::newRow("product") << u"payments.products.pro"_s
                                 << uR"({"displayName":"Pro","productLineId":"plans","customerType":"team","freeTrial":[2,"week"],"serverOnly":false,"stackable":true,"isAddOnTo":{"base":true},"prices":{"monthly":{"USD":"19.00","EUR":"18","interval":[1,"month"],"serverOnly":false}},"includedItems":{"credits":{"quantity":1000,"repeat":[1,"month"],"expires":"when-repeated"},"seats":{"quantity":5,"repeat":"never","expires":"never"}},"serverMetadata":{"any":[1]}})"_s
                                 << B << none << none << none;
        QTest::newRow("test mode at environment") << u"payments.testMode"_s << u"false"_s << E << none << none << none;
        QTest::newRow("known app") << u"apps.installed.fraud-protection.enabled"_s << u"true"_s << B << none << none << none;
        QTest::newRow("data vault") << u"dataVault.stores.main.displayName"_s << u"\"Main\""_s << B << none << none << none;
        QTest::newRow("project level") << u"project.requirePublishableClientKey"_s << u"true"_s << P << none << none << none;
        QTest::newRow("integration") << u"clerk-integration.issuer"_s << u"\"https://clerk\""_s << B << none << none << none;

        // Types and values
        QTest::newRow("not a bool") << u"teams.allowClientTeamCreation"_s << u"\"x\""_s << B << u"error"_s
                                    << u"teams.allowClientTeamCreation"_s << u"must be true or false"_s;
        QTest::newRow("not text") << u"auth.signUpRules.r.condition"_s << u"1"_s << B << u"error"_s
                                  << u"auth.signUpRules.r.condition"_s << u"must be text"_s;
        QTest::newRow("not an object") << u"auth.oauth"_s << u"true"_s << B << u"error"_s << u"auth.oauth"_s
                                       << u"must be an object"_s;
        QTest::newRow("provider type") << u"auth.oauth.providers.invalid.type"_s << u"\"myspace\""_s << B << u"error"_s
                                       << u"auth.oauth.providers.invalid.type"_s
                                       << u"google, github, microsoft, spotify, facebook, discord, gitlab, bitbucket, linkedin, apple, x, twitch"_s;
        QTest::newRow("merge strategy") << u"auth.oauth.accountMergeStrategy"_s << u"\"merge\""_s << B << u"error"_s
                                        << u"auth.oauth.accountMergeStrategy"_s << u"link_method, raise_error, allow_duplicates"_s;
        QTest::newRow("default action") << u"auth.signUpRulesDefaultAction"_s << u"\"log\""_s << B << u"error"_s
                                        << u"auth.signUpRulesDefaultAction"_s << u"allow, reject"_s;
        QTest::newRow("rule action") << u"auth.signUpRules.r.action.type"_s << u"\"deny\""_s << B << u"error"_s
                                     << u"auth.signUpRules.r.action.type"_s << u"allow, reject, restrict, log"_s;
        QTest::newRow("negative priority") << u"auth.signUpRules.r.priority"_s << u"-1"_s << B << u"error"_s
                                           << u"auth.signUpRules.r.priority"_s << u"whole number of 0 or more"_s;
        QTest::newRow("fractional priority") << u"auth.signUpRules.r.priority"_s << u"1.5"_s << B << u"error"_s
                                             << u"auth.signUpRules.r.priority"_s << u"whole number"_s;
        QTest::newRow("rbac scope") << u"rbac.permissions.p.scope"_s << u"\"global\""_s << B << u"error"_s
                                    << u"rbac.permissions.p.scope"_s << u"team, project"_s;
        QTest::newRow("email provider") << u"emails.server.provider"_s << u"\"sendgrid\""_s << E << u"error"_s
                                        << u"emails.server.provider"_s << u"resend, smtp, managed"_s;
        QTest::newRow("theme id not a uuid") << u"emails.selectedThemeId"_s << u"\"light\""_s << B << u"error"_s
                                             << u"emails.selectedThemeId"_s << u"UUID"_s;
        QTest::newRow("default permission not true") << u"rbac.defaultPermissions.teamMember.member"_s << u"false"_s << B
                                                     << u"error"_s << u"rbac.defaultPermissions.teamMember.member"_s
                                                     << u"must be true"_s;
        QTest::newRow("customer type") << u"payments.items.credits.customerType"_s << u"\"org\""_s << B << u"error"_s
                                       << u"payments.items.credits.customerType"_s << u"user, team, custom"_s;
        QTest::newRow("amount in cents") << u"payments.products.p.prices.m.USD"_s << u"999"_s << B << u"error"_s
                                         << u"payments.products.p.prices.m.USD"_s << u"not a number of cents"_s;
        QTest::newRow("odd amount") << u"payments.products.p.prices.m.USD"_s << u"\"9,99\""_s << B << u"warning"_s
                                    << u"payments.products.p.prices.m.USD"_s << u"decimal amount"_s;
        QTest::newRow("interval unit") << u"payments.products.p.freeTrial"_s << uR"([1,"fortnight"])"_s << B << u"error"_s
                                       << u"payments.products.p.freeTrial"_s << u"day, week, month, year"_s;
        QTest::newRow("interval of zero") << u"payments.products.p.prices.m.interval"_s << uR"([0,"month"])"_s << B
                                          << u"warning"_s << u"payments.products.p.prices.m.interval"_s << u"at least 1"_s;
        QTest::newRow("include-by-default") << u"payments.products.p.prices"_s << u"\"include-by-default\""_s << B
                                            << u"warning"_s << u"payments.products.p.prices"_s << u"no longer supported"_s;
        QTest::newRow("repeat") << u"payments.products.p.includedItems.i.repeat"_s << u"\"always\""_s << B << u"error"_s
                                << u"payments.products.p.includedItems.i.repeat"_s << u"interval"_s;
        QTest::newRow("expires") << u"payments.products.p.includedItems.i.expires"_s << u"\"later\""_s << B << u"error"_s
                                 << u"payments.products.p.includedItems.i.expires"_s
                                 << u"never, when-purchase-expires, when-repeated"_s;
        QTest::newRow("add-on to true") << u"payments.products.p.isAddOnTo"_s << u"true"_s << B << u"error"_s
                                        << u"payments.products.p.isAddOnTo"_s << u"ids with the value true"_s;
        QTest::newRow("long base url") << u"domains.trustedDomains.d.baseUrl"_s << (u"\""_s + QString(301, u'a') + u"\""_s) << E
                                       << u"error"_s << u"domains.trustedDomains.d.baseUrl"_s << u"at most 300"_s;

        // Ids
        QTest::newRow("product id with a dot-free space") << u"payments.products.my product"_s << uR"({})"_s << B << u"error"_s
                                                          << u"payments.products.my product"_s
                                                          << u"Product id \"my product\" can contain only letters"_s;
        QTest::newRow("id starting with a hyphen") << u"auth.signUpRules.-rule"_s << uR"({})"_s << B << u"error"_s
                                                   << u"auth.signUpRules.-rule"_s << u"cannot start with a hyphen"_s;
        QTest::newRow("id too long") << (u"payments.items."_s + QString(64, u'x')) << uR"({})"_s << B << u"error"_s
                                     << (u"payments.items."_s + QString(64, u'x')) << u"at most 63"_s;
        QTest::newRow("reserved id") << u"payments.productLines.constructor"_s << uR"({})"_s << B << u"error"_s
                                     << u"payments.productLines.constructor"_s << u"reserved"_s;
        QTest::newRow("permission id uppercase") << u"rbac.permissions.Admin"_s << uR"({})"_s << B << u"error"_s
                                                 << u"rbac.permissions.Admin"_s << u"lowercase letters"_s;
        QTest::newRow("contained system permission") << u"rbac.permissions.admin.containedPermissionIds.$update_team"_s
                                                     << u"true"_s << B << none << none << none;
        QTest::newRow("system id not as permission id") << u"rbac.permissions.$admin"_s << uR"({})"_s << B << u"error"_s
                                                        << u"rbac.permissions.$admin"_s << u"lowercase letters"_s;
        QTest::newRow("provider id with a hyphen at branch")
            << u"auth.oauth.providers.my-google.type"_s << u"\"google\""_s << B << u"error"_s
            << u"auth.oauth.providers.my-google"_s << u"OAuth provider id"_s;
        QTest::newRow("provider id with a hyphen at environment")
            << u"auth.oauth.providers.my-google.type"_s << u"\"google\""_s << E << none << none << none;
        QTest::newRow("theme id") << u"emails.themes.light"_s << uR"({})"_s << B << u"error"_s << u"emails.themes.light"_s
                                  << u"not a UUID"_s;
        QTest::newRow("trusted domain id") << u"domains.trustedDomains.a b"_s << uR"({})"_s << E << u"error"_s
                                           << u"domains.trustedDomains.a b"_s << u"Trusted domain id"_s;

        // Unknown keys and levels
        QTest::newRow("unknown section") << u"autth.allowSignUp"_s << u"true"_s << B << u"error"_s << u"autth"_s
                                         << u"Known sections: rbac, apiKeys, apps"_s;
        QTest::newRow("unknown key") << u"teams.allowTeams"_s << u"true"_s << B << u"error"_s << u"teams.allowTeams"_s
                                     << u"Allowed in \"teams\": createPersonalTeamOnSignUp, allowClientTeamCreation."_s;
        QTest::newRow("unknown key in a provider") << u"auth.oauth.providers.github.secret"_s << u"\"x\""_s << E << u"error"_s
                                                   << u"auth.oauth.providers.github.secret"_s << u"not a known setting"_s;
        QTest::newRow("unknown null key") << u"teams.x"_s << u"null"_s << B << u"error"_s << u"teams.x"_s
                                          << u"not a known setting"_s;
        QTest::newRow("unknown app") << u"apps.installed.my-app.enabled"_s << u"true"_s << B << u"warning"_s
                                     << u"apps.installed.my-app"_s << u"not an app this version"_s;
        QTest::newRow("client secret at branch") << u"auth.oauth.providers.github.clientSecret"_s << u"\"s\""_s << B
                                                 << u"error"_s << u"auth.oauth.providers.github.clientSecret"_s
                                                 << u"environment level"_s;
        QTest::newRow("isShared at branch") << u"auth.oauth.providers.github.isShared"_s << u"false"_s << B << u"error"_s
                                            << u"auth.oauth.providers.github.isShared"_s << u"environment level"_s;
        QTest::newRow("trusted domains at branch") << u"domains.trustedDomains.prod.baseUrl"_s << u"\"https://x\""_s << B
                                                   << u"error"_s << u"domains.trustedDomains"_s << u"environment level"_s;
        QTest::newRow("localhost at branch") << u"domains.allowLocalhost"_s << u"true"_s << B << u"warning"_s
                                             << u"domains.allowLocalhost"_s << u"older servers"_s;
        QTest::newRow("email server at branch") << u"emails.server.isShared"_s << u"true"_s << B << u"error"_s
                                                << u"emails.server"_s << u"environment level"_s;
        QTest::newRow("test mode at branch") << u"payments.testMode"_s << u"true"_s << B << u"error"_s
                                             << u"payments.testMode"_s << u"environment level"_s;
        QTest::newRow("db sync at branch") << u"dbSync.externalDatabases.main.type"_s << u"\"postgres\""_s << B
                                           << u"warning"_s << u"dbSync"_s << u"ignore it"_s;
        QTest::newRow("db sync at environment") << u"dbSync.externalDatabases.main"_s
                                                << u"{\"type\":\"postgres\",\"connectionString\":\"postgres://x\"}"_s << E << none
                                                << none << none;
        QTest::newRow("analytics at branch") << u"analytics.queryFolders"_s << uR"({})"_s << B << u"error"_s
                                             << u"analytics"_s << u"environment level"_s;
        QTest::newRow("project key at branch") << u"sourceOfTruth.type"_s << u"\"hosted\""_s << B << u"error"_s
                                               << u"sourceOfTruth"_s << u"project level"_s;
        QTest::newRow("branch key at project") << u"auth.allowSignUp"_s << u"true"_s << P << u"error"_s << u"auth"_s
                                               << u"cannot be set at the project level"_s;
    }

    void problems()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(ConfigLevel, level);
        QFETCH(QString, severity);
        QFETCH(QString, problemPath);
        QFETCH(QString, message);
        const ConfigTree tree = ConfigTree().withValue(path, value);
        const QList<ConfigProblem> problems = configschema::validate(tree, level);
        if (severity.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
            QVERIFY(configschema::isValid(tree, level));
            return;
        }
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        const ConfigProblem &problem = problems.first();
        QCOMPARE(problem.severity, severity == u"error" ? ConfigProblem::Severity::Error : ConfigProblem::Severity::Warning);
        QCOMPARE(problem.path, problemPath);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        QVERIFY(problem.message.endsWith(u'.')); // a sentence
        QCOMPARE(configschema::isValid(tree, level), severity == u"warning");
    }

    // The same value stored with a dotted key is read the same way; problems come ordered by path.
    void dottedKeysAndOrder()
    {
        const ConfigTree tree = ConfigTree::fromJsonText(
            uR"({"teams.allowClientTeamCreation":"yes","auth":{"allowSignUp":1},"apps.installed.unknown.enabled":true})"_s);
        const QList<ConfigProblem> problems = configschema::validate(tree, ConfigLevel::Branch);
        QStringList paths;
        for (const ConfigProblem &problem : problems)
            paths.append(problem.path);
        QCOMPARE(paths, (QStringList{u"apps.installed.unknown"_s, u"auth.allowSignUp"_s, u"teams.allowClientTeamCreation"_s}));
    }

    void productLineCrossChecks()
    {
        const ConfigTree config = ConfigTree::fromJsonText(uR"({"payments":{
            "productLines":{"plans":{"customerType":"team"},"seats":{"customerType":"user"}},
            "products":{"a":{"productLineId":"plans"},"b":{"productLineId":"plans","customerType":"team"},
                        "c":{"productLineId":"gone"},"d":{"productLineId":"seats"}}}})"_s);
        const QList<ConfigProblem> problems = configschema::validate(config, ConfigLevel::Branch);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).path, u"payments.products.a.productLineId"_s);
        QCOMPARE(problems.at(0).severity, ConfigProblem::Severity::Warning);
        QCOMPARE(problems.at(0).message,
                 u"Product \"a\" has customer type \"user\", but its product line \"plans\" has customer type \"team\"."_s);
        QCOMPARE(problems.at(1).path, u"payments.products.c.productLineId"_s);
        QVERIFY(problems.at(1).message.contains(u"does not define"_s));
        // Without product lines in the same configuration nothing can be checked.
        QVERIFY(configschema::validate(config.without(u"payments.productLines"_s), ConfigLevel::Branch).isEmpty());
    }

    // Real configurations from the fixture server validate at their own level.
    void fixturesAreValid()
    {
        const auto load = [](const QString &name) {
            return api::parseJson<ConfigTree>(Fixture::load(name).body);
        };
        // The fixture server let user products into team product lines; newer servers refuse
        // that, so it is warned about — and nothing else.
        const QList<ConfigProblem> branch = configschema::validate(load(u"36-config-override-branch"_s), ConfigLevel::Branch);
        QVERIFY(!branch.isEmpty());
        for (const ConfigProblem &problem : branch) {
            QCOMPARE(problem.severity, ConfigProblem::Severity::Warning);
            QVERIFY2(problem.path.endsWith(u".productLineId"_s) && problem.message.contains(u"customer type"_s),
                     qPrintable(describe(branch)));
        }
        const QList<ConfigProblem> environment =
            configschema::validate(load(u"37-config-override-environment"_s), ConfigLevel::Environment);
        QVERIFY2(environment.isEmpty(), qPrintable(describe(environment)));
        // The rendered configuration holds every level's keys; as an environment override only
        // the project-level sections are out of place.
        const QList<ConfigProblem> rendered = configschema::validate(load(u"35-config-rendered"_s), ConfigLevel::Environment);
        QStringList errors;
        for (const ConfigProblem &problem : rendered) {
            if (problem.severity == ConfigProblem::Severity::Error)
                errors.append(problem.path);
        }
        QCOMPARE(errors, (QStringList{u"project"_s, u"sourceOfTruth"_s}));
    }

    void idProblem()
    {
        QCOMPARE(configschema::idProblem(u"pro_plan-2"_s, u"Product id"_s), QString());
        QCOMPARE(configschema::idProblem(u"2fast"_s, u"Product id"_s), QString());
        QVERIFY(configschema::idProblem(QString(), u"Product id"_s).contains(u"cannot be empty"_s));
        QVERIFY(configschema::idProblem(u"a.b"_s, u"Trusted domain id"_s).startsWith(u"Trusted domain id \"a.b\""_s));
        QVERIFY(!configschema::idProblem(u"__proto__"_s, u"Item id"_s).isEmpty());
        QCOMPARE(configschema::idProblem(QString(63, u'a'), u"Item id"_s), QString());
        QVERIFY(!configschema::idProblem(QString(64, u'a'), u"Item id"_s).isEmpty());
    }

    void defaults()
    {
        const ConfigTree defaults = configschema::defaults();
        QCOMPARE(defaults.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QCOMPARE(defaults.boolAt(u"auth.password.allowSignIn"_s), std::optional<bool>(false));
        QCOMPARE(defaults.stringAt(u"auth.oauth.accountMergeStrategy"_s), std::optional<QString>(u"link_method"_s));
        QCOMPARE(defaults.stringAt(u"auth.signUpRulesDefaultAction"_s), std::optional<QString>(u"allow"_s));
        QCOMPARE(defaults.boolAt(u"domains.allowLocalhost"_s), std::optional<bool>(false));
        QCOMPARE(defaults.boolAt(u"payments.testMode"_s), std::optional<bool>(true));
        QCOMPARE(defaults.boolAt(u"emails.server.isShared"_s), std::optional<bool>(true));
        QCOMPARE(defaults.stringAt(u"emails.selectedThemeId"_s), std::optional<QString>(u"1df07ae6-abf3-4a40-83a5-a1a2cbe336ac"_s));
        QCOMPARE(defaults.kindAt(u"auth.oauth.providers"_s), api::ConfigValueKind::Object);
        QVERIFY(defaults.keysAt(u"auth.oauth.providers"_s).isEmpty());
        QCOMPARE(defaults.jsonAt(u"rbac.defaultPermissions"_s), uR"({"teamCreator":{},"teamMember":{},"signUp":{}})"_s);
        // The same sections, in the same order, as the server's rendered configuration.
        const ConfigTree rendered = api::parseJson<ConfigTree>(Fixture::load(u"35-config-rendered"_s).body);
        QCOMPARE(defaults.keysAt(QString()), rendered.keysAt(QString()));
        // The defaults are valid as an environment override, apart from the project-level part.
        QCOMPARE(configschema::validate(defaults.without(u"sourceOfTruth"_s).without(u"project"_s), ConfigLevel::Environment),
                 QList<ConfigProblem>());
    }

    void renderedOverFillsEntryDefaults()
    {
        const ConfigTree override = ConfigTree::fromJsonText(u"{\n"
                u"            \"auth\": {\"allowSignUp\": false, \"password\": null,\n"
                u"                     \"oauth\": {\"providers\": {\"github\": {\"type\": \"github\", \"allowSignIn\": true}, \"untyped\": {\"allowSignIn\": true}}},\n"
                u"                     \"signUpRules\": {\"r\": {\"priority\": 5}}},\n"
                u"            \"domains.trustedDomains.prod\": {\"baseUrl\": \"https://example.com\"},\n"
                u"            \"rbac\": {\"permissions\": {\"p\": {\"scope\": \"team\"}}},\n"
                u"            \"payments\": {\"products\": {\"pro\": {\"prices\": {\"m\": {\"USD\": \"1\"}}, \"includedItems\": {\"c\": {\"quantity\": 3}}}},\n"
                u"                         \"items\": {\"c\": {}}}\n"
                u"        }"_s);
        const ConfigTree rendered = configschema::renderedOver(override);
        QCOMPARE(rendered.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QCOMPARE(rendered.boolAt(u"auth.password.allowSignIn"_s), std::optional<bool>(false)); // null: the default stays
        QCOMPARE(rendered.jsonAt(u"auth.oauth.providers.github"_s),
                 uR"({"isShared":true,"allowSignIn":true,"allowConnectedAccounts":false,"type":"github"})"_s);
        QVERIFY(!rendered.contains(u"auth.oauth.providers.untyped"_s)); // the server drops providers without a type
        QCOMPARE(rendered.jsonAt(u"domains.trustedDomains.prod"_s), u"{\"handlerPath\":\"/handler\",\"baseUrl\":\"https://example.com\"}"_s);
        QCOMPARE(rendered.boolAt(u"domains.allowLocalhost"_s), std::optional<bool>(false));
        QCOMPARE(rendered.jsonAt(u"auth.signUpRules.r"_s), uR"({"enabled":false,"priority":5,"action":{"type":"allow"}})"_s);
        QCOMPARE(rendered.jsonAt(u"rbac.permissions.p.containedPermissionIds"_s), u"{}"_s);
        QCOMPARE(rendered.stringAt(u"payments.products.pro.displayName"_s), std::optional<QString>(u"pro"_s));
        QCOMPARE(rendered.stringAt(u"payments.products.pro.customerType"_s), std::optional<QString>(u"user"_s));
        QCOMPARE(rendered.boolAt(u"payments.products.pro.prices.m.serverOnly"_s), std::optional<bool>(false));
        QCOMPARE(rendered.jsonAt(u"payments.products.pro.includedItems.c"_s),
                 uR"({"quantity":3,"repeat":"never","expires":"when-repeated"})"_s);
        QCOMPARE(rendered.jsonAt(u"payments.items.c"_s), uR"({"customerType":"user","displayName":"c"})"_s);
        QVERIFY(configschema::renderedOver(ConfigTree()).sameContent(configschema::defaults()));
    }

    void environmentOnlyPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("environmentOnly");
        QTest::addColumn<bool>("secret");
        QTest::newRow("sign-up") << u"auth.allowSignUp"_s << false << false;
        QTest::newRow("provider type") << u"auth.oauth.providers.github.type"_s << false << false;
        QTest::newRow("provider sign-in") << u"auth.oauth.providers.github.allowSignIn"_s << false << false;
        QTest::newRow("provider object") << u"auth.oauth.providers.github"_s << false << false;
        QTest::newRow("isShared") << u"auth.oauth.providers.github.isShared"_s << true << false;
        QTest::newRow("client id") << u"auth.oauth.providers.github.clientId"_s << true << false;
        QTest::newRow("client secret") << u"auth.oauth.providers.github.clientSecret"_s << true << true;
        QTest::newRow("facebook config") << u"auth.oauth.providers.facebook.facebookConfigId"_s << true << false;
        QTest::newRow("microsoft tenant") << u"auth.oauth.providers.microsoft.microsoftTenantId"_s << true << false;
        QTest::newRow("callback") << u"auth.oauth.providers.x.customCallbackUrl"_s << true << false;
        QTest::newRow("apple key") << u"auth.oauth.providers.apple.applePrivateKey"_s << true << true;
        QTest::newRow("apple bundle") << u"auth.oauth.providers.apple.appleBundles.ios.bundleId"_s << true << false;
        QTest::newRow("issuer") << u"auth.oauth.providers.o.issuerUrl"_s << true << false;
        QTest::newRow("scope") << u"auth.oauth.providers.o.scope"_s << true << false;
        QTest::newRow("display name") << u"auth.oauth.providers.o.displayName"_s << true << false;
        QTest::newRow("domains") << u"domains"_s << false << false;
        QTest::newRow("localhost") << u"domains.allowLocalhost"_s << true << false;
        QTest::newRow("trusted domains") << u"domains.trustedDomains"_s << true << false;
        QTest::newRow("trusted domain url") << u"domains.trustedDomains.prod.baseUrl"_s << true << false;
        QTest::newRow("email server") << u"emails.server"_s << true << false;
        QTest::newRow("email password") << u"emails.server.password"_s << true << true;
        QTest::newRow("email theme") << u"emails.selectedThemeId"_s << false << false;
        QTest::newRow("test mode") << u"payments.testMode"_s << true << false;
        QTest::newRow("products") << u"payments.products.pro.displayName"_s << false << false;
        QTest::newRow("db sync") << u"dbSync.externalDatabases.main.connectionString"_s << true << true;
        QTest::newRow("analytics") << u"analytics.queryFolders"_s << true << false;
        QTest::newRow("dashboards") << u"customDashboards"_s << true << false;
        QTest::newRow("unknown") << u"nothing.here"_s << false << false;
        QTest::newRow("template password-like name") << u"emails.templates.x.password"_s << false << false;
    }

    void environmentOnlyPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, environmentOnly);
        QFETCH(bool, secret);
        QCOMPARE(configschema::isEnvironmentOnly(path), environmentOnly);
        QCOMPARE(configschema::isSecret(path), secret);
    }

    void knownIds()
    {
        const QStringList apps = configschema::knownAppIds();
        QCOMPARE(apps.size(), 29);
        QCOMPARE(apps.first(), u"authentication"_s);
        QCOMPARE(apps.at(1), u"fraud-protection"_s);
        QCOMPARE(apps.last(), u"workflows-alpha"_s);
        QCOMPARE(QSet<QString>(apps.begin(), apps.end()).size(), 29);
        // Every app the fixture server renders is known, in the same order.
        const ConfigTree rendered = api::parseJson<ConfigTree>(Fixture::load(u"35-config-rendered"_s).body);
        QStringList renderedApps = rendered.keysAt(u"apps.installed"_s);
        QStringList knownInOrder;
        for (const QString &id : apps) {
            if (renderedApps.contains(id))
                knownInOrder.append(id);
        }
        QCOMPARE(knownInOrder, renderedApps);
        QCOMPARE(configschema::oauthProviderTypes(),
                 (QStringList{u"google"_s, u"github"_s, u"microsoft"_s, u"spotify"_s, u"facebook"_s, u"discord"_s, u"gitlab"_s,
                              u"bitbucket"_s, u"linkedin"_s, u"apple"_s, u"x"_s, u"twitch"_s}));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigSchema)
#include "tst_ConfigSchema.moc"
