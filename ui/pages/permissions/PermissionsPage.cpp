#include "PermissionsPage.h"

#include "ConfigSettingsWriter.h"
#include "DefaultPermissionsEditor.h"
#include "PermissionDefinitionDialog.h"
#include "PermissionDefinitionsModel.h"
#include "dialogs/DialogParts.h"
#include "pages/AreaAccess.h"
#include "pages/MessagePage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hexclave::ui {

using models::PermissionDefinitionsModel;
using Recipient = DefaultPermissionsEditor::Recipient;

namespace {

std::size_t slot(PermissionsPage::PermissionScope scope)
{
    return scope == PermissionsPage::PermissionScope::Team ? 0 : 1;
}

QString scopeNoun(PermissionsPage::PermissionScope scope)
{
    return scope == PermissionsPage::PermissionScope::Team ? PermissionsPage::tr("team permission")
                                                           : PermissionsPage::tr("project permission");
}

// System permissions read as disabled text with a lock before their id.
class PermissionRowDelegate : public QStyledItemDelegate
{
public:
    explicit PermissionRowDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(PermissionDefinitionsModel::IsSystemRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        if (index.column() == PermissionDefinitionsModel::IdColumn) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = themedIcon(QStringLiteral("lock"));
        }
    }
};

} // namespace

PermissionsPage::PermissionsPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    QString why;
    m_canEdit = hasFullAccess(context, api::Area::Permissions, why);
    if (!m_canEdit) {
        buildExplanation(why);
        markReady();
        return;
    }
    buildPage();
    m_config->load();
    loadDefinitions(PermissionScope::Team);
    loadDefinitions(PermissionScope::Project);
}

PermissionsPage::~PermissionsPage() = default;

void PermissionsPage::buildExplanation(const QString &why)
{
    m_explanation = why + QStringLiteral("\n\n")
        + tr("Project permissions are granted on a user's page, team permissions on a team's page, by typing the "
             "permission's id.");
    MessagePage::fill(this, QStringLiteral("permissions"), tr("Permission definitions need admin access"),
                      m_explanation);
}

