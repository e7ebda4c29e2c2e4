#include "RecentUsersModel.h"

#include "TimeText.h"

#include <QDateTime>

namespace hexclave::models {

RecentUsersModel::RecentUsersModel(Moment moment, QObject *parent)
    : QAbstractTableModel(parent)
    , m_moment(moment)
    , m_nowMillis([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void RecentUsersModel::setUsers(QList<api::MetricsUser> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int RecentUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int RecentUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> RecentUsersModel::momentOf(const api::MetricsUser &user) const
{
    return m_moment == Moment::SignedUp ? user.signedUpAtMillis : user.lastActiveAtMillis;
}

QVariant RecentUsersModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const api::MetricsUser &user = m_users.at(index.row());
    if (role == IdRole)
        return user.id;
    const std::optional<qint64> moment = momentOf(user);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return !user.displayName.isEmpty() ? user.displayName : tr("(no name)");
        if (role == Qt::ToolTipRole)
            return user.id;
        break;
    case EmailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return user.primaryEmail.isEmpty() ? (role == Qt::DisplayRole ? tr("(no email)") : QVariant())
                                               : QVariant(user.primaryEmail);
        break;
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return moment ? relativeTime(*moment, m_nowMillis()) : tr("never");
        if (role == Qt::ToolTipRole && moment)
            return absoluteTime(*moment);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecentUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case WhenColumn:
        return m_moment == Moment::SignedUp ? tr("Signed up") : tr("Last active");
    default:
        return {};
    }
}

} // namespace hexclave::models
