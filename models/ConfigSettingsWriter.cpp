#include "ConfigSettingsWriter.h"

#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace hexclave::models {

namespace {

QStringList sortedUnique(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// Whether `tree` shows `expected` at `path` (objects: every member at its own path).
bool showsJson(const api::ConfigTree &tree, const QString &path, const QJsonValue &expected)
{
    switch (expected.type()) {
    case QJsonValue::Bool:
        return tree.boolAt(path) == expected.toBool();
    case QJsonValue::String:
        return tree.stringAt(path) == expected.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return !tree.contains(path) || (!tree.boolAt(path) && !tree.stringAt(path) && tree.keysAt(path).isEmpty());
    case QJsonValue::Object: {
        const QJsonObject object = expected.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!showsJson(tree, path + u'.' + it.key(), it.value()))
                return false;
        }
        return object.isEmpty() || tree.contains(path);
    }
    case QJsonValue::Double:
    case QJsonValue::Array:
        return tree.contains(path); // ConfigTree reads no numbers or arrays; present is what can be told
    }
    return false;
}

api::ApiError notAppliedError(const QStringList &paths)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Http; // the server accepted the write but shows other values
    error.message = ConfigSettingsWriter::tr(
                        "The server accepted the change, but the configuration still shows other values for %1. "
                        "Another configuration level may override them.")
                        .arg(paths.join(QStringLiteral(", ")));
    return error;
}

api::ApiError connectionGone()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Network;
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

ConfigSetting ConfigSetting::atEnvironment() const
{
    ConfigSetting copy = *this;
    copy.preferredLevel = api::ConfigLevel::Environment;
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
    // The overrides are read again first: the level depends on what they hold now.
    readAll(State::WriteRefreshing);
    return true;
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
    m_pendingReads = 3;
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
    const QStringList missing = notApplied(m_settings);
    QStringList paths;
    for (const ConfigSetting &setting : std::as_const(m_settings))
        paths << setting.path;
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
    Q_EMIT failed(stage, error);
}

api::ConfigLevel ConfigSettingsWriter::levelFor(const ConfigSetting &setting) const
{
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
        return showsJson(m_rendered, setting.path, QJsonValue::Null);
    case ConfigSetting::Type::Json: {
        // QJsonDocument reads objects and arrays only: wrap the value in an array.
        const QString wrapped = QStringLiteral("[") + setting.value.toString() + QStringLiteral("]");
        const QJsonDocument document = QJsonDocument::fromJson(wrapped.toUtf8());
        return document.isArray() && showsJson(m_rendered, setting.path, document.array().at(0));
    }
    }
    return false;
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
