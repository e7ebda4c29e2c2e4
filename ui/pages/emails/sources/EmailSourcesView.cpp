#include "EmailSourcesView.h"

#include "AppSettings.h"
#include "EmailThemeChooser.h"
#include "PreviewRenderer.h"
#include "autosave/EditorAutosave.h"
#include "emails/EmailSourceListModel.h"
#include "emails/EmailThemesSource.h"
#include "widgets/EmailPreview.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/code/SourceEditor.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::EmailSourceListModel;
using models::EmailSourceVersion;

EmailSourcesView::EmailSourcesView(Kind kind, const Texts &texts, const ProjectContext &context,
                                   models::EmailThemesSource *themes, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_texts(texts)
    , m_context(context)
    , m_themes(themes)
    , m_autosave(new models::EditorAutosave(models::EditorAutosave::defaultDirectory(), this))
    , m_edits(new models::EmailSourceEdits(m_autosave, context.project.id + u'/' + kindKey() + u'/',
                                           kind != Kind::Themes, this))
    , m_model(new EmailSourceListModel(this))
    , m_filter(new models::EmailSourceFilterModel(this))
    , m_banner(new ErrorBanner(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_inner(new QSplitter(Qt::Horizontal, this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_empty(new EmptyState(m_list))
    , m_newButton(new QPushButton(texts.newAction, this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_extraActions(new QHBoxLayout)
    , m_editorPane(new QWidget(this))
    , m_nothingSelected(new QLabel(this))
    , m_right(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_discardButton(new QPushButton(tr("Discard changes…"), this))
    , m_status(new QLabel(this))
    , m_editor(new SourceEditor(this))
    , m_preview(new EmailPreview(this))
    , m_renderer(new PreviewRenderer(context, m_preview, this))
{
    if (kind != Kind::Themes)
        m_themeChooser = new EmailThemeChooser(this);
    m_filter->setSourceModel(m_model);
    buildLayout();
    restoreSplitters();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showItem(current.isValid() ? current.data(EmailSourceListModel::IdRole).toString() : QString());
            });
    connect(m_newButton, &QPushButton::clicked, this, &EmailSourcesView::newItem);
    connect(m_empty, &EmptyState::actionClicked, this, &EmailSourcesView::newItem);
    connect(m_deleteButton, &QPushButton::clicked, this, &EmailSourcesView::deleteCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &EmailSourcesView::saveCurrent);
    connect(m_previewButton, &QPushButton::clicked, this, &EmailSourcesView::previewCurrent);
    connect(m_discardButton, &QPushButton::clicked, this, &EmailSourcesView::discardCurrentEdits);
    connect(m_editor, &SourceEditor::textChanged, this, &EmailSourcesView::editorChanged);
    if (m_themeChooser) {
        connect(m_themeChooser, &EmailThemeChooser::choiceEdited, this, [this] {
            editorChanged();
            previewCurrent();
        });
    }
    connect(m_banner, &ErrorBanner::retryRequested, this, &EmailSourcesView::reload);
    connect(m_edits, &models::EmailSourceEdits::editsChanged, this, [this](const QString &id, bool unsaved) {
        m_model->setUnsaved(id, unsaved);
        if (id == m_currentId && !m_showing)
            m_editor->setModified(unsaved);
        updateActions();
        Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
    });
    connect(m_edits, &models::EmailSourceEdits::autosaveFailed, this, [this](const QString &message) {
        m_banner->showMessage(tr("Your edits could not be kept on this computer (%1). Save them to the server "
                                 "before closing.")
                                  .arg(message));
    });
    connect(m_outer, &QSplitter::splitterMoved, this, &EmailSourcesView::rememberSplitters);
    connect(m_inner, &QSplitter::splitterMoved, this, &EmailSourcesView::rememberSplitters);

    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Save, &EmailSourcesView::saveCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &EmailSourcesView::previewCurrent);
    // F5 as on the other pages; not QKeySequence::Refresh, which is also Ctrl+R (preview) on some desktops.
    addShortcut(QKeySequence(Qt::Key_F5), &EmailSourcesView::reload);
    addListAction(tr("Delete"), QKeySequence::Delete, [this] { deleteCurrent(); });

    if (m_themes) {
        connect(m_themes, &models::EmailThemesSource::themesChanged, this, [this] {
            m_themesFailed = false;
            themesChanged();
        });
        connect(m_themes, &models::EmailThemesSource::loadFailed, this, [this] {
            m_themesFailed = true;
            EmailSourcesView::themesChanged();
        });
        themesChanged();
    }
    updateActions();
    // Nothing is read before the view is first shown (showEvent()).
}

EmailSourcesView::~EmailSourcesView()
{
    m_edits->flush(); // before the autosave (an earlier child) goes
}

QString EmailSourcesView::kindKey() const
{
    switch (m_kind) {
    case Kind::Drafts:
        return QStringLiteral("drafts");
    case Kind::Templates:
        return QStringLiteral("templates");
    case Kind::Themes:
        break;
    }
    return QStringLiteral("themes");
}

void EmailSourcesView::buildLayout()
{
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(m_texts.newTitle);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(EmailSourceListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(EmailSourceListModel::NoteColumn, QHeaderView::ResizeToContents);
    m_newButton->setToolTip(tr("Create a new %1").arg(m_texts.one));
    m_deleteButton->setToolTip(tr("Delete the selected %1 (Del)").arg(m_texts.one));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);
    // Two short rows, so that the buttons do not make the list wide.
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    listLayout->addLayout(listButtons);
    listLayout->addLayout(m_extraActions);
    m_extraActions->setAlignment(Qt::AlignLeft);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_previewButton->setToolTip(tr("Render the email through the server (Ctrl+R)"));
    m_saveButton->setToolTip(tr("Save the source to the server (Ctrl+S)"));
    m_discardButton->setToolTip(tr("Go back to the version saved on the server"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    if (m_themeChooser) {
        auto *themeLabel = new QLabel(tr("&Theme:"), this);
        themeLabel->setBuddy(m_themeChooser);
        bar->addWidget(themeLabel);
        bar->addWidget(m_themeChooser);
    }
    bar->addWidget(m_previewButton);
    bar->addWidget(m_discardButton);
    bar->addWidget(m_saveButton);

    m_editor->setAccessibleName(tr("Source"));
    m_preview->setAccessibleName(tr("Preview"));
    m_inner->addWidget(m_editor);
    m_inner->addWidget(m_preview);
    m_inner->setChildrenCollapsible(false);
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, 1);
    auto *editorLayout = new QVBoxLayout(m_editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(bar);
    editorLayout->addWidget(m_inner, 1);
    editorLayout->addWidget(m_status);

    m_outer->addWidget(listPane);
    m_nothingSelected->setAlignment(Qt::AlignCenter);
    m_nothingSelected->setWordWrap(true);
    m_nothingSelected->setEnabled(false); // drawn in the palette's quieter text colour
    m_nothingSelected->setText(tr("Select a %1 on the left to edit it.").arg(m_texts.one));
    m_right->addWidget(m_editorPane);
    m_right->addWidget(m_nothingSelected);
    m_outer->addWidget(m_right);
    m_outer->setChildrenCollapsible(false);
    m_outer->setStretchFactor(0, 0);
    m_outer->setStretchFactor(1, 1);
    // The list stays narrow (its notes are short); the editor and the preview get the room.
    m_outer->setSizes({250, 950});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_outer, 1);
    m_banner->hide();
}

void EmailSourcesView::restoreSplitters()
{
    if (!m_context.settings)
        return;
    const QVariantMap sizes = m_context.settings->value(AppSettings::Key::EmailEditorSplitters).toMap();
    m_outer->restoreState(sizes.value(QStringLiteral("list")).toByteArray());
    m_inner->restoreState(sizes.value(QStringLiteral("preview")).toByteArray());
}

void EmailSourcesView::rememberSplitters()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(AppSettings::Key::EmailEditorSplitters,
                                 QVariantMap{{QStringLiteral("list"), m_outer->saveState()},
                                             {QStringLiteral("preview"), m_inner->saveState()}});
}

QAction *EmailSourcesView::addListAction(const QString &text, const QKeySequence &shortcut, std::function<void()> slot)
{
    // Shown in the list's context menu with its key; the key itself is caught in eventFilter(),
    // as item views take some keys (F2) for themselves before a shortcut sees them.
    auto *action = new QAction(text, m_list);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    m_list->addAction(action);
    return action;
}

bool EmailSourcesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const QList<QAction *> actions = m_list->actions();
        for (QAction *action : actions) {
            if (action->shortcut() != pressed)
                continue;
            event->accept();
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EmailSourcesView::hasUnsavedChanges() const
{
    return !m_edits->isEmpty();
}

void EmailSourcesView::discardAllEdits()
{
    m_orphanQueue.clear();
    m_edits->discardAll();
    if (!m_currentId.isEmpty())
        showItem(m_currentId);
}

const EmailSourcesView::Item *EmailSourcesView::item(const QString &id) const
{
    const auto found = m_items.constFind(id);
    return found == m_items.cend() ? nullptr : &*found;
}

QString EmailSourcesView::currentName() const
{
    const Item *current = item(m_currentId);
    return current ? current->name : QString();
}

std::optional<EmailSourceVersion> EmailSourcesView::versionOf(const QString &id) const
{
    if (const auto edited = m_edits->edited(id))
        return edited;
    return m_edits->saved(id);
}

bool EmailSourcesView::isCurrentModified() const
{
    return !m_currentId.isEmpty() && m_edits->hasEdits(m_currentId);
}

void EmailSourcesView::reload()
{
    m_started = true;
    m_banner->hide();
    fetchList();
}

void EmailSourcesView::listArrived(const QList<Item> &items)
{
    const QString previous = m_currentId;
    const QString keep = m_selectAfterLoad.isEmpty() ? previous : std::exchange(m_selectAfterLoad, {});
    m_items.clear();
    QList<models::EmailSourceRow> rows;
    for (const Item &entry : items) {
        m_items.insert(entry.id, entry);
        if (entry.source)
            m_edits->setSaved(entry.id, {*entry.source, entry.theme});
        rows.append({entry.id, entry.name, entry.note, m_edits->hasEdits(entry.id), entry.marked, entry.noteToolTip});
    }
    m_showing = true; // the reset clears the selection: nothing to show meanwhile
    m_model->setRows(rows);
    const bool kept = selectItem(keep);
    m_showing = false;
    if (kept && keep == previous && versionOf(keep) && *versionOf(keep) == shownVersion()) {
        // The same item stays in the editor as it is (cursor, undo history).
        m_title->setText(item(keep)->name);
    } else {
        m_currentId.clear();
        if (kept)
            showItem(keep);
        else
            selectFirstVisible();
        if (m_currentId.isEmpty())
            showItem({});
    }
    const bool first = !std::exchange(m_loaded, true);
    m_listArrived = true;
    updateEmptyState();
    updateActions();
    if (first)
        Q_EMIT loaded();
    if (!m_recoveryOffered)
        offerRecovery();
    findOrphans();
}

void EmailSourcesView::listFailed(const api::ApiError &error)
{
    m_banner->showError(error);
    m_empty->showMessage(m_texts.loadFailed);
    m_empty->setVisible(m_model->rowCount() == 0);
    const bool first = !std::exchange(m_loaded, true);
    updateActions();
    if (first)
        Q_EMIT loaded();
}

void EmailSourcesView::updateItem(const Item &changed)
{
    const Item *known = item(changed.id);
    if (!known)
        return;
    m_items.insert(changed.id, changed);
    m_model->setName(changed.id, changed.name);
    if (changed.id == m_currentId)
        m_title->setText(changed.name);
}

void EmailSourcesView::sourceArrived(const QString &id, const QString &source)
{
    auto found = m_items.find(id);
    if (found == m_items.end())
        return;
    found->source = source;
    m_edits->setSaved(id, {source, found->theme});
    if (m_sourcesForRecovery.remove(id) && m_sourcesForRecovery.isEmpty())
        offerRecovery();
    if (id == m_currentId)
        showItem(id);
}

void EmailSourcesView::sourceFailed(const QString &id, const api::ApiError &error)
{
    if (m_sourcesForRecovery.remove(id) && m_sourcesForRecovery.isEmpty())
        offerRecovery();
    if (id != m_currentId)
        return;
    m_banner->showActionError(tr("“%1” could not be read.").arg(currentName()), error);
    m_editor->setText({});
    m_editor->setReadOnly(true);
    m_preview->clear();
}

void EmailSourcesView::selectFirstVisible()
{
    const QModelIndex first = m_filter->index(0, 0);
    if (first.isValid())
        m_list->setCurrentIndex(first);
}

bool EmailSourcesView::selectItem(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void EmailSourcesView::showItem(const QString &id)
{
    if (m_showing)
        return;
    // Edits of the item shown before stay in m_edits (and on disk): switching loses nothing.
    m_renderer->cancel();
    m_currentId = id;
    const Item *current = item(id);
    m_showing = true;
    m_title->setText(current ? current->name : QString());
    const std::optional<EmailSourceVersion> version = current ? versionOf(id) : std::nullopt;
    // An edit without the server's version (a theme kept as a new one) needs it too, to be saved.
    if (current && !m_edits->saved(id)) {
        m_editor->setText(tr("// Loading…"));
        m_editor->setReadOnly(true);
        m_preview->showBusy(tr("Loading “%1”…").arg(current->name));
        fetchSource(id);
    } else {
        m_editor->setText(version ? version->text : QString());
        m_editor->setReadOnly(!current);
        m_editor->setModified(current && m_edits->hasEdits(id));
        if (m_themeChooser)
            m_themeChooser->setChoice(version ? version->theme : api::EmailThemeChoice{});
        if (version)
            render(*version, false);
        else
            m_preview->clear();
    }
    m_showing = false;
    showStatus({});
    updateActions();
}

EmailSourceVersion EmailSourcesView::shownVersion() const
{
    return {m_editor->text(), m_themeChooser ? m_themeChooser->choice() : api::EmailThemeChoice{}};
}

void EmailSourcesView::editorChanged()
{
    if (m_showing || m_currentId.isEmpty() || !m_edits->saved(m_currentId))
        return;
    const EmailSourceVersion version = shownVersion();
    m_edits->edit(m_currentId, currentName(), version);
    render(version, true);
}

void EmailSourcesView::render(const EmailSourceVersion &version, bool soon)
{
    const QString reason = unpreviewableReason(version);
    if (!reason.isEmpty()) {
        m_renderer->cancel();
        m_preview->showError(reason, tr("Nothing to preview."));
    } else if (soon) {
        m_renderer->renderSoon(renderRequest(version));
    } else {
        m_renderer->renderNow(renderRequest(version));
    }
}

void EmailSourcesView::previewCurrent()
{
    if (m_currentId.isEmpty() || !m_edits->saved(m_currentId))
        return;
    render(shownVersion(), false);
}

bool EmailSourcesView::saveCurrent()
{
    if (m_currentId.isEmpty() || isBusy() || !m_edits->saved(m_currentId) || !m_context.client())
        return false;
    const EmailSourceVersion version = shownVersion();
    if (!m_edits->hasEdits(m_currentId))
        return false;
    showStatus(tr("Saving “%1”…").arg(currentName()));
    ++m_busy;
    updateActions();
    sendSave(m_currentId, version);
    return true;
}

void EmailSourcesView::savedAs(const QString &id, const EmailSourceVersion &version)
{
    --m_busy;
    auto found = m_items.find(id);
    if (found != m_items.end()) {
        found->source = version.text;
        found->theme = version.theme;
    }
    m_edits->markSaved(id, version);
    if (id == m_currentId && !m_edits->hasEdits(id))
        m_editor->setModified(false);
    m_banner->hide();
    showStatus(tr("“%1” saved.").arg(found != m_items.end() ? found->name : id));
    updateActions();
    Q_EMIT saved(id);
}

void EmailSourcesView::saveRefused(const QString &id, const api::ApiError &error)
{
    --m_busy;
    const Item *refused = item(id);
    const QString name = refused ? refused->name : id;
    QString what = tr("“%1” was not saved; your edits are kept.").arg(name);
    if (error.httpStatus == 404)
        what = tr("“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.")
                   .arg(name);
    m_banner->showActionError(what, error);
    if (id == m_currentId && (error.is(u"EMAIL_RENDERING_ERROR") || error.is(u"REQUIRES_CUSTOM_EMAIL_SERVER")))
        m_renderer->showFailure(error);
    showStatus(tr("Not saved."));
    updateActions();
    Q_EMIT saveFailed(id, error);
}

void EmailSourcesView::discardCurrentEdits()
{
    if (!isCurrentModified())
        return;
    const QString id = m_currentId;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard changes"),
                                tr("Throw away your changes to “%1” and go back to the version saved on the server?")
                                    .arg(currentName()),
                                QMessageBox::Cancel, this);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, discard, id] {
        if (box->clickedButton() != discard)
            return;
        m_edits->discard(id);
        if (id == m_currentId)
            showItem(id);
    });
    box->open();
}

void EmailSourcesView::newItem()
{
    if (isBusy() || !m_context.client())
        return;
    askForName(m_texts.newTitle, tr("Name:"), {}, [this](const QString &name) {
        showStatus(tr("Creating “%1”…").arg(name));
        ++m_busy;
        updateActions();
        sendCreate(name);
    });
}

void EmailSourcesView::created(const QString &id)
{
    --m_busy;
    if (const QString orphan = std::exchange(m_adoptingId, {}); !orphan.isEmpty()) {
        // The deleted item's edit becomes the (unsaved) edit of the new one.
        if (const std::optional<EmailSourceVersion> version = m_edits->edited(orphan))
            m_edits->edit(id, std::exchange(m_adoptingName, {}), *version);
        m_edits->forget(orphan);
        m_orphansOffered.remove(orphan);
    }
    m_search->clear();
    m_selectAfterLoad = id;
    showStatus({});
    updateActions();
    fetchList();
    askNextOrphan();
}

void EmailSourcesView::createRefused(const QString &name, const api::ApiError &error)
{
    --m_busy;
    // A kept orphan stays an unsaved edit; it is offered again after the next reload.
    m_orphansOffered.remove(std::exchange(m_adoptingId, {}));
    actionFailed(tr("“%1” was not created.").arg(name), error);
    askNextOrphan();
    if (error.is(u"REQUIRES_CUSTOM_EMAIL_SERVER"))
        m_renderer->showFailure(error);
}

void EmailSourcesView::actionFailed(const QString &what, const api::ApiError &error)
{
    m_banner->showActionError(what, error);
    showStatus({});
    updateActions();
}

void EmailSourcesView::deleteCurrent()
{
    const Item *current = item(m_currentId);
    if (!current || isBusy() || !deleteCall(current->id))
        return;
    const QString id = current->id;
    const QString name = current->name;
    QString text = tr("Delete the %1 “%2”? This cannot be undone.").arg(m_texts.one, name);
    if (m_edits->hasEdits(id))
        text += QStringLiteral("\n\n") + tr("Its unsaved changes are thrown away too.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete %1").arg(m_texts.one), text, QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, confirm, id, name] {
        if (box->clickedButton() != confirm)
            return;
        const std::optional<api::Call<api::NoContent>> call = deleteCall(id);
        if (!call)
            return;
        showStatus(tr("Deleting “%1”…").arg(name));
        perform<api::NoContent>(
            *call,
            [this, id, name](api::NoContent) {
                removeItem(id);
                showStatus(tr("“%1” deleted.").arg(name));
            },
            [this, id, name](const api::ApiError &error) {
                if (error.httpStatus == 404) { // deleted elsewhere meanwhile: gone either way
                    removeItem(id);
                    showStatus(tr("“%1” was already deleted.").arg(name));
                    return;
                }
                actionFailed(tr("“%1” was not deleted.").arg(name), error);
            });
    });
    box->open();
}

void EmailSourcesView::removeItem(const QString &id)
{
    m_edits->forget(id);
    m_items.remove(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_model->removeRowAt(row);
    if (m_currentId == id || m_currentId.isEmpty()) {
        m_currentId.clear();
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            showItem(current.data(EmailSourceListModel::IdRole).toString());
        else
            showItem({});
    }
    updateEmptyState();
    updateActions();
}

void EmailSourcesView::askForName(const QString &title, const QString &label, const QString &text,
                                  std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [accepted = std::move(accepted)](const QString &value) {
        const QString name = value.trimmed();
        if (!name.isEmpty())
            accepted(name);
    });
    dialog->open();
}

void EmailSourcesView::themesChanged()
{
    if (!m_themeChooser || !m_themes)
        return;
    using State = EmailThemeChooser::ThemesState;
    const State state = m_themes->isLoaded() ? State::Loaded : m_themesFailed ? State::Unavailable : State::Loading;
    m_themeChooser->setThemes(m_themes->themes(), m_themes->themeName(m_themes->selectedThemeId()), state);
}

void EmailSourcesView::updateEmptyState()
{
    if (!m_loaded)
        return;
    if (m_model->rowCount() == 0) {
        m_empty->showMessage(m_texts.emptyList, m_texts.newAction);
        m_empty->show();
    } else if (m_filter->rowCount() == 0) {
        m_empty->showMessage(tr("Nothing matches “%1”.").arg(m_search->text().trimmed()));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

void EmailSourcesView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void EmailSourcesView::updateActions()
{
    const bool canAct = m_context.client() && m_loaded && !isBusy();
    const bool hasItem = !m_currentId.isEmpty() && m_edits->saved(m_currentId).has_value();
    m_newButton->setEnabled(canAct);
    m_deleteButton->setVisible(m_currentId.isEmpty() || deleteCall(m_currentId).has_value());
    m_deleteButton->setEnabled(canAct && !m_currentId.isEmpty());
    m_saveButton->setEnabled(canAct && hasItem && m_edits->hasEdits(m_currentId));
    m_discardButton->setEnabled(hasItem && m_edits->hasEdits(m_currentId) && !isBusy());
    m_previewButton->setEnabled(hasItem);
    if (m_themeChooser)
        m_themeChooser->setEnabled(hasItem);
    m_right->setCurrentWidget(m_currentId.isEmpty() ? static_cast<QWidget *>(m_nothingSelected) : m_editorPane);
    updateExtraActions();
}

void EmailSourcesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        // The page builds every tab at once; each reads its data only when first shown.
        if (m_themes && !m_themes->isLoaded() && !m_themes->isLoading())
            m_themes->load();
        reload();
    }
    if (m_listArrived && !m_recoveryOffered)
        offerRecovery();
    askNextOrphan();
}

void EmailSourcesView::offerRecovery()
{
    // Asked when the tab is in front, so that the question is about what the person sees.
    if (m_recoveryOffered || !isVisible())
        return;
    // Items with edits on disk whose source the list did not carry are read first.
    const QList<models::AutosavedText> entries = m_autosave->entries(m_edits->keyFor({}));
    for (const models::AutosavedText &entry : entries) {
        const QString id = entry.key.mid(m_edits->keyFor({}).size());
        const Item *listed = item(id);
        if (listed && !listed->source && !m_sourcesForRecovery.contains(id)) {
            m_sourcesForRecovery.insert(id);
            fetchSource(id);
        }
    }
    if (!m_sourcesForRecovery.isEmpty())
        return; // comes back when they arrived
    m_recoveryOffered = true;
    QHash<QString, EmailSourceVersion> server;
    for (const Item &listed : std::as_const(m_items)) {
        if (listed.source)
            server.insert(listed.id, {*listed.source, listed.theme});
    }
    m_recoveryQueue = m_edits->takeRecoverable(server);
    // Edits on disk of items deleted elsewhere since: offered like those deleted while open.
    const QList<QString> listedIds = m_items.keys();
    const QList<models::RecoverableEdit> unlisted = m_edits->takeUnlisted({listedIds.cbegin(), listedIds.cend()});
    for (const models::RecoverableEdit &edit : unlisted)
        m_edits->restore(edit);
    findOrphans();
    askNextRecovery();
}

void EmailSourcesView::askNextRecovery()
{
    if (m_recoveryQueue.isEmpty()) {
        Q_EMIT recoveryDone();
        askNextOrphan();
        return;
    }
    m_asking = true;
    const models::RecoverableEdit edit = m_recoveryQueue.takeFirst();
    const Item *listed = item(edit.id);
    const QString name = listed ? listed->name : edit.title;
    const QLocale locale;
    const QString when = edit.savedAt.date() == QDate::currentDate()
        ? locale.toString(edit.savedAt.time(), QLocale::ShortFormat)
        : locale.toString(edit.savedAt, QLocale::ShortFormat);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved edits of a %1").arg(m_texts.one),
                                tr("Restore unsaved edits of “%1” from %2?").arg(name, when), QMessageBox::NoButton, this);
    QString info = tr("They were kept on this computer when the app closed without saving them.");
    if (edit.changedOnServerSince)
        info += u' ' + tr("The %1 was changed on the server since; saving the restored edits replaces that version.")
                           .arg(m_texts.one);
    box->setInformativeText(info);
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, restore, edit] {
        m_asking = false;
        if (box->clickedButton() == restore) {
            m_edits->restore(edit);
            if (edit.id == m_currentId)
                showItem(edit.id);
            else
                selectItem(edit.id);
        } else {
            m_edits->discard(edit.id);
        }
        askNextRecovery();
    });
    box->open();
}

