#include "SupportPage.h"

#include "AppSettings.h"
#include "NewConversationDialog.h"
#include "conversation/ConversationView.h"
#include "endpoints/SupportEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "inbox/InboxView.h"
#include "pages/MessagePage.h"
#include "support/ConversationInbox.h"
#include "support/ConversationsModel.h"
#include "support/SupportAgent.h"
#include "support/SupportWatcher.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hexclave::ui {

using models::ConversationsModel;

SupportPage::SupportPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_inbox(new models::ConversationInbox(context.client(), context.project.id, this))
{
    buildUi();

    ConversationsModel *model = m_inbox->model();
    connect(m_inbox, &models::ConversationInbox::loaded, this, &SupportPage::onLoaded);
    connect(m_inbox, &models::ConversationInbox::failed, this, &SupportPage::onFailed);
    connect(m_inbox, &models::ConversationInbox::conversationsUpdated, this, &SupportPage::onConversationsUpdated);
    // Whoever clears a mark in the list (the inbox view on selection, say), the watcher forgets it.
    connect(model, &ConversationsModel::markedRead, this, [this](const QString &id) {
        if (m_watcher)
            m_watcher->markRead(id);
    });
    connect(m_inboxView, &InboxView::conversationSelected, this, &SupportPage::onConversationSelected);
    connect(m_conversationView, &ConversationView::conversationChanged, this, &SupportPage::onConversationChanged);
    connect(m_conversationView, &ConversationView::openUserRequested, this, &SupportPage::openUserRequested);
    connect(m_conversationView, &ConversationView::sendFailedElsewhere, this, &SupportPage::onSendFailedElsewhere);
    m_inboxView->setDraftLookup(
        [view = QPointer<ConversationView>(m_conversationView)](const QString &id) { return view && view->hasDraft(id); });
    connect(m_conversationView, &ConversationView::draftsChanged, m_inboxView, &InboxView::refreshDraftMarkers);

    // The list stays current while the page is hidden too (new customer messages are the
    // watcher's: it runs whether or not this page exists).
    m_inbox->setAutoRefresh(true);
    if (!m_inbox->isLoading() && !m_inbox->isLoaded())
        m_inbox->refresh();
    loadAgent();
}

SupportPage::~SupportPage() = default;

void SupportPage::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_content = new QWidget(m_stack);
    m_errorBanner = new ErrorBanner(this);
    m_errorBanner->hide();
    m_sendFailedBanner = new ErrorBanner(this);
    m_sendFailedBanner->setRetryText(tr("Open"));
    m_sendFailedBanner->hide();
    connect(m_sendFailedBanner, &ErrorBanner::retryRequested, this, [this] {
        m_sendFailedBanner->hide();
        openConversation(std::exchange(m_sendFailedId, {}));
    });
    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_inboxView = new InboxView(m_context, m_inbox, m_splitter);
    m_conversationView = new ConversationView(m_context, m_splitter);

    auto *title = new PageTitle(tr("Support"), this);

    m_newAction = new QAction(themedIcon(QStringLiteral("support")), tr("&New conversation…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("Start a conversation with a user of the project (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, [this] { openNewConversationDialog(std::nullopt); });

    m_refreshAction = new QAction(themedIcon(QStringLiteral("refresh")), tr("Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Load the conversations and the open thread again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_explanation) {
            m_inbox->setAutoRefresh(true); // as "Try again": polling stops again if it still fails
            if (m_watcher && m_watcher->stoppedForGood())
                m_watcher->start();
        }
        m_inbox->refresh();
        if (m_watcher)
            m_watcher->pollNow();
        if (!m_conversationView->conversationId().isEmpty())
            m_conversationView->refresh();
    });

    m_unreadButton = new QToolButton(this);
    m_unreadButton->setAutoRaise(true);
    m_unreadButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_unreadButton->font();
    bold.setBold(true);
    m_unreadButton->setFont(bold);
    m_unreadButton->setToolTip(tr("Conversations in which the customer wrote since you last looked; click to open "
                                  "the first"));
    m_unreadButton->hide();
    connect(m_unreadButton, &QToolButton::clicked, this, &SupportPage::openFirstUnread);

    const auto toolButton = [this](QAction *action, Qt::ToolButtonStyle style) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(style);
        return button;
    };
    QToolButton *refreshButton = toolButton(m_refreshAction, Qt::ToolButtonIconOnly);
    refreshButton->setAccessibleName(tr("Refresh conversations"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_unreadButton);
    header->addStretch();
    header->addWidget(toolButton(m_newAction, Qt::ToolButtonTextBesideIcon));
    header->addWidget(refreshButton);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({420, 640});
    restoreSplitterState();
    connect(m_splitter, &QSplitter::splitterMoved, this, &SupportPage::saveSplitterState);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_sendFailedBanner);
    layout->addWidget(m_stack, 1);
}

