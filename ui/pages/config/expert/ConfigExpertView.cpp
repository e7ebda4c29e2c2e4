#include "ConfigExpertView.h"

#include "JsonValueDialog.h"
#include "config/ConfigSchema.h"
#include "config/ConfigTreeModel.h"
#include "pages/config/ConfigChangeDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/SearchIcon.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace hexclave::ui {

using api::ConfigLevel;
using api::ConfigTree;
using api::ConfigValueKind;
using models::ConfigTreeModel;

namespace {

constexpr int renderedIndexData = -1;

// Check boxes of bool values that stay visible on dark palettes (whenever the palette changes).
class ConfigValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A masked secret is edited without showing it.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.data(ConfigTreeModel::MaskedRole).toBool())
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->palette = withVisibleItemCheckBoxes(option->palette);
    }
};

QPushButton *actionButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

ConfigExpertView::ConfigExpertView(models::ConfigTarget *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_model(new ConfigTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_levels(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_error(new ErrorBanner(this))
    , m_serverChanged(new QFrame(this))
    , m_serverChangedText(new QLabel(m_serverChanged))
    , m_tree(new QTreeView(this))
    , m_editMessage(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_problemsTitle(new QLabel(this))
    , m_editJson(actionButton(tr("Edit as &JSON…"), QStringLiteral("editAsJson"), this))
    , m_add(actionButton(tr("&Add key…"), QStringLiteral("addKey"), this))
    , m_remove(actionButton(tr("&Remove"), QStringLiteral("removeKey"), this))
    , m_showSecret(actionButton(tr("S&how"), QStringLiteral("showSecret"), this))
    , m_revert(actionButton(tr("Re&vert"), QStringLiteral("revertConfig"), this))
    , m_save(actionButton(tr("&Save"), QStringLiteral("saveConfig"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("configExpertView"));
    m_model->setProblemIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                             style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ConfigTreeModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(ConfigTreeModel::KeyColumn);

    m_levels->setObjectName(QStringLiteral("configLevel"));
    m_levels->setAccessibleName(tr("Configuration level"));
    m_filter->setObjectName(QStringLiteral("configFilter"));
    m_filter->setPlaceholderText(tr("Filter by key or value"));
    m_filter->setAccessibleName(tr("Filter the configuration"));
    m_filter->setClearButtonEnabled(true);
    addSearchIcon(m_filter);
    auto *top = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_levels);
    top->addWidget(levelLabel);
    top->addWidget(m_levels);
    top->addWidget(m_filter, 1);

    m_error->hide();
    m_error->setRetryText(tr("Reload"));
    connect(m_error, &ErrorBanner::retryRequested, this, [this] { m_target->load(); });

    m_serverChanged->setObjectName(QStringLiteral("serverChangedNotice"));
    m_serverChanged->setFrameShape(QFrame::StyledPanel);
    m_serverChanged->setAutoFillBackground(true);
    QPalette noticeColors = m_serverChanged->palette();
    noticeColors.setColor(QPalette::Window, tintedWindow(noticeColors, QColor(0xd9, 0x90, 0x1a)));
    m_serverChanged->setPalette(noticeColors);
    m_serverChangedText->setWordWrap(true);
    auto *reload = actionButton(tr("Re&load"), QStringLiteral("reloadDiscarding"), m_serverChanged);
    auto *keepEditing = actionButton(tr("Keep editing"), QStringLiteral("keepEditing"), m_serverChanged);
    auto *noticeLayout = new QHBoxLayout(m_serverChanged);
    noticeLayout->addWidget(m_serverChangedText, 1);
    noticeLayout->addWidget(reload);
    noticeLayout->addWidget(keepEditing);
    m_serverChanged->hide();
    connect(reload, &QPushButton::clicked, this, [this] {
        m_serverChanged->hide();
        discardUnsavedChanges();
    });
    connect(keepEditing, &QPushButton::clicked, this, [this] {
        // The edits now build on the server's new copy: Save shows the diff against it.
        for (auto it = m_baselines.begin(); it != m_baselines.end(); ++it)
            it.value() = m_target->overrideAt(it.key());
        m_serverChanged->hide();
    });

    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setAccessibleName(tr("Configuration"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new ConfigValueDelegate(m_tree));

    QPalette messageColors = m_editMessage->palette();
    messageColors.setColor(QPalette::WindowText, errorTextColor(messageColors));
    m_editMessage->setPalette(messageColors);
    m_editMessage->setObjectName(QStringLiteral("editMessage"));
    m_editMessage->setWordWrap(true);
    m_editMessage->hide();

    m_problems->setObjectName(QStringLiteral("configProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setIconSize(QSize(16, 16));
    m_problems->setWordWrap(true);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_problemsTitle->font();
    bold.setBold(true);
    m_problemsTitle->setFont(bold);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems, 1);

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_editMessage);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(treeBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_add->setToolTip(tr("Add a key to the selected object (or at the top level)"));
    m_remove->setToolTip(tr("Remove the selected key (Del)"));
    if (m_target->isOffline()) {
        // The window saves the file; this only changes the document.
        m_save->setText(tr("&Apply to file"));
        m_save->setToolTip(tr("Review the changes and apply them to the file (Ctrl+S); save the file to keep them"));
    } else {
        m_save->setToolTip(tr("Review the changes and write them (Ctrl+S)"));
    }
    m_save->setDefault(false);
    m_status->setObjectName(QStringLiteral("configStatus"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editJson);
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addWidget(m_showSecret);
    actions->addStretch(1);
    actions->addWidget(m_status);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_serverChanged);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_levels, &QComboBox::activated, this, [this](int index) {
        const int data = m_levels->itemData(index).toInt();
        showLevel(data == renderedIndexData ? std::nullopt : std::optional<ConfigLevel>(ConfigLevel(data)));
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_model, &ConfigTreeModel::treeEdited, this, [this](const ConfigTree &tree) {
        if (!m_level)
            return;
        if (!m_edits.contains(*m_level))
            m_baselines.insert(*m_level, m_target->overrideAt(*m_level));
        m_edits.insert(*m_level, tree);
        m_editMessage->hide();
        updateActions();
    });
    connect(m_model, &ConfigTreeModel::editRejected, this, [this](const QString &message) {
        m_editMessage->setText(message);
        m_editMessage->show();
    });
    connect(m_model, &ConfigTreeModel::problemsChanged, this, &ConfigExpertView::updateProblems);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConfigExpertView::updateActions);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectPath(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { selectPath(item->data(Qt::UserRole).toString()); });
    connect(m_editJson, &QPushButton::clicked, this, &ConfigExpertView::editAsJson);
    connect(m_add, &QPushButton::clicked, this, &ConfigExpertView::addKey);
    connect(m_remove, &QPushButton::clicked, this, &ConfigExpertView::removeCurrent);
    connect(m_showSecret, &QPushButton::clicked, this, &ConfigExpertView::toggleSecret);
    connect(m_revert, &QPushButton::clicked, this, &ConfigExpertView::revert);
    connect(m_save, &QPushButton::clicked, this, &ConfigExpertView::save);

    const auto shortcut = [this](const QKeySequence &keys, void (ConfigExpertView::*slot)()) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F2), &ConfigExpertView::editCurrent);
    shortcut(QKeySequence::Delete, &ConfigExpertView::removeCurrent);
    shortcut(QKeySequence::Save, &ConfigExpertView::save);
    // F2 belongs to the shortcut above, not to the tree's own "edit the current cell".
    m_tree->setEditTriggers(m_tree->editTriggers() & ~QAbstractItemView::EditKeyPressed);

    connect(m_target, &models::ConfigTarget::loaded, this, &ConfigExpertView::onLoaded);
    connect(m_target, &models::ConfigTarget::applied, this, &ConfigExpertView::onApplied);
    connect(m_target, &models::ConfigTarget::applied, this, [this] {
        if (!m_savingLevel)
            m_appliedElsewhere = true; // a settings tab of the same target wrote; its load follows
    });
    connect(m_target, &models::ConfigTarget::failed, this,
            [this](models::ConfigSettingsWriter::Stage, const api::ApiError &error) { onFailed(error); });

    fillLevels();
    if (m_target->isLoaded()) {
        onLoaded();
    } else {
        m_status->setText(tr("Loading…"));
        updateActions();
    }
}

ConfigExpertView::~ConfigExpertView()
{
    // An inline editor still open commits its text while the widgets are torn down; this view
    // is gone by then.
    disconnect(m_model, nullptr, this, nullptr);
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
}

QString ConfigExpertView::levelTitle(ConfigLevel level) const
{
    if (m_target->isOffline())
        return tr("Configuration file");
    return models::configLevelTitle(level);
}

void ConfigExpertView::fillLevels()
{
    m_levels->clear();
    if (!m_target->isOffline())
        m_levels->addItem(tr("Rendered (read-only)"), renderedIndexData);
    const QList<ConfigLevel> levels = m_target->levels();
    for (const ConfigLevel level : levels)
        m_levels->addItem(levelTitle(level), int(level));
    // Offline there is only the file; online the branch override is where a project's settings live.
    m_level = levels.contains(ConfigLevel::Branch) ? std::optional(ConfigLevel::Branch)
              : levels.isEmpty()                  ? std::nullopt
                                                  : std::optional(levels.constFirst());
    m_levels->setCurrentIndex(m_levels->findData(m_level ? int(*m_level) : renderedIndexData));
    m_levels->setEnabled(m_levels->count() > 1);
}

void ConfigExpertView::showLevel(std::optional<ConfigLevel> level)
{
    m_levels->setCurrentIndex(m_levels->findData(level ? int(*level) : renderedIndexData));
    if (level == m_level)
        return;
    m_level = level;
    m_editMessage->hide();
    reloadTree();
}

ConfigTree ConfigExpertView::shownTree() const
{
    return m_model->tree();
}

bool ConfigExpertView::hasUnsavedChanges() const
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value().sameContent(m_target->overrideAt(it.key())))
            return true;
    }
    return false;
}

