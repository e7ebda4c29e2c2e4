#include "TeamMembersView.h"

#include "TeamMemberPermissionsView.h"
#include "TeamMembersModel.h"
#include "dialogs/UserPickerDialog.h"
#include "endpoints/TeamsEndpoints.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusIconDelegate.h"
#include "widgets/SearchIcon.h"
#include "widgets/ThemedIcon.h"
#include "widgets/VisibleRows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace hexclave::ui {

using models::TeamMembersModel;
using models::UsersModel;
using State = models::PagedTableModel::FetchState;

namespace {

constexpr int searchDebounceMs = 250;
constexpr int firstPageRows = 100;
constexpr int nextPageRows = 500;

} // namespace

TeamMembersView::TeamMembersView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TeamMembersModel(context.client(), context.scope(), this))
    , m_search(new QLineEdit(this))
    , m_add(new QPushButton(themedIcon(QStringLiteral("users")), tr("&Add members…"), this))
    , m_remove(new QPushButton(tr("&Remove from team…"), this))
    , m_open(new QPushButton(tr("&Open user"), this))
    , m_reload(new QToolButton(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(m_table))
    , m_permissions(new TeamMemberPermissionsView(context, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
{
    m_model->setPageSizes(firstPageRows, nextPageRows);

    m_search->setPlaceholderText(tr("Search members by name, email or user ID"));
    m_search->setClearButtonEnabled(true);
    addSearchIcon(m_search);
    m_search->setAccessibleName(tr("Search members"));
    m_add->setToolTip(tr("Choose users of the project to add to this team"));
    m_remove->setToolTip(tr("Take the selected members out of this team (Delete)"));
    m_open->setToolTip(tr("Show the selected member in the Users page (Enter, or a double click)"));
    m_reload->setIcon(themedIcon(QStringLiteral("refresh")));
    m_reload->setToolTip(tr("Load the members again"));
    m_reload->setAccessibleName(tr("Reload members"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Members"));
    m_table->setItemDelegateForColumn(UsersModel::EmailVerifiedColumn,
                                      new StatusIconDelegate(UsersModel::EmailVerifiedRole, m_table));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const int hidden : {int(UsersModel::IdColumn), int(UsersModel::AuthMethodsColumn), int(UsersModel::SignedUpColumn)})
        columns->setSectionHidden(hidden, true);
    columns->resizeSection(UsersModel::NameColumn, 170);
    columns->resizeSection(UsersModel::EmailColumn, 220);
    columns->resizeSection(UsersModel::EmailVerifiedColumn, 64);

    m_status->setEnabled(false);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_remove);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_reload);

    auto *list = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_table, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_result, 1);
    listLayout->addLayout(statusRow);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_permissions);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_splitter, 1);

    // The context menu: what the buttons do, and copying.
    auto *copyId = new QAction(themedIcon(QStringLiteral("copy")), tr("Copy user &ID"), this);
    auto *copyEmail = new QAction(themedIcon(QStringLiteral("copy")), tr("Copy e&mail"), this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, copyId, copyEmail](const QPoint &pos) {
        const QList<api::User> members = selectedMembers();
        if (members.isEmpty())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Open in the Users page"), this, &TeamMembersView::openCurrentUser);
        menu->addSeparator();
        menu->addAction(copyId);
        copyEmail->setEnabled(members.first().primaryEmail.has_value());
        menu->addAction(copyEmail);
        menu->addSeparator();
        QAction *remove = menu->addAction(tr("Remove %n member(s) from the team…", nullptr, int(members.size())), this,
                                          &TeamMembersView::confirmRemove);
        remove->setEnabled(m_remove->isEnabled());
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const api::User &member : selectedMembers())
            ids << member.id;
        QApplication::clipboard()->setText(ids.join(u'\n'));
    });
    connect(copyEmail, &QAction::triggered, this, [this] {
        QStringList emails;
        for (const api::User &member : selectedMembers()) {
            if (member.primaryEmail)
                emails << *member.primaryEmail;
        }
        QApplication::clipboard()->setText(emails.join(u'\n'));
    });

    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_remove->isEnabled())
            confirmRemove();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &TeamMembersView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TeamMembersView::applySearch);
    connect(m_add, &QPushButton::clicked, this, &TeamMembersView::addMembers);
    connect(m_empty, &EmptyState::actionClicked, this, &TeamMembersView::addMembers);
    connect(m_remove, &QPushButton::clicked, this, &TeamMembersView::confirmRemove);
    connect(m_open, &QPushButton::clicked, this, &TeamMembersView::openCurrentUser);
    connect(m_reload, &QToolButton::clicked, this, &TeamMembersView::reload);
    connect(m_table, &QAbstractItemView::activated, this, &TeamMembersView::openCurrentUser);

    connect(m_model, &models::PagedTableModel::fetchStateChanged, this, [this](State state) {
        updateStatus();
        updateEmptyState();
        updateActions();
        if (state == State::Finished && m_model->filter().search.isEmpty() && !m_team.id.isEmpty())
            Q_EMIT membersCounted(m_team.id, m_model->rowCount());
    });
    connect(m_model, &models::PagedTableModel::firstPageLoaded, this, [this] {
        if (m_error->isShowingError())
            m_error->hide();
        const QString wanted = std::exchange(m_memberToSelect, QString());
        if (m_table->currentIndex().isValid() || m_model->rowCount() == 0)
            return;
        const int row = wanted.isEmpty() ? -1 : m_model->loadedRowOf(wanted);
        m_table->setCurrentIndex(m_model->index(std::max(row, 0), UsersModel::NameColumn));
    });
    connect(m_model, &models::PagedTableModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error);
        updateStatus();
    });
    connect(m_model, &models::PagedTableModel::listChangedOnServer, this, [this] {
        m_error->showMessage(tr("The members changed on the server while you scrolled; the list was loaded again."));
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_model->fetchState() == State::Failed)
            m_model->retry();
        else
            m_model->reload();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TeamMembersView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        showCurrentMember();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamMembersView::showCurrentMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamMembersView::updateActions);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { ensureVisibleRowsLoaded(m_table, m_model); });

    clearTeam();
}

