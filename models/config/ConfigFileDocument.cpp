#include "ConfigFileDocument.h"

#include "config/ConfigDiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>

namespace hexclave::models {

namespace {

constexpr int setConfigCommandId = 0x6366; // "cf"

QSet<QString> changedPaths(const api::ConfigTree &before, const api::ConfigTree &after)
{
    QSet<QString> paths;
    for (const api::ConfigChange &change : api::diffConfigs(before, after))
        paths.insert(change.path);
    return paths;
}

} // namespace

// One edit of the configuration. Consecutive edits of the same paths merge into one step, so
// that changing one value several times in a row is undone at once.
class SetConfigCommand : public QUndoCommand
{
public:
    SetConfigCommand(ConfigFileDocument *document, api::ConfigTree before, api::ConfigTree after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_paths(changedPaths(m_before, m_after))
    {
    }

    int id() const override { return setConfigCommandId; }
    void undo() override { m_document->applyConfig(m_before); }
    void redo() override { m_document->applyConfig(m_after); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetConfigCommand *>(other);
        if (next->m_document != m_document || next->m_paths != m_paths || next->text() != text())
            return false;
        m_after = next->m_after;
        setObsolete(m_after.sameContent(m_before));
        return true;
    }

private:
    ConfigFileDocument *m_document;
    api::ConfigTree m_before;
    api::ConfigTree m_after;
    QSet<QString> m_paths;
};

ConfigFileDocument::ConfigFileDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(2000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ConfigFileDocument::autosaveNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !m_resetting) {
            // Back at the text on disk (saved, or every edit undone): nothing to recover.
            m_autosaveTimer->stop();
            discardAutosave();
        }
        Q_EMIT modifiedChanged(!clean);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ConfigFileDocument::scheduleAutosave);
    newDocument();
}

ConfigFileDocument::~ConfigFileDocument()
{
    // Edits not autosaved yet are kept (a quit without the close prompt must not lose them).
    if (m_autosaveTimer->isActive())
        autosaveNow();
}

void ConfigFileDocument::setAutosave(EditorAutosave *autosave)
{
    m_autosave = autosave;
}

EditorAutosave *ConfigFileDocument::autosaveStore() const
{
    if (!m_autosave) {
        if (!m_ownAutosave)
            m_ownAutosave = new EditorAutosave(EditorAutosave::defaultDirectory(), const_cast<ConfigFileDocument *>(this));
        m_autosave = m_ownAutosave;
    }
    return m_autosave;
}

void ConfigFileDocument::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

QString ConfigFileDocument::untitledKeyPrefix()
{
    return QStringLiteral("config-file/untitled/");
}

QString ConfigFileDocument::keyForPath(const QString &absolutePath)
{
    return QStringLiteral("config-file/path/") + absolutePath;
}