void ConfigExpertView::discardUnsavedChanges()
{
    m_edits.clear();
    m_baselines.clear();
    m_serverChanged->hide();
    reloadTree();
}

void ConfigExpertView::revert()
{
    if (!m_level || !m_edits.contains(*m_level))
        return;
    m_edits.remove(*m_level);
    m_baselines.remove(*m_level);
    if (m_edits.isEmpty())
        m_serverChanged->hide();
    reloadTree();
}

void ConfigExpertView::onLoaded()
{
    if (m_showingLoadError) {
        m_showingLoadError = false;
        m_error->hide();
    }
    QStringList changedOnServer;
    for (auto it = m_edits.begin(); it != m_edits.end();) {
        const ConfigTree current = m_target->overrideAt(it.key());
        if (it.value().sameContent(current)) {
            // Saved (or changed on the server to just what was edited): nothing left to keep.
            m_baselines.remove(it.key());
            it = m_edits.erase(it);
            continue;
        }
        if (!m_baselines.value(it.key()).sameContent(current))
            changedOnServer << levelTitle(it.key());
        ++it;
    }
    const bool appliedElsewhere = std::exchange(m_appliedElsewhere, false);
    if (!changedOnServer.isEmpty()) {
        const QString levels = QLocale().createSeparatedList(changedOnServer);
        if (m_target->isOffline())
            m_serverChangedText->setText(
                tr("The file changed (an undo, or an edit in another tab) while you were editing here. Your edits "
                   "are kept; Apply shows them against the file's new content. Reload discards them."));
        else if (appliedElsewhere)
            m_serverChangedText->setText(
                tr("%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows "
                   "them against the new copy. Reload discards them and shows the new copy.")
                    .arg(levels));
        else
            m_serverChangedText->setText(
                tr("%1 changed on the server while you were editing. Your edits are kept; Save shows them against "
                   "the new copy. Reload discards them and shows the new copy.")
                    .arg(levels));
        m_serverChanged->show();
    }
    if (m_firstLoad || !m_level || !m_edits.contains(*m_level))
        reloadTree();
    if (m_firstLoad && m_status->text() == tr("Loading…"))
        m_status->clear();
    m_firstLoad = false;
    updateActions();
}

