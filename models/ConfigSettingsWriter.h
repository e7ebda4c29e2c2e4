#pragma once

#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/ProjectConfig.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// One setting of a project's configuration: a dotted path and the value to give it.
struct ConfigSetting
{
    enum class Type {
        Bool,    // value: bool
        String,  // value: QString
        IdSet,   // value: QStringList, written as {id: true, …}
        Json,    // value: QString holding any JSON value
        Removal, // no value: the path is deleted (null)
    };

    QString path;
    Type type = Type::Bool;
    QVariant value;
    // Where it is written unless a higher level's override already sets it (which would shadow
    // the write): the branch for ordinary settings, the environment for secrets.
    api::ConfigLevel preferredLevel = api::ConfigLevel::Branch;
    // Written at preferredLevel itself even when a higher override sets the path (see atLevel).
    bool exactLevel = false;

    static ConfigSetting boolean(const QString &path, bool value);
    static ConfigSetting string(const QString &path, const QString &value);
    static ConfigSetting idSet(const QString &path, const QStringList &ids);
    static ConfigSetting json(const QString &path, const QString &jsonText);
    static ConfigSetting removal(const QString &path);
    // The value as compact JSON text (empty for a removal).
    QString jsonText() const;
    // `tree` with this setting applied (a nested tree); throws when a Json value is malformed.
    api::ConfigTree appliedTo(const api::ConfigTree &tree) const;
    // The same setting written at the environment level: what the server keeps per environment,
    // such as payments.testMode or emails.selectedThemeId.
    ConfigSetting atEnvironment() const;
    // The same as atEnvironment(), for secrets (they are kept per environment too).
    ConfigSetting secret() const { return atEnvironment(); }
    // The same setting written at `level` exactly, never moved to a higher level that shadows
    // it: for removing a value from each level that sets it.
    ConfigSetting atLevel(api::ConfigLevel level) const;
};

// "Branch override", …: how a level's override is named to a person.
QString configLevelTitle(api::ConfigLevel level);

// Reads and writes settings of one project's configuration (GET /internal/config and the
// branch and environment overrides; PATCH /internal/config/override/{level}). A write goes to
// the level where it takes effect — the setting's preferred level unless a higher override
// already sets the path (the real server keeps many settings in the environment override) —
// and is checked afterwards: the rendered configuration is read again and the write counts as
// done only if every value shows there. An id set ({id: true}) is written whole: the server
// replaces the value at a patched path. Nothing blocks: results arrive as signals.
class ConfigSettingsWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSettingsWriter)

public:
    enum class Stage {
        Loading,   // reading the configuration
        Writing,   // the PATCH failed (nothing or only part was written)
        Verifying, // written, but reading it back failed or showed other values
    };
    Q_ENUM(Stage)

    ConfigSettingsWriter(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    // Reads the rendered configuration and the branch and environment overrides (and the project
    // override, which writes of settings never change); loaded() or failed(Loading) follows.
    // Ignored while a load or a write is under way (its answer will do).
    void load();
    // Writes the settings (one per path); written() or failed() follows, and the trees below hold
    // what was read back. Returns false (and does nothing) while busy or when there is nothing
    // to write.
    bool write(const QList<ConfigSetting> &settings);
    // Sends `patch` to the override of `level` as it is, then reads everything again; written()
    // follows only when that override (read nested, nulls dropped) shows each patched path as
    // `expected` does. False (and nothing happens) while busy or when the patch is empty.
    bool writeOverride(api::ConfigLevel level, const api::ConfigPatch &patch, const api::ConfigTree &expected);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_state != State::Idle; }
    bool isWriting() const
    {
        return m_state == State::WriteRefreshing || m_state == State::Writing || m_state == State::Rereading;
    }

    const api::ConfigTree &rendered() const { return m_rendered; }
    const api::ConfigTree &branchOverride() const { return m_branch; }
    const api::ConfigTree &environmentOverride() const { return m_environment; }
    // The project-level override; empty when the server would not show it (older servers know
    // only branch and environment), see hasProjectOverride().
    const api::ConfigTree &projectOverride() const { return m_project; }
    bool hasProjectOverride() const { return m_projectReadable; }
    const api::ConfigTree &overrideAt(api::ConfigLevel level) const;

    // The level `setting` is written at, given the overrides last read.
    api::ConfigLevel levelFor(const ConfigSetting &setting) const;
    // The PATCH body per level for `settings`, given the configuration last read.
    QMap<api::ConfigLevel, api::ConfigPatch> patchesFor(const QList<ConfigSetting> &settings) const;
    // The paths of `settings` whose value the rendered configuration does not show.
    QStringList notApplied(const QList<ConfigSetting> &settings) const;

Q_SIGNALS:
    void loaded();
    void written(const QStringList &paths);
    void failed(hexclave::models::ConfigSettingsWriter::Stage stage, const hexclave::api::ApiError &error);

private:
    enum class State { Idle, Loading, WriteRefreshing, Writing, Rereading };

    void readAll(State state);
    void readFinished();
    void sendNextPatch();
    void verify();
    void fail(Stage stage, const api::ApiError &error);
    bool isApplied(const ConfigSetting &setting) const;
    QStringList overrideNotApplied() const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    State m_state = State::Idle;
    bool m_loaded = false;
    int m_generation = 0;
    int m_pendingReads = 0;
    api::ApiError m_readError;
    api::ConfigTree m_rendered;
    api::ConfigTree m_branch;
    api::ConfigTree m_environment;
    api::ConfigTree m_project;
    bool m_projectReadable = false;
    // Of a writeOverride() under way: the level, and the paths it sent with the expected tree.
    std::optional<api::ConfigLevel> m_overrideLevel;
    QStringList m_overridePaths;
    api::ConfigTree m_overrideExpected;
    QList<ConfigSetting> m_settings;                  // of the write under way
    QList<QPair<api::ConfigLevel, api::ConfigPatch>> m_patches; // still to send
};

} // namespace hexclave::models
