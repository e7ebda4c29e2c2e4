#include "ThreadModel.h"

#include <QSet>

namespace hexclave::models {

namespace {

bool sameSender(const api::ConversationSender &a, const api::ConversationSender &b)
{
    return a.type == b.type && a.id == b.id && a.displayName == b.displayName && a.primaryEmail == b.primaryEmail;
}

bool sameMessage(const api::ConversationMessage &a, const api::ConversationMessage &b)
{
    return a.id == b.id && a.messageType == b.messageType && a.body == b.body && a.createdAtMillis == b.createdAtMillis
        && a.newStatus == b.newStatus && sameSender(a.sender, b.sender);
}

} // namespace

ThreadModel::ThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::ConversationMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return message.kind() == api::ConversationMessage::Kind::StatusChange ? statusChangeText(message) : message.body;
    case Qt::ToolTipRole:
    case SenderLabelRole:
        return senderLabel(message);
    case MessageIdRole:
        return message.id;
    case KindRole:
        return int(message.kind());
    case BodyRole:
        return message.body;
    case CreatedAtRole:
        return message.createdAtMillis;
    case NewStatusRole:
        return message.newStatus;
    case SenderIdRole:
        return message.sender.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(KindRole, "kind");
    names.insert(SenderLabelRole, "senderLabel");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(NewStatusRole, "newStatus");
    names.insert(SenderIdRole, "senderId");
    return names;
}

void ThreadModel::setMessages(const QList<api::ConversationMessage> &messages)
{
    QSet<QString> incomingIds;
    for (const api::ConversationMessage &message : messages)
        incomingIds.insert(message.id);

    // Messages the server no longer lists (deleted meanwhile) go first, from the end.
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (!incomingIds.contains(m_messages.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_messages.removeAt(row);
            endRemoveRows();
        }
    }

    // Now every row is in `messages`: walk it, updating, moving or inserting into place.
    for (int target = 0; target < messages.size(); ++target) {
        const api::ConversationMessage &incoming = messages.at(target);
        if (target < m_messages.size() && m_messages.at(target).id == incoming.id) {
            if (!sameMessage(m_messages.at(target), incoming)) {
                m_messages[target] = incoming;
                const QModelIndex changed = index(target);
                emit dataChanged(changed, changed);
            }
            continue;
        }
        int existing = -1;
        for (int row = target + 1; row < m_messages.size(); ++row) {
            if (m_messages.at(row).id == incoming.id) {
                existing = row;
                break;
            }
        }
        if (existing >= 0) {
            beginMoveRows({}, existing, existing, {}, target);
            m_messages.move(existing, target);
            endMoveRows();
            if (!sameMessage(m_messages.at(target), incoming)) {
                m_messages[target] = incoming;
                emit dataChanged(index(target), index(target));
            }
        } else {
            beginInsertRows({}, target, target);
            m_messages.insert(target, incoming);
            endInsertRows();
        }
    }
}

void ThreadModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

int ThreadModel::rowOf(const QString &messageId) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == messageId)
            return row;
    }
    return -1;
}

QString ThreadModel::senderLabel(const api::ConversationMessage &message)
{
    if (!message.sender.displayName.isEmpty())
        return message.sender.displayName;
    if (!message.sender.primaryEmail.isEmpty())
        return message.sender.primaryEmail;
    if (message.sender.type == u"user")
        return tr("Customer");
    if (message.sender.type == u"agent")
        return tr("Support");
    return tr("System");
}

QString ThreadModel::statusChangeText(const api::ConversationMessage &message)
{
    const QString who = senderLabel(message);
    if (message.newStatus == u"closed")
        return tr("%1 closed the conversation").arg(who);
    if (message.newStatus == u"open")
        return tr("%1 reopened the conversation").arg(who);
    if (message.newStatus == u"pending")
        return tr("%1 set the conversation to waiting on the user").arg(who);
    if (message.newStatus.isEmpty())
        return tr("%1 changed the status").arg(who);
    return tr("%1 set the status to %2").arg(who, message.newStatus);
}

} // namespace hexclave::models
