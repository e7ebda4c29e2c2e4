#pragma once

#include "dto/Support.h"
#include "support/SupportAgent.h"

#include <QAbstractListModel>
#include <QSet>

Q_DECLARE_METATYPE(hexclave::api::ConversationSummary)

namespace hexclave::models {

// Support conversations, newest activity first. A refresh merges the new list into the rows in
// place (update, move, insert, remove — never a reset once filled) so that a view keeps its
// selection and scroll position.
class ConversationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsModel)

public:
    enum Role {
        SummaryRole = Qt::UserRole + 1, // QVariant of api::ConversationSummary
        ConversationIdRole,
        StatusRole,
        PriorityRole,
        AssigneeIdRole,
        TagsRole,
        DueAtRole, // qint64 or null
        UnreadRole,
    };
    Q_ENUM(Role)

    explicit ConversationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const api::ConversationSummary *find(const QString &id) const;
    int rowOf(const QString &id) const;
    const api::ConversationSummary &at(int row) const { return m_rows.at(row); }
    QList<api::ConversationSummary> conversations() const { return m_rows; }

    // Replaces every row with the given list, in place.
    void setConversations(const QList<api::ConversationSummary> &conversations);
    // Adds rows of a following page (rows already present are updated instead).
    void appendConversations(const QList<api::ConversationSummary> &conversations);
    // After a PATCH answer: the row takes the new values and moves to its place by last activity.
    void replaceConversation(const api::ConversationSummary &summary);
    void removeConversation(const QString &id);
    void clear(); // the rows only: unread marks stay for when the conversation shows again

    // The unread marks come from models::SupportWatcher, which sees every open conversation.
    void setUnreadIds(const QStringList &ids);
    // Clears the mark here at once and asks, through markedRead(), the watcher to forget it.
    void markRead(const QString &id);
    bool isUnread(const QString &id) const { return m_unread.contains(id); }
    int unreadCount() const; // every conversation marked unread, shown now or not

    QList<SupportAgent> knownAssignees() const;
    QStringList knownTags() const;

signals:
    void unreadCountChanged(int count);
    void markedRead(const QString &id);

private:
    void updateRow(int row, const api::ConversationSummary &summary);
    void emitUnreadIfChanged(int before);
    void announceUnread(const QString &id);

    QList<api::ConversationSummary> m_rows;
    QSet<QString> m_unread;
};

} // namespace hexclave::models
