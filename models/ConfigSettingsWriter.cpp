#include "ConfigSettingsWriter.h"

#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <algorithm>
#include <exception>

namespace hexclave::models {

namespace {

using api::ApiError; // unqualified return types keep lupdate's context right

QStringList sortedUnique(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// Whether `tree` shows nothing at `path` (absent, null, or an empty object).
bool showsNothing(const api::ConfigTree &tree, const QString &path)
{
    const api::ConfigValueKind kind = tree.kindAt(path);
    return kind == api::ConfigValueKind::Missing || kind == api::ConfigValueKind::Null
        || (kind == api::ConfigValueKind::Object && tree.keysAt(path).isEmpty());
}

// Whether `tree` shows the value `expected` holds at `path` (objects: every member at its own
// path, so that members the server adds do not count against it).
bool showsJson(const api::ConfigTree &tree, const QString &path, const api::ConfigTree &expected)
{
    if (!expected.contains(path))
        return false;
    const QString inside = path + u'.';
    for (const QString &leaf : expected.leafPaths()) {
        if (leaf != path && !leaf.startsWith(inside))
            continue;
        switch (expected.kindAt(leaf)) {
        case api::ConfigValueKind::Null:
            if (!showsNothing(tree, leaf))
                return false;
            break;
        case api::ConfigValueKind::Object: // an empty one
            if (!tree.contains(leaf))
                return false;
            break;
        default:
            if (!api::sameJsonText(tree.jsonAt(leaf), expected.jsonAt(leaf)))
                return false;
        }
    }
    return true;
}

ApiError notAppliedError(const QStringList &paths)
{
    ApiError error;
    error.kind = ApiError::Kind::Http; // the server accepted the write but shows other values
    error.message = ConfigSettingsWriter::tr(
                        "The server accepted the change, but the configuration still shows other values for %1. "
                        "Another configuration level may override them.")
                        .arg(paths.join(QStringLiteral(", ")));
    return error;
}

ApiError connectionGone()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = ConfigSettingsWriter::tr("The connection to the server was closed. Connect again and retry.");
    return error;
}

} // namespace

ConfigSetting ConfigSetting::boolean(const QString &path, bool value)
{
    return {path, Type::Bool, value};
}

ConfigSetting ConfigSetting::string(const QString &path, const QString &value)
{
    return {path, Type::String, value};
}

ConfigSetting ConfigSetting::idSet(const QString &path, const QStringList &ids)
{
    return {path, Type::IdSet, sortedUnique(ids)};
}

ConfigSetting ConfigSetting::json(const QString &path, const QString &jsonText)
{
    return {path, Type::Json, jsonText};
}

ConfigSetting ConfigSetting::removal(const QString &path)
{
    return {path, Type::Removal, {}};
}

QString ConfigSetting::jsonText() const
{
    switch (type) {
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::String:
        return api::jsonStringLiteral(value.toString());
    case Type::IdSet: {
        QStringList members;
        for (const QString &id : value.toStringList())
            members << api::jsonStringLiteral(id) + QStringLiteral(":true");
        return u'{' + members.join(u',') + u'}';
    }
    case Type::Json:
        return value.toString();
    case Type::Removal:
        break;
    }
    return {};
}

api::ConfigTree ConfigSetting::appliedTo(const api::ConfigTree &tree) const
{
    if (type == Type::Removal)
        return tree.contains(path) ? tree.without(path) : tree;
    return tree.withValue(path, jsonText());
}

QString configLevelTitle(api::ConfigLevel level)
{
    switch (level) {
    case api::ConfigLevel::Project:
        return ConfigSettingsWriter::tr("Project override");
    case api::ConfigLevel::Branch:
        return ConfigSettingsWriter::tr("Branch override");
    case api::ConfigLevel::Environment:
        break;
    }
    return ConfigSettingsWriter::tr("Environment override");
}

ConfigSetting ConfigSetting::atEnvironment() const
{
    ConfigSetting copy = *this;
    copy.preferredLevel = api::ConfigLevel::Environment;
    return copy;
}

ConfigSetting ConfigSetting::atLevel(api::ConfigLevel level) const
{
    ConfigSetting copy = *this;
    copy.preferredLevel = level;
    copy.exactLevel = true;
    return copy;
}

ConfigSettingsWriter::ConfigSettingsWriter(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

void ConfigSettingsWriter::load()
{
    if (isBusy())
        return;
    readAll(State::Loading);
}

bool ConfigSettingsWriter::write(const QList<ConfigSetting> &settings)
{
    if (isBusy() || settings.isEmpty())
        return false;
    m_settings = settings;
    m_overrideLevel.reset();
    // The overrides are read again first: the level depends on what they hold now.
    readAll(State::WriteRefreshing);
    return true;
}

bool ConfigSettingsWriter::writeOverride(api::ConfigLevel level, const api::ConfigPatch &patch,
                                         const api::ConfigTree &expected)
{
    if (isBusy() || patch.isEmpty())
        return false;
    m_settings.clear();
    m_overrideLevel = level;
    m_overridePaths = patch.paths();
    m_overrideExpected = expected.normalized();
    m_patches = {{level, patch}};
    m_state = State::Writing;
    ++m_generation;
    sendNextPatch();
    return true;
}

const api::ConfigTree &ConfigSettingsWriter::overrideAt(api::ConfigLevel level) const
{
    switch (level) {
    case api::ConfigLevel::Project:
        return m_project;
    case api::ConfigLevel::Branch:
        return m_branch;
    case api::ConfigLevel::Environment:
        break;
    }
    return m_environment;
}

void ConfigSettingsWriter::readAll(State state)
{
    m_state = state;
    const int generation = ++m_generation;
    if (!m_client) {
        // Reported asynchronously, like every other outcome.
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                fail(m_state == State::Loading || m_state == State::WriteRefreshing ? Stage::Loading : Stage::Verifying,
                     connectionGone());
        }, Qt::QueuedConnection);
        return;
    }
    // The project level changes only through writeOverride(Project): read it on a load and then.
    const bool withProject = state == State::Loading || (m_overrideLevel && *m_overrideLevel == api::ConfigLevel::Project);
    m_pendingReads = withProject ? 4 : 3;
    m_readError = {};
    const auto read = [this, generation](api::Call<api::ConfigTree> call, api::ConfigTree *into) {
        api::Job<api::ConfigTree> *job = m_client->send(std::move(call));
        connect(job, &api::ApiJob::finished, this, [this, job, generation, into] {
            if (generation != m_generation)
                return;
            if (job->succeeded())
                *into = job->takeValue();
            else if (!m_readError.isError())
                m_readError = job->error();
            if (--m_pendingReads == 0)
                readFinished();
        });
    };
    read(api::config::rendered(m_scope), &m_rendered);
    read(api::config::override(m_scope, api::ConfigLevel::Branch), &m_branch);
    read(api::config::override(m_scope, api::ConfigLevel::Environment), &m_environment);
    if (!withProject)
        return;
    // Older servers refuse the project level (400 SCHEMA_ERROR for the unknown level, 404 without
    // the route, 403/405 behind a proxy): then there is none to show, and no error. Any other
    // failure (429 or 408 after the retries, 5xx, network, a broken body) is a failed read like
    // the others: taking the level as empty would hide the settings that live there.
    api::Job<api::ConfigTree> *projectJob = m_client->send(api::config::override(m_scope, api::ConfigLevel::Project));
    connect(projectJob, &api::ApiJob::finished, this, [this, projectJob, generation] {
        if (generation != m_generation)
            return;
        m_projectReadable = projectJob->succeeded();
        m_project = m_projectReadable ? projectJob->takeValue() : api::ConfigTree();
        const api::ApiError &error = projectJob->error();
        const bool refused = error.kind == api::ApiError::Kind::Http
            && (error.httpStatus == 400 || error.httpStatus == 403 || error.httpStatus == 404 || error.httpStatus == 405);
        if (!m_projectReadable && !refused && error.kind != api::ApiError::Kind::Cancelled && !m_readError.isError())
            m_readError = error;
        if (--m_pendingReads == 0)
            readFinished();
    });
}