void SupportPage::restoreSplitterState()
{
    if (!m_context.settings)
        return;
    const QByteArray state = m_context.settings->value(AppSettings::Key::SupportSplitter).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void SupportPage::saveSplitterState()
{
    if (m_context.settings)
        m_context.settings->setValue(AppSettings::Key::SupportSplitter, m_splitter->saveState());
}

void SupportPage::loadAgent()
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    api::Job<api::User> *job = client->send(api::users::currentDashboardUser());
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            // Without it only "Assign to me" and the "Me" filter are missing; a list that failed
            // too (session expired, say) already says why.
            if (job->error().kind != api::ApiError::Kind::Cancelled && !m_inbox->lastError().isError()
                && !m_explanation)
                m_errorBanner->showActionError(
                    tr("Your own account could not be read: “Assign to me” and the “Me” filter are not available."),
                    job->error());
            return;
        }
        const api::User &user = job->value();
        models::SupportAgent me;
        me.userId = user.id;
        me.displayName = user.displayName.value_or(QString());
        if (me.displayName.isEmpty())
            me.displayName = user.primaryEmail.value_or(QString());
        m_agentLoaded = true;
        m_inboxView->setAgent(me);
        m_conversationView->setAgent(me);
    });
}

void SupportPage::onLoaded()
{
    hideExplanation();
    m_everLoaded = true;
    updateKnownChoices();
    if (!m_pendingOpenId.isEmpty() && m_inbox->model()->rowOf(m_pendingOpenId) >= 0) {
        const QString id = std::exchange(m_pendingOpenId, {});
        m_inboxView->selectConversation(id);
        if (m_inboxView->currentConversationId() != id && m_conversationView->conversationId() != id) {
            m_conversationView->showConversation(*m_inbox->model()->find(id));
            markRead(id);
        }
    } else if (m_pendingOpenId.isEmpty() && m_conversationView->conversationId().isEmpty()) {
        selectFirstConversation();
    }
    markReady(false);
}

void SupportPage::onFailed(const api::ApiError &error)
{
    if (error.kind == api::ApiError::Kind::Cancelled)
        return;
    if (m_inbox->routesMissing()) {
        showExplanation(QStringLiteral("support"), tr("This server does not offer support conversations"),
                        tr("Its version predates them. Update the server to a newer release, or answer support "
                           "conversations in the web dashboard at app.hexclave.com."));
        markReady(false);
        return;
    }
    if (error.is(u"PROJECT_NOT_FOUND")) {
        const QString account = m_context.session ? m_context.session->connection().accountEmail : QString();
        showExplanation(QStringLiteral("lock"), tr("Your dashboard account does not manage this project"),
                        (account.isEmpty() ? tr("Support conversations are answered by the members of the team that "
                                                "owns the project, and this account is not one of them.")
                                           : tr("Support conversations are answered by the members of the team that "
                                                "owns the project, and %1 is not one of them.")
                                                 .arg(account))
                            + u' '
                            + tr("Ask an owner of the project to add you to its team, or connect with an account "
                                 "that belongs to it."));
        markReady(true);
        return;
    }
    // Anything else (session expired, offline, …) the inbox shows with Retry; the data shown
    // before stays.
    if (!m_everLoaded)
        markReady(true);
}

