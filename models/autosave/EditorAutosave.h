#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace hexclave::models {

// One editor's unsaved text, kept on disk until it is saved or discarded.
struct AutosavedText
{
    QString key;      // e.g. "<projectId>/drafts/<draftId>"
    QString title;    // shown when offering to restore
    QString text;     // the unsaved text
    QString baseText; // the text it was edited from (to tell whether the server changed since)
    QString extra;    // what else the editor needs to restore (e.g. a choice next to the text)
    QDateTime savedAt;
};

// Unsaved editor text kept on disk, so that it can be restored after a crash. Each entry is a
// small JSON file named by a hash of its key, written atomically, in a directory only the
// owner can read. Unreadable or corrupt files are skipped and reported through lastError().
class EditorAutosave : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorAutosave)

public:
    explicit EditorAutosave(const QString &directory = defaultDirectory(), QObject *parent = nullptr);

    // <AppDataLocation>/autosave
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    // Atomic (QSaveFile); false and lastError() when it cannot be written. An empty savedAt is
    // stored as the current time.
    bool store(const AutosavedText &entry);
    std::optional<AutosavedText> find(const QString &key) const;
    // Entries whose key starts with `keyPrefix`, oldest first.
    QList<AutosavedText> entries(const QString &keyPrefix) const;
    void discard(const QString &key);
    QString lastError() const { return m_lastError; }

private:
    QString filePath(const QString &key) const;
    bool ensureDirectory();
    std::optional<AutosavedText> read(const QString &path) const;

    QString m_directory;
    mutable QString m_lastError;
};

} // namespace hexclave::models
