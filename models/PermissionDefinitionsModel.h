#pragma once

#include "PermissionContainment.h"

#include "dto/Permission.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace hexclave::models {

// A scope's permission definitions as a tree: the definitions at the top (custom ones first,
// then the read-only system ones, each by id), and under each the permissions it contains, each
// expandable to what it contains in turn. A permission never appears below itself, so looping
// data (which the server should not have) still gives a finite tree. Rows below the top are
// built when first asked for.
class PermissionDefinitionsModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionDefinitionsModel)

public:
    enum Column { IdColumn, DescriptionColumn, ContainsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // the permission id
        IsSystemRole,              // bool: a system permission ($…), read-only
        IsDefinitionRole,          // bool: a top-level row (a definition, not a contained entry)
        IsDefinedRole,             // bool: the id has a definition (contained ids might not)
    };

    explicit PermissionDefinitionsModel(QObject *parent = nullptr);
    ~PermissionDefinitionsModel() override;

    void setDefinitions(const QList<api::PermissionDefinition> &definitions);
    void clear() { setDefinitions({}); }

    const QList<api::PermissionDefinition> &definitions() const { return m_definitions; }
    const api::PermissionDefinition *definition(const QString &id) const;
    const PermissionContainment &containment() const { return m_containment; }
    // The top-level row of a definition.
    QModelIndex indexOfDefinition(const QString &id, int column = IdColumn) const;
    // The definition's id of a row anywhere in the tree.
    QString idAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    // The ids `node` shows below it: what it contains, less what is already above it.
    QStringList childIdsOf(const Node *node) const;
    void ensureChildren(Node *node) const;

    QList<api::PermissionDefinition> m_definitions; // in the order shown
    QHash<QString, qsizetype> m_rowOfId;
    PermissionContainment m_containment;
    std::unique_ptr<Node> m_root;
};

} // namespace hexclave::models
