#pragma once

#include "ProjectContext.h"
#include "dto/Team.h"
#include "dto/TeamInvitation.h"
#include "pages/SubjectDataView.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class TeamInvitationsModel;
}

namespace hexclave::ui {

// A team's pending invitations: send one by e-mail, the list with who and when it expires, revoke.
// Loads when shown.
class TeamInvitationsTab : public SubjectDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamInvitationsTab)

public:
    explicit TeamInvitationsTab(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamInvitationsTab() override;

    // The same team again (its row was refreshed) keeps what was loaded; another team forgets it.
    void setTeam(const api::Team &team);
    void clearTeam();

    const api::Team &team() const { return m_team; }
    models::TeamInvitationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *inviteButton() const { return m_invite; }
    QPushButton *revokeButton() const { return m_revoke; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;

private:
    const api::TeamInvitation *selectedInvitation() const;
    void invite();
    void revoke();

    api::Team m_team;
    models::TeamInvitationsModel *m_model;
    QTableView *m_table;
    QPushButton *m_invite;
    QPushButton *m_revoke;
};

} // namespace hexclave::ui
