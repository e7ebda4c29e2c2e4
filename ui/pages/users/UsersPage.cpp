#include "UsersPage.h"

#include "UserDetailPanel.h"
#include "UsersModel.h"
#include "UserActions.h"
#include "UsersTableHeader.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/StatusIconDelegate.h"
#include "widgets/SearchIcon.h"
#include "widgets/ThemedIcon.h"
#include "widgets/VisibleRows.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
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

namespace {

using OrderBy = api::users::OrderBy;

struct OrderChoice
{
    OrderBy orderBy;
    bool descending;
};

constexpr OrderChoice orderChoices[] = {
    {OrderBy::SignedUpAt, true},
    {OrderBy::SignedUpAt, false},
    {OrderBy::LastActiveAt, true},
    {OrderBy::LastActiveAt, false},
};

constexpr int searchDebounceMs = 250;
constexpr int firstPageRows = 60;   // a screenful: the first rows arrive as fast as possible
constexpr int nextPageRows = 500;   // then larger pages: fewer requests while scrolling

} // namespace

UsersPage::UsersPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(new models::UsersModel(context.client(), context.scope(), this))
    , m_search(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_showRestricted(new QCheckBox(tr("Restricted"), this))
    , m_showAnonymous(new QCheckBox(tr("Anonymous"), this))
    , m_onlyAnonymous(new QCheckBox(tr("Only anonymous"), this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(m_table->viewport()))
    , m_detail(new UserDetailPanel(context, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
    , m_actions(new UserActions(context, m_model, this, m_table))
{
    auto *title = new PageTitle(tr("Users"), this);

    auto *refresh = new QToolButton(this);
    refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Reload the list (F5)"));
    refresh->setAccessibleName(tr("Reload users"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QToolButton::clicked, m_model, &models::UsersModel::reload);

    m_search->setPlaceholderText(tr("Search by name, email or user ID"));
    m_search->setClearButtonEnabled(true);
    addSearchIcon(m_search);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setMinimumWidth(280);

    m_order->addItem(tr("Newest sign-ups first"));
    m_order->addItem(tr("Oldest sign-ups first"));
    m_order->addItem(tr("Recently active first"));
    m_order->addItem(tr("Least recently active first"));
    m_order->setAccessibleName(tr("Order of users"));

    m_showRestricted->setChecked(m_model->filter().includeRestricted);
    m_showRestricted->setToolTip(tr("Also show users who are restricted (unverified email, or restricted by an administrator)"));
    m_showAnonymous->setToolTip(tr("Also show anonymous users (and restricted ones)"));
    m_onlyAnonymous->setToolTip(tr("Show anonymous users only"));
    auto *showLabel = new QLabel(tr("Show:"), this);

    auto *newUser = new QToolButton(this);
    newUser->setDefaultAction(m_actions->createUser());
    newUser->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *exportUsers = new QToolButton(this);
    exportUsers->setDefaultAction(m_actions->exportUsers());
    exportUsers->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *more = new QToolButton(this);
    more->setText(tr("Actions"));
    more->setToolTip(tr("What can be done with the selected users (also on right-click)"));
    more->setMenu(m_actions->menu());
    more->setPopupMode(QToolButton::InstantPopup);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(newUser);
    header->addWidget(exportUsers);
    header->addWidget(more);
    header->addWidget(refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_order);
    filters->addSpacing(12);
    filters->addWidget(showLabel);
    filters->addWidget(m_showRestricted);
    filters->addWidget(m_showAnonymous);
    filters->addWidget(m_onlyAnonymous);
    filters->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Users"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(models::UsersModel::SignedUpColumn, Qt::DescendingOrder);
    m_table->setItemDelegateForColumn(models::UsersModel::EmailVerifiedColumn,
                                      new StatusIconDelegate(models::UsersModel::EmailVerifiedRole, m_table));
    m_header = new UsersTableHeader(columns, context.settings, [this] { applyDefaultColumns(); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_actions->selection().isEmpty())
            m_actions->menu()->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_actions->editUser()->trigger(); });

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setEnabled(false);
    m_emptyState->hide();
    m_table->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 480});

    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_showRestricted, &QCheckBox::toggled, this, &UsersPage::applyFilter);
    connect(m_showAnonymous, &QCheckBox::toggled, this, &UsersPage::applyFilter);
    connect(m_onlyAnonymous, &QCheckBox::toggled, this, &UsersPage::applyFilter);
    connect(columns, &QHeaderView::sectionClicked, this, &UsersPage::sortByColumn);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &UsersPage::focusPrimaryInput);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    connect(m_model, &models::PagedTableModel::fetchStateChanged, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &models::PagedTableModel::firstPageLoaded, this, [this] {
        if (m_error->isShowingError()) // the list loads again; a notice (list changed) stays
            m_error->hide();
        selectAfterReload();
        markReady();
    });
    connect(m_model, &models::PagedTableModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error);
        updateStatus();
        markReady(m_model->rowCount() == 0);
    });
    connect(m_model, &models::PagedTableModel::listChangedOnServer, this, [this] {
        m_error->showMessage(tr("The list changed on the server while you scrolled; it was reloaded from the top."));
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_model->fetchState() == models::PagedTableModel::FetchState::Failed)
            m_model->retry();
        else
            m_model->reload();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        if (m_userToSelect.isEmpty())
            m_detail->clear();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const int current = m_table->currentIndex().row();
        if (current >= topLeft.row() && current <= bottomRight.row())
            showSelectedUser();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::showSelectedUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateSelection);

    connect(m_actions, &UserActions::userCreated, this, [this](const api::User &user) {
        // Where the new user goes depends on the order and filters: reload, then select it.
        m_detail->showUser(user);
        m_userToSelect = user.id;
        m_model->reload();
    });
    connect(m_actions, &UserActions::userChanged, this, &UsersPage::showChangedUser);
    connect(m_actions, &UserActions::userDeleted, this, [this](const QString &userId) {
        m_model->removeRowWithId(userId);
        if (m_detail->shownUserId() == userId)
            m_detail->clear();
        updateStatus();
    });
    connect(m_actions, &UserActions::usersChanged, this, [this] {
        m_userToSelect = m_detail->shownUserId();
        m_model->reload();
    });
    connect(m_actions, &UserActions::actionFailed, this,
            [this](const QString &what, const api::ApiError &error) { m_error->showActionError(what, error); });
    connect(m_detail, &UserDetailPanel::userChanged, this, &UsersPage::refreshUser);
    connect(m_detail, &UserDetailPanel::openTeamRequested, this, &UsersPage::openTeamRequested);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { ensureVisibleRowsLoaded(m_table, m_model); });

    applyFilter();
    updateStatus();
}