void PermissionsPage::buildPage()
{
    m_config = new models::ConfigSettingsWriter(m_context.client(), m_context.scope(), this);
    m_model = new PermissionDefinitionsModel(this);
    m_banner = new ErrorBanner(this);
    m_teamScope = new QPushButton(tr("&Team permissions"), this);
    m_projectScope = new QPushButton(tr("&Project permissions"), this);
    m_tree = new QTreeView(this);
    m_placeholder = new QLabel(this);
    m_systemNote = new QWidget(this);
    m_status = new QLabel(this);
    m_defaults = new DefaultPermissionsEditor(m_config, this);
    m_menu = new QMenu(this);

    // The scope switch: two buttons, one pressed.
    auto *scopes = new QButtonGroup(this);
    for (QPushButton *button : {m_teamScope, m_projectScope}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        scopes->addButton(button);
    }
    m_teamScope->setChecked(true);
    // The pressed one in bold: on some palettes a pressed button is hard to tell apart.
    for (QPushButton *button : {m_teamScope, m_projectScope}) {
        connect(button, &QPushButton::toggled, button, [button](bool checked) {
            QFont font = button->font();
            font.setBold(checked);
            button->setFont(font);
        });
    }
    QFont bold = m_teamScope->font();
    bold.setBold(true);
    m_teamScope->setFont(bold);
    m_teamScope->setToolTip(tr("Permissions a user holds within one team"));
    m_projectScope->setToolTip(tr("Permissions a user holds across the whole project"));
    auto *switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    switchRow->addWidget(m_teamScope);
    switchRow->addWidget(m_projectScope);

    m_new = new QAction(themedIcon(QStringLiteral("permissions")), tr("&New…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_new);
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_edit);
    m_delete = new QAction(themedIcon(QStringLiteral("cross")), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_delete);
    m_menu->addAction(m_new);
    m_menu->addAction(m_edit);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Permissions"), this));
    header->addSpacing(16);
    header->addLayout(switchRow);
    header->addStretch();
    for (QAction *action : {m_new, m_edit, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header->addWidget(button);
    }
    auto *refresh = new QToolButton(this);
    refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Read the permissions and the configuration again (F5)"));
    refresh->setAccessibleName(tr("Reload permissions"));
    refresh->setShortcut(QKeySequence::Refresh);
    header->addWidget(refresh);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new PermissionRowDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Permission definitions"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(PermissionDefinitionsModel::IdColumn, 220);
    m_tree->header()->resizeSection(PermissionDefinitionsModel::DescriptionColumn, 280);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    auto *listArea = new QWidget(this);
    auto *stack = new QStackedLayout(listArea);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_tree);
    stack->setCurrentWidget(m_tree);

    auto *lockIcon = new QLabel(m_systemNote);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setIconPixmap(lockIcon, themedIcon(QStringLiteral("lock")), iconSize);
    auto *systemText = explanationLabel(tr("System permissions ($…) are built into the server: they can be contained "
                                           "and granted, but not edited or deleted."),
                                        m_systemNote);
    systemText->setEnabled(false);
    auto *noteLayout = new QHBoxLayout(m_systemNote);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(lockIcon, 0, Qt::AlignTop);
    noteLayout->addWidget(systemText, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listArea, 1);
    leftLayout->addWidget(m_systemNote);

    auto *defaultsFrame = new QFrame(this);
    defaultsFrame->setFrameShape(QFrame::StyledPanel);
    auto *defaultsLayout = new QVBoxLayout(defaultsFrame);
    defaultsLayout->addWidget(m_defaults);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(defaultsFrame);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 420});

    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_banner->hide();

    connect(m_teamScope, &QPushButton::clicked, this, [this] { setScope(PermissionScope::Team); });
    connect(m_projectScope, &QPushButton::clicked, this, [this] { setScope(PermissionScope::Project); });
    connect(refresh, &QToolButton::clicked, this, &PermissionsPage::reload);
    connect(m_banner, &ErrorBanner::retryRequested, this, &PermissionsPage::reload);
    connect(m_new, &QAction::triggered, this, &PermissionsPage::openCreate);
    connect(m_edit, &QAction::triggered, this, &PermissionsPage::openEdit);
    connect(m_delete, &QAction::triggered, this, &PermissionsPage::confirmDelete);
    connect(m_defaults, &DefaultPermissionsEditor::savedOrFailed, this, [this](bool ok) {
        const std::function<void()> then = std::exchange(m_afterSave, {});
        if (ok && then)
            then();
    });
    connect(m_config, &models::ConfigSettingsWriter::loaded, this, [this] { configAnswered(nullptr); });
    connect(m_config, &models::ConfigSettingsWriter::written, this, [this] { configAnswered(nullptr); });
    connect(m_config, &models::ConfigSettingsWriter::failed, this,
            [this](models::ConfigSettingsWriter::Stage, const api::ApiError &error) { configAnswered(&error); });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PermissionsPage::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PermissionsPage::updateActions);
    updateActions();
}

const QList<api::PermissionDefinition> &PermissionsPage::definitions(PermissionScope scope) const
{
    return m_definitions[slot(scope)];
}

QAbstractButton *PermissionsPage::scopeButton(PermissionScope scope) const
{
    return scope == PermissionScope::Team ? m_teamScope : m_projectScope;
}

QString PermissionsPage::statusText() const
{
    return m_status ? m_status->text() : QString();
}

QString PermissionsPage::explanationText() const
{
    return m_explanation;
}

void PermissionsPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

// True when the caller can go on now. With Save it cannot: `afterSave` runs once the save
// succeeded; when it fails or cannot start, nothing runs and the edits stay where they are (a
// scope switch would refill the lists from the server's configuration).
bool PermissionsPage::settleUnsavedDefaults(const QString &question, std::function<void()> afterSave)
{
    if (m_defaults->isSaving()) {
        m_afterSave = std::move(afterSave);
        return false;
    }
    if (!m_defaults->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved default permissions"), question,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (m_defaults->save())
            m_afterSave = std::move(afterSave);
        return false;
    case QMessageBox::Discard:
        m_defaults->revert();
        return true;
    default:
        return false;
    }
}

