#pragma once

#include "config/ConfigSchema.h"
#include "dto/ProjectConfig.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace hexclave::models {

// A configuration (an override level or the rendered configuration) as a tree of keys: one row
// per key, its value, its type and — for the rendered configuration, when the overrides are
// given — the level that sets it. Leaves can be edited in place, keys added and removed; every
// edit makes a new tree, announced by treeEdited(). Problems that configschema::validate finds
// decorate their rows. Secret values are masked until revealed.
class ConfigTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, SetAtColumn };
    enum Role {
        PathRole = Qt::UserRole + 1, // dotted path (QString)
        JsonRole,                    // the value as compact JSON; setData() replaces it with any JSON
        KindRole,                    // api::ConfigValueKind as int
        ProblemsRole,                // the problems' messages at this row (QStringList)
        ProblemSeverityRole,         // -1 none, 0 error, 1 warning (the worst at this row)
        SecretRole,                  // bool: a secret value (masked unless revealed)
        SearchTextRole,              // path and shown value, for filtering
        MaskedRole,                  // bool: a secret shown masked (not revealed); edit it unseen
    };

    explicit ConfigTreeModel(QObject *parent = nullptr);
    ~ConfigTreeModel() override;

    // Shows `tree` (read nested); rows are rebuilt.
    void setTree(const api::ConfigTree &tree);
    const api::ConfigTree &tree() const { return m_tree; }

    // The level problems are checked for (none: no checks).
    void setValidationLevel(std::optional<api::ConfigLevel> level);
    const QList<api::ConfigProblem> &problems() const { return m_problems; }
    void setProblemIcons(const QIcon &error, const QIcon &warning);

    // For the rendered configuration: the overrides, to show which level sets each key (adds
    // the "Set at" column). Empty: no such column.
    void setOverrides(const QList<std::pair<api::ConfigLevel, api::ConfigTree>> &overrides);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void setSecretRevealed(const QString &path, bool revealed);
    bool isSecretRevealed(const QString &path) const { return m_revealed.contains(path); }

    QModelIndex indexOfPath(const QString &path, int column = KeyColumn) const;
    QString pathOf(const QModelIndex &index) const;

    // Sets `path` to the JSON value `jsonText` (parents created as needed); false with `error`
    // when the text is not JSON or the model is read-only.
    bool setJsonAt(const QString &path, const QString &jsonText, QString *error = nullptr);
    // The value at `path` as JSON with every secret inside it that is not revealed masked: what
    // "Edit as JSON" may show.
    QString maskedJsonAt(const QString &path) const;
    // As setJsonAt(), but a secret inside `jsonText` that still holds the mask (as maskedJsonAt()
    // wrote it) keeps its stored value.
    bool setJsonKeepingMaskedSecrets(const QString &path, const QString &jsonText, QString *error = nullptr);
    // Adds `key` under the object at `parentPath` ("" for the top level).
    // Why `key` cannot be added under `parentPath` (empty when it can).
    QString addKeyProblem(const QString &parentPath, const QString &key) const;
    bool addKey(const QString &parentPath, const QString &key, const QString &jsonText, QString *error = nullptr);
    bool removePath(const QString &path);
    // Why setData() last refused a value (not JSON, …), for the view to show.
    QString lastEditError() const { return m_lastEditError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(api::ConfigValueKind kind);
    static QString levelName(api::ConfigLevel level);

Q_SIGNALS:
    // After each edit (setData, setJsonAt, addKey, removePath): the whole new tree.
    void treeEdited(const hexclave::api::ConfigTree &tree);
    void problemsChanged();
    // setData() refused a value; `message` says why.
    void editRejected(const QString &message);

private:
    struct Node
    {
        QString key;
        QString path;
        Node *parent = nullptr;
        int row = 0;
        api::ConfigValueKind kind = api::ConfigValueKind::Missing;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;
    void buildChildren(Node *node);
    void forget(Node *node);
    // Makes the rows under the deepest existing node of `path` match m_tree again.
    void refreshFrom(const QString &path);
    void refreshNode(Node *node);
    void applyEdit(const api::ConfigTree &tree, const QString &path);
    void revalidate();
    void emitAllChanged();
    QString shownValue(const Node *node) const;
    QString setAt(const Node *node) const;
    bool isSecretNode(const Node *node) const;
    int worstSeverity(const Node *node) const;

    api::ConfigTree m_tree;
    Node m_root;
    QHash<QString, Node *> m_nodes;
    std::optional<api::ConfigLevel> m_validationLevel;
    QList<api::ConfigProblem> m_problems;
    QHash<QString, QList<api::ConfigProblem>> m_problemsAt;
    QList<std::pair<api::ConfigLevel, api::ConfigTree>> m_overrides;
    QSet<QString> m_revealed;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QString m_lastEditError;
    bool m_readOnly = false;
};

} // namespace hexclave::models