UsersPage::~UsersPage() = default;

void UsersPage::focusPrimaryInput()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::showUser(const api::User &user)
{
    const int row = m_model->loadedRowOf(user.id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, models::UsersModel::NameColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        return;
    }
    // Not among the rows shown: search for the id, with the filters that let this user through.
    m_detail->showUser(user);
    m_userToSelect = user.id;
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockRestricted(m_showRestricted);
        const QSignalBlocker blockAnonymous(m_showAnonymous);
        const QSignalBlocker blockOnlyAnonymous(m_onlyAnonymous);
        m_search->setText(user.id);
        if (user.isAnonymous)
            m_showAnonymous->setChecked(true);
        else if (user.isRestricted)
            m_showRestricted->setChecked(true);
        m_onlyAnonymous->setChecked(m_onlyAnonymous->isChecked() && user.isAnonymous);
    }
    m_table->setCurrentIndex({});
    applyFilter();
}

void UsersPage::applyFilter()
{
    m_searchDebounce->stop();
    models::UsersFilter filter;
    filter.search = m_search->text();
    const OrderChoice order = orderChoices[std::clamp(m_order->currentIndex(), 0, 3)];
    filter.orderBy = order.orderBy;
    filter.descending = order.descending;
    filter.onlyAnonymous = m_onlyAnonymous->isChecked();
    filter.includeAnonymous = m_showAnonymous->isChecked() || filter.onlyAnonymous;
    filter.includeRestricted = m_showRestricted->isChecked() || filter.includeAnonymous;
    m_showRestricted->setEnabled(!filter.includeAnonymous);
    m_showAnonymous->setEnabled(!filter.onlyAnonymous);
    m_model->setPageSizes(firstPageRows, nextPageRows);

    const int sortColumn = filter.orderBy == OrderBy::SignedUpAt ? models::UsersModel::SignedUpColumn
                                                                  : models::UsersModel::LastActiveColumn;
    m_table->horizontalHeader()->setSortIndicator(sortColumn, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);

    if (filter != m_model->filter())
        m_model->setFilter(filter);
    else if (m_model->pageCount() == 0)
        m_model->fetchMore({}); // the first load

}

