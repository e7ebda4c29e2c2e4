#pragma once

#include "config/ConfigTarget.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace hexclave::models {
class ConfigTreeModel;
}

namespace hexclave::ui {

class ErrorBanner;

// The configuration as a tree of keys for those who know its schema: one override level (or the
// rendered configuration, read-only; offline: the file) with every value editable, keys added and
// removed, the problems configschema::validate finds listed, and Save showing the diff first.
class ConfigExpertView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigExpertView)

public:
    ConfigExpertView(models::ConfigTarget *target, QWidget *parent = nullptr);
    ~ConfigExpertView() override;

    bool hasUnsavedChanges() const;
    void discardUnsavedChanges();

    // The level shown; none: the rendered configuration.
    std::optional<api::ConfigLevel> currentLevel() const { return m_level; }
    void showLevel(std::optional<api::ConfigLevel> level);
    // The tree being shown (with the edits not yet saved).
    api::ConfigTree shownTree() const;
    models::ConfigTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

    // Saves the shown level after the change dialog (what Save and Ctrl+S do).
    void save();
    void revert();

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);

private:
    void fillLevels();
    void onLoaded();
    void onApplied();
    void onFailed(const api::ApiError &error);
    void reloadTree();
    void updateActions();
    void updateProblems();
    void editCurrent();
    void editAsJson();
    void addKey();
    void removeCurrent();
    void toggleSecret();
    void selectPath(const QString &path);
    QString levelTitle(api::ConfigLevel level) const;
    QModelIndex currentSourceIndex() const;
    QSet<QString> expandedPaths() const;
    void restoreExpanded(const QSet<QString> &paths);

    QPointer<models::ConfigTarget> m_target; // owned by the page or window; may go first
    models::ConfigTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_levels;
    QLineEdit *m_filter;
    ErrorBanner *m_error;
    QFrame *m_serverChanged;
    QLabel *m_serverChangedText;
    QTreeView *m_tree;
    QLabel *m_editMessage;
    QListWidget *m_problems;
    QLabel *m_problemsTitle;
    QPushButton *m_editJson;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_showSecret;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_status;

    std::optional<api::ConfigLevel> m_level;
    // Edited copies of the levels, and each level's override when its editing began.
    QMap<api::ConfigLevel, api::ConfigTree> m_edits;
    QMap<api::ConfigLevel, api::ConfigTree> m_baselines;
    std::optional<api::ConfigLevel> m_savingLevel;
    bool m_firstLoad = true;
    bool m_showingLoadError = false;
    bool m_wasUnsaved = false;
    // The target announced a write this view did not start (a settings tab); its load follows.
    bool m_appliedElsewhere = false;
};

} // namespace hexclave::ui