void SupportPage::showExplanation(const QString &iconName, const QString &title, const QString &text)
{
    m_inbox->setAutoRefresh(false);
    if (m_explanation) {
        m_stack->removeWidget(m_explanation);
        m_explanation->deleteLater();
    }
    m_explanation = new MessagePage(iconName, title, text, m_stack);
    connect(m_explanation->addAction(tr("Try again")), &QPushButton::clicked, this, [this] {
        m_inbox->setAutoRefresh(true);
        m_inbox->refresh();
        if (m_watcher && m_watcher->stoppedForGood())
            m_watcher->start();
    });
    m_stack->addWidget(m_explanation);
    m_stack->setCurrentWidget(m_explanation);
    m_errorBanner->hide();
    m_sendFailedBanner->hide();
    m_newAction->setEnabled(false);
    m_unreadButton->hide();
}

void SupportPage::hideExplanation()
{
    m_newAction->setEnabled(true);
    if (!m_explanation)
        return;
    m_stack->setCurrentWidget(m_content);
    m_stack->removeWidget(m_explanation);
    m_explanation->deleteLater();
    m_explanation = nullptr;
    updateUnreadIndicator(unreadCount());
}

void SupportPage::updateKnownChoices()
{
    const ConversationsModel *model = m_inbox->model();
    m_conversationView->setKnownAssignees(model->knownAssignees());
    m_conversationView->setKnownTags(model->knownTags());
}

void SupportPage::selectFirstConversation()
{
    const ConversationsModel *model = m_inbox->model();
    if (!m_inboxView->currentConversationId().isEmpty())
        return;
    // The first row the inbox shows: its own filters may hide the model's first rows.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->at(row).conversationId;
        m_inboxView->selectConversation(id);
        if (m_inboxView->currentConversationId() == id)
            return;
    }
}

void SupportPage::onConversationSelected(const api::ConversationSummary &summary)
{
    if (summary.conversationId.isEmpty()) {
        m_conversationView->clear();
        return;
    }
    m_conversationView->showConversation(summary);
    markRead(summary.conversationId);
    if (summary.conversationId == m_sendFailedId) {
        m_sendFailedBanner->hide();
        m_sendFailedId.clear();
    }
}

void SupportPage::onConversationsUpdated(const QStringList &ids)
{
    const QString open = m_conversationView->conversationId();
    if (!open.isEmpty() && ids.contains(open))
        m_conversationView->refresh();
    updateKnownChoices();
}

void SupportPage::onConversationChanged(const api::ConversationSummary &summary)
{
    // The row moves to its place by last activity, or leaves a tab whose status it no longer
    // has; the conversation stays open on the right either way.
    m_inbox->replaceConversation(summary);
    updateKnownChoices();
    if (m_watcher)
        m_watcher->pollNow(); // an answered or closed conversation loses its mark
}

void SupportPage::setWatcher(models::SupportWatcher *watcher)
{
    if (m_watcher == watcher)
        return;
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = watcher;
    if (m_watcher) {
        connect(m_watcher, &models::SupportWatcher::unreadChanged, this, &SupportPage::onUnreadChanged);
        connect(m_watcher, &models::SupportWatcher::newCustomerMessages, this, &SupportPage::onNewCustomerMessages);
    }
    onUnreadChanged();
}

void SupportPage::onUnreadChanged()
{
    m_inbox->model()->setUnreadIds(m_watcher ? m_watcher->unreadIds() : QStringList());
    updateUnreadIndicator(unreadCount());
    Q_EMIT unreadCountChanged(unreadCount());
}

void SupportPage::markRead(const QString &conversationId)
{
    if (m_watcher)
        m_watcher->markRead(conversationId);
    m_inbox->model()->markRead(conversationId);
}

void SupportPage::onNewCustomerMessages(const QList<api::ConversationSummary> &conversations)
{
    const QString open = m_conversationView->conversationId();
    bool openIsNews = false;
    for (const api::ConversationSummary &conversation : conversations)
        openIsNews = openIsNews || conversation.conversationId == open;
    // The list shows the new messages now rather than at its next poll.
    m_inbox->refresh();
    if (open.isEmpty() || !openIsNews)
        return;
    // A conversation the inbox does not list (another tab, a search) is re-read here; listed
    // ones are re-read through conversationsUpdated.
    if (m_inbox->model()->rowOf(open) < 0)
        m_conversationView->refresh();
    // The conversation being read is not news while the person looks at it.
    if (isVisible() && window()->isActiveWindow())
        markRead(open);
}