bool PermissionsPage::setScope(PermissionScope scope)
{
    if (!m_canEdit)
        return false;
    if (scope != m_scope
        && !settleUnsavedDefaults(tr("The default permissions have unsaved changes. Save them before switching?"),
                                  [this, scope] { setScope(scope); })) {
        scopeButton(m_scope)->setChecked(true);
        return false;
    }
    scopeButton(scope)->setChecked(true);
    if (scope == m_scope)
        return true;
    m_scope = scope;
    showScope({});
    return true;
}

void PermissionsPage::reload()
{
    if (!m_canEdit
        || !settleUnsavedDefaults(tr("The default permissions have unsaved changes. Save them before reading everything "
                                     "again?"),
                                  [this] { reload(); }))
        return;
    ++m_generation;
    m_pendingLoads = 0;
    m_banner->hide();
    m_config->load();
    m_selectAfterLoad = selectedId();
    loadDefinitions(PermissionScope::Team);
    loadDefinitions(PermissionScope::Project);
}

bool PermissionsPage::hasUnsavedChanges() const
{
    return m_defaults->hasUnsavedChanges();
}

void PermissionsPage::activate()
{
    // Back on the page: the definitions may have changed elsewhere; unsaved ticks stay.
    if (!m_canEdit || isLoading())
        return;
    ++m_generation;
    m_pendingLoads = 0;
    m_selectAfterLoad = selectedId();
    if (!m_defaults->hasUnsavedChanges())
        m_config->load();
    loadDefinitions(PermissionScope::Team);
    loadDefinitions(PermissionScope::Project);
}

void PermissionsPage::focusPrimaryInput()
{
    if (m_tree)
        m_tree->setFocus(Qt::OtherFocusReason);
}

void PermissionsPage::loadDefinitions(PermissionScope scope, const QString &selectId)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    if (!selectId.isEmpty())
        m_selectAfterLoad = selectId;
    ++m_pendingLoads;
    const int generation = m_generation;
    auto *job = client->send(api::permissions::definitions(m_context.scope(), scope));
    connect(job, &api::ApiJob::finished, this, [this, job, scope, generation] {
        if (generation != m_generation)
            return;
        --m_pendingLoads;
        if (job->succeeded()) {
            m_definitions[slot(scope)] = job->takeValue().items;
            m_loaded[slot(scope)] = true;
            if (scope == m_scope)
                showScope(m_selectAfterLoad);
        } else if (job->error().kind != api::ApiError::Kind::Cancelled) {
            m_banner->showError(job->error());
            if (scope == m_scope && !m_loaded[slot(scope)]) {
                m_placeholder->setText(tr("The permissions could not be loaded. The reason is shown above."));
                m_tree->hide();
            }
        }
        loadFinished();
    });
    updateActions();
}

void PermissionsPage::loadFinished()
{
    if (isLoading())
        return;
    m_selectAfterLoad.clear();
    markReady(!m_loaded[slot(m_scope)]);
    updateActions();
    Q_EMIT settled();
}

void PermissionsPage::showScope(const QString &selectId)
{
    const QList<api::PermissionDefinition> &shown = m_definitions[slot(m_scope)];
    const QString keep = selectId.isEmpty() ? selectedId() : selectId;
    m_model->setDefinitions(shown);
    const bool loaded = m_loaded[slot(m_scope)];
    const bool empty = shown.isEmpty();
    m_placeholder->setText(!loaded ? tr("Loading permissions…")
                                   : tr("No %1s yet. Create one with New….").arg(scopeNoun(m_scope)));
    m_tree->setVisible(loaded && !empty);
    const bool hasSystem = std::any_of(shown.cbegin(), shown.cend(),
                                       [](const api::PermissionDefinition &definition) { return definition.isSystem(); });
    m_systemNote->setVisible(hasSystem);
    QModelIndex current = keep.isEmpty() ? QModelIndex() : m_model->indexOfDefinition(keep);
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (current.isValid())
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_defaults->setDefinitions(m_scope, shown);
    updateActions();
}

