// ConfigSettingsWriter over a scripted config server (FakeNetworkAccessManager): it reads the
// rendered configuration and both overrides; writes each setting at the level where it takes
// effect — the environment when that override already sets the path (as the real server does
// for many settings, fixture 37), so that a branch write would be shadowed; writes id sets
// whole (the server replaces the value at a patched path); re-reads and reports success only when the values show; and reports load,
// write and verification failures.

#include "FakeNetworkAccessManager.h"
#include "Fixtures.h"

#include "ConfigSettingsWriter.h"
#include "auth/Authenticator.h"
#include "core/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::ConfigLevel)

namespace hexclave::tests {

namespace {

using models::ConfigSetting;
using models::ConfigSettingsWriter;
using Level = api::ConfigLevel;

const QString teamMemberPath = u"rbac.defaultPermissions.teamMember"_s;

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// `value` into `target`: objects merge key by key, null removes.
void deepMerge(QJsonObject &target, const QJsonObject &value)
{
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().isNull()) {
            target.remove(it.key());
        } else if (it.value().isObject() && target.value(it.key()).isObject()) {
            QJsonObject inner = target.value(it.key()).toObject();
            deepMerge(inner, it.value().toObject());
            target.insert(it.key(), inner);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

// Sets `value` at a dotted path inside nested objects; null removes; objects merge or replace.
void setPath(QJsonObject &target, const QStringList &path, const QJsonValue &value, bool mergeObjects)
{
    const QString key = path.first();
    if (path.size() == 1) {
        if (value.isNull()) {
            target.remove(key);
        } else if (mergeObjects && value.isObject() && target.value(key).isObject()) {
            QJsonObject inner = target.value(key).toObject();
            deepMerge(inner, value.toObject());
            target.insert(key, inner);
        } else {
            target.insert(key, value);
        }
        return;
    }
    if (value.isNull() && !target.contains(key))
        return;
    QJsonObject inner = target.value(key).toObject();
    setPath(inner, path.mid(1), value, mergeObjects);
    target.insert(key, inner);
}

// The three override levels and the rendered configuration, kept nested; PATCH bodies applied
// key by key, each replacing the value at its path (the server's rule).
class FakeConfigServer
{
public:
    FakeConfigServer()
    {
        network.setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    std::unique_ptr<api::ApiClient> makeClient()
    {
        auto client = std::make_unique<api::ApiClient>(
            &network, QUrl(u"http://fake.invalid/api/v1"_s),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, u"p1"_s, u"sak_test"_s));
        client->options().retryBaseDelayMs = 1;
        return client;
    }

    // Stores an override as the server keeps it (dotted keys allowed).
    void setLevel(Level level, const QJsonObject &asWritten)
    {
        QJsonObject nested;
        for (auto it = asWritten.begin(); it != asWritten.end(); ++it)
            setPath(nested, it.key().split(u'.'), it.value(), true);
        levels[std::size_t(level)] = nested;
    }

    QJsonObject rendered() const
    {
        QJsonObject result = defaults;
        for (const QJsonObject &level : levels)
            deepMerge(result, level);
        return result;
    }

    QList<SeenRequest> patches() const
    {
        QList<SeenRequest> result;
        for (const SeenRequest &request : network.requests()) {
            if (request.method == "PATCH")
                result << request;
        }
        return result;
    }

    static QJsonObject patchBody(const SeenRequest &request)
    {
        return parseObject(parseObject(request.body).value(u"config_override_string"_s).toString().toUtf8());
    }

    FakeNetworkAccessManager network;
    QJsonObject defaults;
    std::array<QJsonObject, 3> levels;
    bool ignoreWrites = false;     // answers 200 but changes nothing
    bool writeToBranchOnly = false; // applies every PATCH to the branch (a server that misroutes)
    std::optional<FakeResponse> patchAnswer;
    QString failReadsOf;           // a path whose GET fails
    std::optional<FakeResponse> failedRead;

private:
    static FakeResponse configString(const QJsonObject &config)
    {
        const QJsonObject body{{u"config_string"_s, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}};
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static std::optional<Level> levelOf(const QString &path)
    {
        if (path.endsWith(u"/override/project"_s))
            return Level::Project;
        if (path.endsWith(u"/override/branch"_s))
            return Level::Branch;
        if (path.endsWith(u"/override/environment"_s))
            return Level::Environment;
        return std::nullopt;
    }

    FakeResponse answer(const SeenRequest &request)
    {
        const QString path = request.url.path();
        if (request.method == "GET") {
            if (failedRead && !failReadsOf.isEmpty() && path.endsWith(failReadsOf))
                return *failedRead;
            if (path.endsWith(u"/internal/config"_s))
                return configString(rendered());
            if (const auto level = levelOf(path))
                return configString(levels[std::size_t(*level)]);
        }
        if (request.method == "PATCH") {
            if (patchAnswer)
                return *patchAnswer;
            const auto level = levelOf(path);
            if (!level)
                return FakeResponse::text(404, "no such route");
            if (!ignoreWrites) {
                QJsonObject &target = levels[std::size_t(writeToBranchOnly ? Level::Branch : *level)];
                // QJsonObject sorts keys; a path sorts before the paths inside it, as sent.
                const QJsonObject patch = patchBody(request);
                for (auto it = patch.begin(); it != patch.end(); ++it)
                    setPath(target, it.key().split(u'.'), it.value(), false);
            }
            return FakeResponse::json(200, R"({"success":true})");
        }
        return FakeResponse::text(404, "no such route");
    }
};

QStringList enabledKeys(const QJsonObject &config, const QString &dottedPath)
{
    QJsonValue value = config;
    const QStringList segments = dottedPath.split(u'.');
    for (const QString &segment : segments)
        value = value.toObject().value(segment);
    QStringList keys;
    const QJsonObject set = value.toObject();
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (it.value().toBool())
            keys << it.key();
    }
    return keys;
}

// The environment override of the real server (fixture 37): many settings, the default team
// member permission among them, live there.
QJsonObject realEnvironmentOverride()
{
    const Fixture fixture = Fixture::load(u"37-config-override-environment"_s);
    return parseObject(parseObject(fixture.body).value(u"config_string"_s).toString().toUtf8());
}

bool waitForSignal(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(5000);
}

} // namespace

class TestConfigSettingsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void loadReadsRenderedAndBothOverrides()
    {
        FakeConfigServer server;
        server.defaults = QJsonObject{{u"teams"_s, QJsonObject{{u"allowClientTeamCreation"_s, false}}}};
        server.setLevel(Level::Branch, {{u"teams.allowClientTeamCreation"_s, true}});
        server.setLevel(Level::Environment, realEnvironmentOverride());
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy loaded(&writer, &ConfigSettingsWriter::loaded);
        QVERIFY(!writer.isLoaded());
        writer.load();
        QVERIFY(writer.isBusy());
        QVERIFY(waitForSignal(loaded));
        QVERIFY(writer.isLoaded());
        QVERIFY(!writer.isBusy());
        QCOMPARE(writer.rendered().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        QCOMPARE(writer.branchOverride().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        QCOMPARE(writer.environmentOverride().enabledKeysAt(teamMemberPath), QStringList{u"team_member"_s});
        QStringList paths;
        for (const SeenRequest &request : server.network.requests())
            paths << QString::fromLatin1(request.method) + u' ' + request.url.path();
        paths.sort();
        QCOMPARE(paths, (QStringList{u"GET /api/v1/internal/config"_s, u"GET /api/v1/internal/config/override/branch"_s,
                                     u"GET /api/v1/internal/config/override/environment"_s,
                                     u"GET /api/v1/internal/config/override/project"_s}));
    }

    void levelChoice_data()
    {
        QTest::addColumn<QByteArray>("branch");
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<Level>("expected");

        QTest::newRow("nothing set: branch") << QByteArray("{}") << QByteArray("{}") << u"apiKeys.enabled.user"_s << false << Level::Branch;
        QTest::newRow("secret: environment") << QByteArray("{}") << QByteArray("{}") << u"emails.server.password"_s << true << Level::Environment;
        QTest::newRow("environment sets the path (dotted key)")
            << QByteArray("{}") << QByteArray(R"({"apiKeys.enabled.user":true})") << u"apiKeys.enabled.user"_s << false << Level::Environment;
        QTest::newRow("environment sets a parent (nested)")
            << QByteArray("{}") << QByteArray(R"({"apiKeys":{"enabled":{"user":false}}})") << u"apiKeys.enabled.user"_s << false << Level::Environment;
        QTest::newRow("environment sets something inside the path")
            << QByteArray("{}") << QByteArray(R"({"apiKeys.enabled.team":true})") << u"apiKeys.enabled"_s << false << Level::Environment;
        QTest::newRow("environment sets a sibling only")
            << QByteArray("{}") << QByteArray(R"({"apiKeys.enabled.team":true})") << u"apiKeys.enabled.user"_s << false << Level::Branch;
        QTest::newRow("branch sets the path") << QByteArray(R"({"apiKeys.enabled.user":true})") << QByteArray("{}")
                                              << u"apiKeys.enabled.user"_s << false << Level::Branch;
        QTest::newRow("real server: default team member permission")
            << QByteArray("{}") << QJsonDocument(realEnvironmentOverride()).toJson() << teamMemberPath << false << Level::Environment;
        QTest::newRow("real server: sign-up defaults are not in the environment")
            << QByteArray("{}") << QJsonDocument(realEnvironmentOverride()).toJson() << u"rbac.defaultPermissions.signUp"_s
            << false << Level::Branch;
    }

    void levelChoice()
    {
        QFETCH(QByteArray, branch);
        QFETCH(QByteArray, environment);
        QFETCH(QString, path);
        QFETCH(bool, secret);
        QFETCH(Level, expected);
        FakeConfigServer server;
        server.setLevel(Level::Branch, parseObject(branch));
        server.setLevel(Level::Environment, parseObject(environment));
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy loaded(&writer, &ConfigSettingsWriter::loaded);
        writer.load();
        QVERIFY(waitForSignal(loaded));
        const ConfigSetting setting = secret ? ConfigSetting::string(path, u"x"_s).secret() : ConfigSetting::boolean(path, true);
        QCOMPARE(writer.levelFor(setting), expected);
        QCOMPARE(writer.patchesFor({setting}).keys(), QList<Level>{expected});
    }

    // The real server keeps the default team member permission in the environment override: a
    // branch write would not change the rendered configuration. The writer writes there instead.
    void writeShadowedSettingAtEnvironment()
    {
        FakeConfigServer server;
        server.setLevel(Level::Environment, realEnvironmentOverride());
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QVERIFY(writer.write({ConfigSetting::idSet(teamMemberPath, {u"team_admin"_s})}));
        QVERIFY(!writer.write({ConfigSetting::boolean(u"apiKeys.enabled.user"_s, true)})); // one at a time
        QVERIFY(waitForSignal(written));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(written.first().first().toStringList(), QStringList{teamMemberPath});

        const QList<SeenRequest> patches = server.patches();
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().url.path(), u"/api/v1/internal/config/override/environment"_s);
        const QJsonObject body = FakeConfigServer::patchBody(patches.first());
        QCOMPARE(body.value(teamMemberPath).toObject(), (QJsonObject{{u"team_admin"_s, true}}));
        QCOMPARE(body.size(), 1);
        QCOMPARE(enabledKeys(server.rendered(), teamMemberPath), QStringList{u"team_admin"_s});
        QCOMPARE(writer.rendered().enabledKeysAt(teamMemberPath), QStringList{u"team_admin"_s});
        QVERIFY(server.levels[std::size_t(Level::Branch)].isEmpty());
    }

