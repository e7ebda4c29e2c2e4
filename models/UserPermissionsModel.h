#pragma once

#include "ListTableModel.h"

#include "dto/Permission.h"

#include <QStringList>

#include <optional>

namespace hexclave::models {

// One project permission a user holds: granted directly, or inherited because a granted
// permission contains it.
struct UserPermission
{
    QString id;
    std::optional<QString> description;
    bool isDirect = true;
    QStringList inheritedFrom; // the direct grants that contain it (when the definitions are known)
};

// A user's project permissions: the direct grants first, then the ones they imply.
class UserPermissionsModel : public ListTableModel<UserPermission>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPermissionsModel)

public:
    enum Column { PermissionColumn, SourceColumn, DescriptionColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsDirectRole = FirstCustomRole, // bool: granted directly (and so revocable)
    };

    explicit UserPermissionsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows for the grants GET /project-permissions answered without and with recursive=true;
    // `definitions` (may be empty: a server key cannot read them) add descriptions and say which
    // direct grant an inherited permission comes from.
    static QList<UserPermission> combine(const QList<api::PermissionGrant> &direct,
                                         const QList<api::PermissionGrant> &recursive,
                                         const QList<api::PermissionDefinition> &definitions);

protected:
    QVariant displayData(const UserPermission &permission, int column) const override;
    QVariant toolTipData(const UserPermission &permission, int column) const override;
    QVariant rawData(const UserPermission &permission, int column) const override;
    QVariant roleData(const UserPermission &permission, int column, int role) const override;
};

} // namespace hexclave::models
