#pragma once

#include "ProjectContext.h"
#include "dto/Support.h"
#include "support/SupportAgent.h"

#include <QModelIndex>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabBar;
class QTimer;
class QToolButton;

namespace hexclave::models {
class ConversationInbox;
class ConversationFilterModel;
} // namespace hexclave::models

namespace hexclave::ui {

class ConversationDelegate;
class EmptyState;
class ErrorBanner;

// The list of support conversations: status tabs, server-side search, client-side filters
// (priority, assignee, tag, overdue only), a user filter chip, and the rows themselves.
class InboxView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    InboxView(const ProjectContext &context, models::ConversationInbox *inbox, QWidget *parent = nullptr);

    QString currentConversationId() const;
    void selectConversation(const QString &id);
    void setUserFilter(const QString &userId, const QString &label); // server-side userId; a removable chip
    void clearUserFilter();
    void focusSearch();
    void setAgent(const models::SupportAgent &me); // for the "Me" assignee filter

    // Rows whose conversation has a saved reply or note draft show a "Draft" marker.
    void setDraftLookup(std::function<bool(const QString &conversationId)> hasDraft);
    void refreshDraftMarkers(); // a draft was stored or removed somewhere

    QString statusFilter() const; // "open" | "pending" | "closed" | "" (all)
    void setStatusFilter(const QString &status);

    // Tests and the page: the parts of the view.
    models::ConversationFilterModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_list; }
    ConversationDelegate *delegate() const { return m_delegate; }
    QString emptyText() const; // the empty state's sentence, empty when rows show
    QString userFilterText() const; // the user chip's text, empty when no user filter

signals:
    void conversationSelected(const hexclave::api::ConversationSummary &summary);
    // Enter or a double click on a row: the user wants to work on it (e.g. focus the reply box).
    void conversationActivated(const hexclave::api::ConversationSummary &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class EmptyAction { None, ClearSearch, ClearUserFilter, ClearFilters, Retry };

    void buildUi();
    void applyQuery();
    void applyAssigneeFilter();
    void clearFilters();
    void refillFilterChoices();
    void updateState();
    void showUserChip(const QString &label);
    void showEmpty(const QString &text, EmptyAction action = EmptyAction::None, const QString &actionText = {});
    void handleCurrentChanged();
    void restoreSelection();
    void aboutToRemoveRows(int first, int last);
    void activateCurrent();
    QModelIndex proxyIndexOf(const QString &id) const;

    QPushButton *m_chooseUser = nullptr;
    ProjectContext m_context;
    models::ConversationInbox *m_inbox = nullptr;
    models::ConversationFilterModel *m_filter = nullptr;
    models::SupportAgent m_agent;
    QString m_userFilterId;
    QString m_currentId;     // the conversation shown as selected (also when a reload hides it)
    QString m_wantedId;      // selectConversation() before the row arrived
    bool m_quietSelection = false; // changes of the current row that the user did not make
    EmptyAction m_emptyAction = EmptyAction::None;
    QList<models::SupportAgent> m_shownAssignees; // what the assignee and tag filters offer
    QStringList m_shownTags;
    models::SupportAgent m_shownAgent;

    QTabBar *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_refillTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_tag = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QWidget *m_userChip = nullptr;
    QLabel *m_userChipLabel = nullptr;
    QToolButton *m_userChipRemove = nullptr;
    ErrorBanner *m_error = nullptr;
    QListView *m_list = nullptr;
    ConversationDelegate *m_delegate = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_loadMore = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace hexclave::ui
