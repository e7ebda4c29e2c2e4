#pragma once

#include "ListTableModel.h"

#include "dto/Team.h"

namespace hexclave::models {

// The teams a user belongs to; the user's selected team is marked.
class UserTeamsModel : public ListTableModel<api::Team>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTeamsModel)

public:
    enum Column { NameColumn, IdColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsSelectedTeamRole = FirstCustomRole, // bool
    };

    explicit UserTeamsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSelectedTeamId(const QString &teamId);
    QString selectedTeamId() const { return m_selectedTeamId; }

protected:
    QVariant displayData(const api::Team &team, int column) const override;
    QVariant toolTipData(const api::Team &team, int column) const override;
    QVariant rawData(const api::Team &team, int column) const override;
    QVariant roleData(const api::Team &team, int column, int role) const override;

private:
    QString m_selectedTeamId;
};

} // namespace hexclave::models
