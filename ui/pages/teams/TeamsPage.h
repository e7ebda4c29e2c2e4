#pragma once

#include "ProjectContext.h"
#include "dto/Team.h"
#include "dto/User.h"
#include "pages/Page.h"

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace hexclave::models {
class TeamsFilterModel;
class TeamsModel;
}

namespace hexclave::ui {

class EmptyState;
class ErrorBanner;
class TeamDetailPanel;

// The teams of a project: the whole list, filtered here as you type (name or id), with member
// counts fetched for the rows on screen; create, edit and delete (after typing the name); and the
// selected team's members, invitations, API keys and details beside it.
class TeamsPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsPage)

public:
    explicit TeamsPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamsPage() override;

    // Selects the team (loaded by id when the list does not have it) and shows it.
    void openTeam(const QString &teamId);
    void focusPrimaryInput() override;

    models::TeamsModel *model() const { return m_model; }
    models::TeamsFilterModel *filterModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    TeamDetailPanel *detailPanel() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_error; }
    EmptyState *emptyState() const { return m_empty; }
    QLabel *statusLabel() const { return m_status; }
    QAction *newTeamAction() const { return m_new; }
    QAction *editTeamAction() const { return m_edit; }
    QAction *deleteTeamAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    // The team of the current row, if any.
    const api::Team *currentTeam() const;

Q_SIGNALS:
    // Show this user in the Users page (a member was opened).
    void openUserRequested(const hexclave::api::User &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut, bool pageWide);
    void applyFilter();
    void selectTeam(const QString &teamId);
    void selectPendingTeam();
    void loadTeamById(const QString &teamId);
    void showCurrentTeam();
    void updateActions();
    void updateStatus();
    void updateEmptyState();
    void scheduleMemberCounts();
    void requestVisibleMemberCounts();
    void openCreate();
    void openEdit();
    void openDelete();
    void showChangedTeam(const api::Team &team);

    ProjectContext m_context;
    models::TeamsModel *m_model;
    models::TeamsFilterModel *m_proxy;
    QLineEdit *m_filter;
    ErrorBanner *m_error;
    QTableView *m_table;
    EmptyState *m_empty;
    TeamDetailPanel *m_detail;
    QSplitter *m_splitter;
    QLabel *m_status;
    QTimer *m_countsTimer;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_reload = nullptr;
    QString m_teamToOpen;  // asked for before the list was there
    QString m_teamToKeep;  // shown before a reload: selected again after it
    int m_openGeneration = 0; // changes with every openTeam(): a team loaded for an older one is not selected
};

} // namespace hexclave::ui
