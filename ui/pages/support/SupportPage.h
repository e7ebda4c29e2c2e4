#pragma once

#include "ProjectContext.h"
#include "dto/Support.h"
#include "dto/User.h"
#include "pages/Page.h"
#include "support/SupportWatcher.h"

#include <QPointer>

#include <optional>

class QAction;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace hexclave::api {
class ApiError;
}

namespace hexclave::models {
class ConversationInbox;
struct SupportAgent;
}

namespace hexclave::ui {

class ConversationView;
class ErrorBanner;
class InboxView;
class MessagePage;

// Support conversations of the project: the inbox on the left, the open conversation on the
// right. Answered as the dashboard account (see api::support); a server without the routes or
// a project the account does not own gets an explanation instead of an error.
class SupportPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportPage)

public:
    explicit SupportPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~SupportPage() override;

    // Opens the "New conversation" dialog with that user chosen.
    void startConversationWith(const api::User &user);
    // Filters the inbox to that user's conversations.
    void showConversationsOf(const api::User &user);
    // Selects and opens one conversation (e.g. from a notification); reloads when it is not listed.
    void openConversation(const QString &conversationId);

    // The project's watcher for new customer messages (owned by the window): the unread marks,
    // "N new" and the count come from it. Without one nothing is marked unread.
    void setWatcher(models::SupportWatcher *watcher);
    models::SupportWatcher *watcher() const { return m_watcher; }

    int unreadCount() const;
    models::ConversationInbox *inbox() const { return m_inbox; }
    InboxView *inboxView() const { return m_inboxView; }
    ConversationView *conversationView() const { return m_conversationView; }
    // The explanation shown instead of the inbox (server without the routes, a project the
    // account does not manage); null while the inbox is shown.
    MessagePage *explanation() const { return m_explanation; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    // A reply or note to a conversation no longer shown failed; its "Open" button shows that one.
    ErrorBanner *sendFailedBanner() const { return m_sendFailedBanner; }
    QToolButton *unreadButton() const { return m_unreadButton; }
    QAction *newConversationAction() const { return m_newAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    void activate() override;
    void focusPrimaryInput() override;
    bool hasUnsavedChanges() const override;
    void discardUnsavedChanges() override;

Q_SIGNALS:
    void openUserRequested(const QString &userId);
    void unreadCountChanged(int count);

private:
    void buildUi();
    void loadAgent();
    void onLoaded();
    void onFailed(const api::ApiError &error);
    void onConversationSelected(const api::ConversationSummary &summary);
    void onConversationsUpdated(const QStringList &ids);
    void onConversationChanged(const api::ConversationSummary &summary);
    void onNewCustomerMessages(const QList<api::ConversationSummary> &conversations);
    void onSendFailedElsewhere(const api::ConversationSummary &summary, const QString &message);
    void onUnreadChanged();
    void markRead(const QString &conversationId);
    void selectFirstConversation();
    void openFirstUnread();
    void fetchAndShow(const QString &conversationId);
    void updateKnownChoices();
    void openNewConversationDialog(const std::optional<api::User> &presetUser);
    void updateUnreadIndicator(int count);
    void showExplanation(const QString &iconName, const QString &title, const QString &text);
    void hideExplanation();
    void restoreSplitterState();
    void saveSplitterState();

    ProjectContext m_context;
    models::ConversationInbox *m_inbox = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    MessagePage *m_explanation = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    ErrorBanner *m_sendFailedBanner = nullptr;
    QString m_sendFailedId;
    QPointer<models::SupportWatcher> m_watcher;
    QSplitter *m_splitter = nullptr;
    InboxView *m_inboxView = nullptr;
    ConversationView *m_conversationView = nullptr;
    QToolButton *m_unreadButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QString m_pendingOpenId;
    bool m_agentLoaded = false;
    bool m_everLoaded = false;
};

} // namespace hexclave::ui