    // Were it written at the branch (a server that puts it there), the environment's value
    // would still win: the check afterwards notices and reports it instead of success.
    void verificationCatchesShadowedWrite()
    {
        FakeConfigServer server;
        server.setLevel(Level::Environment, realEnvironmentOverride());
        server.writeToBranchOnly = true;
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QVERIFY(writer.write({ConfigSetting::idSet(teamMemberPath, {u"team_admin"_s})}));
        QVERIFY(waitForSignal(failed));
        QCOMPARE(written.count(), 0);
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Verifying);
        const auto error = failed.first().at(1).value<api::ApiError>();
        QVERIFY2(error.userMessage().contains(teamMemberPath), qPrintable(error.userMessage()));
        QVERIFY(enabledKeys(server.rendered(), teamMemberPath).contains(u"team_member"_s)); // still there: shadowed
        QCOMPARE(writer.notApplied({ConfigSetting::idSet(teamMemberPath, {u"team_admin"_s})}), QStringList{teamMemberPath});
        QVERIFY(!writer.isBusy());
    }

    void idSetEndsExact()
    {
        FakeConfigServer server;
        server.setLevel(Level::Branch, {{u"rbac.defaultPermissions.signUp"_s, QJsonObject{{u"a"_s, true}, {u"b"_s, true}}}});
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        const QString path = u"rbac.defaultPermissions.signUp"_s;
        QVERIFY(writer.write({ConfigSetting::idSet(path, {u"c"_s, u"a"_s})}));
        QVERIFY(waitForSignal(written));
        QCOMPARE(failed.count(), 0);
        QStringList shown = enabledKeys(server.rendered(), path);
        shown.sort();
        QCOMPARE(shown, (QStringList{u"a"_s, u"c"_s}));
        const QJsonObject body = FakeConfigServer::patchBody(server.patches().first());
        QCOMPARE(body.keys(), QStringList{path}); // the whole set, nothing else
        QCOMPARE(body.value(path).toObject().keys(), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(server.patches().first().url.path(), u"/api/v1/internal/config/override/branch"_s);

        // Emptied: every id goes.
        QVERIFY(writer.write({ConfigSetting::idSet(path, {})}));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 5000);
        QCOMPARE(enabledKeys(server.rendered(), path), QStringList());
    }

