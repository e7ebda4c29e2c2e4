#include "ConversationsModel.h"

#include <QHash>

#include <algorithm>

namespace hexclave::models {

namespace {

bool sameMetadata(const api::ConversationMetadata &a, const api::ConversationMetadata &b)
{
    return a.assignedToUserId == b.assignedToUserId && a.assignedToDisplayName == b.assignedToDisplayName
        && a.tags == b.tags && a.firstResponseDueAtMillis == b.firstResponseDueAtMillis
        && a.firstResponseAtMillis == b.firstResponseAtMillis && a.nextResponseDueAtMillis == b.nextResponseDueAtMillis
        && a.lastCustomerReplyAtMillis == b.lastCustomerReplyAtMillis
        && a.lastAgentReplyAtMillis == b.lastAgentReplyAtMillis;
}

bool sameSummary(const api::ConversationSummary &a, const api::ConversationSummary &b)
{
    return a.conversationId == b.conversationId && a.userId == b.userId && a.teamId == b.teamId
        && a.userDisplayName == b.userDisplayName && a.userPrimaryEmail == b.userPrimaryEmail
        && a.userProfileImageUrl == b.userProfileImageUrl && a.subject == b.subject && a.status == b.status
        && a.priority == b.priority && a.source == b.source && a.lastMessageType == b.lastMessageType
        && a.preview == b.preview && a.lastActivityAtMillis == b.lastActivityAtMillis
        && a.createdAtMillis == b.createdAtMillis && a.closedAtMillis == b.closedAtMillis
        && sameMetadata(a.metadata, b.metadata);
}

} // namespace

ConversationsModel::ConversationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::ConversationSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.subject;
    case Qt::AccessibleTextRole: {
        const QString customer = row.userDisplayName.isEmpty() ? row.userPrimaryEmail : row.userDisplayName;
        const QString text = customer.isEmpty()
            ? row.subject
            : tr("%1, from %2").arg(row.subject, customer);
        if (m_unread.contains(row.conversationId))
            return tr("Unread: %1").arg(text);
        return text;
    }
    case SummaryRole:
        return QVariant::fromValue(row);
    case ConversationIdRole:
        return row.conversationId;
    case StatusRole:
        return row.status;
    case PriorityRole:
        return row.priority;
    case AssigneeIdRole:
        return row.metadata.assignedToUserId;
    case TagsRole:
        return row.metadata.tags;
    case DueAtRole:
        if (const auto due = row.responseDueAtMillis())
            return QVariant::fromValue(*due);
        return {};
    case UnreadRole:
        return m_unread.contains(row.conversationId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SummaryRole, "summary");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(StatusRole, "status");
    names.insert(PriorityRole, "priority");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(TagsRole, "tags");
    names.insert(DueAtRole, "dueAt");
    names.insert(UnreadRole, "unread");
    return names;
}

const api::ConversationSummary *ConversationsModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ConversationsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversationId == id)
            return row;
    }
    return -1;
}

void ConversationsModel::setConversations(const QList<api::ConversationSummary> &conversations)
{
    // The same id twice (a page boundary shifted while paging) is shown once, where it came first.
    QList<api::ConversationSummary> wanted;
    QSet<QString> wantedIds;
    for (const api::ConversationSummary &summary : conversations) {
        if (!wantedIds.contains(summary.conversationId)) {
            wantedIds.insert(summary.conversationId);
            wanted.append(summary);
        }
    }

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wantedIds.contains(m_rows.at(row).conversationId)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }

    for (int target = 0; target < wanted.size(); ++target) {
        const api::ConversationSummary &summary = wanted.at(target);
        if (target < m_rows.size() && m_rows.at(target).conversationId == summary.conversationId) {
            updateRow(target, summary);
            continue;
        }
        int from = -1;
        for (int row = target + 1; row < m_rows.size(); ++row) {
            if (m_rows.at(row).conversationId == summary.conversationId) {
                from = row;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, target);
            m_rows.move(from, target);
            endMoveRows();
            updateRow(target, summary);
        } else {
            beginInsertRows({}, target, target);
            m_rows.insert(target, summary);
            endInsertRows();
        }
    }

}

void ConversationsModel::appendConversations(const QList<api::ConversationSummary> &conversations)
{
    QList<api::ConversationSummary> added;
    for (const api::ConversationSummary &summary : conversations) {
        const int row = rowOf(summary.conversationId);
        if (row >= 0) {
            updateRow(row, summary);
        } else if (std::none_of(added.cbegin(), added.cend(), [&summary](const api::ConversationSummary &other) {
                       return other.conversationId == summary.conversationId;
                   })) {
            added.append(summary);
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void ConversationsModel::replaceConversation(const api::ConversationSummary &summary)
{
    const int row = rowOf(summary.conversationId);
    if (row < 0)
        return;
    // Newest activity first: the row goes above the first row with older activity (after
    // the rows with the same time, as the server orders ties by id only).
    int target = 0;
    while (target < m_rows.size()
           && (target == row || m_rows.at(target).lastActivityAtMillis >= summary.lastActivityAtMillis)) {
        ++target;
    }
    if (target > row)
        --target; // counted without the row itself
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    updateRow(target, summary);
}

void ConversationsModel::removeConversation(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConversationsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ConversationsModel::setUnreadIds(const QStringList &ids)
{
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    if (wanted == m_unread)
        return;
    const int before = unreadCount();
    const QSet<QString> changed = (wanted - m_unread) + (m_unread - wanted);
    m_unread = wanted;
    for (const QString &id : changed)
        announceUnread(id);
    emitUnreadIfChanged(before);
}

void ConversationsModel::markRead(const QString &id)
{
    if (!m_unread.contains(id))
        return;
    const int before = unreadCount();
    m_unread.remove(id);
    announceUnread(id);
    emitUnreadIfChanged(before);
    emit markedRead(id);
}

int ConversationsModel::unreadCount() const
{
    return int(m_unread.size());
}

QList<SupportAgent> ConversationsModel::knownAssignees() const
{
    QList<SupportAgent> agents;
    QSet<QString> seen;
    for (const api::ConversationSummary &row : m_rows) {
        const api::ConversationMetadata &metadata = row.metadata;
        if (metadata.assignedToUserId.isEmpty() || seen.contains(metadata.assignedToUserId))
            continue;
        seen.insert(metadata.assignedToUserId);
        agents.append({metadata.assignedToUserId, metadata.assignedToDisplayName});
    }
    std::sort(agents.begin(), agents.end(), [](const SupportAgent &a, const SupportAgent &b) {
        const QString left = a.displayName.isEmpty() ? a.userId : a.displayName;
        const QString right = b.displayName.isEmpty() ? b.userId : b.displayName;
        return QString::localeAwareCompare(left, right) < 0;
    });
    return agents;
}

QStringList ConversationsModel::knownTags() const
{
    QStringList tags;
    for (const api::ConversationSummary &row : m_rows)
        tags.append(row.metadata.tags);
    tags.removeDuplicates();
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return tags;
}

void ConversationsModel::updateRow(int row, const api::ConversationSummary &summary)
{
    if (sameSummary(m_rows.at(row), summary))
        return;
    m_rows[row] = summary;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void ConversationsModel::announceUnread(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {UnreadRole, Qt::AccessibleTextRole});
}

void ConversationsModel::emitUnreadIfChanged(int before)
{
    if (unreadCount() != before)
        emit unreadCountChanged(unreadCount());
}

} // namespace hexclave::models
