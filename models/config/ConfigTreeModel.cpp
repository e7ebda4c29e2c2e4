#include "ConfigTreeModel.h"

#include "ConfigSecrets.h"

#include <QCoreApplication>

#include <functional>

#include <stdexcept>

namespace hexclave::models {

using api::ConfigLevel;
using api::ConfigTree;
using api::ConfigValueKind;

namespace {

QString childPath(const QString &parentPath, const QString &key)
{
    return parentPath.isEmpty() ? key : parentPath + u'.' + key;
}

QString parentPathOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

bool isJson(const QString &text)
{
    try {
        (void)ConfigTree().withValue(QStringLiteral("v"), text);
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

ConfigTreeModel::ConfigTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ConfigTreeModel::~ConfigTreeModel() = default;

void ConfigTreeModel::setTree(const ConfigTree &tree)
{
    beginResetModel();
    m_tree = tree.nestedTree();
    m_root.children.clear();
    m_nodes.clear();
    m_root.kind = ConfigValueKind::Object;
    buildChildren(&m_root);
    endResetModel();
    revalidate();
}

void ConfigTreeModel::buildChildren(Node *node)
{
    node->children.clear();
    if (node->kind != ConfigValueKind::Object)
        return;
    const QStringList keys = m_tree.keysAt(node->path);
    node->children.reserve(size_t(keys.size()));
    for (const QString &key : keys) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = childPath(node->path, key);
        child->parent = node;
        child->row = int(node->children.size());
        child->kind = m_tree.kindAt(child->path);
        m_nodes.insert(child->path, child.get());
        buildChildren(child.get());
        node->children.push_back(std::move(child));
    }
}

void ConfigTreeModel::forget(Node *node)
{
    for (const auto &child : node->children) {
        m_nodes.remove(child->path);
        forget(child.get());
    }
}

void ConfigTreeModel::setValidationLevel(std::optional<ConfigLevel> level)
{
    m_validationLevel = level;
    revalidate();
}

void ConfigTreeModel::setProblemIcons(const QIcon &error, const QIcon &warning)
{
    m_errorIcon = error;
    m_warningIcon = warning;
    if (!m_problemsAt.isEmpty())
        emitAllChanged();
}

void ConfigTreeModel::setOverrides(const QList<std::pair<ConfigLevel, ConfigTree>> &overrides)
{
    const bool columnsChange = m_overrides.isEmpty() != overrides.isEmpty();
    if (columnsChange)
        beginResetModel();
    m_overrides = overrides;
    if (columnsChange)
        endResetModel();
    else
        emitAllChanged();
}

void ConfigTreeModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void ConfigTreeModel::setSecretRevealed(const QString &path, bool revealed)
{
    if (revealed)
        m_revealed.insert(path);
    else
        m_revealed.remove(path);
    const QModelIndex value = indexOfPath(path, ValueColumn);
    if (value.isValid())
        Q_EMIT dataChanged(value, value);
}

void ConfigTreeModel::revalidate()
{
    const bool hadProblems = !m_problems.isEmpty();
    m_problems = m_validationLevel ? api::configschema::validate(m_tree, *m_validationLevel) : QList<api::ConfigProblem>();
    m_problemsAt.clear();
    for (const api::ConfigProblem &problem : std::as_const(m_problems)) {
        // A problem about a key that has no row of its own (a missing value) sits on its nearest parent.
        QString path = problem.path;
        while (!path.isEmpty() && !m_nodes.contains(path))
            path = parentPathOf(path);
        m_problemsAt[path].append(problem);
    }
    if (hadProblems || !m_problems.isEmpty()) {
        emitAllChanged();
        Q_EMIT problemsChanged();
    }
}

void ConfigTreeModel::emitAllChanged()
{
    const std::function<void(const Node *)> touch = [&](const Node *node) {
        if (node->children.empty())
            return;
        Q_EMIT dataChanged(indexOf(node->children.front().get(), 0),
                           indexOf(node->children.back().get(), columnCount() - 1));
        for (const auto &child : node->children)
            touch(child.get());
    };
    touch(&m_root);
}

QModelIndex ConfigTreeModel::indexOfPath(const QString &path, int column) const
{
    const Node *node = m_nodes.value(path);
    return node ? indexOf(node, column) : QModelIndex();
}

QString ConfigTreeModel::pathOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->path : QString();
}

ConfigTreeModel::Node *ConfigTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ConfigTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ConfigTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : &m_root;
    if (!parentNode || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children.at(size_t(row)).get());
}

QModelIndex ConfigTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == &m_root)
        return {};
    return indexOf(node->parent, 0);
}

int ConfigTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : &m_root;
    return node ? int(node->children.size()) : 0;
}

int ConfigTreeModel::columnCount(const QModelIndex &) const
{
    return m_overrides.isEmpty() ? 3 : 4;
}

bool ConfigTreeModel::isSecretNode(const Node *node) const
{
    return node->kind != ConfigValueKind::Object && node->kind != ConfigValueKind::Null
        && api::configschema::isSecret(node->path);
}

QString ConfigTreeModel::shownValue(const Node *node) const
{
    if (isSecretNode(node) && !m_revealed.contains(node->path))
        return maskedSecretText();
    switch (node->kind) {
    case ConfigValueKind::Object: return tr("%n key(s)", nullptr, int(node->children.size()));
    case ConfigValueKind::String: return m_tree.stringAt(node->path).value_or(QString());
    case ConfigValueKind::Missing: return {};
    default: break;
    }
    return m_tree.jsonAt(node->path);
}

QString ConfigTreeModel::setAt(const Node *node) const
{
    QStringList levels;
    for (const auto &[level, override] : m_overrides) {
        if (override.touches(node->path))
            levels << levelName(level);
    }
    if (levels.isEmpty())
        return tr("Default");
    if (node->kind == ConfigValueKind::Object)
        return levels.join(QStringLiteral(", "));
    return levels.constLast(); // the last level that sets a value wins
}

int ConfigTreeModel::worstSeverity(const Node *node) const
{
    const auto found = m_problemsAt.constFind(node->path);
    if (found == m_problemsAt.cend())
        return -1;
    int worst = 1;
    for (const api::ConfigProblem &problem : *found) {
        if (problem.severity == api::ConfigProblem::Severity::Error)
            worst = 0;
    }
    return worst;
}

QVariant ConfigTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case PathRole: return node->path;
    case JsonRole: return m_tree.jsonAt(node->path);
    case KindRole: return int(node->kind);
    case SecretRole: return isSecretNode(node);
    case MaskedRole: return isSecretNode(node) && !m_revealed.contains(node->path);
    case ProblemSeverityRole: return worstSeverity(node);
    case ProblemsRole: {
        QStringList messages;
        for (const api::ConfigProblem &problem : m_problemsAt.value(node->path))
            messages << problem.message;
        return messages;
    }
    case SearchTextRole: return QString(node->path + u' ' + (node->kind == ConfigValueKind::Object ? QString() : shownValue(node)));
    default: break;
    }

    switch (index.column()) {
    case KeyColumn:
        switch (role) {
        case Qt::DisplayRole: return node->key;
        case Qt::ToolTipRole: {
            QStringList lines{node->path};
            for (const api::ConfigProblem &problem : m_problemsAt.value(node->path))
                lines << problem.message;
            return lines.join(u'\n');
        }
        case Qt::DecorationRole: {
            const int severity = worstSeverity(node);
            if (severity == 0)
                return m_errorIcon;
            if (severity == 1)
                return m_warningIcon;
            return {};
        }
        default: return {};
        }
    case ValueColumn:
        switch (role) {
        case Qt::DisplayRole: return shownValue(node);
        case Qt::EditRole:
            if (node->kind == ConfigValueKind::String)
                return m_tree.stringAt(node->path).value_or(QString());
            return m_tree.jsonAt(node->path);
        case Qt::CheckStateRole:
            if (node->kind == ConfigValueKind::Bool)
                return m_tree.boolAt(node->path).value_or(false) ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::ToolTipRole:
            if (node->kind == ConfigValueKind::Object || isSecretNode(node))
                return {};
            return m_tree.jsonAt(node->path, true);
        default: return {};
        }
    case TypeColumn:
        return role == Qt::DisplayRole ? kindName(node->kind) : QVariant();
    case SetAtColumn:
        return role == Qt::DisplayRole && !m_overrides.isEmpty() ? setAt(node) : QVariant();
    default: break;
    }
    return {};
}

