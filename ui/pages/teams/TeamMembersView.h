#pragma once

#include "ProjectContext.h"
#include "dto/Team.h"
#include "dto/User.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace hexclave::models {
class TeamMembersModel;
}

namespace hexclave::ui {

class EmptyState;
class ErrorBanner;
class TeamMemberPermissionsView;

// A team's members: a paged table searched on the server, members added with the user picker
// (several at once) and removed after confirming, each member's team permissions underneath,
// and the way to the member's page in the users list (double click, Enter, "Open user").
class TeamMembersView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMembersView)

public:
    explicit TeamMembersView(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamMembersView() override;

    // Another team starts from its first page; the same team (its row refreshed) keeps the list.
    void setTeam(const api::Team &team);
    void clearTeam();
    // Loads the first page again.
    void reload();
    // Opens the user picker to add members.
    void addMembers();

    QString teamId() const { return m_team.id; }
    bool isBusy() const { return m_busy; }
    models::TeamMembersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *openButton() const { return m_open; }
    ErrorBanner *errorBanner() const { return m_error; }
    EmptyState *emptyState() const { return m_empty; }
    TeamMemberPermissionsView *permissionsView() const { return m_permissions; }
    // The members shown (or counted) and the result of the last change.
    QString statusText() const;
    // The selected members that are loaded; the current one first.
    QList<api::User> selectedMembers() const;

Q_SIGNALS:
    void openUserRequested(const hexclave::api::User &user);
    // Members were added to or removed from the team here.
    void membersChanged(const QString &teamId);
    // The whole list was loaded without a search: the team has exactly `members` members.
    void membersCounted(const QString &teamId, int members);

private:
    void applySearch();
    void updateStatus();
    void updateEmptyState();
    void updateActions();
    void showCurrentMember();
    void addUsers(const QList<api::User> &users);
    void confirmRemove();
    void removeUsers(const QList<api::User> &users);
    void openCurrentUser();
    void setBusy(bool busy, const QString &text = {});
    void showResult(const QString &text);

    ProjectContext m_context;
    api::Team m_team;
    models::TeamMembersModel *m_model;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_open;
    QToolButton *m_reload;
    ErrorBanner *m_error;
    QTableView *m_table;
    EmptyState *m_empty;
    TeamMemberPermissionsView *m_permissions;
    QSplitter *m_splitter;
    QLabel *m_status;
    QLabel *m_result;
    QTimer *m_searchDebounce;
    bool m_busy = false;
    int m_teamGeneration = 0; // changes with the team: answers to changes made for another one are not shown
    QString m_memberToSelect;
};

} // namespace hexclave::ui
