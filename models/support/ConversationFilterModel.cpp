#include "ConversationFilterModel.h"

#include "support/ConversationsModel.h"
#include "support/SlaUrgency.h"

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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto summary = index.data(ConversationsModel::SummaryRole).value<api::ConversationSummary>();
    if (!m_priority.isEmpty() && summary.priority != m_priority)
        return false;
    const QString &assignee = summary.metadata.assignedToUserId;
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
    if (!m_tag.isEmpty() && !summary.metadata.tags.contains(m_tag))
        return false;
    if (m_overdueOnly && slaDueOf(summary, now()).urgency != SlaUrgency::Overdue)
        return false;
    return true;
}

} // namespace hexclave::models