    void valuesOfEveryTypeAreChecked()
    {
        FakeConfigServer server;
        server.setLevel(Level::Environment, {{u"apiKeys.enabled.team"_s, true}, {u"emails.server"_s, QJsonObject{{u"host"_s, u"old"_s}}}});
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        const QList<ConfigSetting> settings{
            ConfigSetting::boolean(u"apiKeys.enabled.user"_s, true),  // branch
            ConfigSetting::boolean(u"apiKeys.enabled.team"_s, false), // environment: set there
            ConfigSetting::string(u"emails.selectedThemeId"_s, u"theme-1"_s),
            ConfigSetting::json(u"emails.server"_s, uR"({"host":"smtp.example.com","port":587,"isShared":false})"_s).secret(),
            ConfigSetting::removal(u"teams.allowClientTeamCreation"_s),
        };
        QVERIFY(writer.write(settings));
        QVERIFY(waitForSignal(written));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(written.first().first().toStringList().size(), 5);
        QStringList levels;
        for (const SeenRequest &request : server.patches())
            levels << request.url.path().section(u'/', -1);
        QCOMPARE(levels, (QStringList{u"branch"_s, u"environment"_s})); // one PATCH per level, lower first
        const QJsonObject rendered = server.rendered();
        QCOMPARE(rendered.value(u"apiKeys"_s)[u"enabled"_s][u"user"_s].toBool(), true);
        QCOMPARE(rendered.value(u"apiKeys"_s)[u"enabled"_s][u"team"_s].toBool(true), false);
        QCOMPARE(rendered.value(u"emails"_s)[u"server"_s][u"host"_s].toString(), u"smtp.example.com"_s);
        QVERIFY(writer.notApplied(settings).isEmpty());
        // A value the configuration does not show is reported by path.
        QCOMPARE(writer.notApplied({ConfigSetting::string(u"emails.selectedThemeId"_s, u"other"_s),
                                    ConfigSetting::json(u"emails.server"_s, uR"({"host":"elsewhere"})"_s)}),
                 (QStringList{u"emails.selectedThemeId"_s, u"emails.server"_s}));
    }

