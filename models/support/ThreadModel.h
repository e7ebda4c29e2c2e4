#pragma once

#include "dto/Support.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace hexclave::models {

// The messages of one conversation, oldest first. setMessages() merges by message id
// (appended messages are inserted, changed ones updated in place), so a view keeps its scroll
// position and selection across refreshes; it never resets once filled.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadModel)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        KindRole,        // int of api::ConversationMessage::Kind
        SenderLabelRole, // displayName ?? primaryEmail ?? Customer / Support / System
        BodyRole,
        CreatedAtRole, // qint64 millis
        NewStatusRole, // status changes: the status the conversation moved to
        SenderIdRole,
    };

    explicit ThreadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QList<api::ConversationMessage> &messages);
    void clear();

    const QList<api::ConversationMessage> &messages() const { return m_messages; }
    int rowOf(const QString &messageId) const;

    static QString senderLabel(const api::ConversationMessage &message);
    // "Priya closed the conversation", "Priya reopened the conversation", ...
    static QString statusChangeText(const api::ConversationMessage &message);

private:
    QList<api::ConversationMessage> m_messages;
};

} // namespace hexclave::models