void ConfigSettingsWriter::readFinished()
{
    const State state = m_state;
    if (m_readError.isError()) {
        fail(state == State::Rereading ? Stage::Verifying : Stage::Loading, m_readError);
        return;
    }
    m_loaded = true;
    switch (state) {
    case State::Loading:
        m_state = State::Idle;
        Q_EMIT loaded();
        return;
    case State::WriteRefreshing: {
        m_patches.clear();
        const QMap<api::ConfigLevel, api::ConfigPatch> patches = patchesFor(m_settings);
        for (auto it = patches.cbegin(); it != patches.cend(); ++it)
            m_patches.append({it.key(), it.value()});
        m_state = State::Writing;
        sendNextPatch();
        return;
    }
    case State::Rereading:
        verify();
        return;
    case State::Idle:
    case State::Writing:
        break;
    }
}

void ConfigSettingsWriter::sendNextPatch()
{
    if (m_patches.isEmpty()) {
        readAll(State::Rereading);
        return;
    }
    if (!m_client) {
        fail(Stage::Writing, connectionGone());
        return;
    }
    const auto [level, patch] = m_patches.takeFirst();
    const int generation = ++m_generation;
    api::Job<api::NoContent> *job = m_client->send(api::config::patchOverride(m_scope, level, patch));
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (job->succeeded())
            sendNextPatch();
        else
            fail(Stage::Writing, job->error());
    });
}

