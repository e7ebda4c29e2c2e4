#pragma once

#include "ProjectContext.h"
#include "dto/Team.h"
#include "dto/User.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace hexclave::ui {

class OwnedApiKeysView;
class TeamDetailsTab;
class TeamInvitationsTab;
class TeamMembersView;

// Everything about the selected team, in tabs: its members (with each member's permissions),
// its invitations, its API keys and its details. Each tab loads when it is first shown for the team.
class TeamDetailPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDetailPanel)

public:
    enum class Tab { Members, Invitations, ApiKeys, Details };
    Q_ENUM(Tab)

    explicit TeamDetailPanel(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamDetailPanel() override;

    // The same team again (its row changed) keeps what the tabs loaded; another team forgets it.
    void showTeam(const api::Team &team);
    void clear();
    QString shownTeamId() const { return m_team.id; }
    const api::Team &team() const { return m_team; }

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    QLabel *title() const { return m_title; }
    QTabWidget *tabs() const { return m_tabs; }
    TeamMembersView *membersView() const { return m_members; }
    TeamInvitationsTab *invitationsTab() const { return m_invitations; }
    OwnedApiKeysView *apiKeysView() const { return m_apiKeys; }
    TeamDetailsTab *detailsTab() const { return m_details; }

Q_SIGNALS:
    void editRequested();
    void openUserRequested(const hexclave::api::User &user);
    void membersChanged(const QString &teamId);
    void membersCounted(const QString &teamId, int members);

private:
    api::Team m_team;
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    TeamMembersView *m_members;
    TeamInvitationsTab *m_invitations;
    OwnedApiKeysView *m_apiKeys;
    TeamDetailsTab *m_details;
};

} // namespace hexclave::ui