    void ignoredWriteIsReported()
    {
        FakeConfigServer server;
        server.ignoreWrites = true;
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QVERIFY(writer.write({ConfigSetting::boolean(u"apiKeys.enabled.user"_s, true)}));
        QVERIFY(waitForSignal(failed));
        QCOMPARE(written.count(), 0);
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Verifying);
        QVERIFY(failed.first().at(1).value<api::ApiError>().userMessage().contains(u"apiKeys.enabled.user"_s));
    }

    void refusedWriteIsReported()
    {
        FakeConfigServer server;
        server.patchAnswer = FakeResponse::knownError(400, "SCHEMA_ERROR", "Request validation failed: bad override");
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QSignalSpy written(&writer, &ConfigSettingsWriter::written);
        QVERIFY(writer.write({ConfigSetting::boolean(u"apiKeys.enabled.user"_s, true)}));
        QVERIFY(waitForSignal(failed));
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Writing);
        QCOMPARE(failed.first().at(1).value<api::ApiError>().code, u"SCHEMA_ERROR"_s);
        QCOMPARE(written.count(), 0);
        QVERIFY(!writer.isBusy());
        // Nothing read back after a refused write: 3 reads, 1 PATCH.
        QCOMPARE(server.network.requests().size(), 4);
    }

    void failedReadIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("rendered") << u"/internal/config"_s;
        QTest::newRow("environment override") << u"/override/environment"_s;
    }

    void failedReadIsReported()
    {
        QFETCH(QString, path);
        FakeConfigServer server;
        server.failReadsOf = path;
        server.failedRead = FakeResponse::knownError(401, "INSUFFICIENT_ACCESS_TYPE",
                                                     "The x-stack-access-type header must be 'admin', but was 'server'.");
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QSignalSpy loaded(&writer, &ConfigSettingsWriter::loaded);
        writer.load();
        QVERIFY(waitForSignal(failed));
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Loading);
        QCOMPARE(failed.first().at(1).value<api::ApiError>().code, u"INSUFFICIENT_ACCESS_TYPE"_s);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!writer.isLoaded());

        // A write reads first: the same failure, and nothing is written.
        failed.clear();
        QVERIFY(writer.write({ConfigSetting::boolean(u"apiKeys.enabled.user"_s, true)}));
        QVERIFY(waitForSignal(failed));
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Loading);
        QVERIFY(server.patches().isEmpty());
    }

    // A server that does not know the project level refuses it: no error, the level is empty.
    // A project level that failed to load (server error, broken answer) is reported instead of
    // being taken as empty (found by the fault soak, tests/ui/tst_FaultSoak.cpp).
    void projectLevelRefusalIsNoError_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400 unknown level") << 400;
        QTest::newRow("403") << 403;
        QTest::newRow("404 no such route") << 404;
        QTest::newRow("405") << 405;
    }

    void projectLevelRefusalIsNoError()
    {
        QFETCH(int, status);
        FakeConfigServer server;
        server.failReadsOf = u"/override/project"_s;
        server.failedRead = FakeResponse::text(status, "no project level");
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy loaded(&writer, &ConfigSettingsWriter::loaded);
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        writer.load();
        QVERIFY(waitForSignal(loaded));
        QCOMPARE(failed.count(), 0);
    }

    void failedProjectLevelIsReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("429 after the retries") << 429; // not "no project level": the settings would vanish
        QTest::newRow("408") << 408;
        QTest::newRow("409") << 409;
    }

    void failedProjectLevelIsReported()
    {
        QFETCH(int, status);
        FakeConfigServer server;
        server.failReadsOf = u"/override/project"_s;
        server.failedRead = FakeResponse::text(status, "Failed");
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        QSignalSpy loaded(&writer, &ConfigSettingsWriter::loaded);
        writer.load();
        QVERIFY(waitForSignal(failed));
        QCOMPARE(failed.first().at(0).value<ConfigSettingsWriter::Stage>(), ConfigSettingsWriter::Stage::Loading);
        QCOMPARE(failed.first().at(1).value<api::ApiError>().httpStatus, status);
        QCOMPARE(loaded.count(), 0);
    }

    void goneClientFailsWithoutBlocking()
    {
        FakeConfigServer server;
        auto client = server.makeClient();
        ConfigSettingsWriter writer(client.get(), api::ProjectScope::project(u"p1"_s));
        client.reset();
        QSignalSpy failed(&writer, &ConfigSettingsWriter::failed);
        writer.load();
        QCOMPARE(failed.count(), 0); // reported later, never from inside load()
        QVERIFY(waitForSignal(failed));
        QCOMPARE(failed.first().at(1).value<api::ApiError>().kind, api::ApiError::Kind::Network);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigSettingsWriter)
#include "tst_ConfigSettingsWriter.moc"