void ConfigExpertView::onApplied()
{
    if (!m_savingLevel)
        return;
    const ConfigLevel level = *m_savingLevel;
    m_savingLevel.reset();
    m_edits.remove(level);
    m_baselines.remove(level);
    m_error->hide();
    m_status->setText(m_target->isOffline() ? tr("Applied to the file.") : tr("Saved."));
    if (m_level == level)
        reloadTree();
    updateActions();
}

void ConfigExpertView::onFailed(const api::ApiError &error)
{
    if (!m_savingLevel) {
        // Reading failed (or a write from another view, which shows its own error): only a
        // configuration that never loaded needs saying here.
        if (!m_target->isLoaded()) {
            m_status->clear();
            m_error->showError(error, true);
            m_showingLoadError = true;
        }
        return;
    }
    m_savingLevel.reset();
    m_status->clear();
    m_showingLoadError = false;
    m_error->showActionError(m_target->isOffline() ? tr("The configuration was not applied; your edits are kept.")
                                                   : tr("The configuration was not saved; your edits are kept."),
                             error, true);
    updateActions();
}

QSet<QString> ConfigExpertView::expandedPaths() const
{
    QSet<QString> paths;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                paths.insert(index.data(ConfigTreeModel::PathRole).toString());
                visit(index);
            }
        }
    };
    visit({});
    return paths;
}

void ConfigExpertView::restoreExpanded(const QSet<QString> &paths)
{
    for (const QString &path : paths) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfPath(path));
        if (index.isValid())
            m_tree->expand(index);
    }
}

