#include "TeamsPage.h"

#include "TeamDetailPanel.h"
#include "TeamMemberCounts.h"
#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "dialogs/DeleteTeamDialog.h"
#include "dialogs/TeamDialog.h"
#include "endpoints/TeamsEndpoints.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/SearchIcon.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hexclave::ui {

using models::TeamsModel;
using State = models::TeamsModel::State;

namespace {

// Counts are asked for once scrolling or resizing pauses this long.
constexpr int countsDelayMs = 60;

} // namespace

TeamsPage::TeamsPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(new TeamsModel(context.client(), context.scope(), this))
    , m_proxy(new models::TeamsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(m_table))
    , m_detail(new TeamDetailPanel(context, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_countsTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    auto *title = new PageTitle(tr("Teams"), this);

    m_new = makeAction(tr("&New team…"), QStringLiteral("teams"), QKeySequence::New, true);
    m_edit = makeAction(tr("&Edit team…"), {}, QKeySequence(Qt::Key_F2), false);
    m_copyId = makeAction(tr("Copy team &ID"), QStringLiteral("copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), false);
    m_delete = makeAction(tr("&Delete team…"), QStringLiteral("cross"), QKeySequence::Delete, false);
    m_reload = makeAction(tr("Reload"), QStringLiteral("refresh"), QKeySequence::Refresh, true);
    m_new->setToolTip(tr("Create a team (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setToolTip(tr("Change the selected team's name, image and metadata (%1)")
                           .arg(m_edit->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setToolTip(tr("Delete the selected team (%1)").arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    m_reload->setToolTip(tr("Load the list again and count the members anew (%1)")
                             .arg(m_reload->shortcut().toString(QKeySequence::NativeText)));

    const auto toolButton = [this](QAction *action, Qt::ToolButtonStyle style) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(style);
        return button;
    };
    QToolButton *reloadButton = toolButton(m_reload, Qt::ToolButtonIconOnly);
    reloadButton->setAccessibleName(tr("Reload teams"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(toolButton(m_new, Qt::ToolButtonTextBesideIcon));
    header->addWidget(toolButton(m_edit, Qt::ToolButtonTextOnly));
    header->addWidget(toolButton(m_delete, Qt::ToolButtonTextBesideIcon));
    header->addWidget(reloadButton);

    m_filter->setPlaceholderText(tr("Filter by name or team ID"));
    m_filter->setClearButtonEnabled(true);
    addSearchIcon(m_filter);
    m_filter->setAccessibleName(tr("Filter teams"));
    m_filter->setToolTip(tr("Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)"));

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Teams"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The name takes the room; members and age beside it. The id (in the panel's title and the
    // Details tab) only when asked for through the header's menu: cut short, an id is no use.
    columns->moveSection(columns->visualIndex(TeamsModel::MembersColumn), 1);
    columns->moveSection(columns->visualIndex(TeamsModel::CreatedColumn), 2);
    columns->setSectionResizeMode(TeamsModel::NameColumn, QHeaderView::Stretch);
    columns->setMinimumSectionSize(60);
    columns->resizeSection(TeamsModel::MembersColumn, 84);
    columns->resizeSection(TeamsModel::CreatedColumn, 116);
    columns->resizeSection(TeamsModel::IdColumn, 290);
    columns->setSectionHidden(TeamsModel::IdColumn, true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QWidget::customContextMenuRequested, this, [this, columns](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const int column : {int(TeamsModel::MembersColumn), int(TeamsModel::CreatedColumn), int(TeamsModel::IdColumn)}) {
            QAction *toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!columns->isSectionHidden(column));
            connect(toggle, &QAction::toggled, columns, [this, columns, column](bool shown) {
                columns->setSectionHidden(column, !shown);
                scheduleMemberCounts();
            });
        }
        menu->popup(columns->viewport()->mapToGlobal(pos));
    });
    m_table->sortByColumn(TeamsModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *menu = new QMenu(this);
    menu->addAction(m_edit);
    menu->addAction(m_copyId);
    menu->addSeparator();
    menu->addAction(m_delete);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, menu](const QPoint &pos) {
        if (currentTeam())
            menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_edit->trigger(); });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({460, 780});

    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addStretch(2);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &TeamsPage::focusPrimaryInput);
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_filter, &QLineEdit::clear);
    // Down from the filter goes to the list, as in a search field of a file dialog.
    m_filter->installEventFilter(this);

    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(countsDelayMs);
    connect(m_countsTimer, &QTimer::timeout, this, &TeamsPage::requestVisibleMemberCounts);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &TeamsPage::scheduleMemberCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TeamsPage::scheduleMemberCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TeamsPage::scheduleMemberCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TeamsPage::scheduleMemberCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TeamsPage::scheduleMemberCounts);

    connect(m_filter, &QLineEdit::textChanged, this, &TeamsPage::applyFilter);
    connect(m_new, &QAction::triggered, this, &TeamsPage::openCreate);
    connect(m_empty, &EmptyState::actionClicked, this, &TeamsPage::openCreate);
    connect(m_edit, &QAction::triggered, this, &TeamsPage::openEdit);
    connect(m_delete, &QAction::triggered, this, &TeamsPage::openDelete);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const api::Team *team = currentTeam())
            QApplication::clipboard()->setText(team->id);
    });
    connect(m_reload, &QAction::triggered, this, [this] {
        m_teamToKeep = m_detail->shownTeamId();
        m_model->reload();
    });

    connect(m_model, &TeamsModel::stateChanged, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &TeamsModel::loaded, this, [this] {
        if (m_error->isShowingError())
            m_error->hide();
        const QString keep = std::exchange(m_teamToKeep, QString());
        if (m_teamToOpen.isEmpty() && !keep.isEmpty() && m_model->rowOf(keep) >= 0)
            m_teamToOpen = keep;
        if (m_teamToOpen.isEmpty() && !m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, TeamsModel::NameColumn));
        selectPendingTeam();
        if (!m_table->currentIndex().isValid() && m_teamToOpen.isEmpty())
            m_detail->clear();
        markReady();
    });
    connect(m_model, &TeamsModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error);
        markReady(m_model->rowCount() == 0);
    });
    connect(m_error, &ErrorBanner::retryRequested, m_model, &TeamsModel::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const api::Team *team = currentTeam();
                const int row = team ? m_model->rowOf(team->id) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row() && topLeft.column() <= TeamsModel::CreatedColumn)
                    showCurrentTeam();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TeamsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamsPage::showCurrentTeam);

    connect(m_detail, &TeamDetailPanel::editRequested, this, &TeamsPage::openEdit);
    connect(m_detail, &TeamDetailPanel::openUserRequested, this, &TeamsPage::openUserRequested);
    connect(m_detail, &TeamDetailPanel::membersChanged, this, [this](const QString &teamId) {
        m_model->memberCounts()->invalidate(teamId);
        scheduleMemberCounts();
    });
    connect(m_detail, &TeamDetailPanel::membersCounted, this, [this](const QString &teamId, int members) {
        m_model->memberCounts()->setCount(teamId, members);
    });

    updateActions();
    updateStatus();
    m_model->reload();
}

