#include "FileConfigTarget.h"

#include "ConfigFileDocument.h"
#include "config/ConfigDiff.h"
#include "config/ConfigSchema.h"

#include <QTimer>

#include <algorithm>

namespace hexclave::models {

FileConfigTarget::FileConfigTarget(ConfigFileDocument *document, QObject *parent)
    : ConfigTarget(parent)
    , m_document(document)
{
    // Undo, redo, a restored recovery or another file: the forms show the document again.
    connect(document, &ConfigFileDocument::configChanged, this, [this] {
        if (!m_writing)
            Q_EMIT loaded();
    });
}

void FileConfigTarget::load()
{
    QTimer::singleShot(0, this, &FileConfigTarget::loaded);
}

api::ConfigTree FileConfigTarget::fileConfig() const
{
    return m_document ? m_document->config() : api::ConfigTree();
}

api::ConfigTree FileConfigTarget::values() const
{
    return api::configschema::renderedOver(fileConfig());
}

QString FileConfigTarget::blockedReason(const ConfigSetting &setting) const
{
    if (api::configschema::isEnvironmentOnly(setting.path))
        return tr("This setting is kept per environment on the server and is not part of hexclave.config.ts; "
                  "set it on the project's Configuration page.");
    return {};
}

api::ConfigTree FileConfigTarget::withSettings(const api::ConfigTree &config, const QList<ConfigSetting> &settings)
{
    api::ConfigTree result = config.nestedTree();
    for (const ConfigSetting &setting : settings)
        result = setting.appliedTo(result);
    return result.normalized();
}

QList<ConfigLevelChange> FileConfigTarget::preview(const QList<ConfigSetting> &settings) const
{
    const api::ConfigTree before = fileConfig();
    api::ConfigTree after;
    try {
        after = withSettings(before, settings);
    } catch (...) {
        return {}; // malformed JSON in a setting: apply() refuses it too
    }
    if (after.sameContent(before))
        return {};
    const QString title = m_document ? m_document->displayName() : QStringLiteral("hexclave.config.ts");
    return {ConfigLevelChange{api::ConfigLevel::Branch, title, before, after}};
}

bool FileConfigTarget::apply(const QList<ConfigSetting> &settings)
{
    if (!m_document || settings.isEmpty())
        return false;
    for (const ConfigSetting &setting : settings) {
        if (!blockedReason(setting).isEmpty())
            return false;
    }
    api::ConfigTree after;
    try {
        after = withSettings(m_document->config(), settings);
    } catch (...) {
        return false;
    }
    if (after.sameContent(m_document->config()))
        return false;
    QStringList paths;
    for (const ConfigSetting &setting : settings)
        paths << setting.path;
    m_writing = true;
    m_document->setConfig(after, paths.size() == 1 ? tr("Change %1").arg(paths.constFirst()) : tr("Change settings"));
    m_writing = false;
    announce(paths);
    return true;
}

api::ConfigTree FileConfigTarget::overrideAt(api::ConfigLevel level) const
{
    return level == api::ConfigLevel::Branch ? fileConfig() : api::ConfigTree();
}

bool FileConfigTarget::replaceLevel(api::ConfigLevel level, const api::ConfigTree &config)
{
    if (!m_document || level != api::ConfigLevel::Branch)
        return false;
    const api::ConfigTree before = m_document->config();
    const api::ConfigTree after = config.normalized();
    if (after.sameContent(before))
        return false;
    // Settings kept per environment (secrets among them) never go into the file, whatever the
    // caller was told about the problems (see blockedReason()).
    const QStringList leafPaths = after.leafPaths();
    if (std::any_of(leafPaths.cbegin(), leafPaths.cend(), [](const QString &path) { return api::configschema::isEnvironmentOnly(path); }))
        return false;
    QStringList paths;
    for (const api::ConfigChange &change : api::diffConfigs(before, after))
        paths << change.path;
    m_writing = true;
    m_document->setConfig(after, paths.size() == 1 ? tr("Change %1").arg(paths.constFirst()) : tr("Edit configuration"));
    m_writing = false;
    announce(paths);
    return true;
}

void FileConfigTarget::announce(const QStringList &paths)
{
    // Like an online target, the outcome follows the call.
    QTimer::singleShot(0, this, [this, paths] {
        Q_EMIT applied(paths);
        Q_EMIT loaded();
    });
}

} // namespace hexclave::models