void ConfigExpertView::reloadTree()
{
    const bool firstShow = m_model->rowCount() == 0;
    const QSet<QString> expanded = expandedPaths();
    const QString current = m_model->pathOf(currentSourceIndex());
    if (m_level) {
        m_model->setOverrides({});
        m_model->setReadOnly(false);
        m_model->setValidationLevel(*m_level);
        m_model->setTree(m_edits.value(*m_level, m_target->overrideAt(*m_level)));
    } else {
        QList<std::pair<ConfigLevel, ConfigTree>> overrides;
        for (const ConfigLevel level : m_target->levels())
            overrides.append({level, m_target->overrideAt(level)});
        m_model->setValidationLevel(std::nullopt);
        m_model->setReadOnly(true);
        m_model->setOverrides(overrides);
        m_model->setTree(m_target->values());
    }
    if (firstShow || expanded.isEmpty()) {
        m_tree->expandToDepth(0);
    } else {
        restoreExpanded(expanded);
    }
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    const QModelIndex restored = m_proxy->mapFromSource(m_model->indexOfPath(current));
    if (restored.isValid())
        m_tree->setCurrentIndex(restored);
    m_tree->resizeColumnToContents(ConfigTreeModel::KeyColumn);
    m_tree->header()->resizeSection(ConfigTreeModel::ValueColumn,
                                    std::max(m_tree->header()->sectionSize(ConfigTreeModel::ValueColumn), 260));
    updateProblems();
    updateActions();
}

void ConfigExpertView::updateProblems()
{
    m_problems->clear();
    const QList<api::ConfigProblem> &problems = m_model->problems();
    for (const api::ConfigProblem &problem : problems) {
        const bool error = problem.severity == api::ConfigProblem::Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            problem.path.isEmpty() || problem.message.contains(problem.path)
                ? problem.message
                : tr("%1 — %2").arg(problem.path, problem.message),
            m_problems);
        item->setData(Qt::UserRole, problem.path);
        item->setToolTip(problem.message);
    }
    if (!m_level)
        m_problemsTitle->setText(tr("Problems are checked for the override levels, not for the rendered configuration."));
    else if (problems.isEmpty())
        m_problemsTitle->setText(tr("No problems found."));
    else
        m_problemsTitle->setText(tr("%n problem(s) — double-click one to select its key:", nullptr, int(problems.size())));
}

void ConfigExpertView::updateActions()
{
    const QModelIndex current = currentSourceIndex();
    const bool editable = m_level.has_value() && !m_model->isReadOnly();
    const bool busy = m_target->isBusy() || m_savingLevel.has_value();
    m_editJson->setEnabled(editable && current.isValid());
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && current.isValid());
    const bool secret = current.isValid() && current.data(ConfigTreeModel::SecretRole).toBool();
    m_showSecret->setVisible(secret);
    if (secret)
        m_showSecret->setText(m_model->isSecretRevealed(m_model->pathOf(current)) ? tr("H&ide") : tr("S&how"));
    const bool unsavedHere = m_level && m_edits.contains(*m_level)
                             && !m_edits.value(*m_level).sameContent(m_target->overrideAt(*m_level));
    m_save->setEnabled(editable && unsavedHere && !busy);
    m_revert->setEnabled(m_level && m_edits.contains(*m_level) && !busy);
    const QString unsavedText = m_target->isOffline() ? tr("Not applied to the file") : tr("Unsaved changes");
    if (unsavedHere)
        m_status->setText(unsavedText);
    else if (!m_savingLevel && m_status->text() == unsavedText)
        m_status->clear();
    const bool unsaved = hasUnsavedChanges();
    if (unsaved != m_wasUnsaved) {
        m_wasUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

QModelIndex ConfigExpertView::currentSourceIndex() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->mapToSource(current.siblingAtColumn(ConfigTreeModel::KeyColumn));
}

void ConfigExpertView::editCurrent()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || m_model->isReadOnly())
        return;
    const auto kind = ConfigValueKind(current.data(ConfigTreeModel::KindRole).toInt());
    if (kind == ConfigValueKind::Object || kind == ConfigValueKind::Array) {
        editAsJson();
        return;
    }
    const QModelIndex value = m_proxy->mapFromSource(current.siblingAtColumn(ConfigTreeModel::ValueColumn));
    m_tree->setCurrentIndex(value);
    m_tree->edit(value);
}

