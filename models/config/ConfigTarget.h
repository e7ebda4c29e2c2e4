#pragma once

#include "ConfigSettingsWriter.h"
#include "dto/ProjectConfig.h"

#include <QList>
#include <QObject>
#include <QString>

namespace hexclave::models {

// What a write would do to one override level (or to the file), shown as a diff before it
// happens. `before`/`after` are that level's override as stored, read nested.
struct ConfigLevelChange
{
    api::ConfigLevel level = api::ConfigLevel::Branch;
    QString title; // "Branch override", "Environment override", "hexclave.config.ts"
    api::ConfigTree before;
    api::ConfigTree after;
};

// The configuration the settings pages and the expert view edit: a project's configuration on
// a server (ProjectConfigTarget) or an offline hexclave.config.ts (FileConfigTarget). Nothing
// blocks; results arrive as signals.
class ConfigTarget : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigTarget)

public:
    using QObject::QObject;

    // A file with no server behind it.
    virtual bool isOffline() const = 0;
    virtual bool isLoaded() const = 0;
    // Reading or writing; apply() and replaceLevel() refuse meanwhile.
    virtual bool isBusy() const = 0;
    // Reads the configuration again (a file target just says loaded()).
    virtual void load() = 0;

    // What the forms show: the rendered configuration (online), or the file over the server's
    // defaults (offline).
    virtual api::ConfigTree values() const = 0;
    // Empty when `setting` can be changed here; otherwise a sentence saying why not, e.g. an
    // environment setting in a file ("…is kept per environment and is not part of
    // hexclave.config.ts; set it on the project.").
    virtual QString blockedReason(const ConfigSetting &setting) const = 0;
    // What apply(settings) would change, per level (online) or in the file (offline).
    virtual QList<ConfigLevelChange> preview(const QList<ConfigSetting> &settings) const = 0;
    // Writes the settings (online: ConfigSettingsWriter, checked by reading back) or changes the
    // document as one undoable step (offline). False (and nothing happens) when busy, blocked or
    // when there is nothing to write; otherwise applied() or failed() follows.
    virtual bool apply(const QList<ConfigSetting> &settings) = 0;

    // The override levels shown in the expert view: project, branch and environment online;
    // only the branch (the file) offline.
    virtual QList<api::ConfigLevel> levels() const = 0;
    virtual api::ConfigTree overrideAt(api::ConfigLevel level) const = 0;
    // Makes `config` the override of `level`. Online: one PATCH of the paths that differ (values
    // that were removed are sent as null), then read back; offline: the document (one undo step).
    // False when busy or unchanged; otherwise applied() or failed() follows.
    virtual bool replaceLevel(api::ConfigLevel level, const api::ConfigTree &config) = 0;

Q_SIGNALS:
    // values() and the overrides are (newly) available: after a load, a write, an undo.
    void loaded();
    // A write (or document edit) finished; `paths` are the dotted paths it set.
    void applied(const QStringList &paths);
    void failed(hexclave::models::ConfigSettingsWriter::Stage stage, const hexclave::api::ApiError &error);
};

} // namespace hexclave::models