TeamsPage::~TeamsPage() = default;

QAction *TeamsPage::makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut, bool pageWide)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    action->setShortcut(shortcut);
    // Keys that act on the selected team work in the list only (Delete or F2 in a member list or
    // a field mean something else there); New and Reload anywhere on the page.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    (pageWide ? static_cast<QWidget *>(this) : m_table)->addAction(action);
    return action;
}

void TeamsPage::focusPrimaryInput()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

const api::Team *TeamsPage::currentTeam() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(current).row());
}

void TeamsPage::applyFilter()
{
    m_proxy->setFilterText(m_filter->text());
    // The team shown stays current while it matches; else the first match is.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, TeamsModel::NameColumn));
    updateStatus();
    updateEmptyState();
    scheduleMemberCounts();
}

void TeamsPage::showCurrentTeam()
{
    if (const api::Team *team = currentTeam())
        m_detail->showTeam(*team);
    else if (m_model->state() == State::Loaded && m_teamToOpen.isEmpty())
        m_detail->clear();
    updateActions();
}

void TeamsPage::updateActions()
{
    const bool selected = currentTeam() != nullptr;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_copyId->setEnabled(selected);
}

void TeamsPage::openTeam(const QString &teamId)
{
    if (teamId.isEmpty())
        return;
    ++m_openGeneration;
    m_teamToOpen = teamId;
    if (m_model->state() == State::Loaded || m_model->state() == State::Failed)
        selectPendingTeam();
    // else: selected once the list is there
}

void TeamsPage::selectPendingTeam()
{
    const QString teamId = std::exchange(m_teamToOpen, QString());
    if (teamId.isEmpty())
        return;
    if (m_model->rowOf(teamId) >= 0)
        selectTeam(teamId);
    else
        loadTeamById(teamId); // made after the list was loaded, perhaps
}

