#include "InboxView.h"

#include "ConversationDelegate.h"
#include "dialogs/UserPickerDialog.h"
#include "support/ConversationFilterModel.h"
#include "support/ConversationInbox.h"
#include "support/ConversationLabels.h"
#include "support/ConversationsModel.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConversationsModel;

namespace {

constexpr int searchDelayMs = 300;
constexpr int clockTickMs = 60'000;

const QString anyoneKey = QStringLiteral("@anyone");
const QString meKey = QStringLiteral("@me");
const QString unassignedKey = QStringLiteral("@unassigned");

} // namespace

InboxView::InboxView(const ProjectContext &context, models::ConversationInbox *inbox, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_inbox(inbox)
    , m_filter(new models::ConversationFilterModel(this))
{
    buildUi();

    connect(m_inbox, &models::ConversationInbox::loaded, this, [this] {
        m_error->hide();
        restoreSelection();
        updateState();
    });
    connect(m_inbox, &models::ConversationInbox::failed, this, [this](const api::ApiError &error) {
        // A server without support routes gets the SupportPage's explanation page instead of this view.
        if (m_inbox->routesMissing())
            m_error->hide();
        else
            m_error->showError(error);
        updateState();
    });
    connect(m_inbox, &models::ConversationInbox::loadingChanged, this, [this] { updateState(); });
    connect(m_error, &ErrorBanner::retryRequested, m_inbox, &models::ConversationInbox::refresh);

    if (m_inbox->isLoaded() || m_inbox->isLoading()) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->tabData(i).toString() == m_inbox->status()) {
                const QSignalBlocker blocker(m_tabs);
                m_tabs->setCurrentIndex(i);
            }
        }
        m_search->setText(m_inbox->search());
        m_userFilterId = m_inbox->userId();
        showUserChip(m_inbox->userFilterLabel());
    } else {
        applyQuery();
    }
    refillFilterChoices();
    updateState();
}

