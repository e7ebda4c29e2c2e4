#include "ConversationFilterModel.h"

#include "support/ConversationsModel.h"

namespace hexclave::models {

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ConversationFilterModel::setPriority(const QString &priority)
{
    if (m_priority == priority)
        return;
    m_priority = priority;
    invalidateFilter();
}

void ConversationFilterModel::setAssigneeAnyone()
{
    m_assigneeFilter = AssigneeFilter::Anyone;
    m_assigneeId.clear();
    invalidateFilter();
}

void ConversationFilterModel::setAssigneeMe(const QString &myUserId)
{
    m_assigneeFilter = AssigneeFilter::Me;
    m_assigneeId = myUserId;
    invalidateFilter();
}

void ConversationFilterModel::setAssigneeUnassigned()
{
    m_assigneeFilter = AssigneeFilter::Unassigned;
    m_assigneeId.clear();
    invalidateFilter();
}

void ConversationFilterModel::setAssignee(const QString &userId)
{
    m_assigneeFilter = AssigneeFilter::Specific;
    m_assigneeId = userId;
    invalidateFilter();
}

void ConversationFilterModel::setMyUserId(const QString &myUserId)
{
    if (m_assigneeFilter == AssigneeFilter::Me && m_assigneeId != myUserId) {
        m_assigneeId = myUserId;
        invalidateFilter();
    }
}

void ConversationFilterModel::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void ConversationFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (m_overdueOnly == overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void ConversationFilterModel::clearFilters()
{
    m_priority.clear();
    m_assigneeFilter = AssigneeFilter::Anyone;
    m_assigneeId.clear();
    m_tag.clear();
    m_overdueOnly = false;
    invalidateFilter();
}

bool ConversationFilterModel::hasFilters() const
{
    return !m_priority.isEmpty() || m_assigneeFilter != AssigneeFilter::Anyone || !m_tag.isEmpty() || m_overdueOnly;
}

void ConversationFilterModel::recheckOverdue()
{
    if (m_overdueOnly)
        invalidateFilter();
}

void ConversationFilterModel::setNowForTesting(qint64 nowMillis)
{
    m_nowForTesting = nowMillis;
    invalidateFilter();
}

qint64 ConversationFilterModel::now() const
{
    return m_nowForTesting ? m_nowForTesting : QDateTime::currentMSecsSinceEpoch();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Narrow roles: this runs for every row on each filter change and clock tick.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_priority.isEmpty() && index.data(ConversationsModel::PriorityRole).toString() != m_priority)
        return false;
    if (m_assigneeFilter != AssigneeFilter::Anyone) {
        const QString assignee = index.data(ConversationsModel::AssigneeIdRole).toString();
        switch (m_assigneeFilter) {
        case AssigneeFilter::Anyone:
            break;
        case AssigneeFilter::Me:
        case AssigneeFilter::Specific:
            if (m_assigneeId.isEmpty() || assignee != m_assigneeId)
                return false;
            break;
        case AssigneeFilter::Unassigned:
            if (!assignee.isEmpty())
                return false;
            break;
        }
    }
    if (!m_tag.isEmpty() && !index.data(ConversationsModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_overdueOnly) {
        // Overdue exactly when computeSlaUrgency says so: the due time of the response owed has passed.
        const QVariant due = index.data(ConversationsModel::DueAtRole);
        if (!due.isValid() || due.toLongLong() > now())
            return false;
    }
    return true;
}

} // namespace hexclave::models
