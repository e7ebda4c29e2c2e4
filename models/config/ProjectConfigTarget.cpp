#include "ProjectConfigTarget.h"

#include "config/ConfigDiff.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hexclave::models {

namespace {

// The tree a PATCH body means: its dotted keys as one override.
api::ConfigTree patchTree(const api::ConfigPatch &patch)
{
    const QJsonObject body = QJsonDocument::fromJson(patch.toJson()).object();
    return api::ConfigTree::fromJsonText(body.value(QStringLiteral("config_override_string")).toString());
}

} // namespace

ProjectConfigTarget::ProjectConfigTarget(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : ConfigTarget(parent)
    , m_writer(new ConfigSettingsWriter(client, std::move(scope), this))
{
    connect(m_writer, &ConfigSettingsWriter::loaded, this, &ConfigTarget::loaded);
    connect(m_writer, &ConfigSettingsWriter::written, this, [this](const QStringList &paths) {
        Q_EMIT applied(paths);
        Q_EMIT loaded(); // the writer has read everything again
    });
    connect(m_writer, &ConfigSettingsWriter::failed, this, &ConfigTarget::failed);
}

bool ProjectConfigTarget::isLoaded() const
{
    return m_writer->isLoaded();
}

bool ProjectConfigTarget::isBusy() const
{
    return m_writer->isBusy();
}

void ProjectConfigTarget::load()
{
    m_writer->load();
}

api::ConfigTree ProjectConfigTarget::values() const
{
    return m_writer->rendered();
}

QString ProjectConfigTarget::blockedReason(const ConfigSetting &setting) const
{
    if (setting.exactLevel && setting.preferredLevel == api::ConfigLevel::Project && !m_writer->hasProjectOverride())
        return tr("This server has no project-level configuration.");
    return {};
}

QList<ConfigLevelChange> ProjectConfigTarget::preview(const QList<ConfigSetting> &settings) const
{
    QList<ConfigLevelChange> changes;
    const QMap<api::ConfigLevel, api::ConfigPatch> patches = m_writer->patchesFor(settings);
    for (auto it = patches.cbegin(); it != patches.cend(); ++it) {
        const api::ConfigTree before = m_writer->overrideAt(it.key());
        ConfigLevelChange change;
        change.level = it.key();
        change.title = configLevelTitle(it.key());
        change.before = before.normalized();
        change.after = before.overriddenBy(patchTree(it.value())).normalized();
        changes << change;
    }
    return changes;
}

bool ProjectConfigTarget::apply(const QList<ConfigSetting> &settings)
{
    for (const ConfigSetting &setting : settings) {
        if (!blockedReason(setting).isEmpty())
            return false;
    }
    return m_writer->write(settings);
}

QList<api::ConfigLevel> ProjectConfigTarget::levels() const
{
    if (m_writer->hasProjectOverride())
        return {api::ConfigLevel::Project, api::ConfigLevel::Branch, api::ConfigLevel::Environment};
    return {api::ConfigLevel::Branch, api::ConfigLevel::Environment};
}

api::ConfigTree ProjectConfigTarget::overrideAt(api::ConfigLevel level) const
{
    return m_writer->overrideAt(level);
}

bool ProjectConfigTarget::replaceLevel(api::ConfigLevel level, const api::ConfigTree &config)
{
    if (isBusy())
        return false;
    const api::ConfigPatch patch = patchBetween(m_writer->overrideAt(level), config);
    return m_writer->writeOverride(level, patch, config);
}

api::ConfigPatch ProjectConfigTarget::patchBetween(const api::ConfigTree &before, const api::ConfigTree &after)
{
    const api::ConfigTree from = before.normalized();
    const api::ConfigTree to = after.normalized();
    api::ConfigPatch patch;
    QStringList removed;
    for (const api::ConfigChange &change : api::diffConfigs(from, to)) {
        if (change.kind() != api::ConfigChange::Kind::Removed) {
            patch.setJson(change.path, change.after);
            continue;
        }
        // The highest part of the path that `after` no longer has goes, with all inside it.
        const QStringList parts = change.path.split(u'.');
        QString highest = change.path;
        for (qsizetype count = 1; count <= parts.size(); ++count) {
            const QString prefix = parts.first(count).join(u'.');
            if (!to.contains(prefix)) {
                highest = prefix;
                break;
            }
        }
        if (!removed.contains(highest)) {
            removed << highest;
            patch.remove(highest);
        }
    }
    return patch;
}

} // namespace hexclave::models