void EmailSourcesView::findOrphans()
{
    const QStringList edited = m_edits->editedIds();
    for (const QString &id : edited) {
        if (m_items.contains(id) || m_orphansOffered.contains(id) || id == m_adoptingId)
            continue;
        m_orphansOffered.insert(id);
        m_orphanQueue.append(id);
    }
    askNextOrphan();
}

void EmailSourcesView::askNextOrphan()
{
    // One question at a time, asked when the tab is in front.
    if (m_asking || !m_adoptingId.isEmpty() || !m_recoveryQueue.isEmpty() || m_orphanQueue.isEmpty() || !isVisible())
        return;
    const QString id = m_orphanQueue.takeFirst();
    const std::optional<EmailSourceVersion> version = m_edits->edited(id);
    if (!version) { // discarded meanwhile
        m_orphansOffered.remove(id);
        askNextOrphan();
        return;
    }
    const QString name = m_edits->titleOf(id);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved edits of a deleted %1").arg(m_texts.one),
                                tr("Unsaved edits of “%1”, which no longer exists on the server.").arg(name),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save "
                               "it), copy the source to the clipboard, or throw the edits away.")
                                .arg(m_texts.one));
    QPushButton *keep = box->addButton(tr("Keep as a new %1").arg(m_texts.one), QMessageBox::AcceptRole);
    QPushButton *copy = box->addButton(tr("Copy to clipboard"), QMessageBox::ActionRole);
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    connect(box, &QDialog::finished, this, [this, box, keep, copy, id, text = version->text] {
        m_asking = false;
        if (box->clickedButton() == keep) {
            keepOrphanAsNew(id);
        } else {
            if (box->clickedButton() == copy)
                QGuiApplication::clipboard()->setText(text);
            m_edits->forget(id);
            m_orphansOffered.remove(id);
        }
        askNextOrphan();
    });
    box->open();
}

void EmailSourcesView::keepOrphanAsNew(const QString &id)
{
    if (!m_context.client())
        return;
    m_adoptingId = id;
    m_adoptingName = m_edits->titleOf(id);
    showStatus(tr("Creating “%1”…").arg(m_adoptingName));
    ++m_busy;
    updateActions();
    sendCreate(m_adoptingName);
}

} // namespace hexclave::ui