void TeamsPage::selectTeam(const QString &teamId)
{
    const int row = m_model->rowOf(teamId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TeamsModel::NameColumn));
    if (!index.isValid()) { // filtered out: show every team again
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, TeamsModel::NameColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrentTeam();
}

void TeamsPage::loadTeamById(const QString &teamId)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    auto *job = client->send(api::teams::get(m_context.scope(), teamId));
    const int generation = m_openGeneration;
    connect(job, &api::ApiJob::finished, this, [this, job, teamId, generation] {
        const bool stillWanted = generation == m_openGeneration; // else another team was asked for since
        if (!job->succeeded()) {
            if (stillWanted)
                m_error->showActionError(job->error().is(u"TEAM_NOT_FOUND") ? tr("That team does not exist any more.")
                                                                              : tr("The team could not be opened."),
                                         job->error());
            return;
        }
        m_model->addOrReplace(job->value()); // it exists, so it belongs in the list either way
        if (stillWanted)
            selectTeam(teamId);
    });
}

void TeamsPage::showChangedTeam(const api::Team &team)
{
    m_model->addOrReplace(team);
    if (m_detail->shownTeamId() == team.id)
        m_detail->showTeam(team);
    updateStatus();
    updateEmptyState();
}

void TeamsPage::openCreate()
{
    auto *dialog = new TeamDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDialog::created, this, [this](const api::Team &team) {
        m_model->memberCounts()->setCount(team.id, 0); // nobody was made a member
        showChangedTeam(team);
        selectTeam(team.id);
        m_table->setFocus();
    });
    dialog->open();
}

void TeamsPage::openEdit()
{
    const api::Team *team = currentTeam();
    if (!team)
        return;
    auto *dialog = new TeamDialog(m_context, *team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDialog::saved, this, &TeamsPage::showChangedTeam);
    dialog->open();
}

void TeamsPage::openDelete()
{
    const api::Team *team = currentTeam();
    if (!team)
        return;
    auto *dialog = new DeleteTeamDialog(m_context, *team, m_model->memberCounts()->count(team->id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteTeamDialog::deleted, this, [this](const QString &teamId) {
        if (m_detail->shownTeamId() == teamId)
            m_detail->clear();
        m_model->removeTeam(teamId);
        showCurrentTeam();
        updateStatus();
        updateEmptyState();
    });
    dialog->open();
}

void TeamsPage::updateStatus()
{
    const QLocale locale;
    const int all = m_model->rowCount();
    switch (m_model->state()) {
    case State::NotLoaded:
    case State::Loading:
        if (all == 0) {
            m_status->setText(tr("Loading teams…"));
            return;
        }
        break;
    case State::Failed:
        if (all == 0) {
            m_status->setText(tr("The teams could not be loaded."));
            return;
        }
        break;
    case State::Loaded:
        break;
    }
    const int shown = m_proxy->rowCount();
    m_status->setText(m_proxy->filterText().isEmpty()
                          ? tr("%n team(s)", nullptr, all)
                          : tr("%1 of %n team(s) match “%2”", nullptr, all).arg(locale.toString(shown), m_proxy->filterText()));
}

void TeamsPage::updateEmptyState()
{
    if (m_model->state() == State::Loading && m_model->rowCount() == 0) {
        m_empty->showMessage(tr("Loading teams…"));
        return;
    }
    if (m_model->state() != State::Loaded || m_proxy->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    if (m_model->rowCount() == 0)
        m_empty->showMessage(tr("No teams yet.\nTeams group users; members share the team's permissions and API keys."),
                             tr("New team…"));
    else
        m_empty->showMessage(tr("No team matches “%1”.\nThe filter looks at team names and the start of team IDs.")
                                 .arg(m_proxy->filterText()));
}

void TeamsPage::scheduleMemberCounts()
{
    m_countsTimer->start();
}

void TeamsPage::requestVisibleMemberCounts()
{
    if (m_table->horizontalHeader()->isSectionHidden(TeamsModel::MembersColumn))
        return; // nobody looks at them: no requests
    const int first = m_table->rowAt(0);
    if (first < 0)
        return;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    m_model->requestMemberCounts(rows);
}

bool TeamsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        scheduleMemberCounts();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_proxy->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, TeamsModel::NameColumn));
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace hexclave::ui
