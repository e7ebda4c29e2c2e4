#include "UserChoiceModel.h"

#include "UsersModel.h"

#include <algorithm>

namespace hexclave::models {

UserChoiceModel::UserChoiceModel(UsersModel *users, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_users(users)
{
    setSourceModel(users);
}

const api::User *UserChoiceModel::userAt(int row) const
{
    return m_users->rowAt(row);
}

bool UserChoiceModel::isChosen(const QString &userId) const
{
    return std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&userId](const api::User &user) { return user.id == userId; });
}

QVariant UserChoiceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (index.column() == 0 && (role == Qt::CheckStateRole || role == Qt::ToolTipRole)) {
        const api::User *user = userAt(index.row());
        if (!user)
            return {};
        if (role == Qt::CheckStateRole)
            return isChosen(user->id) ? Qt::Checked : Qt::Unchecked;
        if (isExcluded(user->id))
            return m_excludedReason;
    }
    return QIdentityProxyModel::data(index, role);
}

Qt::ItemFlags UserChoiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    const api::User *user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user)
        return flags;
    if (isExcluded(user->id))
        return flags & ~Qt::ItemIsEnabled;
    if (index.column() == 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool UserChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != 0)
        return QIdentityProxyModel::setData(index, value, role);
    return setChosen(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
}

bool UserChoiceModel::setChosen(int row, bool chosen)
{
    const api::User *user = userAt(row);
    if (!user || isExcluded(user->id))
        return false;
    if (chosen == isChosen(user->id))
        return true;
    if (chosen)
        m_chosen << *user;
    else
        m_chosen.removeIf([id = user->id](const api::User &each) { return each.id == id; });
    const QModelIndex cell = index(row, 0);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
    return true;
}

void UserChoiceModel::clearChosen()
{
    if (m_chosen.isEmpty())
        return;
    m_chosen.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
}

void UserChoiceModel::setExcluded(const QSet<QString> &userIds, const QString &reason)
{
    m_excluded = userIds;
    m_excludedReason = reason;
    m_chosen.removeIf([this](const api::User &each) { return m_excluded.contains(each.id); });
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT chosenChanged();
}

} // namespace hexclave::models
