#pragma once

#include "dto/Email.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace hexclave::models {

class EditorAutosave;

// What an editor holds for a draft, template or theme: its source and (drafts and templates)
// the theme it is shown in.
struct EmailSourceVersion
{
    QString text;
    api::EmailThemeChoice theme;

    friend bool operator==(const EmailSourceVersion &, const EmailSourceVersion &) = default;
};

// Edits found on disk from an earlier run that the server does not have.
struct RecoverableEdit
{
    QString id;
    QString title;
    EmailSourceVersion version;
    QDateTime savedAt;
    bool changedOnServerSince = false; // the server's source is no longer the one the edit started from
};

// The unsaved edits of one kind (drafts, templates or themes) of one project, per item: kept in
// memory while the person switches between items, and written to disk through EditorAutosave
// about a second after typing stops (key "<prefix><id>", the theme in the same entry's `extra`),
// so that a crash loses nothing. An edit is forgotten when it matches what the server has again,
// after a successful save, or when discarded.
class EmailSourceEdits : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSourceEdits)

public:
    static constexpr int autosaveDelayMs = 1000;

    // `keyPrefix` e.g. "<projectId>/drafts/"; `withTheme` false for themes (no theme choice).
    EmailSourceEdits(EditorAutosave *autosave, const QString &keyPrefix, bool withTheme, QObject *parent = nullptr);
    ~EmailSourceEdits() override;

    // What the server holds for the item.
    void setSaved(const QString &id, const EmailSourceVersion &version);
    std::optional<EmailSourceVersion> saved(const QString &id) const;

    // The item as edited now; `title` names it in a later recovery question.
    void edit(const QString &id, const QString &title, const EmailSourceVersion &version);
    bool hasEdits(const QString &id) const { return m_edits.contains(id); }
    std::optional<EmailSourceVersion> edited(const QString &id) const;
    // The name the item had when it was edited.
    QString titleOf(const QString &id) const { return m_edits.value(id).title; }
    QStringList editedIds() const { return m_edits.keys(); }
    bool isEmpty() const { return m_edits.isEmpty(); }

    // Throws the item's edit away, in memory and on disk.
    void discard(const QString &id);
    // Throws every edit away (the person chose to discard them when closing); nothing is
    // written to disk afterwards, not even by the destructor.
    void discardAll();
    // The server now holds `version` (a save succeeded): an edit equal to it is forgotten, one
    // made while saving stays.
    void markSaved(const QString &id, const EmailSourceVersion &version);
    // The item is gone (deleted): its edit and saved version are forgotten.
    void forget(const QString &id);

    // Writes the edits waiting for the autosave delay now.
    void flush();
    // The autosaved edits of items the server lists (`server`: id → saved version) that differ
    // from the server's; those equal to it are thrown away. Items the server does not list keep
    // their entries on disk.
    QList<RecoverableEdit> takeRecoverable(const QHash<QString, EmailSourceVersion> &server);
    // The autosaved edits of items the server no longer lists (deleted elsewhere), to be offered
    // as such; they stay on disk until restored and then saved or discarded.
    QList<RecoverableEdit> takeUnlisted(const QSet<QString> &listedIds);
    // Takes a recovered edit in as the item's current edit (and keeps it on disk).
    void restore(const RecoverableEdit &edit);

    QString keyFor(const QString &id) const { return m_prefix + id; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editsChanged(const QString &id, bool unsaved);
    // Writing to disk failed: the edit is only in memory now.
    void autosaveFailed(const QString &message);

private:
    struct Edit
    {
        QString title;
        EmailSourceVersion version;
    };

    void removeFromDisk(const QString &id);

    QPointer<EditorAutosave> m_autosave; // may go before this object
    QString m_prefix;
    bool m_withTheme;
    QHash<QString, EmailSourceVersion> m_saved;
    QHash<QString, Edit> m_edits;
    QSet<QString> m_unwritten;
    QTimer *m_timer;
    QString m_lastError;
};

// The theme choice as one line of text for the autosave file, and back.
QString themeChoiceText(const api::EmailThemeChoice &choice);
std::optional<api::EmailThemeChoice> themeChoiceFromText(const QString &text);

} // namespace hexclave::models