bool ConfigTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeOf(index);
    m_lastEditError.clear();
    if (!node || m_readOnly)
        return false;
    QString jsonText;
    if (role == JsonRole) {
        jsonText = value.toString();
    } else if (index.column() != ValueColumn || node->kind == ConfigValueKind::Object) {
        return false;
    } else if (role == Qt::CheckStateRole) {
        if (node->kind != ConfigValueKind::Bool)
            return false;
        jsonText = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked ? QStringLiteral("true")
                                                                                               : QStringLiteral("false");
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        if (node->kind == ConfigValueKind::String) {
            // A string stays a string: what is typed is the text itself (JSON quotes are accepted too).
            const bool quoted = text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"') && isJson(text);
            jsonText = quoted ? text : api::jsonStringLiteral(text);
        } else {
            jsonText = text.trimmed();
        }
    } else {
        return false;
    }
    if (jsonText == m_tree.jsonAt(node->path))
        return true;
    if (setJsonAt(node->path, jsonText, &m_lastEditError))
        return true;
    Q_EMIT editRejected(m_lastEditError);
    return false;
}

bool ConfigTreeModel::setJsonAt(const QString &path, const QString &jsonText, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("This configuration cannot be changed here.");
        return false;
    }
    if (path.isEmpty()) {
        if (error)
            *error = tr("Choose a key to change.");
        return false;
    }
    ConfigTree edited;
    try {
        edited = m_tree.withValue(path, jsonText);
    } catch (const std::exception &) {
        if (error)
            *error = tr("“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, "
                        "an object {…} or an array […].")
                         .arg(jsonText);
        return false;
    }
    applyEdit(edited, path);
    return true;
}

namespace {

// The secret leaves at or inside `path` that hold a value (not null, not an object).
QStringList secretLeavesIn(const ConfigTree &tree, const QString &path)
{
    QStringList secrets;
    const QString inside = path + u'.';
    for (const QString &leaf : tree.leafPaths()) {
        const ConfigValueKind kind = tree.kindAt(leaf);
        if ((leaf == path || leaf.startsWith(inside)) && api::configschema::isSecret(leaf)
            && kind != ConfigValueKind::Null && kind != ConfigValueKind::Object)
            secrets << leaf;
    }
    return secrets;
}

} // namespace

QString ConfigTreeModel::maskedJsonAt(const QString &path) const
{
    ConfigTree shown = m_tree;
    for (const QString &secret : secretLeavesIn(m_tree, path)) {
        if (!m_revealed.contains(secret))
            shown = shown.withValue(secret, api::jsonStringLiteral(maskedSecretText()));
    }
    return shown.jsonAt(path);
}

bool ConfigTreeModel::setJsonKeepingMaskedSecrets(const QString &path, const QString &jsonText, QString *error)
{
    ConfigTree edited;
    try {
        edited = m_tree.withValue(path, jsonText);
    } catch (const std::exception &) {
        return setJsonAt(path, jsonText, error); // says why
    }
    for (const QString &secret : secretLeavesIn(edited, path)) {
        if (edited.stringAt(secret) == maskedSecretText() && secretLeavesIn(m_tree, secret).contains(secret))
            edited = edited.withValue(secret, m_tree.jsonAt(secret));
    }
    return setJsonAt(path, edited.jsonAt(path), error);
}

QString ConfigTreeModel::addKeyProblem(const QString &parentPath, const QString &key) const
{
    const QString trimmed = key.trimmed();
    if (m_readOnly)
        return tr("This configuration cannot be changed here.");
    if (trimmed.isEmpty())
        return tr("Enter a key.");
    if (trimmed.contains(u'.'))
        return tr("A key cannot contain a dot; add the parent keys one by one.");
    if (!parentPath.isEmpty() && m_tree.kindAt(parentPath) != ConfigValueKind::Object)
        return tr("Keys can only be added to an object.");
    if (m_tree.contains(childPath(parentPath, trimmed)))
        return tr("“%1” already exists.").arg(childPath(parentPath, trimmed));
    return {};
}

bool ConfigTreeModel::addKey(const QString &parentPath, const QString &key, const QString &jsonText, QString *error)
{
    const QString problem = addKeyProblem(parentPath, key);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return setJsonAt(childPath(parentPath, key.trimmed()), jsonText, error);
}

bool ConfigTreeModel::removePath(const QString &path)
{
    if (m_readOnly || !m_nodes.contains(path))
        return false;
    applyEdit(m_tree.without(path), path);
    return true;
}