void ConfigSettingsWriter::verify()
{
    QStringList missing;
    QStringList paths;
    if (m_overrideLevel) {
        missing = overrideNotApplied();
        paths = m_overridePaths;
        m_overrideLevel.reset();
    } else {
        missing = notApplied(m_settings);
        for (const ConfigSetting &setting : std::as_const(m_settings))
            paths << setting.path;
    }
    m_settings.clear();
    m_state = State::Idle;
    if (!missing.isEmpty()) {
        Q_EMIT failed(Stage::Verifying, notAppliedError(missing));
        return;
    }
    Q_EMIT written(paths);
}

void ConfigSettingsWriter::fail(Stage stage, const api::ApiError &error)
{
    m_state = State::Idle;
    m_settings.clear();
    m_patches.clear();
    m_overrideLevel.reset();
    Q_EMIT failed(stage, error);
}

api::ConfigLevel ConfigSettingsWriter::levelFor(const ConfigSetting &setting) const
{
    if (setting.exactLevel)
        return setting.preferredLevel;
    return api::config::effectiveLevel(setting.path, setting.preferredLevel, m_branch, m_environment);
}

QMap<api::ConfigLevel, api::ConfigPatch> ConfigSettingsWriter::patchesFor(const QList<ConfigSetting> &settings) const
{
    QMap<api::ConfigLevel, api::ConfigPatch> patches;
    for (const ConfigSetting &setting : settings) {
        const api::ConfigLevel level = levelFor(setting);
        api::ConfigPatch &patch = patches[level];
        switch (setting.type) {
        case ConfigSetting::Type::Bool:
            patch.setBool(setting.path, setting.value.toBool());
            break;
        case ConfigSetting::Type::String:
            patch.setString(setting.path, setting.value.toString());
            break;
        case ConfigSetting::Type::Json:
            patch.setJson(setting.path, setting.value.toString());
            break;
        case ConfigSetting::Type::Removal:
            patch.remove(setting.path);
            break;
        case ConfigSetting::Type::IdSet:
            // The server replaces the value at a patched path whole (server-facts §11), so the
            // new set is all there is to send.
            patch.setIdSet(setting.path, setting.value.toStringList());
            break;
        }
    }
    return patches;
}

bool ConfigSettingsWriter::isApplied(const ConfigSetting &setting) const
{
    switch (setting.type) {
    case ConfigSetting::Type::Bool:
        return m_rendered.boolAt(setting.path) == setting.value.toBool();
    case ConfigSetting::Type::String:
        return m_rendered.stringAt(setting.path) == setting.value.toString();
    case ConfigSetting::Type::IdSet:
        return sortedUnique(m_rendered.enabledKeysAt(setting.path)) == sortedUnique(setting.value.toStringList());
    case ConfigSetting::Type::Removal:
        return showsNothing(m_rendered, setting.path);
    case ConfigSetting::Type::Json:
        try {
            return showsJson(m_rendered, setting.path, setting.appliedTo({}));
        } catch (const std::exception &) {
            return false; // not JSON: nothing could show it
        }
    }
    return false;
}

QStringList ConfigSettingsWriter::overrideNotApplied() const
{
    const api::ConfigTree stored = overrideAt(*m_overrideLevel).normalized();
    QStringList paths;
    for (const QString &path : std::as_const(m_overridePaths)) {
        bool shown = false;
        if (m_overrideExpected.contains(path)) {
            // Compared as JSON values: the server may store object members in another order.
            shown = stored.contains(path) && api::sameJsonText(stored.jsonAt(path), m_overrideExpected.jsonAt(path));
        } else {
            shown = !stored.contains(path);
        }
        if (!shown)
            paths << path;
    }
    return paths;
}

QStringList ConfigSettingsWriter::notApplied(const QList<ConfigSetting> &settings) const
{
    QStringList paths;
    for (const ConfigSetting &setting : settings) {
        if (!isApplied(setting))
            paths << setting.path;
    }
    return paths;
}

} // namespace hexclave::models
