#pragma once

#include "pages/Page.h"
#include "ProjectContext.h"
#include "dto/User.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace hexclave::models {
class UsersModel;
}

namespace hexclave::ui {

class ErrorBanner;
class UserActions;
class UserDetailPanel;
class UsersTableHeader;

// The users of a project: server-side search as you type, order, filters for restricted and
// anonymous users, a lazily paged table and the selected user's details.
class UsersPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~UsersPage() override;

    models::UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    UserActions *actions() const { return m_actions; }
    UserDetailPanel *detailPanel() const { return m_detail; }
    UsersTableHeader *tableHeader() const { return m_header; }

    void focusPrimaryInput() override;
    // Selects `user` and shows their details (from another page, e.g. a team's member); when the
    // list does not show them, it is searched for their id.
    void showUser(const api::User &user);

Q_SIGNALS:
    // Show this team (a link in the user's teams).
    void openTeamRequested(const QString &teamId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateStatus();
    void updateEmptyState();
    void showSelectedUser();
    void sortByColumn(int column);
    void applyDefaultColumns();
    void updateSelection();
    void selectAfterReload();
    void refreshUser(const QString &userId);
    void showChangedUser(const api::User &user);

    ProjectContext m_context;
    models::UsersModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_order;
    QCheckBox *m_showRestricted;
    QCheckBox *m_showAnonymous;
    QCheckBox *m_onlyAnonymous;
    ErrorBanner *m_error;
    QTableView *m_table;
    QLabel *m_emptyState;
    UserDetailPanel *m_detail;
    QSplitter *m_splitter;
    QLabel *m_status;
    QTimer *m_searchDebounce;
    UserActions *m_actions;
    UsersTableHeader *m_header = nullptr;
    QString m_userToSelect; // kept selected across a reload (a user just created or changed)
};

} // namespace hexclave::ui
