// Reading and writing hexclave.config.ts (config-facts.md §3): the CLI's exact output, files
// written by hand (seed 001, the hand-written example of §3.3), and real code refused with its
// line and column. Round trips: write(parse(x)) is stable and parse(write(f)) gives f back.

#include "config/ConfigFileFormat.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigFile;
using api::ConfigFileError;
using api::ConfigTree;
namespace configfile = api::configfile;

namespace {

// What `config pull` writes for a branch override holding these settings (renderConfigFileContent:
// JSON.stringify(normalized, null, 2)).
const QString kCliFile = u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n"
                u"\n"
                u"export const config: HexclaveConfig = {\n"
                u"  \"apps\": {\n"
                u"    \"installed\": {\n"
                u"      \"authentication\": {\n"
                u"        \"enabled\": true\n"
                u"      },\n"
                u"      \"payments\": {\n"
                u"        \"enabled\": true\n"
                u"      }\n"
                u"    }\n"
                u"  },\n"
                u"  \"auth\": {\n"
                u"    \"signUpRules\": {\n"
                u"      \"log-test-prefix\": {\n"
                u"        \"action\": {\n"
                u"          \"type\": \"log\"\n"
                u"        },\n"
                u"        \"enabled\": true,\n"
                u"        \"priority\": 1,\n"
                u"        \"condition\": \"email.startsWith(\\\"test+\\\")\",\n"
                u"        \"displayName\": \"Log test+ emails\"\n"
                u"      }\n"
                u"    },\n"
                u"    \"signUpRulesDefaultAction\": \"allow\"\n"
                u"  },\n"
                u"  \"payments\": {\n"
                u"    \"products\": {\n"
                u"      \"starter\": {\n"
                u"        \"prices\": {\n"
                u"          \"monthly\": {\n"
                u"            \"USD\": \"39\",\n"
                u"            \"interval\": [\n"
                u"              1,\n"
                u"              \"month\"\n"
                u"            ]\n"
                u"          }\n"
                u"        },\n"
                u"        \"isAddOnTo\": false,\n"
                u"        \"includedItems\": {}\n"
                u"      }\n"
                u"    }\n"
                u"  },\n"
                u"  \"rbac\": {\n"
                u"    \"defaultPermissions\": {\n"
                u"      \"signUp\": {}\n"
                u"    }\n"
                u"  }\n"
                u"};\n"_s;

const QString kCliJson =
                u"{\"apps\":{\"installed\":{\"authentication\":{\"enabled\":true},\"payments\":{\"enabled\":true}}},"
                u"\"auth\":{\"signUpRules\":{\"log-test-prefix\":{\"action\":{\"type\":\"log\"},\"enabled\":true,\"priority\":1,"
                u"\"condition\":\"email.startsWith(\\\"test+\\\")\",\"displayName\":\"Log test+ emails\"}},\"signUpRulesDefaultAction\":\"allow\"},"
                u"\"payments\":{\"products\":{\"starter\":{\"prices\":{\"monthly\":{\"USD\":\"39\",\"interval\":[1,\"month\"]}},\"isAddOnTo\":false,"
                u"\"includedItems\":{}}}},\"rbac\":{\"defaultPermissions\":{\"signUp\":{}}}}"_s;

ConfigFile parsed(const QString &text)
{
    ConfigFileError error;
    const std::optional<ConfigFile> file = configfile::parse(text, &error);
    if (!file)
        qWarning("unexpected parse error: %s", qPrintable(error.toString()));
    return file.value_or(ConfigFile());
}

bool sameFile(const ConfigFile &a, const ConfigFile &b)
{
    return a.preamble == b.preamble && a.typeName == b.typeName && a.epilogue == b.epilogue
        && a.showOnboarding == b.showOnboarding && a.config.toJsonText() == b.config.toJsonText();
}

} // namespace

class TestConfigFileFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("json");     // config, compact, keys in the order kept
        QTest::addColumn<QString>("typeName");

        QTest::newRow("cli output") << kCliFile << kCliJson << u"HexclaveConfig"_s;
        QTest::newRow("older cli, StackConfig, empty")
            << u"import type { StackConfig } from \"@hexclave/js\";\n\nexport const config: StackConfig = {};\n"_s << u"{}"_s
            << u"StackConfig"_s;
        QTest::newRow("hand-written §3.3") << u"import type { HexclaveConfig } from '@hexclave/js';\n"
                u"\n"
                u"export const config: HexclaveConfig = {\n"
                u"  apps: { installed: { deploy: { enabled: true } } },\n"
                u"  auth: {\n"
                u"    allowSignUp: true,\n"
                u"    oauth: { providers: { spotify: { type: 'spotify', allowSignIn: true, allowConnectedAccounts: true, }, }, },\n"
                u"  },\n"
                u"};\n"_s << u"{\"apps\":{\"installed\":{\"deploy\":{\"enabled\":true}}},\"auth\":{\"allowSignUp\":true,\"oauth\":{\"providers\":{\"spotify\":{\"type\":\"spotify\",\"allowSignIn\":true,\"allowConnectedAccounts\":true}}}}}"_s
                                           << u"HexclaveConfig"_s;
        QTest::newRow("seed 001 basic") << u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n"
                u"export const config: HexclaveConfig = { auth: { allowSignUp: true, password: { allowSignIn: true, }, }, apps: { installed: { authentication: { enabled: true, }, }, }, };"_s
                                        << u"{\"auth\":{\"allowSignUp\":true,\"password\":{\"allowSignIn\":true}},\"apps\":{\"installed\":{\"authentication\":{\"enabled\":true}}}}"_s
                                        << u"HexclaveConfig"_s;
        QTest::newRow("seed 001 defineHexclaveConfig") << u"import { defineHexclaveConfig } from \"@hexclave/js/config\";\n"
                u"export const config = defineHexclaveConfig({ auth: { allowSignUp: true, }, });"_s
                                                       << u"{\"auth\":{\"allowSignUp\":true}}"_s << QString();
        QTest::newRow("seed 001 sign-up rules, single-quoted CEL") << u"export const config: HexclaveConfig = { auth: { signUpRulesDefaultAction: \"reject\", signUpRules: { allowCompanyEmail: { enabled: true, displayName: \"Allow company email\", priority: 100, condition: 'emailDomain == \"example.com\"', action: { type: \"allow\", }, }, }, }, };"_s
                                                                   << u"{\"auth\":{\"signUpRulesDefaultAction\":\"reject\",\"signUpRules\":{\"allowCompanyEmail\":{\"enabled\":true,\"displayName\":\"Allow company email\",\"priority\":100,\"condition\":\"emailDomain == \\\"example.com\\\"\",\"action\":{\"type\":\"allow\"}}}}}"_s
                                                                   << u"HexclaveConfig"_s;
        QTest::newRow("seed 001 rbac, quoted keys") << u"export const config: HexclaveConfig = { rbac: { permissions: { admin: { description: \"Can manage all team settings\", scope: \"team\", containedPermissionIds: { \"team:read\": true, \"team:write\": true, }, }, }, defaultPermissions: { teamCreator: { admin: true, }, }, }, };"_s
                                                    << u"{\"rbac\":{\"permissions\":{\"admin\":{\"description\":\"Can manage all team settings\",\"scope\":\"team\",\"containedPermissionIds\":{\"team:read\":true,\"team:write\":true}}},\"defaultPermissions\":{\"teamCreator\":{\"admin\":true}}}}"_s
                                                    << u"HexclaveConfig"_s;
        QTest::newRow("seed 001 payments") << u"export const config: HexclaveConfig = { payments: { productLines: { plans: { displayName: \"Plans\", customerType: \"user\", }, }, products: { pro: { displayName: \"Pro\", productLineId: \"plans\", customerType: \"user\", prices: { monthly: { USD: \"19.00\", interval: [1, \"month\"], }, }, includedItems: { credits: { quantity: 1000, repeat: [1, \"month\"], expires: \"when-repeated\", }, }, }, }, items: { credits: { displayName: \"Credits\", customerType: \"user\", }, }, }, };"_s
                                           << u"{\"payments\":{\"productLines\":{\"plans\":{\"displayName\":\"Plans\",\"customerType\":\"user\"}},\"products\":{\"pro\":{\"displayName\":\"Pro\",\"productLineId\":\"plans\",\"customerType\":\"user\",\"prices\":{\"monthly\":{\"USD\":\"19.00\",\"interval\":[1,\"month\"]}},\"includedItems\":{\"credits\":{\"quantity\":1000,\"repeat\":[1,\"month\"],\"expires\":\"when-repeated\"}}}},\"items\":{\"credits\":{\"displayName\":\"Credits\",\"customerType\":\"user\"}}}}"_s
                                           << u"HexclaveConfig"_s;
        QTest::newRow("show-onboarding") << u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\nexport const config: HexclaveConfig = \"show-onboarding\";\n"_s
                                         << u"{}"_s << u"HexclaveConfig"_s;
        QTest::newRow("no import, quoted JSON (ruxs)")
            << u"export const config = {\n  \"auth\": {\n    \"allowSignUp\": false\n  }\n}\n"_s
            << u"{\"auth\":{\"allowSignUp\":false}}"_s << QString();
        QTest::newRow("comments everywhere") << u"// header\n"
                u"/* block\n"
                u"   comment */ import type { HexclaveConfig } from \"@hexclave/js/config\";\n"
                u"export /* a */ const config /* b */ : /* c */ HexclaveConfig /* d */ = /* e */ {\n"
                u"  // a line comment\n"
                u"  teams: /* inline */ { allowClientTeamCreation: true /* after */ }, // trailing\n"
                u"  /* before key */ users: { allowClientUserDeletion: false },\n"
                u"} /* f */ ; // end\n"_s << u"{\"teams\":{\"allowClientTeamCreation\":true},\"users\":{\"allowClientUserDeletion\":false}}"_s
                                             << u"HexclaveConfig"_s;
        QTest::newRow("single quotes and escapes")
            << u"export const config = { emails: { themes: { a: { displayName: 'It\\'s \"fine\"\\n\\tok \\\\ \\x41\\u00e9\\u{1F600} \\0end', tsxSource: \"line\\\n"
                u"continued\" } } } };"_s
            << u"{\"emails\":{\"themes\":{\"a\":{\"displayName\":\"It's \\\"fine\\\"\\n\\tok \\\\ Aé😀 \\u0000end\",\"tsxSource\":\"linecontinued\"}}}}"_s
            << QString();
        QTest::newRow("trailing commas and arrays")
            << u"export const config = { a: [1, [2, 3,], { b: 'c', },], };"_s << u"{\"a\":[1,[2,3],{\"b\":\"c\"}]}"_s << QString();
        QTest::newRow("dotted keys") << u"export const config = {\n"
                u"  \"auth.allowSignUp\": false,\n"
                u"  auth: { password: { allowSignIn: true } },\n"
                u"  \"auth.oauth.providers.github\": { type: \"github\" },\n"
                u"  \"apps.installed\": { teams: { enabled: true } },\n"
                u"};"_s << u"{\"auth\":{\"password\":{\"allowSignIn\":true},\"allowSignUp\":false,\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\"}}}},\"apps\":{\"installed\":{\"teams\":{\"enabled\":true}}}}"_s
                                     << QString();
        QTest::newRow("dotted key merges into an object")
            << u"export const config = { \"a.b\": { c: 1 }, a: { b: { d: 2 } } };"_s << u"{\"a\":{\"b\":{\"d\":2,\"c\":1}}}"_s
            << QString();
        QTest::newRow("dotted key into null makes an object")
            << u"export const config = { a: null, \"a.b\": 1 };"_s << u"{\"a\":{\"b\":1}}"_s << QString();
        QTest::newRow("defineStackConfig, older import")
            << u"import { defineStackConfig } from \"@stackframe/stack-shared/config\";\n"
                u"export const config = defineStackConfig({ teams: { allowClientTeamCreation: true }, },);\n"_s << u"{\"teams\":{\"allowClientTeamCreation\":true}}"_s << QString();
        QTest::newRow("as const") << u"export const config = { a: { b: 'x' as const } } as const;"_s << u"{\"a\":{\"b\":\"x\"}}"_s
                                  << QString();
        QTest::newRow("satisfies") << u"export const config = { a: 1 } satisfies HexclaveConfig;"_s << u"{\"a\":1}"_s << QString();
        QTest::newRow("as unknown as, generic type")
            << u"export const config: Record<string, unknown> = ({ a: 1 } as unknown as HexclaveConfig)!;"_s << u"{\"a\":1}"_s
            << u"Record<string, unknown>"_s;
        QTest::newRow("angle-bracket assertion") << u"export const config = <HexclaveConfig>{ a: true };"_s << u"{\"a\":true}"_s
                                                 << QString();
        QTest::newRow("union type annotation")
            << u"export const config: HexclaveConfig | \"show-onboarding\" = {};"_s << u"{}"_s
            << u"HexclaveConfig | \"show-onboarding\""_s;
        QTest::newRow("CRLF") << u"import type { HexclaveConfig } from \"@hexclave/js/config\";\r\n\r\nexport const config: HexclaveConfig = {\r\n  \"a\": {\r\n    \"b\": true\r\n  }\r\n};\r\n"_s
                              << u"{\"a\":{\"b\":true}}"_s << u"HexclaveConfig"_s;
        QTest::newRow("BOM") << u"\uFEFFexport const config = { a: 'é' };\n"_s << u"{\"a\":\"é\"}"_s << QString();
        QTest::newRow("undefined and null dropped")
            << u"export const config = { a: undefined, b: null, c: { d: null, e: 1 }, f: [undefined, null] };"_s
            << u"{\"c\":{\"e\":1},\"f\":[null,null]}"_s << QString();
        QTest::newRow("numbers") << u"export const config = { a: 0, b: -12, c: 1.50, d: 2e3, e: -1.5e-7, f: .5, g: 0x1F, h: 1_000, i: 0b101, j: 1e21 };"_s
                                 << u"{\"a\":0,\"b\":-12,\"c\":1.5,\"d\":2000,\"e\":-1.5e-07,\"f\":0.5,\"g\":31,\"h\":1000,\"i\":5,\"j\":1e+21}"_s
                                 << QString();
        QTest::newRow("numeric keys, JavaScript order")
            << u"export const config = { b: 1, 2: 'two', 1e2: 'x', 0x10: 'y', 1: 'one' };"_s
            << u"{\"1\":\"one\",\"2\":\"two\",\"16\":\"y\",\"100\":\"x\",\"b\":1}"_s << QString();
        QTest::newRow("index keys made by dotted keys come first too")
            << u"export const config = { a: { f: true, '2.x': 1 }, 'b.3': 1, 'b.c': 2 };"_s
            << u"{\"a\":{\"2\":{\"x\":1},\"f\":true},\"b\":{\"3\":1,\"c\":2}}"_s << QString();
        QTest::newRow("duplicate keys: later wins in the first place")
            << u"export const config = { a: 1, b: 2, a: 3 };"_s << u"{\"a\":3,\"b\":2}"_s << QString();
        QTest::newRow("duplicate key set to undefined is dropped")
            << u"export const config = { a: 1, b: 2, a: undefined };"_s << u"{\"b\":2}"_s << QString();
        QTest::newRow("keywords as keys")
            << u"export const config = { default: true, new: 1, true: 'x', null: null };"_s
            << u"{\"default\":true,\"new\":1,\"true\":\"x\"}"_s << QString();
        QTest::newRow("empty file") << u"  \n"_s << u"{}"_s << u"HexclaveConfig"_s;
        QTest::newRow("export default config after")
            << u"export const config = { a: 1 };\n\n// keep me\nexport default config;\n"_s << u"{\"a\":1}"_s << QString();
        QTest::newRow("no semicolon, let") << u"export let config = { a: 1 }"_s << u"{\"a\":1}"_s << QString();
        QTest::newRow("other statements before the export")
            << u"import x from 'y';\nconst other = `template ${1} export const config = 1`;\n// export const config = 2\nexport const config = { a: 1 };\n"_s
            << u"{\"a\":1}"_s << QString();
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, json);
        QFETCH(QString, typeName);
        ConfigFileError error;
        const std::optional<ConfigFile> file = configfile::parse(text, &error);
        QVERIFY2(file, qPrintable(error.toString()));
        QCOMPARE(file->config.toJsonText(), json);
        QCOMPARE(file->typeName, typeName);
        QVERIFY(file->config.sameContent(file->config.normalized())); // nested, no nulls

        // Round trips: the written text reads back to the same file, and writing is stable.
        const QString written = configfile::write(*file);
        const std::optional<ConfigFile> again = configfile::parse(written, &error);
        QVERIFY2(again, qPrintable(error.toString() + u"\n"_s + written));
        QVERIFY(sameFile(*again, *file));
        QCOMPARE(configfile::write(*again), written);
    }

    void hundredLevelsAreAccepted()
    {
        const QString nested = u"export const config = "_s + QString(100, u'{').replace(u"{"_s, u"{a:"_s) + u"1"_s + QString(100, u'}');
        ConfigFileError error;
        const std::optional<ConfigFile> file = configfile::parse(nested, &error);
        QVERIFY2(file, qPrintable(error.toString()));
        QCOMPARE(file->config.leafPaths(), QStringList{QStringList(100, u"a"_s).join(u'.')}); // 100 objects
        const QString dotted = u"export const config = { a: { \""_s + QStringList(100, u"a"_s).join(u'.') + u"\": 1 } };"_s;
        QVERIFY(!configfile::parse(dotted)); // 2 objects + 99 made by the dots
        const QString dottedFits = u"export const config = { a: { \""_s + QStringList(99, u"a"_s).join(u'.') + u"\": 1 } };"_s;
        QVERIFY(configfile::parse(dottedFits));
    }

    void preambleAndEpilogueAreKeptVerbatim()
    {
        const QString text = u"// header\nimport type { HexclaveConfig } from '@hexclave/js';\n\n/** docs */\nexport const config: HexclaveConfig = { a: 1 }; // trailing\n\nexport default config;\n"_s;
        const ConfigFile file = parsed(text);
        QCOMPARE(file.preamble, u"// header\nimport type { HexclaveConfig } from '@hexclave/js';\n\n/** docs */\n"_s);
        QCOMPARE(file.epilogue, u" // trailing\n\nexport default config;\n"_s);
        QCOMPARE(configfile::write(file),
                 u"// header\nimport type { HexclaveConfig } from '@hexclave/js';\n\n/** docs */\nexport const config: HexclaveConfig = {\n  \"a\": 1\n}; // trailing\n\nexport default config;\n"_s);
    }

    void cliFileIsWrittenBackExactly()
    {
        QCOMPARE(configfile::write(parsed(kCliFile)), kCliFile);
        const ConfigFile file{parsed(kCliFile).preamble, u"HexclaveConfig"_s, ConfigTree::fromJsonText(kCliJson)};
        QCOMPARE(configfile::write(file), kCliFile);
    }

    void emptyFile()
    {
        const ConfigFile file = ConfigFile::empty();
        QCOMPARE(configfile::write(file),
                 u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\nexport const config: HexclaveConfig = {};\n"_s);
        QVERIFY(file.config.isEmpty());
        QVERIFY(sameFile(parsed(configfile::write(file)), file));
    }

    // The CLI's marker for a project still to be onboarded survives a round trip, and gives way to
    // the object as soon as the configuration has values.
    void showOnboardingIsKeptWhileTheConfigIsEmpty()
    {
        const QString text = u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\nexport const config: HexclaveConfig = \"show-onboarding\";\n"_s;
        ConfigFile file = parsed(text);
        QVERIFY(file.showOnboarding);
        QVERIFY(file.config.isEmpty());
        QCOMPARE(configfile::write(file), text);

        file.config = file.config.withValue(u"auth.allowSignUp"_s, u"false"_s);
        QCOMPARE(configfile::write(file),
                 u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\nexport const config: HexclaveConfig = {\n  \"auth\": {\n    \"allowSignUp\": false\n  }\n};\n"_s);
        QVERIFY(!parsed(configfile::write(file)).showOnboarding);

        // Only null values left: still empty once written, so the marker stays.
        file.config = ConfigTree::fromJsonText(u"{\"auth\":null}"_s);
        QCOMPARE(configfile::write(file), text);
        file.config = ConfigTree::fromJsonText(u"{\"auth\":{}}"_s); // an empty section is a value
        QVERIFY(configfile::write(file).contains(u"\"auth\": {}"_s));

        QVERIFY(!parsed(u"export const config = {};"_s).showOnboarding);
        QVERIFY(!ConfigFile::empty().showOnboarding);
        QVERIFY(parsed(u"export const config = 'show-onboarding' as const;"_s).showOnboarding);
    }

    void writeNestsAndDropsNulls()
    {
        ConfigFile file;
        file.config = ConfigTree::fromJsonText(u"{\"b.c\":true,\"a\":null,\"d\":{\"e\":null,\"f\":[]},\"g\":{}}"_s);
        QCOMPARE(configfile::write(file), u"export const config = {\n  \"b\": {\n    \"c\": true\n  },\n  \"d\": {\n    \"f\": []\n  },\n  \"g\": {}\n};\n"_s);
    }

    void writeEscapesLikeJsonStringify()
    {
        ConfigFile file;
        file.config = ConfigTree::fromJsonText(
            u"{\"s\":\"tab\\t nl\\n quote\\\" back\\\\ ctl\\u0001 del\\u007f é 😀 </script> \\u2028\",\"n\":[0.1,1e21,1.5e-7,123.456,-2.5,0.000001,1e-7,100,12345678901234567890]}"_s);
        const QString expected = u"export const config = {\n  \"s\": \"tab\\t nl\\n quote\\\" back\\\\ ctl\\u0001 del\u007f é 😀 </script> \u2028\",\n"
                                 u"  \"n\": [\n    0.1,\n    1e+21,\n    1.5e-7,\n    123.456,\n    -2.5,\n    0.000001,\n    1e-7,\n"
                                 u"    100,\n    12345678901234567000\n  ]\n};\n"_s;
        QCOMPARE(configfile::write(file), expected);
    }

    // JSON.parse + JSON.stringify (the CLI) put array-index keys first.
    void writeOrdersIndexKeysFirst()
    {
        ConfigFile file;
        file.config = ConfigTree::fromJsonText(u"{\"b\":{\"x\":1,\"10\":2,\"9\":3,\"01\":4}}"_s);
        QCOMPARE(configfile::write(file),
                 u"export const config = {\n  \"b\": {\n    \"9\": 3,\n    \"10\": 2,\n    \"x\": 1,\n    \"01\": 4\n  }\n};\n"_s);
    }

    void crlfFilesStayCrlf()
    {
        const ConfigFile file = parsed(u"import x from 'y';\r\n\r\nexport const config = { a: { b: 1 } };\r\n"_s);
        QCOMPARE(configfile::write(file), u"import x from 'y';\r\n\r\nexport const config = {\r\n  \"a\": {\r\n    \"b\": 1\r\n  }\r\n};\r\n"_s);
        const ConfigFile noImport = parsed(u"export const config = { a: 1 };\r\n// end\r\n"_s);
        QCOMPARE(configfile::write(noImport), u"export const config = {\r\n  \"a\": 1\r\n};\r\n// end\r\n"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const QString head = u"export const config = {\n  "_s; // values below start at line 2, column 3
        QTest::newRow("function call") << head + u"a: foo(1),\n};"_s << 2 << 6 << u"Unsupported config expression: function call"_s;
        QTest::newRow("call inside wrapper")
            << u"export const config = defineHexclaveConfig({\n  a: [1, Date.now()],\n});"_s << 2 << 10
            << u"function call"_s;
        QTest::newRow("property access") << head + u"a: process.env.X,\n};"_s << 2 << 6 << u"property access"_s;
        QTest::newRow("wrapper of something else") << u"export const config = wrap({});"_s << 1 << 23 << u"function call"_s;
        QTest::newRow("spread") << head + u"...defaults,\n};"_s << 2 << 3 << u"Config objects cannot contain spreads."_s;
        QTest::newRow("spread in array") << head + u"a: [1, ...b],\n};"_s << 2 << 10 << u"Config arrays cannot contain holes or spreads."_s;
        QTest::newRow("array hole") << head + u"a: [1, , 2],\n};"_s << 2 << 10 << u"Config arrays cannot contain holes or spreads."_s;
        QTest::newRow("variable") << head + u"a: enabled,\n};"_s << 2 << 6 << u"the variable `enabled`"_s;
        QTest::newRow("shorthand property") << head + u"enabled,\n};"_s << 2 << 3 << u"the variable `enabled`"_s;
        QTest::newRow("computed key") << head + u"[key]: 1,\n};"_s << 2 << 3 << u"Config object keys cannot be computed."_s;
        QTest::newRow("method") << head + u"a() { return 1; },\n};"_s << 2 << 3 << u"Config objects cannot contain methods."_s;
        QTest::newRow("getter") << head + u"get a() { return 1; },\n};"_s << 2 << 3 << u"Config objects cannot contain methods."_s;
        QTest::newRow("arrow function") << head + u"a: () => 1,\n};"_s << 2 << 6 << u"Unsupported config expression: function"_s;
        QTest::newRow("template literal") << head + u"a: `x${y}`,\n};"_s << 2 << 6 << u"template literal"_s;
        QTest::newRow("new") << head + u"a: new Date(),\n};"_s << 2 << 6 << u"Unsupported config expression: `new`"_s;
        QTest::newRow("arithmetic") << head + u"a: 60 * 60,\n};"_s << 2 << 6 << u"operators such as `*`"_s;
        QTest::newRow("string concatenation") << head + u"a: 'x' + 'y',\n};"_s << 2 << 6 << u"operators such as `+`"_s;
        QTest::newRow("regex") << head + u"a: /x+/,\n};"_s << 2 << 6 << u"regular expression"_s;
        QTest::newRow("negated identifier") << head + u"a: -x,\n};"_s << 2 << 6 << u"minus sign"_s;
        QTest::newRow("bigint") << head + u"a: 10n,\n};"_s << 2 << 6 << u"BigInt"_s;
        QTest::newRow("octal") << head + u"a: 017,\n};"_s << 2 << 6 << u"octal"_s;
        QTest::newRow("__proto__") << head + u"__proto__: {},\n};"_s << 2 << 3 << u"__proto__"_s;
        QTest::newRow("missing export") << u"import x from 'y';\nconst config = {};\nexport default config;\n"_s << 1 << 1
                                        << u"The file must export a plain `config` object: export const config = { … };"_s;
        QTest::newRow("export only in a comment") << u"// export const config = {}\n"_s << 1 << 1 << u"must export a plain `config` object"_s;
        QTest::newRow("not an object") << u"export const config = [1];"_s << 1 << 23 << u"must export a plain `config` object"_s;
        QTest::newRow("other string") << u"export const config = 'onboarding';"_s << 1 << 23 << u"must export a plain `config` object"_s;
        QTest::newRow("unterminated string") << head + u"a: 'abc,\n};"_s << 2 << 6 << u"Unterminated string"_s;
        QTest::newRow("unterminated string at end") << head + u"a: \"abc"_s << 2 << 6 << u"Unterminated string"_s;
        QTest::newRow("unterminated comment") << head + u"/* no end\n"_s << 2 << 3 << u"Unterminated comment"_s;
        QTest::newRow("unexpected end of file")
            << head + u"a: { b: 1 },\n"_s << 3 << 1 << u"the object that starts at line 1, column 23 is not closed"_s;
        QTest::newRow("end after colon") << u"export const config = { a:"_s << 1 << 27 << u"Unexpected end of file"_s;
        QTest::newRow("end after equals") << u"export const config ="_s << 1 << 22 << u"Unexpected end of file"_s;
        QTest::newRow("missing comma") << head + u"a: 1\n  b: 2\n};"_s << 3 << 3 << u"`,` or `}` expected here."_s;
        QTest::newRow("bad escape") << head + u"a: '\\u12G4',\n};"_s << 2 << 7 << u"Invalid escape sequence"_s;
        QTest::newRow("dotted key into a value")
            << head + u"auth: { allowSignUp: true },\n  \"auth.allowSignUp.x\": 1,\n};"_s << 3 << 3
            << u"The key \"auth.allowSignUp.x\" sets a value inside \"auth.allowSignUp\", but \"auth.allowSignUp\" is not an object here."_s;
        QTest::newRow("dotted key into a value, other order")
            << head + u"\"a.b\": 1,\n  a: 2,\n};"_s << 2 << 3 << u"but \"a\" is not an object here."_s;
        QTest::newRow("trailing statement")
            << u"export const config = {};\nconsole.log(config);\n"_s << 2 << 1
            << u"Only comments and `export default config;` may follow the `config` export."_s;
        QTest::newRow("assignment after") << u"export const config = {};\nconfig.a = 1;\n"_s << 2 << 1 << u"Only comments"_s;
        QTest::newRow("columns count characters") << u"export const config = { a: 'é😀', b: x };"_s << 1 << 37 << u"the variable `x`"_s;
        QTest::newRow("BOM is not a column") << u"\uFEFFexport const config = { a: x };"_s << 1 << 28 << u"the variable `x`"_s;
        QTest::newRow("CRLF lines") << u"// a\r\n\r\nexport const config = {\r\n  a: x };"_s << 4 << 6 << u"the variable `x`"_s;
        QTest::newRow("deep nesting")
            << u"export const config = "_s + QString(100000, u'[') << 1 << 123 << u"nested too deeply"_s;
        QTest::newRow("deep parentheses")
            << u"export const config = "_s + QString(100000, u'(') << 1 << 124 << u"nested too deeply"_s;
        QTest::newRow("101 levels")
            << u"export const config = "_s + QString(101, u'{').replace(u"{"_s, u"{a:"_s) + u"1"_s + QString(101, u'}') << 1
            << 23 + 3 * 100 << u"nested too deeply (more than 100 levels)"_s;
        QTest::newRow("numeric key with a dot is a dotted key")
            << u"export const config = { 1: true, 1.5: 'x' };"_s << 1 << 34 << u"The key \"1.5\" sets a value inside \"1\""_s;
        QTest::newRow("long dotted key")
            << u"export const config = { \""_s + QStringList(200, u"a"_s).join(u'.') + u"\": 1 };"_s << 1 << 25
            << u"nested too deeply"_s;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ConfigFileError error;
        QVERIFY(!configfile::parse(text, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.toString(), u"line %1, column %2: %3"_s.arg(line).arg(column).arg(error.message));
        QVERIFY(!configfile::parse(text)); // no error object needed
    }

    // Damaged versions of real files never crash the parser; whatever it accepts round-trips.
    void damagedFilesAreHandled()
    {
        const QString source = kCliFile + u"\n// x /* y */ 'z' `t` \\u{1F600} 0x1F 1e5 [,] {...} defineHexclaveConfig( as const satisfies !"_s;
        QRandomGenerator random(8);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text = source;
            const int edits = 1 + int(random.bounded(4));
            for (int edit = 0; edit < edits; ++edit) {
                // An earlier edit may have cut the text to nothing: bounded() needs a range.
                const qsizetype at = random.bounded(int(text.size()) + 1);
                switch (random.bounded(3)) {
                case 0:
                    text.remove(at, 1 + random.bounded(8));
                    break;
                case 1:
                    text.insert(at, source.at(random.bounded(int(source.size()))));
                    break;
                default:
                    text = text.left(at);
                }
            }
            ConfigFileError error;
            const std::optional<ConfigFile> file = configfile::parse(text, &error);
            if (!file) {
                QVERIFY(error.line >= 1 && error.column >= 1 && !error.message.isEmpty());
                continue;
            }
            ++accepted;
            const std::optional<ConfigFile> again = configfile::parse(configfile::write(*file), &error);
            QVERIFY2(again, qPrintable(error.toString()));
            QVERIFY(sameFile(*again, *file));
        }
        QVERIFY(accepted > 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigFileFormat)
#include "tst_ConfigFileFormat.moc"
