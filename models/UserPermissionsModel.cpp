#include "UserPermissionsModel.h"

#include <QHash>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace hexclave::models {

namespace {

// Every permission `id` contains, directly or through the permissions it contains.
QSet<QString> containedIn(const QString &id, const QHash<QString, const api::PermissionDefinition *> &definitions)
{
    QSet<QString> seen;
    QStringList pending{id};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        const api::PermissionDefinition *definition = definitions.value(current);
        if (!definition)
            continue;
        for (const QString &contained : definition->containedPermissionIds) {
            if (!seen.contains(contained)) {
                seen.insert(contained);
                pending << contained;
            }
        }
    }
    return seen;
}

} // namespace

UserPermissionsModel::UserPermissionsModel(QObject *parent)
    : ListTableModel(parent)
{
}

UserPermissionsModel::UserPermissionsModel(api::permissions::PermissionScope scope, QObject *parent)
    : ListTableModel(parent)
    , m_scope(scope)
{
}

int UserPermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<UserPermission> UserPermissionsModel::combine(const QList<api::PermissionGrant> &direct,
                                                    const QList<api::PermissionGrant> &recursive,
                                                    const QList<api::PermissionDefinition> &definitions)
{
    QHash<QString, const api::PermissionDefinition *> byId;
    for (const api::PermissionDefinition &definition : definitions)
        byId.insert(definition.id, &definition);
    const auto descriptionOf = [&byId](const QString &id) -> std::optional<QString> {
        const api::PermissionDefinition *definition = byId.value(id);
        return definition ? definition->description : std::nullopt;
    };

    QStringList directIds;
    for (const api::PermissionGrant &grant : direct) {
        if (!directIds.contains(grant.id))
            directIds << grant.id;
    }
    std::sort(directIds.begin(), directIds.end());
    QStringList inheritedIds;
    for (const api::PermissionGrant &grant : recursive) {
        if (!directIds.contains(grant.id) && !inheritedIds.contains(grant.id))
            inheritedIds << grant.id;
    }
    std::sort(inheritedIds.begin(), inheritedIds.end());

    QHash<QString, QSet<QString>> containedByGrant;
    for (const QString &id : std::as_const(directIds))
        containedByGrant.insert(id, containedIn(id, byId));

    QList<UserPermission> rows;
    for (const QString &id : std::as_const(directIds))
        rows.append({id, descriptionOf(id), true, {}});
    for (const QString &id : std::as_const(inheritedIds)) {
        UserPermission permission{id, descriptionOf(id), false, {}};
        for (const QString &grantId : std::as_const(directIds)) {
            if (containedByGrant.value(grantId).contains(id))
                permission.inheritedFrom << grantId;
        }
        rows.append(permission);
    }
    return rows;
}

QVariant UserPermissionsModel::displayData(const UserPermission &permission, int column) const
{
    switch (column) {
    case PermissionColumn:
        return permission.id;
    case SourceColumn:
        if (permission.isDirect)
            return tr("Granted");
        if (!permission.inheritedFrom.isEmpty())
            return tr("Inherited from %1").arg(permission.inheritedFrom.join(QStringLiteral(", ")));
        return tr("Inherited");
    case DescriptionColumn:
        return permission.description.value_or(QString());
    default:
        return {};
    }
}

QVariant UserPermissionsModel::toolTipData(const UserPermission &permission, int column) const
{
    if (column == SourceColumn && m_scope == api::permissions::PermissionScope::Team) {
        return permission.isDirect
            ? tr("Granted to this member in this team directly; it can be revoked here")
            : tr("Contained in a permission the member was granted in this team; revoke that one to remove it");
    }
    if (column == SourceColumn) {
        return permission.isDirect ? tr("Granted to this user directly; it can be revoked here")
                                   : tr("Contained in a permission the user was granted; revoke that one to remove it");
    }
    if (column == DescriptionColumn)
        return permission.description.value_or(QString());
    return permission.id;
}

QVariant UserPermissionsModel::rawData(const UserPermission &permission, int column) const
{
    switch (column) {
    case PermissionColumn: return permission.id;
    case SourceColumn: return permission.isDirect;
    case DescriptionColumn: return permission.description ? QVariant(*permission.description) : QVariant();
    default: return {};
    }
}

QVariant UserPermissionsModel::roleData(const UserPermission &permission, int, int role) const
{
    if (role == IsDirectRole)
        return permission.isDirect;
    // Inherited rows read as secondary: they follow from another grant.
    if (role == Qt::FontRole && !permission.isDirect) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant UserPermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PermissionColumn: return tr("Permission");
    case SourceColumn: return tr("How");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

} // namespace hexclave::models
