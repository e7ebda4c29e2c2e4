#pragma once

#include "ConfigTarget.h"

#include <QPointer>

namespace hexclave::models {

class ConfigFileDocument;

// The configuration of an offline hexclave.config.ts: the settings pages and the expert view
// edit the document, each write one undoable step. The file is a branch override; settings the
// server keeps per environment (OAuth client secrets, trusted domains, …) cannot go into it.
class FileConfigTarget : public ConfigTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileConfigTarget)

public:
    explicit FileConfigTarget(ConfigFileDocument *document, QObject *parent = nullptr);

    ConfigFileDocument *document() const { return m_document; }

    bool isOffline() const override { return true; }
    bool isLoaded() const override { return true; }
    bool isBusy() const override { return false; }
    void load() override;

    api::ConfigTree values() const override;
    QString blockedReason(const ConfigSetting &setting) const override;
    QList<ConfigLevelChange> preview(const QList<ConfigSetting> &settings) const override;
    bool apply(const QList<ConfigSetting> &settings) override;

    QList<api::ConfigLevel> levels() const override { return {api::ConfigLevel::Branch}; }
    api::ConfigTree overrideAt(api::ConfigLevel level) const override;
    // Also false (nothing changes) when `config` holds a setting kept per environment.
    bool replaceLevel(api::ConfigLevel level, const api::ConfigTree &config) override;

    // `config` with `settings` applied (a removal deletes the key: a file holds no null).
    static api::ConfigTree withSettings(const api::ConfigTree &config, const QList<ConfigSetting> &settings);

private:
    api::ConfigTree fileConfig() const;
    void announce(const QStringList &paths);

    QPointer<ConfigFileDocument> m_document;
    bool m_writing = false;
};

} // namespace hexclave::models