void ConfigExpertView::editAsJson()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || m_model->isReadOnly())
        return;
    const QString path = m_model->pathOf(current);
    // Secrets stay masked unless shown; a mask left as it is keeps the stored secret.
    JsonValueDialog dialog(JsonValueDialog::Mode::EditValue, path, m_model->maskedJsonAt(path), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_model->setJsonKeepingMaskedSecrets(path, dialog.json(), &error)) {
        m_editMessage->setText(error);
        m_editMessage->show();
        return;
    }
    selectPath(path);
}

void ConfigExpertView::addKey()
{
    if (!m_level || m_model->isReadOnly())
        return;
    // Under the selected object, or next to the selected value.
    const QModelIndex current = currentSourceIndex();
    QString parentPath;
    if (current.isValid()) {
        parentPath = m_model->pathOf(current);
        if (ConfigValueKind(current.data(ConfigTreeModel::KindRole).toInt()) != ConfigValueKind::Object)
            parentPath = m_model->pathOf(current.parent());
    }
    JsonValueDialog dialog(
        JsonValueDialog::Mode::AddKey, parentPath, QStringLiteral("\"\""),
        [this, parentPath](const QString &key, const QString &) { return m_model->addKeyProblem(parentPath, key); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_model->addKey(parentPath, dialog.key(), dialog.json(), &error)) {
        m_editMessage->setText(error);
        m_editMessage->show();
        return;
    }
    selectPath(parentPath.isEmpty() ? dialog.key() : parentPath + u'.' + dialog.key());
}

void ConfigExpertView::removeCurrent()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || m_model->isReadOnly())
        return;
    const QString path = m_model->pathOf(current);
    const QModelIndex below = m_tree->indexBelow(m_tree->currentIndex());
    const QString next = below.isValid() ? below.data(ConfigTreeModel::PathRole).toString() : QString();
    m_model->removePath(path);
    if (!next.isEmpty() && !next.startsWith(path + u'.'))
        selectPath(next);
}

void ConfigExpertView::toggleSecret()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid())
        return;
    const QString path = m_model->pathOf(current);
    m_model->setSecretRevealed(path, !m_model->isSecretRevealed(path));
    updateActions();
}

void ConfigExpertView::selectPath(const QString &path)
{
    QString existing = path;
    while (!existing.isEmpty() && !m_model->indexOfPath(existing).isValid())
        existing = existing.left(std::max<qsizetype>(0, existing.lastIndexOf(u'.')));
    const QModelIndex source = m_model->indexOfPath(existing);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}

void ConfigExpertView::save()
{
    if (!m_level || !m_save->isEnabled())
        return;
    const ConfigLevel level = *m_level;
    const ConfigTree edited = m_edits.value(level);
    const bool offline = m_target->isOffline();
    if (offline) {
        // Settings kept per environment (secrets among them) never go into the file: no "anyway".
        QStringList environmentOnly;
        for (const QString &path : edited.leafPaths()) {
            if (api::configschema::isEnvironmentOnly(path))
                environmentOnly << path;
        }
        if (!environmentOnly.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot apply to the file"),
                            tr("These settings are kept per environment on the server and cannot go into "
                               "hexclave.config.ts: %1. Remove them here, and set them on the project's "
                               "Configuration page instead.")
                                .arg(QLocale().createSeparatedList(environmentOnly)),
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("environmentOnlyRefusal"));
            box.exec();
            selectPath(environmentOnly.constFirst());
            return;
        }
    }
    int errors = 0;
    for (const api::ConfigProblem &problem : m_model->problems())
        errors += problem.severity == api::ConfigProblem::Severity::Error ? 1 : 0;
    if (errors > 0
        && QMessageBox::warning(this, tr("Save with problems?"),
                                tr("%n problem(s) in this configuration will probably make the server refuse it. "
                                   "Save anyway?",
                                   nullptr, errors),
                                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Save)
        return;
    const models::ConfigLevelChange change{level, levelTitle(level), m_target->overrideAt(level), edited};
    if (!ConfigChangeDialog::confirm(this, offline ? tr("Apply to %1").arg(levelTitle(level)) : tr("Save %1").arg(levelTitle(level)),
                                     {change}, offline ? tr("Apply") : tr("Save")))
        return;
    m_error->hide();
    const bool busy = m_target->isBusy();
    if (!m_target->replaceLevel(level, edited)) {
        if (busy)
            m_error->showProblem(tr("The configuration is being read or written; try again in a moment."));
        else if (edited.normalized().sameContent(m_target->overrideAt(level).normalized()))
            m_error->showProblem(tr("Nothing to save: the configuration already has these values."));
        else
            m_error->showProblem(tr("The configuration refused these values; see the problems listed below."));
        return;
    }
    m_savingLevel = level;
    m_status->setText(offline ? tr("Applying…") : tr("Saving…"));
    updateActions();
}

} // namespace hexclave::ui
