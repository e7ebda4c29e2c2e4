#pragma once

#include "ProjectContext.h"
#include "dto/User.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace hexclave::ui {

class ContactChannelsTab;
class OwnedApiKeysView;
class OAuthProvidersTab;
class ProfileTab;
class SessionsTab;
class UserDataView;
class UserPermissionsView;
class UserTeamsView;

// Everything about the selected user, in tabs: the profile the users list answered, then the
// sessions, contact channels, OAuth accounts, teams and permissions, and API keys — each loaded from the
// server when its tab is first shown for the user, and changeable there.
class UserDetailPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailPanel)

public:
    enum class Tab { Profile, Sessions, ContactChannels, OAuthProviders, TeamsAndPermissions, ApiKeys };
    Q_ENUM(Tab)

    explicit UserDetailPanel(const ProjectContext &context, QWidget *parent = nullptr);
    ~UserDetailPanel() override;

    // Another user forgets what the tabs loaded; the same user (their row refreshed) keeps it.
    void showUser(const api::User &user);
    void clear();
    QString shownUserId() const { return m_user.id; }

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    ProfileTab *profileTab() const { return m_profile; }
    SessionsTab *sessionsTab() const { return m_sessions; }
    ContactChannelsTab *contactChannelsTab() const { return m_contactChannels; }
    OAuthProvidersTab *oauthProvidersTab() const { return m_oauthProviders; }
    UserTeamsView *teamsView() const { return m_teams; }
    UserPermissionsView *permissionsView() const { return m_permissions; }
    OwnedApiKeysView *apiKeysView() const { return m_apiKeys; }

Q_SIGNALS:
    // A team name (or "Open team") was clicked: show that team.
    void openTeamRequested(const QString &teamId);
    // A change made here affects what the users table shows about this user: refresh the row.
    void userChanged(const QString &userId);

private:
    QList<UserDataView *> viewsOfTab(int index) const;
    void loadCurrentTab();

    api::User m_user;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    ProfileTab *m_profile;
    SessionsTab *m_sessions;
    ContactChannelsTab *m_contactChannels;
    OAuthProvidersTab *m_oauthProviders;
    UserTeamsView *m_teams;
    UserPermissionsView *m_permissions;
    OwnedApiKeysView *m_apiKeys;
};

} // namespace hexclave::ui