void UsersPage::sortByColumn(int column)
{
    const models::UsersFilter &filter = m_model->filter();
    if (column == models::UsersModel::SignedUpColumn)
        m_order->setCurrentIndex(filter.orderBy == OrderBy::SignedUpAt && filter.descending ? 1 : 0);
    else if (column == models::UsersModel::LastActiveColumn)
        m_order->setCurrentIndex(filter.orderBy == OrderBy::LastActiveAt && filter.descending ? 3 : 2);
    else
        applyFilter(); // the server orders by these two only: put the indicator back
}

void UsersPage::showSelectedUser()
{
    const QModelIndex current = m_table->currentIndex();
    const api::User *user = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (user)
        m_detail->showUser(*user);
    else if (!current.isValid())
        m_detail->clear();
}

void UsersPage::applyDefaultColumns()
{
    QHeaderView *columns = m_table->horizontalHeader();
    for (int column = 0; column < models::UsersModel::ColumnCount; ++column)
        columns->setSectionHidden(column, column == models::UsersModel::IdColumn);
    columns->resizeSection(models::UsersModel::NameColumn, 160);
    columns->resizeSection(models::UsersModel::EmailColumn, 220);
    columns->resizeSection(models::UsersModel::IdColumn, 110);
    columns->resizeSection(models::UsersModel::EmailVerifiedColumn, 64);
    columns->resizeSection(models::UsersModel::LastActiveColumn, 120);
    columns->resizeSection(models::UsersModel::AuthMethodsColumn, 130);
}

// After a reload, the user that was shown (or just created) stays selected when it is on the
// first page; else the first row is.
void UsersPage::selectAfterReload()
{
    const QString wanted = std::exchange(m_userToSelect, QString());
    if (m_table->currentIndex().isValid() || m_model->rowCount() == 0)
        return;
    const int row = wanted.isEmpty() ? -1 : m_model->loadedRowOf(wanted);
    m_table->setCurrentIndex(m_model->index(std::max(row, 0), models::UsersModel::NameColumn));
}

void UsersPage::updateSelection()
{
    // The current row first, so single-user actions act on the one whose details are shown.
    QList<api::User> users;
    const int current = m_table->currentIndex().row();
    if (m_table->selectionModel()->isRowSelected(current, {})) {
        if (const api::User *user = m_model->rowAt(current))
            users << *user;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int unloaded = 0;
    for (const QModelIndex &index : rows) {
        if (index.row() == current)
            continue;
        if (const api::User *user = m_model->rowAt(index.row()))
            users << *user;
        else
            ++unloaded;
    }
    m_actions->setSelection(users);
    updateStatus();
    if (unloaded > 0)
        m_status->setText(m_status->text() + QStringLiteral(" · ")
                          + tr("%n selected row(s) not loaded yet — scroll to them to include them", nullptr, unloaded));
}

void UsersPage::showChangedUser(const api::User &user)
{
    if (!m_model->replaceRow(user) && m_detail->shownUserId() == user.id)
        m_detail->showUser(user);
    updateSelection();
}

// Something changed about a user from the detail tabs (e.g. the primary email): fetch it again.
void UsersPage::refreshUser(const QString &userId)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    auto *job = client->send(api::users::get(m_context.scope(), userId));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            showChangedUser(job->value());
    });
}

void UsersPage::updateStatus()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    using State = models::PagedTableModel::FetchState;
    switch (m_model->fetchState()) {
    case State::Loading:
        m_status->setText(rows == 0 ? tr("Loading users…") : tr("%1 users shown · loading more…").arg(locale.toString(rows)));
        break;
    case State::CanFetchMore:
        m_status->setText(tr("%1 users shown · scroll down for more").arg(locale.toString(rows)));
        break;
    case State::Finished:
        m_status->setText(tr("%n user(s)", nullptr, rows));
        break;
    case State::Failed:
        m_status->setText(tr("%1 users shown · loading failed").arg(locale.toString(rows)));
        break;
    }
}

void UsersPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->fetchState() == models::PagedTableModel::FetchState::Finished;
    if (!empty) {
        m_emptyState->hide();
        return;
    }
    const QString search = m_model->filter().search.trimmed();
    m_emptyState->setText(search.isEmpty() ? tr("No users match these filters yet.")
                                           : tr("No users match “%1”.\nThe search looks at names, emails and exact user IDs.").arg(search));
    m_emptyState->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    m_emptyState->show();
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyState->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
        ensureVisibleRowsLoaded(m_table, m_model);
    }
    return Page::eventFilter(watched, event);
}

} // namespace hexclave::ui
