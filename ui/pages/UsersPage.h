#pragma once

#include "Page.h"
#include "ProjectContext.h"

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
class UserDetailPanel;

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

    void focusPrimaryInput() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateStatus();
    void updateEmptyState();
    void showSelectedUser();
    void loadVisibleRows();
    void sortByColumn(int column);

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
};

} // namespace hexclave::ui