TeamMembersView::~TeamMembersView() = default;

void TeamMembersView::setTeam(const api::Team &team)
{
    const bool sameTeam = team.id == m_team.id;
    m_team = team;
    if (sameTeam)
        return;
    ++m_teamGeneration;
    m_busy = false; // a change still running for the previous team is no concern of this one
    m_error->hide();
    m_result->clear();
    m_memberToSelect.clear();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchDebounce->stop();
    m_model->setSearch({});
    m_model->setTeamId(team.id);
    updateStatus();
    updateEmptyState();
    updateActions();
}

void TeamMembersView::clearTeam()
{
    m_team = {};
    ++m_teamGeneration;
    m_busy = false;
    m_model->setTeamId({});
    m_permissions->clearMember();
    m_error->hide();
    m_result->clear();
    updateStatus();
    updateEmptyState();
    updateActions();
}

void TeamMembersView::reload()
{
    if (m_team.id.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (const api::User *member = current.isValid() ? m_model->rowAt(current.row()) : nullptr)
        m_memberToSelect = member->id;
    m_model->reload();
}

void TeamMembersView::applySearch()
{
    m_searchDebounce->stop();
    m_model->setSearch(m_search->text());
}

QString TeamMembersView::statusText() const
{
    const QString result = m_result->text();
    return result.isEmpty() ? m_status->text() : m_status->text() + u' ' + result;
}

void TeamMembersView::updateStatus()
{
    if (m_team.id.isEmpty()) {
        m_status->clear();
        return;
    }
    const QLocale locale;
    const int rows = m_model->rowCount();
    const QString search = m_model->filter().search;
    switch (m_model->fetchState()) {
    case State::Loading:
        m_status->setText(rows == 0 ? tr("Loading members…") : tr("%1 members shown · loading more…").arg(locale.toString(rows)));
        break;
    case State::CanFetchMore:
        m_status->setText(tr("%1 members shown · scroll down for more").arg(locale.toString(rows)));
        break;
    case State::Finished:
        m_status->setText(search.isEmpty() ? tr("%n member(s).", nullptr, rows)
                                           : tr("%n member(s) match.", nullptr, rows));
        break;
    case State::Failed:
        m_status->setText(tr("%1 members shown · loading failed.").arg(locale.toString(rows)));
        break;
    }
}

void TeamMembersView::updateEmptyState()
{
    if (!m_team.id.isEmpty() && m_model->rowCount() == 0 && m_model->fetchState() == State::Loading) {
        m_empty->showMessage(tr("Loading members…"));
        return;
    }
    const bool empty = !m_team.id.isEmpty() && m_model->rowCount() == 0 && m_model->fetchState() == State::Finished;
    if (!empty) {
        m_empty->hide();
        return;
    }
    const QString search = m_model->filter().search;
    if (search.isEmpty())
        m_empty->showMessage(tr("%1 has no members yet.").arg(m_team.displayName), tr("Add members…"));
    else
        m_empty->showMessage(tr("No member matches “%1”.\nThe search looks at names, emails and exact user IDs.").arg(search));
}

void TeamMembersView::updateActions()
{
    const bool hasTeam = !m_team.id.isEmpty();
    const QList<api::User> selected = selectedMembers();
    m_search->setEnabled(hasTeam);
    m_add->setEnabled(hasTeam && !m_busy);
    m_remove->setEnabled(hasTeam && !m_busy && !selected.isEmpty());
    m_remove->setText(selected.size() > 1 ? tr("&Remove %n from team…", nullptr, int(selected.size()))
                                          : tr("&Remove from team…"));
    m_open->setEnabled(hasTeam && !selected.isEmpty());
    m_reload->setEnabled(hasTeam);
}

QList<api::User> TeamMembersView::selectedMembers() const
{
    QList<api::User> members;
    const int current = m_table->currentIndex().row();
    if (m_table->selectionModel()->isRowSelected(current, {})) {
        if (const api::User *member = m_model->rowAt(current))
            members << *member;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.row() == current)
            continue;
        if (const api::User *member = m_model->rowAt(index.row()))
            members << *member;
    }
    return members;
}

