#include "UserTeamsModel.h"

#include "TimeText.h"

#include <QDateTime>

namespace hexclave::models {

UserTeamsModel::UserTeamsModel(QObject *parent)
    : ListTableModel(parent)
{
}

int UserTeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UserTeamsModel::setSelectedTeamId(const QString &teamId)
{
    if (teamId == m_selectedTeamId)
        return;
    const int before = rowOf(m_selectedTeamId);
    m_selectedTeamId = teamId;
    const int after = rowOf(m_selectedTeamId);
    for (const int row : {before, after}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
    }
}

QVariant UserTeamsModel::displayData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn:
        return team.id == m_selectedTeamId ? tr("%1 (selected)").arg(team.displayName) : team.displayName;
    case IdColumn:
        return team.id;
    case CreatedColumn:
        return team.createdAtMillis > 0 ? relativeTime(team.createdAtMillis, QDateTime::currentMSecsSinceEpoch()) : QString();
    default:
        return {};
    }
}

QVariant UserTeamsModel::toolTipData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn:
        return team.id == m_selectedTeamId ? tr("Open %1 in the Teams page · the user's selected team").arg(team.displayName)
                                           : tr("Open %1 in the Teams page").arg(team.displayName);
    case IdColumn:
        return team.id;
    case CreatedColumn:
        return team.createdAtMillis > 0 ? absoluteTime(team.createdAtMillis) : QString();
    default:
        return {};
    }
}

QVariant UserTeamsModel::rawData(const api::Team &team, int column) const
{
    switch (column) {
    case NameColumn: return team.displayName;
    case IdColumn: return team.id;
    case CreatedColumn: return team.createdAtMillis;
    default: return {};
    }
}

QVariant UserTeamsModel::roleData(const api::Team &team, int, int role) const
{
    if (role == IsSelectedTeamRole)
        return team.id == m_selectedTeamId;
    return {};
}

QVariant UserTeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Team");
    case IdColumn: return tr("Team ID");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace hexclave::models
