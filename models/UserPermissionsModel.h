#pragma once

#include "ListTableModel.h"

#include "dto/Permission.h"
#include "endpoints/PermissionsEndpoints.h"

#include <QStringList>

#include <optional>

namespace hexclave::models {

// One permission a user holds (project-wide, or in one team): granted directly, or inherited
// because a granted permission contains it.
struct UserPermission
{
    QString id;
    std::optional<QString> description;
    bool isDirect = true;
    QStringList inheritedFrom; // the direct grants that contain it (when the definitions are known)
};

// A user's project permissions, or a member's permissions in one team: the direct grants first,
// then the ones they imply.
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

    explicit UserPermissionsModel(QObject *parent = nullptr); // project permissions
    UserPermissionsModel(api::permissions::PermissionScope scope, QObject *parent);

    api::permissions::PermissionScope scope() const { return m_scope; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows for the grants GET /project-permissions (or /team-permissions) answered without
    // and with recursive=true;
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

private:
    api::permissions::PermissionScope m_scope = api::permissions::PermissionScope::Project;
};

} // namespace hexclave::models
