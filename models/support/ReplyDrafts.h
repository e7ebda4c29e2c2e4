#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace hexclave::models {

class EditorAutosave;

// The unsent reply and internal note text of each conversation of one project, kept on disk
// through EditorAutosave (keys "<projectId>/support/<conversationId>/reply" and ".../note"), so
// that it is offered back when the conversation is opened again, also after a restart or a
// crash. Typing is stored about a second after the last change; a successful send discards it.
class ReplyDrafts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyDrafts)

public:
    enum class Mode { Reply, Note };
    static constexpr int storeDelayMs = 1000;

    ReplyDrafts(EditorAutosave *autosave, const QString &projectId, QObject *parent = nullptr);
    ~ReplyDrafts() override; // stores what is still pending

    static QString key(const QString &projectId, const QString &conversationId, Mode mode);

    // The text to show: what was typed last (pending or stored); empty when none.
    QString text(const QString &conversationId, Mode mode) const;
    // Remembers the text and stores it storeDelayMs later; empty text discards the draft.
    // `title` (the conversation's subject) is what a restore offer would show.
    void setText(const QString &conversationId, Mode mode, const QString &text, const QString &title = {});
    // Stores everything pending now (before switching conversations or closing).
    void flush();
    // After a successful send: forgets the draft, pending or stored.
    void discard(const QString &conversationId, Mode mode);
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    // Whether the conversation has a reply or note draft that is not blank (pending or stored).
    bool hasDraft(const QString &conversationId) const;
    // The autosave's last error, when storing failed.
    QString lastError() const { return m_lastError; }

signals:
    void storeFailed(const QString &message);
    // A draft of `conversationId` was stored on disk or removed.
    void changed(const QString &conversationId);

private:
    QString conversationIdOf(const QString &draftKey) const;

    struct Pending
    {
        QString text;
        QString title;
    };

    QPointer<EditorAutosave> m_autosave; // may go before this object
    QString m_projectId;
    QHash<QString, Pending> m_pending; // by key
    QTimer *m_timer;
    QString m_lastError;
};

} // namespace hexclave::models
