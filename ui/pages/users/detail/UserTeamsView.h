#pragma once

#include "UserDataView.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class UserTeamsModel;
}

namespace hexclave::ui {

// The teams the user belongs to, each name a link to the team's page; removing the user from
// the selected team.
class UserTeamsView : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTeamsView)

public:
    explicit UserTeamsView(const ProjectContext &context, QWidget *parent = nullptr);

    models::UserTeamsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void openTeamRequested(const QString &teamId);

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;
    void userRefreshed() override;

private:
    const api::Team *selectedTeam() const;
    void removeFromTeam();

    models::UserTeamsModel *m_model;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace hexclave::ui