QString ConfigFileDocument::displayName() const
{
    return isUntitled() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ConfigFileDocument::isModified() const
{
    return !m_undoStack->isClean();
}

bool ConfigFileDocument::showsOnboarding() const
{
    return m_file.showOnboarding && m_config.isEmpty();
}

QString ConfigFileDocument::text() const
{
    api::ConfigFile file = m_file;
    file.config = m_config;
    return api::configfile::write(file);
}

void ConfigFileDocument::resetTo(const api::ConfigFile &file, const QString &path, const QString &diskText)
{
    const QString oldPath = m_filePath;
    m_autosaveTimer->stop();
    m_recovery.reset();
    m_file = file;
    m_config = file.config.normalized();
    m_filePath = path;
    m_diskText = diskText;
    m_autosaveKey = path.isEmpty() ? untitledKeyPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : keyForPath(path);
    // Emits the stack's signals (for undo actions) and modifiedChanged; the edits left behind
    // keep their autosave (whoever discards them removes it).
    m_resetting = true;
    m_undoStack->clear();
    m_resetting = false;
    Q_EMIT configChanged();
    if (oldPath != m_filePath)
        Q_EMIT filePathChanged();
}

void ConfigFileDocument::newDocument()
{
    resetTo(api::ConfigFile::empty(), {}, {});
}

std::optional<api::ConfigFile> ConfigFileDocument::readFile(const QString &path, QString *error, QString *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString content = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        if (error)
            *error = tr("%1 is not a UTF-8 text file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    api::ConfigFileError parseError;
    std::optional<api::ConfigFile> parsed = api::configfile::parse(content, &parseError);
    if (!parsed) {
        if (error)
            *error = tr("%1 is not a configuration file this app can read: %2")
                         .arg(QFileInfo(path).fileName(), parseError.toString());
        return std::nullopt;
    }
    if (text)
        *text = content;
    return parsed;
}

bool ConfigFileDocument::writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    // Writes a temporary file next to it and renames it over the old one only once complete:
    // a failed write leaves the old file as it was. QSaveFile keeps the old file's permissions.
    // Unbuffered, so that a short write (disk full, file size limit) shows in write()'s result:
    // Qt 6.4 does not report it as an error when the buffer is flushed, and commit() would then
    // replace the file with a truncated one.
    const QByteArray data = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const qint64 written = file.write(data);
    if (written != data.size()) {
        const QString reason = written < 0 ? file.errorString() : tr("the disk is full or the file is too large");
        file.cancelWriting();
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ConfigFileDocument::open(const QString &path, QString *error)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    QString text;
    const std::optional<api::ConfigFile> parsed = readFile(absolutePath, error, &text);
    if (!parsed)
        return false;
    resetTo(*parsed, absolutePath, text);

    std::optional<AutosavedText> entry = autosaveStore()->find(m_autosaveKey);
    if (entry && entry->text != text)
        m_recovery = std::move(entry);
    else if (entry)
        autosaveStore()->discard(m_autosaveKey); // already saved: nothing to recover
    return true;
}

bool ConfigFileDocument::isChangedOnDisk() const
{
    if (isUntitled())
        return false;
    QFile file(m_filePath);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return true; // cannot tell: better to ask than to overwrite
    return QString::fromUtf8(file.readAll()) != m_diskText;
}

bool ConfigFileDocument::save(QString *error)
{
    return save(error, false);
}

bool ConfigFileDocument::save(QString *error, bool overwriteChangesOnDisk)
{
    m_changedOnDiskAtSave = false;
    if (!isUntitled() && !overwriteChangesOnDisk && isChangedOnDisk()) {
        m_changedOnDiskAtSave = true;
        if (error)
            *error = tr("%1 was changed on disk by another program since it was opened here.").arg(displayName());
        return false;
    }
    if (isUntitled()) {
        if (error)
            *error = tr("Choose where to save the new file.");
        return false;
    }
    const QString content = text();
    if (!writeText(m_filePath, content, error))
        return false;
    m_diskText = content;
    m_undoStack->setClean(); // removes the autosave
    discardAutosave();
    return true;
}

bool ConfigFileDocument::saveAs(const QString &path, QString *error)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString content = text();
    if (!writeText(absolutePath, content, error))
        return false;
    m_diskText = content;
    discardAutosave(); // under the old key
    const bool pathChanged = absolutePath != m_filePath;
    m_filePath = absolutePath;
    m_autosaveKey = keyForPath(absolutePath);
    m_recovery.reset();
    m_undoStack->setClean();
    discardAutosave();
    if (pathChanged)
        Q_EMIT filePathChanged();
    return true;
}

void ConfigFileDocument::setConfig(const api::ConfigTree &config, const QString &undoText)
{
    const api::ConfigTree normalized = config.normalized();
    if (normalized.sameContent(m_config))
        return;
    m_undoStack->push(new SetConfigCommand(this, m_config, normalized, undoText));
}

void ConfigFileDocument::applyConfig(const api::ConfigTree &config)
{
    m_config = config;
    Q_EMIT configChanged();
}

void ConfigFileDocument::scheduleAutosave()
{
    if (isModified())
        m_autosaveTimer->start();
}

void ConfigFileDocument::autosaveNow()
{
    m_autosaveTimer->stop();
    if (!isModified())
        return;
    AutosavedText entry;
    entry.key = m_autosaveKey;
    entry.title = displayName();
    entry.text = text();
    entry.baseText = m_diskText;
    entry.extra = m_filePath;
    if (!autosaveStore()->store(entry))
        Q_EMIT autosaveFailed(tr("Unsaved changes could not be kept for recovery: %1").arg(autosaveStore()->lastError()));
}

void ConfigFileDocument::discardAutosave()
{
    m_autosaveTimer->stop();
    if (!m_autosaveKey.isEmpty())
        autosaveStore()->discard(m_autosaveKey);
}

bool ConfigFileDocument::recoveryBaseChanged() const
{
    return m_recovery && m_recovery->baseText != m_diskText;
}

bool ConfigFileDocument::restoreRecovery(QString *error)
{
    if (!m_recovery)
        return false;
    api::ConfigFileError parseError;
    const std::optional<api::ConfigFile> parsed = api::configfile::parse(m_recovery->text, &parseError);
    if (!parsed) {
        if (error)
            *error = tr("The unsaved changes could not be read: %1").arg(parseError.toString());
        return false;
    }
    m_recovery.reset();
    setConfig(parsed->config, tr("Restore unsaved changes"));
    return true;
}

void ConfigFileDocument::discardRecovery()
{
    if (!m_recovery)
        return;
    m_recovery.reset();
    discardAutosave();
}

QList<AutosavedText> ConfigFileDocument::untitledRecoveries() const
{
    return autosaveStore()->entries(untitledKeyPrefix());
}

bool ConfigFileDocument::openUntitledRecovery(const AutosavedText &entry, QString *error)
{
    api::ConfigFileError parseError;
    const std::optional<api::ConfigFile> parsed = api::configfile::parse(entry.text, &parseError);
    if (!parsed) {
        if (error)
            *error = tr("The unsaved changes could not be read: %1").arg(parseError.toString());
        return false;
    }
    api::ConfigFile base = *parsed;
    base.config = {};
    resetTo(base, {}, {});
    m_autosaveKey = entry.key;
    setConfig(parsed->config, tr("Restore unsaved changes"));
    return true;
}

} // namespace hexclave::models
