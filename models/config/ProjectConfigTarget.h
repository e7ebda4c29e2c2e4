#pragma once

#include "ConfigTarget.h"

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// A project's configuration on a server: the rendered configuration and the project, branch and
// environment overrides, written through ConfigSettingsWriter (each setting at the level where it
// takes effect, checked by reading back).
class ProjectConfigTarget : public ConfigTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectConfigTarget)

public:
    ProjectConfigTarget(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    ConfigSettingsWriter *writer() const { return m_writer; }

    bool isOffline() const override { return false; }
    bool isLoaded() const override;
    bool isBusy() const override;
    void load() override;

    api::ConfigTree values() const override;
    QString blockedReason(const ConfigSetting &setting) const override;
    QList<ConfigLevelChange> preview(const QList<ConfigSetting> &settings) const override;
    bool apply(const QList<ConfigSetting> &settings) override;

    QList<api::ConfigLevel> levels() const override;
    api::ConfigTree overrideAt(api::ConfigLevel level) const override;
    bool replaceLevel(api::ConfigLevel level, const api::ConfigTree &config) override;

    // The PATCH that turns the override `before` into `after`: the changed leaves, and null for
    // each removed part (once, at the highest path `after` no longer has).
    static api::ConfigPatch patchBetween(const api::ConfigTree &before, const api::ConfigTree &after);

private:
    ConfigSettingsWriter *m_writer;
};

} // namespace hexclave::models