void SupportPage::onSendFailedElsewhere(const api::ConversationSummary &summary, const QString &message)
{
    m_sendFailedId = summary.conversationId;
    m_sendFailedBanner->showProblem(message);
}

void SupportPage::openFirstUnread()
{
    if (!m_watcher)
        return;
    const QStringList unread = m_watcher->unreadIds();
    if (unread.isEmpty())
        return;
    // The first unread row as listed; one the inbox does not list (another tab, a search, a
    // filter) is opened all the same.
    const ConversationsModel *model = m_inbox->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->at(row).conversationId;
        if (unread.contains(id)) {
            openConversation(id);
            return;
        }
    }
    openConversation(unread.constFirst());
}

void SupportPage::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    const api::ConversationSummary *summary = m_inbox->model()->find(conversationId);
    if (!summary) {
        // Not listed (yet, or not with these filters): show it now, select it once listed.
        m_pendingOpenId = conversationId;
        fetchAndShow(conversationId);
        m_inbox->refresh();
        return;
    }
    m_inboxView->selectConversation(conversationId);
    if (m_inboxView->currentConversationId() != conversationId) {
        // Hidden by the inbox's filters: open it all the same.
        m_conversationView->showConversation(*summary);
        markRead(conversationId);
    }
}

void SupportPage::fetchAndShow(const QString &conversationId)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    api::Job<api::ConversationDetail> *job = client->send(api::support::conversation(m_context.project.id, conversationId));
    connect(job, &api::ApiJob::finished, this, [this, job, conversationId] {
        if (!job->succeeded()) {
            // A later, unrelated load must not select it.
            if (m_pendingOpenId == conversationId)
                m_pendingOpenId.clear();
            if (job->error().kind != api::ApiError::Kind::Cancelled)
                m_errorBanner->showActionError(tr("The conversation could not be opened."), job->error());
            return;
        }
        // The person may have opened another one meanwhile.
        if (!m_inboxView->currentConversationId().isEmpty() && m_inboxView->currentConversationId() != conversationId
            && m_pendingOpenId != conversationId)
            return;
        m_conversationView->showConversation(job->value().conversation);
        markRead(conversationId);
    });
}

void SupportPage::startConversationWith(const api::User &user)
{
    openNewConversationDialog(user);
}

void SupportPage::showConversationsOf(const api::User &user)
{
    m_inboxView->setUserFilter(user.id, user.label());
}

void SupportPage::openNewConversationDialog(const std::optional<api::User> &presetUser)
{
    if (m_explanation)
        return;
    auto *dialog = new NewConversationDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (presetUser)
        dialog->setUser(*presetUser);
    connect(dialog, &NewConversationDialog::created, this, [this](const QString &id) {
        // A new conversation is open: show it under "Needs support" unless all are shown.
        const QString status = m_inboxView->statusFilter();
        if (!status.isEmpty() && status != u"open")
            m_inboxView->setStatusFilter(QStringLiteral("open"));
        m_pendingOpenId = id;
        fetchAndShow(id);
        m_inbox->refresh();
    });
    dialog->open();
}

void SupportPage::updateUnreadIndicator(int count)
{
    m_unreadButton->setText(tr("%n new", nullptr, count));
    m_unreadButton->setAccessibleName(tr("%n unread conversation(s)", nullptr, count));
    m_unreadButton->setVisible(count > 0 && !m_explanation);
}

int SupportPage::unreadCount() const
{
    return m_watcher ? m_watcher->unreadCount() : 0;
}

void SupportPage::activate()
{
    if (!m_explanation)
        m_inbox->refresh();
}

void SupportPage::focusPrimaryInput()
{
    m_inboxView->focusSearch();
}

bool SupportPage::hasUnsavedChanges() const
{
    return m_conversationView->hasUnsavedChanges();
}

void SupportPage::discardUnsavedChanges()
{
    m_conversationView->discardUnsavedChanges();
}

} // namespace hexclave::ui