void TeamMembersView::showCurrentMember()
{
    const QModelIndex current = m_table->currentIndex();
    const api::User *member = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (member && !m_team.id.isEmpty())
        m_permissions->setMember(m_team.id, *member);
    else if (!current.isValid())
        m_permissions->clearMember();
    updateActions();
}

void TeamMembersView::openCurrentUser()
{
    const QModelIndex current = m_table->currentIndex();
    if (const api::User *member = current.isValid() ? m_model->rowAt(current.row()) : nullptr)
        Q_EMIT openUserRequested(*member);
}

void TeamMembersView::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy)
        showResult(text);
    updateActions();
}

void TeamMembersView::showResult(const QString &text)
{
    m_result->setText(text);
}

void TeamMembersView::addMembers()
{
    if (m_team.id.isEmpty() || m_busy)
        return;
    QSet<QString> members;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const api::User *member = m_model->rowAt(row))
            members.insert(member->id);
    }
    auto *picker = new UserPickerDialog(m_context, this);
    picker->setWindowTitle(tr("Add members to %1").arg(m_team.displayName));
    picker->setPrompt(tr("Search the project's users by name, email or user ID, and tick the ones to add to %1. "
                         "New members get the project's default team permissions.")
                          .arg(m_team.displayName));
    picker->setAcceptText([](int chosen) { return tr("Add %n member(s)", nullptr, chosen); });
    picker->setExcludedUsers(members, tr("Already a member of this team"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const QString teamId = m_team.id;
    connect(picker, &QDialog::accepted, this, [this, picker, teamId] {
        if (teamId != m_team.id) {
            showResult(tr("Nobody was added: another team was selected while the list was open."));
            return;
        }
        addUsers(picker->chosenUsers());
    });
    picker->open();
}

void TeamMembersView::addUsers(const QList<api::User> &users)
{
    api::ApiClient *client = m_context.client();
    if (users.isEmpty() || !client)
        return;
    struct Progress
    {
        int remaining = 0;
        int added = 0;
        int already = 0;
        QStringList failedNames;
        api::ApiError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(users.size());
    const api::Team team = m_team;
    const int generation = m_teamGeneration;
    m_memberToSelect = users.first().id;
    setBusy(true, tr("Adding %n member(s)…", nullptr, int(users.size())));
    for (const api::User &user : users) {
        auto *job = client->send(api::teams::addMember(m_context.scope(), team.id, user.id));
        connect(job, &api::ApiJob::finished, this, [this, job, progress, team, generation, name = user.label()] {
            if (job->succeeded())
                ++progress->added;
            else if (job->error().is(u"TEAM_MEMBERSHIP_ALREADY_EXISTS"))
                ++progress->already;
            else {
                if (progress->failedNames.isEmpty())
                    progress->firstError = job->error();
                progress->failedNames << name;
            }
            if (--progress->remaining > 0)
                return;
            if (progress->added > 0)
                Q_EMIT membersChanged(team.id);
            if (generation != m_teamGeneration) {
                // Another team was selected meanwhile (setTeam() ended the busy state). If it is
                // this one again, its list may have loaded before these members were added.
                if (progress->added > 0 && team.id == m_team.id)
                    m_model->reload();
                return;
            }
            setBusy(false);
            QString result = tr("Added %n member(s) to %1.", nullptr, progress->added).arg(team.displayName);
            if (progress->already > 0)
                result += u' ' + tr("%n already belonged to it.", nullptr, progress->already);
            showResult(result);
            if (!progress->failedNames.isEmpty())
                m_error->showActionError(tr("Not added: %1.").arg(progress->failedNames.join(QStringLiteral(", "))),
                                         progress->firstError);
            m_model->reload();
        });
    }
}

void TeamMembersView::confirmRemove()
{
    const QList<api::User> members = selectedMembers();
    if (members.isEmpty() || m_busy)
        return;
    const QString text = members.size() == 1
        ? tr("Remove %1 from %2? They lose access to the team and the permissions they hold in it.")
              .arg(members.first().label(), m_team.displayName)
        : tr("Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.", nullptr,
             int(members.size()))
              .arg(m_team.displayName);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove from team"), text, QMessageBox::Cancel, this);
    QPushButton *confirmButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString teamId = m_team.id;
    connect(box, &QDialog::finished, this, [this, box, confirmButton, teamId, members] {
        if (box->clickedButton() != confirmButton)
            return;
        if (teamId != m_team.id) {
            showResult(tr("Nobody was removed: another team was selected while the question was open."));
            return;
        }
        removeUsers(members);
    });
    box->open();
}

void TeamMembersView::removeUsers(const QList<api::User> &users)
{
    api::ApiClient *client = m_context.client();
    if (users.isEmpty() || !client)
        return;
    struct Progress
    {
        int remaining = 0;
        QStringList removedIds;
        QStringList failedNames;
        api::ApiError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(users.size());
    const api::Team team = m_team;
    const int generation = m_teamGeneration;
    setBusy(true, tr("Removing %n member(s)…", nullptr, int(users.size())));
    for (const api::User &user : users) {
        auto *job = client->send(api::teams::removeMember(m_context.scope(), team.id, user.id));
        connect(job, &api::ApiJob::finished, this, [this, job, progress, team, generation, id = user.id, name = user.label()] {
            if (job->succeeded() || job->error().is(u"TEAM_MEMBERSHIP_NOT_FOUND")) {
                progress->removedIds << id; // gone either way
            } else {
                if (progress->failedNames.isEmpty())
                    progress->firstError = job->error();
                progress->failedNames << name;
            }
            if (--progress->remaining > 0)
                return;
            if (!progress->removedIds.isEmpty())
                Q_EMIT membersChanged(team.id);
            if (generation != m_teamGeneration) {
                // Another team was selected meanwhile (see addUsers()).
                if (!progress->removedIds.isEmpty() && team.id == m_team.id)
                    m_model->reload();
                return;
            }
            setBusy(false);
            for (const QString &removed : std::as_const(progress->removedIds))
                m_model->removeRowWithId(removed);
            showResult(tr("Removed %n member(s) from %1.", nullptr, int(progress->removedIds.size())).arg(team.displayName));
            if (!progress->failedNames.isEmpty())
                m_error->showActionError(tr("Not removed: %1.").arg(progress->failedNames.join(QStringLiteral(", "))),
                                         progress->firstError);
            else if (m_model->fetchState() == State::Finished && m_model->filter().search.isEmpty())
                Q_EMIT membersCounted(team.id, m_model->rowCount());
        });
    }
}

} // namespace hexclave::ui