void InboxView::buildUi()
{
    m_tabs = new QTabBar(this);
    m_tabs->setAccessibleName(tr("Conversation status"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setDocumentMode(true);
    const QStringList statuses = api::conversationStatuses();
    for (const QString &status : statuses)
        m_tabs->setTabData(m_tabs->addTab(models::conversationStatusLabel(status)), status);
    m_tabs->setTabData(m_tabs->addTab(tr("All")), QString());
    m_tabs->setTabToolTip(0, tr("Conversations in which the customer waits for an answer"));
    m_tabs->setTabToolTip(1, tr("Conversations answered by support, waiting for the customer"));
    m_tabs->setTabToolTip(2, tr("Closed conversations"));
    m_tabs->setTabToolTip(3, tr("Every conversation"));
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { applyQuery(); });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search subject, last message, customer…"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Searched by the server in the subject, the latest message and the customer's "
                            "name and email (Ctrl+F; Esc clears)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDelayMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &InboxView::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed() == m_inbox->search())
            m_searchDebounce->stop();
        else
            m_searchDebounce->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDebounce->isActive())
            applyQuery();
    });
    m_chooseUser = new QPushButton(tr("C&ustomer…"), this);
    m_chooseUser->setAccessibleName(tr("Show one customer's conversations"));
    m_chooseUser->setToolTip(tr("Choose a user and show only their conversations"));
    m_chooseUser->setEnabled(m_context.isValid());
    connect(m_chooseUser, &QPushButton::clicked, this, [this] {
        UserPickerDialog::chooseOne(m_context, this,
                                    [this](const api::User &user) { setUserFilter(user.id, user.label()); });
    });
    auto *findKey = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, &InboxView::focusSearch);

    m_priority = new QComboBox(this);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("Show only conversations of this priority"));
    m_priority->addItem(tr("Any priority"), QString());
    const QStringList priorities = api::conversationPriorities();
    for (const QString &priority : priorities)
        m_priority->addItem(models::conversationPriorityLabel(priority), priority);
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPriority(m_priority->currentData().toString());
        updateState();
    });

    m_assignee = new QComboBox(this);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setToolTip(tr("Show only conversations assigned to someone, to you or to nobody"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, [this] { applyAssigneeFilter(); });

    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("Show only conversations with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tag->currentData().toString());
        updateState();
    });

    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setAccessibleName(tr("Overdue only"));
    m_overdueOnly->setToolTip(tr("Show only conversations whose response time (SLA) has passed"));
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverdueOnly(on);
        updateState();
    });

    m_userChip = new QFrame(this);
    auto *chip = static_cast<QFrame *>(m_userChip);
    chip->setFrameShape(QFrame::StyledPanel);
    chip->setAutoFillBackground(true);
    chip->setBackgroundRole(QPalette::AlternateBase);
    m_userChipLabel = new QLabel(chip);
    m_userChipLabel->setTextFormat(Qt::PlainText);
    m_userChipRemove = new QToolButton(chip);
    m_userChipRemove->setText(QStringLiteral("×"));
    m_userChipRemove->setAutoRaise(true);
    m_userChipRemove->setAccessibleName(tr("Remove customer filter"));
    m_userChipRemove->setToolTip(tr("Show the conversations of every customer again"));
    connect(m_userChipRemove, &QToolButton::clicked, this, &InboxView::clearUserFilter);
    auto *chipLayout = new QHBoxLayout(chip);
    chipLayout->setContentsMargins(6, 1, 1, 1);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_userChipLabel);
    chipLayout->addWidget(m_userChipRemove);
    m_userChip->hide();

    m_error = new ErrorBanner(this);
    m_error->hide();

    m_filter->setSourceModel(m_inbox->model());
    m_filter->setDynamicSortFilter(true);
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_delegate = new ConversationDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->installEventFilter(this);
    // Connected before the view's own handler: when a refresh removes the current row the view
    // would move the current row to a neighbour, which the user did not choose.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { aboutToRemoveRows(first, last); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_quietSelection) {
            m_list->selectionModel()->clear();
            m_quietSelection = false;
        }
        updateState();
    });
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_quietSelection = true; });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_quietSelection = false;
        updateState();
    });
    m_list->setModel(m_filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxView::handleCurrentChanged);
    connect(m_list, &QListView::doubleClicked, this, [this] { activateCurrent(); });
    m_empty = new EmptyState(m_list);
    connect(m_empty, &EmptyState::actionClicked, this, [this] {
        switch (m_emptyAction) {
        case EmptyAction::ClearSearch:
            m_search->clear();
            applyQuery();
            break;
        case EmptyAction::ClearUserFilter:
            clearUserFilter();
            break;
        case EmptyAction::ClearFilters:
            clearFilters();
            break;
        case EmptyAction::Retry:
            m_inbox->refresh();
            break;
        case EmptyAction::None:
            break;
        }
    });

    m_refillTimer = new QTimer(this);
    m_refillTimer->setSingleShot(true);
    m_refillTimer->setInterval(0);
    connect(m_refillTimer, &QTimer::timeout, this, &InboxView::refillFilterChoices);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_inbox->model(), signal, m_refillTimer, qOverload<>(&QTimer::start));
    connect(m_inbox->model(), &QAbstractItemModel::dataChanged, m_refillTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { updateState(); });

    // Relative times, SLA texts and "overdue only" follow the clock.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(clockTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_filter->recheckOverdue();
        m_list->viewport()->update();
    });
    m_clockTimer->start();

    m_loadMore = new QPushButton(tr("Load &more"), this);
    m_loadMore->setAccessibleName(tr("Load more conversations"));
    m_loadMore->setToolTip(tr("The server has more conversations: load the next ones"));
    connect(m_loadMore, &QPushButton::clicked, m_inbox, &models::ConversationInbox::loadMore);
    m_count = new QLabel(this);
    m_count->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_priority);
    filters->addWidget(m_assignee);
    filters->addWidget(m_tag);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);

    auto *chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(0, 0, 0, 0);
    chipRow->addWidget(m_userChip);
    chipRow->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_loadMore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_chooseUser);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addLayout(chipRow);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_list);
}

QString InboxView::currentConversationId() const
{
    return m_currentId;
}

