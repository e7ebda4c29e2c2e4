#include "PermissionDefinitionsModel.h"

#include <algorithm>

namespace hexclave::models {

struct PermissionDefinitionsModel::Node
{
    QString id;
    Node *parent = nullptr;
    int row = 0;
    bool childrenBuilt = false;
    std::vector<std::unique_ptr<Node>> children;

    bool isAbove(const QString &other) const
    {
        for (const Node *node = this; node && node->parent; node = node->parent) {
            if (node->id == other)
                return true;
        }
        return false;
    }
};

PermissionDefinitionsModel::PermissionDefinitionsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->childrenBuilt = true;
}

PermissionDefinitionsModel::~PermissionDefinitionsModel() = default;

void PermissionDefinitionsModel::setDefinitions(const QList<api::PermissionDefinition> &definitions)
{
    beginResetModel();
    m_definitions = definitions;
    std::stable_sort(m_definitions.begin(), m_definitions.end(),
                     [](const api::PermissionDefinition &a, const api::PermissionDefinition &b) {
                         if (a.isSystem() != b.isSystem())
                             return !a.isSystem();
                         return a.id < b.id;
                     });
    m_rowOfId.clear();
    m_containment = PermissionContainment(m_definitions);
    m_root = std::make_unique<Node>();
    m_root->childrenBuilt = true;
    for (qsizetype row = 0; row < m_definitions.size(); ++row) {
        m_rowOfId.insert(m_definitions.at(row).id, row);
        auto node = std::make_unique<Node>();
        node->id = m_definitions.at(row).id;
        node->parent = m_root.get();
        node->row = int(row);
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

const api::PermissionDefinition *PermissionDefinitionsModel::definition(const QString &id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.cend() ? nullptr : &m_definitions.at(*it);
}

QModelIndex PermissionDefinitionsModel::indexOfDefinition(const QString &id, int column) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.cend() ? QModelIndex() : index(int(*it), column);
}

QString PermissionDefinitionsModel::idAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node == m_root.get() ? QString() : node->id;
}

PermissionDefinitionsModel::Node *PermissionDefinitionsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QStringList PermissionDefinitionsModel::childIdsOf(const Node *node) const
{
    if (node == m_root.get())
        return {};
    QStringList ids;
    const QStringList contained = m_containment.directlyContained(node->id);
    for (const QString &id : contained) {
        if (!node->isAbove(id) && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void PermissionDefinitionsModel::ensureChildren(Node *node) const
{
    if (node->childrenBuilt)
        return;
    node->childrenBuilt = true;
    const QStringList ids = childIdsOf(node);
    for (const QString &id : ids) {
        auto child = std::make_unique<Node>();
        child->id = id;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
}

QModelIndex PermissionDefinitionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeOf(parent);
    ensureChildren(node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex PermissionDefinitionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int PermissionDefinitionsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *node = nodeOf(parent);
    ensureChildren(node);
    return int(node->children.size());
}

int PermissionDefinitionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PermissionDefinitionsModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node == m_root.get())
        return !m_definitions.isEmpty();
    return node->childrenBuilt ? !node->children.empty() : !childIdsOf(node).isEmpty();
}

QVariant PermissionDefinitionsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeOf(index);
    const api::PermissionDefinition *known = definition(node->id);
    const bool isSystem = node->id.startsWith(u'$');
    const bool isTop = node->parent == m_root.get();
    switch (role) {
    case IdRole:
        return node->id;
    case IsSystemRole:
        return isSystem;
    case IsDefinitionRole:
        return isTop;
    case IsDefinedRole:
        return known != nullptr;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return node->id;
        case DescriptionColumn:
            if (!known)
                return tr("(not defined)");
            return known->description.value_or(QString());
        case ContainsColumn:
            return known ? known->containedPermissionIds.join(QStringLiteral(", ")) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == ContainsColumn && known && !known->containedPermissionIds.isEmpty()) {
            const QStringList all = m_containment.allContained(node->id);
            return tr("Contains, directly or through others: %1").arg(all.join(QStringLiteral(", ")));
        }
        if (isSystem)
            return tr("A system permission: built into the server and read-only.");
        if (!isTop)
            return tr("Contained in %1").arg(node->parent->id);
        return {};
    }
    default:
        return {};
    }
}

QVariant PermissionDefinitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Permission");
    case DescriptionColumn: return tr("Description");
    case ContainsColumn: return tr("Contains");
    default: return {};
    }
}

} // namespace hexclave::models
