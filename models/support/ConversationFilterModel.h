#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace hexclave::models {

// Client-side filters over a ConversationsModel (the server filters only by status, search and
// user): priority, assignee, tag and "overdue only".
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilterModel)

public:
    enum class AssigneeFilter { Anyone, Me, Unassigned, Specific };

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setPriority(const QString &priority); // empty: any
    QString priority() const { return m_priority; }
    void setAssigneeAnyone();
    void setAssigneeMe(const QString &myUserId);
    void setAssigneeUnassigned();
    void setAssignee(const QString &userId);
    AssigneeFilter assigneeFilter() const { return m_assigneeFilter; }
    QString assigneeId() const { return m_assigneeId; }
    void setMyUserId(const QString &myUserId);
    void setTag(const QString &tag); // empty: any
    QString tag() const { return m_tag; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    void clearFilters();
    bool hasFilters() const;

    // "Overdue only" depends on the clock: re-checks every row against it.
    void recheckOverdue();

    // Tests: a fixed "now" for the overdue filter (0: the clock).
    void setNowForTesting(qint64 nowMillis);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 now() const;

    QString m_priority;
    AssigneeFilter m_assigneeFilter = AssigneeFilter::Anyone;
    QString m_assigneeId; // Me: my id; Specific: that id
    QString m_tag;
    bool m_overdueOnly = false;
    qint64 m_nowForTesting = 0;
};

} // namespace hexclave::models