void InboxView::selectConversation(const QString &id)
{
    const QModelIndex index = proxyIndexOf(id);
    if (!index.isValid()) {
        m_wantedId = id;
        return;
    }
    m_wantedId.clear();
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InboxView::setUserFilter(const QString &userId, const QString &label)
{
    m_userFilterId = userId;
    m_inbox->setUserFilterLabel(label);
    showUserChip(label);
    applyQuery();
}

void InboxView::clearUserFilter()
{
    if (m_userFilterId.isEmpty())
        return;
    m_userFilterId.clear();
    m_inbox->setUserFilterLabel({});
    m_userChip->hide();
    applyQuery();
}

void InboxView::showUserChip(const QString &label)
{
    m_userChipLabel->setText(tr("Customer: %1").arg(label.isEmpty() ? m_userFilterId : label));
    m_userChip->setToolTip(m_userFilterId);
    m_userChip->setVisible(!m_userFilterId.isEmpty());
}

QString InboxView::userFilterText() const
{
    return m_userChip->isHidden() ? QString() : m_userChipLabel->text();
}

void InboxView::setDraftLookup(std::function<bool(const QString &conversationId)> hasDraft)
{
    m_delegate->setDraftLookup(std::move(hasDraft));
    refreshDraftMarkers();
}

void InboxView::refreshDraftMarkers()
{
    m_list->viewport()->update();
}

void InboxView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxView::setAgent(const models::SupportAgent &me)
{
    m_agent = me;
    m_filter->setMyUserId(me.userId);
    refillFilterChoices();
}

QString InboxView::statusFilter() const
{
    return m_tabs->tabData(m_tabs->currentIndex()).toString();
}

void InboxView::setStatusFilter(const QString &status)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == status)
            m_tabs->setCurrentIndex(i);
    }
}

QString InboxView::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

bool InboxView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                applyQuery();
                return true;
            }
            if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
                m_list->setFocus(Qt::TabFocusReason);
                if (!m_list->currentIndex().isValid())
                    m_list->setCurrentIndex(m_filter->index(0, 0));
                return true;
            }
        } else if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxView::applyQuery()
{
    m_searchDebounce->stop();
    m_inbox->setQuery(statusFilter(), m_search->text().trimmed(), m_userFilterId);
    updateState();
}

void InboxView::applyAssigneeFilter()
{
    const QString key = m_assignee->currentData().toString();
    if (key.isEmpty() || key == anyoneKey)
        m_filter->setAssigneeAnyone();
    else if (key == meKey)
        m_filter->setAssigneeMe(m_agent.userId);
    else if (key == unassignedKey)
        m_filter->setAssigneeUnassigned();
    else
        m_filter->setAssignee(key);
    updateState();
}

void InboxView::clearFilters()
{
    {
        const QSignalBlocker priorityBlocker(m_priority);
        const QSignalBlocker assigneeBlocker(m_assignee);
        const QSignalBlocker tagBlocker(m_tag);
        const QSignalBlocker overdueBlocker(m_overdueOnly);
        m_priority->setCurrentIndex(0);
        m_assignee->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
    }
    m_filter->clearFilters();
    updateState();
}

void InboxView::refillFilterChoices()
{
    const models::ConversationsModel *model = m_inbox->model();
    // Refilled only when the choices change, so that an open drop-down is not disturbed.
    const QList<models::SupportAgent> knownAssignees = model->knownAssignees();
    const QStringList knownTags = model->knownTags();
    if (m_assignee->count() > 0 && knownAssignees == m_shownAssignees && knownTags == m_shownTags
        && m_agent == m_shownAgent)
        return;
    m_shownAssignees = knownAssignees;
    m_shownTags = knownTags;
    m_shownAgent = m_agent;

    const QString assignee = m_assignee->currentData().toString();
    {
        const QSignalBlocker blocker(m_assignee);
        m_assignee->clear();
        m_assignee->addItem(tr("Anyone"), anyoneKey);
        m_assignee->addItem(m_agent.userId.isEmpty() ? tr("Me") : tr("Me (%1)").arg(m_agent.displayName), meKey);
        m_assignee->setItemData(1, m_agent.userId.isEmpty() ? tr("Not known yet who you are") : m_agent.userId,
                                Qt::ToolTipRole);
        m_assignee->addItem(tr("Unassigned"), unassignedKey);
        QList<models::SupportAgent> agents = knownAssignees;
        // The chosen one stays choosable even when no row shows it any more.
        if (!assignee.isEmpty() && !assignee.startsWith(QLatin1Char('@'))
            && std::none_of(agents.cbegin(), agents.cend(),
                            [&assignee](const models::SupportAgent &agent) { return agent.userId == assignee; })) {
            agents.append({assignee, m_assignee->currentText()});
        }
        bool separated = false;
        for (const models::SupportAgent &agent : std::as_const(agents)) {
            if (agent.userId == m_agent.userId)
                continue;
            if (!separated) {
                m_assignee->insertSeparator(m_assignee->count());
                separated = true;
            }
            m_assignee->addItem(agent.displayName.isEmpty() ? agent.userId : agent.displayName, agent.userId);
            m_assignee->setItemData(m_assignee->count() - 1, agent.userId, Qt::ToolTipRole);
        }
        const int index = m_assignee->findData(assignee.isEmpty() ? anyoneKey : assignee);
        m_assignee->setCurrentIndex(std::max(0, index));
    }

    const QString tag = m_tag->currentData().toString();
    {
        const QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("Any tag"), QString());
        QStringList tags = knownTags;
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
        for (const QString &known : std::as_const(tags))
            m_tag->addItem(known, known);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    }
}