void ConfigTreeModel::applyEdit(const ConfigTree &tree, const QString &path)
{
    m_tree = tree;
    refreshFrom(path);
    revalidate();
    Q_EMIT treeEdited(m_tree);
}

void ConfigTreeModel::refreshFrom(const QString &path)
{
    // The nearest parent that is still an object holds every row the edit can have changed.
    QString parentPath = parentPathOf(path);
    Node *node = nullptr;
    while (!parentPath.isEmpty()) {
        node = m_nodes.value(parentPath);
        if (node && m_tree.kindAt(parentPath) == ConfigValueKind::Object)
            break;
        node = nullptr;
        parentPath = parentPathOf(parentPath);
    }
    refreshNode(node ? node : &m_root);
}

void ConfigTreeModel::refreshNode(Node *node)
{
    const QModelIndex parentIndex = indexOf(node, 0);
    if (node != &m_root) {
        node->kind = m_tree.kindAt(node->path);
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, columnCount() - 1));
    }
    const QStringList keys = node->kind == ConfigValueKind::Object ? m_tree.keysAt(node->path) : QStringList();
    QStringList kept;
    for (const auto &child : node->children) {
        if (keys.contains(child->key))
            kept << child->key;
    }
    QStringList keptInNewOrder = keys;
    keptInNewOrder.removeIf([&kept](const QString &key) { return !kept.contains(key); });
    if (kept != keptInNewOrder) {
        // Keys moved (not something an edit here does): rebuild everything.
        beginResetModel();
        m_root.children.clear();
        m_nodes.clear();
        buildChildren(&m_root);
        endResetModel();
        return;
    }
    // Remove the rows whose keys are gone, then refresh or add the rest in order.
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        Node *child = node->children.at(size_t(row)).get();
        if (keys.contains(child->key))
            continue;
        beginRemoveRows(parentIndex, row, row);
        forget(child);
        m_nodes.remove(child->path);
        node->children.erase(node->children.begin() + row);
        for (size_t i = size_t(row); i < node->children.size(); ++i)
            node->children.at(i)->row = int(i);
        endRemoveRows();
    }
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        if (row < int(node->children.size()) && node->children.at(size_t(row))->key == key) {
            Node *child = node->children.at(size_t(row)).get();
            const ConfigValueKind kind = m_tree.kindAt(child->path);
            if (kind != child->kind || kind == ConfigValueKind::Object)
                refreshNode(child);
            else
                Q_EMIT dataChanged(indexOf(child, 0), indexOf(child, columnCount() - 1));
            continue;
        }
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = childPath(node->path, key);
        child->parent = node;
        child->kind = m_tree.kindAt(child->path);
        beginInsertRows(parentIndex, row, row);
        Node *raw = child.get();
        node->children.insert(node->children.begin() + row, std::move(child));
        for (size_t i = size_t(row); i < node->children.size(); ++i)
            node->children.at(i)->row = int(i);
        m_nodes.insert(raw->path, raw);
        buildChildren(raw);
        endInsertRows();
    }
}

Qt::ItemFlags ConfigTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->children.empty())
        flags |= Qt::ItemNeverHasChildren;
    if (!m_readOnly && index.column() == ValueColumn && node->kind != ConfigValueKind::Object) {
        flags |= Qt::ItemIsEditable;
        if (node->kind == ConfigValueKind::Bool)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant ConfigTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    case SetAtColumn: return m_overrides.isEmpty() ? QVariant() : QVariant(tr("Set at"));
    default: break;
    }
    return {};
}

QString ConfigTreeModel::kindName(ConfigValueKind kind)
{
    switch (kind) {
    case ConfigValueKind::Missing: return {};
    case ConfigValueKind::Null: return tr("null");
    case ConfigValueKind::Bool: return tr("boolean");
    case ConfigValueKind::Number: return tr("number");
    case ConfigValueKind::String: return tr("text");
    case ConfigValueKind::Array: return tr("list");
    case ConfigValueKind::Object: return tr("object");
    }
    return {};
}

QString ConfigTreeModel::levelName(ConfigLevel level)
{
    switch (level) {
    case ConfigLevel::Project: return tr("Project");
    case ConfigLevel::Branch: return tr("Branch");
    case ConfigLevel::Environment: break;
    }
    return tr("Environment");
}

} // namespace hexclave::models