QString PermissionsPage::selectedId() const
{
    if (!m_tree)
        return {};
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid() || !m_tree->selectionModel()->isSelected(current))
        return {};
    return m_model->idAt(current);
}

const api::PermissionDefinition *PermissionsPage::selectedDefinition() const
{
    return m_model->definition(selectedId());
}

QStringList PermissionsPage::allIds() const
{
    QStringList ids;
    for (const auto &list : m_definitions) {
        for (const api::PermissionDefinition &definition : list)
            ids << definition.id;
    }
    return ids;
}

void PermissionsPage::updateActions()
{
    if (!m_canEdit)
        return;
    const bool idle = !m_openDialog && !isLoading();
    const bool loaded = m_loaded[slot(m_scope)];
    const api::PermissionDefinition *selected = selectedDefinition();
    const bool editable = selected && !selected->isSystem();
    m_new->setEnabled(idle && loaded);
    m_new->setToolTip(tr("Create a %1 (%2)").arg(scopeNoun(m_scope), m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setEnabled(idle && editable);
    m_delete->setEnabled(idle && editable);
    const QString readOnly = tr("System permissions are built into the server and cannot be changed");
    m_edit->setToolTip(selected && selected->isSystem() ? readOnly
                                                        : tr("Change the description and contained permissions (F2)"));
    m_delete->setToolTip(selected && selected->isSystem() ? readOnly : tr("Delete the selected permission (Del)"));
}

void PermissionsPage::openCreate()
{
    if (!m_new->isEnabled())
        return;
    openDefinitionDialog(std::nullopt);
}

void PermissionsPage::openEdit()
{
    const api::PermissionDefinition *selected = selectedDefinition();
    if (!m_edit->isEnabled() || !selected || selected->isSystem())
        return;
    openDefinitionDialog(*selected);
}

void PermissionsPage::openDefinitionDialog(const std::optional<api::PermissionDefinition> &existing)
{
    auto *dialog = new PermissionDefinitionDialog(m_context, m_scope, definitions(m_scope), allIds(), existing, this);
    m_openDialog = dialog;
    const PermissionScope scope = m_scope;
    const bool creating = !existing;
    connect(dialog, &QDialog::finished, this, [this, dialog, scope, creating](int result) {
        dialog->deleteLater();
        m_openDialog = nullptr;
        if (result == QDialog::Accepted) {
            const QString id = dialog->definition().id;
            setStatus(creating ? tr("Created %1.").arg(id) : tr("Saved %1.").arg(id));
            loadDefinitions(scope, id);
        }
        updateActions();
    });
    updateActions();
    dialog->open();
}

QStringList PermissionsPage::defaultRecipientsOf(const QString &id) const
{
    QStringList recipients;
    const auto check = [&](Recipient recipient, const QString &who) {
        if (m_config->rendered().enabledKeysAt(DefaultPermissionsEditor::configPath(recipient)).contains(id))
            recipients << who;
    };
    check(Recipient::TeamCreator, tr("team creators"));
    check(Recipient::TeamMember, tr("team members"));
    check(Recipient::SignUp, tr("new users at sign-up"));
    return recipients;
}

void PermissionsPage::confirmDelete()
{
    const api::PermissionDefinition *selected = selectedDefinition();
    if (!m_delete->isEnabled() || !selected || selected->isSystem())
        return;
    const QString id = selected->id;
    const QStringList containers = m_model->containment().containersOf(id);
    QString text = tr("Delete the %1 “%2”? Everyone who holds it loses it.").arg(scopeNoun(m_scope), id);
    text += u' ';
    text += containers.isEmpty()
        ? tr("No other permission contains it.")
        : tr("It is also taken out of %n other permission(s): %1.", nullptr, int(containers.size()))
              .arg(containers.join(QStringLiteral(", ")));
    const QStringList recipients = defaultRecipientsOf(id);
    if (!recipients.isEmpty())
        text += u' '
            + tr("It is a default permission (given to %1); it is taken out of the default permissions as well.")
                  .arg(recipients.join(QStringLiteral(", ")));
    text += u' ' + tr("This cannot be undone.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete permission"), text, QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    m_openDialog = box;
    const bool isDefault = !recipients.isEmpty();
    connect(box, &QDialog::finished, this, [this, box, confirm, id, isDefault] {
        box->deleteLater();
        m_openDialog = nullptr;
        if (box->clickedButton() == confirm)
            removeDefinition(id, isDefault);
        updateActions();
    });
    updateActions();
    box->open();
}

void PermissionsPage::removeDefinition(const QString &id, bool isDefault)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    setStatus(tr("Deleting %1…").arg(id));
    m_deleting = id; // no other change while this one runs; a reload does not end it
    const PermissionScope scope = m_scope;
    auto *job = client->send(api::permissions::removeDefinition(m_context.scope(), scope, id));
    connect(job, &api::ApiJob::finished, this, [this, job, id, scope, isDefault] {
        m_deleting.clear();
        if (!job->succeeded()) {
            setStatus(QString());
            m_banner->showActionError(tr("“%1” was not deleted.").arg(id), job->error());
            updateActions();
            loadFinished();
            return;
        }
        setStatus(tr("Deleted %1.").arg(id));
        // The server leaves a deleted id in rbac.defaultPermissions, where it would make joining a
        // team or signing up fail (server-facts §11): take it out.
        if (isDefault)
            dropFromDefaults({id});
        else if (!m_defaults->hasUnsavedChanges())
            m_config->load();
        // Other definitions lose it too: read them again.
        loadDefinitions(scope);
    });
    updateActions();
}

// One write of the default permission lists that hold any of `ids`, without them.
void PermissionsPage::dropFromDefaults(const QStringList &ids)
{
    if (m_config->isBusy() || !m_config->isLoaded()) {
        // Once the answer under way (or a first reading of the configuration) is in.
        for (const QString &id : ids) {
            if (!m_staleDefaults.contains(id))
                m_staleDefaults << id;
        }
        m_config->load(); // ignored while busy
        return;
    }
    QList<models::ConfigSetting> settings;
    for (Recipient recipient : {Recipient::TeamCreator, Recipient::TeamMember, Recipient::SignUp}) {
        const QString path = DefaultPermissionsEditor::configPath(recipient);
        QStringList kept = m_config->rendered().enabledKeysAt(path);
        const qsizetype before = kept.size();
        kept.removeIf([&ids](const QString &id) { return ids.contains(id); });
        if (kept.size() != before)
            settings << models::ConfigSetting::idSet(path, kept);
    }
    if (settings.isEmpty() || !m_config->write(settings))
        return;
    m_droppingDefaults = ids;
    setStatus(tr("Taking %1 out of the default permissions…").arg(ids.join(QStringLiteral(", "))));
}

// The configuration was read or written (`error` when that failed).
void PermissionsPage::configAnswered(const api::ApiError *error)
{
    if (!m_droppingDefaults.isEmpty()) {
        const QString ids = std::exchange(m_droppingDefaults, {}).join(QStringLiteral(", "));
        if (error)
            m_banner->showActionError(tr("%1 was deleted, but it is still among the default permissions. Untick it there "
                                         "and save.")
                                          .arg(ids),
                                      *error);
        else
            setStatus(tr("Deleted %1 and took it out of the default permissions.").arg(ids));
    }
    if (m_staleDefaults.isEmpty() || m_config->isBusy())
        return;
    const QStringList ids = std::exchange(m_staleDefaults, {});
    if (m_config->isLoaded()) {
        dropFromDefaults(ids);
    } else if (error) {
        m_banner->showActionError(tr("%1 was deleted, but the configuration could not be read to take it out of the "
                                     "default permissions.")
                                      .arg(ids.join(QStringLiteral(", "))),
                                  *error);
    }
}

} // namespace hexclave::ui