void InboxView::showEmpty(const QString &text, EmptyAction action, const QString &actionText)
{
    m_emptyAction = action;
    m_empty->showMessage(text, actionText);
}

void InboxView::updateState()
{
    const int shown = m_filter->rowCount();
    const int total = m_inbox->model()->rowCount();
    const bool loading = m_inbox->isLoading();

    m_loadMore->setVisible(m_inbox->canLoadMore());
    m_loadMore->setEnabled(!loading);
    if (!m_inbox->isLoaded())
        m_count->setText(loading ? tr("Loading…") : QString());
    else if (shown == total)
        m_count->setText(m_inbox->canLoadMore() ? tr("%n conversation(s) loaded", nullptr, total)
                                                : tr("%n conversation(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n conversation(s) shown", nullptr, total).arg(shown));

    if (shown > 0) {
        m_empty->hide();
        m_emptyAction = EmptyAction::None;
        return;
    }
    if (!m_inbox->isLoaded()) {
        if (loading)
            showEmpty(tr("Loading conversations…"));
        else if (m_inbox->routesMissing())
            m_empty->hide(); // the SupportPage shows its explanation page instead
        else if (m_inbox->lastError().isError())
            showEmpty(tr("The conversations could not be loaded."), EmptyAction::Retry, tr("Retry"));
        else
            m_empty->hide();
        return;
    }
    if (total > 0) {
        showEmpty(tr("No conversation matches the filters."), EmptyAction::ClearFilters, tr("Clear filters"));
        return;
    }
    const QString search = m_inbox->search();
    if (!search.isEmpty()) {
        showEmpty(tr("No conversation matches “%1”.").arg(search), EmptyAction::ClearSearch, tr("Clear search"));
        return;
    }
    if (!m_userFilterId.isEmpty()) {
        showEmpty(tr("No conversations with this customer here."), EmptyAction::ClearUserFilter,
                  tr("Show every customer"));
        return;
    }
    const QString status = m_inbox->status();
    if (status == QLatin1String("open"))
        showEmpty(tr("No open conversations — nothing needs support right now."));
    else if (status == QLatin1String("pending"))
        showEmpty(tr("No conversation is waiting on a user."));
    else if (status == QLatin1String("closed"))
        showEmpty(tr("No resolved conversations yet."));
    else
        showEmpty(tr("No support conversations yet."));
}

void InboxView::handleCurrentChanged()
{
    if (m_quietSelection)
        return;
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return; // the conversation stays open on the right; nothing new was chosen
    const auto summary = current.data(ConversationsModel::SummaryRole).value<api::ConversationSummary>();
    m_wantedId.clear();
    m_inbox->model()->markRead(summary.conversationId);
    if (summary.conversationId == m_currentId)
        return;
    m_currentId = summary.conversationId;
    emit conversationSelected(summary);
}

void InboxView::restoreSelection()
{
    const QString id = m_wantedId.isEmpty() ? m_currentId : m_wantedId;
    if (id.isEmpty() || m_list->currentIndex().data(ConversationsModel::ConversationIdRole).toString() == id)
        return;
    const QModelIndex index = proxyIndexOf(id);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index); // the same id as before: not announced again
    m_list->scrollTo(index);
}

void InboxView::aboutToRemoveRows(int first, int last)
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && current.row() >= first && current.row() <= last)
        m_quietSelection = true;
}

void InboxView::activateCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    emit conversationActivated(current.data(ConversationsModel::SummaryRole).value<api::ConversationSummary>());
}

QModelIndex InboxView::proxyIndexOf(const QString &id) const
{
    const int row = m_inbox->model()->rowOf(id);
    if (row < 0)
        return {};
    return m_filter->mapFromSource(m_inbox->model()->index(row));
}

} // namespace hexclave::ui
