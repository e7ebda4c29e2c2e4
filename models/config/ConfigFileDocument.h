#pragma once

#include "autosave/EditorAutosave.h"
#include "config/ConfigFileFormat.h"
#include "dto/ProjectConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QTimer;
class QUndoStack;

namespace hexclave::models {

// One hexclave.config.ts being edited offline: its text on disk, the configuration it holds
// (nested, normalized) and the edits since, each one undoable. Saving is atomic (QSaveFile:
// a failed write leaves the old file as it was) and keeps the file's preamble (import lines,
// comments). Unsaved edits are autosaved a moment after each change, so that they can be
// restored after a crash: recovery() offers them when the same file is opened again.
class ConfigFileDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFileDocument)

public:
    explicit ConfigFileDocument(QObject *parent = nullptr);
    ~ConfigFileDocument() override;

    // Where unsaved edits are kept; by default an EditorAutosave in its default directory.
    // Not owned; set it before opening a file.
    void setAutosave(EditorAutosave *autosave);
    EditorAutosave *autosave() const { return autosaveStore(); }
    // How long after an edit the autosave is written (2 s by default).
    void setAutosaveDelay(int milliseconds);
    // Writes the pending autosave now (when there are unsaved edits).
    void autosaveNow();

    void newDocument();
    // Reads and parses `path`; on a parse error `error` names line and column and the document
    // stays as it was.
    bool open(const QString &path, QString *error);
    // Refuses (and changedOnDiskAtSave() is then true) when the file on disk is no longer what
    // was opened or last saved here, unless `overwriteChangesOnDisk`.
    bool save(QString *error);
    bool save(QString *error, bool overwriteChangesOnDisk);
    // Whether the last save() stopped because the file had changed on disk.
    bool changedOnDiskAtSave() const { return m_changedOnDiskAtSave; }
    // Whether the file on disk differs from what was opened or last saved here (a deleted file
    // does not count: saving writes it again).
    bool isChangedOnDisk() const;
    bool saveAs(const QString &path, QString *error);

    QString filePath() const { return m_filePath; }
    // The file name, or "Untitled" for a new document.
    QString displayName() const;
    bool isUntitled() const { return m_filePath.isEmpty(); }
    bool isModified() const;

    const api::ConfigTree &config() const { return m_config; } // nested, normalized
    // Replaces the configuration as one undoable step; nothing happens when it is unchanged.
    void setConfig(const api::ConfigTree &config, const QString &undoText);
    QUndoStack *undoStack() const { return m_undoStack; }

    // Whether the file holds "show-onboarding" (the CLI's empty configuration) and still does:
    // saved unchanged it stays so, the first setting turns it into an object.
    bool showsOnboarding() const;

    // The file's text as it would be saved now.
    QString text() const;
    // The text the file had on disk when it was opened or last saved (empty when untitled).
    QString diskText() const { return m_diskText; }

    // Unsaved edits found in the autosave when the file was opened (their text differs from
    // the file's); cleared by restoreRecovery() / discardRecovery().
    std::optional<AutosavedText> recovery() const { return m_recovery; }
    // Whether the file changed on disk after the recovered edits were made.
    bool recoveryBaseChanged() const;
    // Applies the recovered edits as one undoable step (the document is then modified).
    bool restoreRecovery(QString *error);
    // Forgets the recovered edits and removes them from the autosave.
    void discardRecovery();

    // Autosaved edits of untitled documents (e.g. after a crash), oldest first.
    QList<AutosavedText> untitledRecoveries() const;
    // Makes this an untitled document holding `entry`'s edits (modified, same autosave key).
    bool openUntitledRecovery(const AutosavedText &entry, QString *error);

    // Removes the autosave of the unsaved edits (the person chose to discard them).
    void discardAutosave();
    QString autosaveKey() const { return m_autosaveKey; }
    static QString untitledKeyPrefix();

    // Reads and parses a configuration file (the text read goes to `text` when given); on a
    // parse error `error` names line and column.
    static std::optional<api::ConfigFile> readFile(const QString &path, QString *error, QString *text = nullptr);
    // Writes `text` to `path` atomically (QSaveFile: the old file stays intact on failure, its
    // permissions are kept).
    static bool writeText(const QString &path, const QString &text, QString *error);

Q_SIGNALS:
    void configChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();
    // The autosave could not be written (the edits are still in memory).
    void autosaveFailed(const QString &message);

private:
    friend class SetConfigCommand;
    void applyConfig(const api::ConfigTree &config);
    void resetTo(const api::ConfigFile &file, const QString &path, const QString &diskText);
    void scheduleAutosave();
    static QString keyForPath(const QString &absolutePath);
    EditorAutosave *autosaveStore() const;

    api::ConfigFile m_file; // preamble and type name; m_config holds the value
    api::ConfigTree m_config;
    QString m_filePath;
    QString m_diskText;
    QString m_autosaveKey;
    QUndoStack *m_undoStack;
    mutable QPointer<EditorAutosave> m_autosave;
    mutable EditorAutosave *m_ownAutosave = nullptr;
    QTimer *m_autosaveTimer;
    std::optional<AutosavedText> m_recovery;
    bool m_resetting = false;
    bool m_changedOnDiskAtSave = false;
};

} // namespace hexclave::models
