#include "UserDetailPanel.h"

#include "TimeText.h"
#include "UsersModel.h"
#include "detail/ContactChannelsTab.h"
#include "detail/OAuthProvidersTab.h"
#include "detail/ProfileTab.h"
#include "detail/SessionsTab.h"
#include "detail/UserPermissionsView.h"
#include "detail/UserTeamsView.h"
#include "pages/apikeys/OwnedApiKeysView.h"

#include <QDateTime>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

UserDetailPanel::UserDetailPanel(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a user to see their details."), this))
    , m_details(new QWidget(this))
    , m_title(new QLabel(m_details))
    , m_subtitle(new QLabel(m_details))
    , m_tabs(new QTabWidget(m_details))
    , m_profile(new ProfileTab(m_tabs))
    , m_sessions(new SessionsTab(context, m_tabs))
    , m_contactChannels(new ContactChannelsTab(context, m_tabs))
    , m_oauthProviders(new OAuthProvidersTab(context, m_tabs))
    , m_teams(new UserTeamsView(context))
    , m_permissions(new UserPermissionsView(context))
    , m_apiKeys(new OwnedApiKeysView(context, api::ApiKeyOwnerKind::User, m_tabs))
{
    // No fixed minimum width: the tabs' tool bars set it, so that no button is ever cut.
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);

    auto *teamsAndPermissions = new QSplitter(Qt::Vertical, m_tabs);
    teamsAndPermissions->addWidget(m_teams);
    teamsAndPermissions->addWidget(m_permissions);
    teamsAndPermissions->setChildrenCollapsible(false);

    // Short tab titles: the panel shares the window with the users table.
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_profile, tr("Profile"));
    m_tabs->addTab(m_sessions, tr("Sessions"));
    m_tabs->addTab(m_contactChannels, tr("Emails"));
    m_tabs->addTab(m_oauthProviders, tr("OAuth"));
    m_tabs->addTab(teamsAndPermissions, tr("Teams"));
    m_tabs->addTab(m_apiKeys, tr("API keys"));
    m_tabs->setTabToolTip(int(Tab::ContactChannels), tr("Contact channels: the user's email addresses"));
    m_tabs->setTabToolTip(int(Tab::OAuthProviders), tr("Accounts linked with OAuth providers"));
    m_tabs->setTabToolTip(int(Tab::TeamsAndPermissions), tr("Teams and project permissions"));
    m_tabs->setTabToolTip(int(Tab::ApiKeys), tr("The user's own API keys"));
    m_tabs->setAccessibleName(tr("User details"));

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_details, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &UserDetailPanel::loadCurrentTab);
    connect(m_teams, &UserTeamsView::openTeamRequested, this, &UserDetailPanel::openTeamRequested);
    for (UserDataView *view : viewsOfTab(-1))
        connect(view, &UserDataView::userChanged, this, &UserDetailPanel::userChanged);
    clear();
}

UserDetailPanel::~UserDetailPanel() = default;

QList<UserDataView *> UserDetailPanel::viewsOfTab(int index) const
{
    switch (index) {
    case int(Tab::Sessions): return {m_sessions};
    case int(Tab::ContactChannels): return {m_contactChannels};
    case int(Tab::OAuthProviders): return {m_oauthProviders};
    case int(Tab::TeamsAndPermissions): return {m_teams, m_permissions};
    case -1: return {m_sessions, m_contactChannels, m_oauthProviders, m_teams, m_permissions};
    default: return {};
    }
}

UserDetailPanel::Tab UserDetailPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void UserDetailPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void UserDetailPanel::loadCurrentTab()
{
    if (m_user.id.isEmpty())
        return;
    for (UserDataView *view : viewsOfTab(m_tabs->currentIndex()))
        view->ensureLoaded();
}

void UserDetailPanel::clear()
{
    m_user = {};
    for (UserDataView *view : viewsOfTab(-1))
        view->clearUser();
    m_apiKeys->clearOwner();
    m_details->hide();
    m_placeholder->show();
}

void UserDetailPanel::showUser(const api::User &user)
{
    m_user = user;
    m_placeholder->hide();
    m_details->show();
    m_title->setText(models::UsersModel::nameText(user));
    m_subtitle->setText(user.lastActiveAtMillis
                            ? tr("Last active %1").arg(models::relativeTime(*user.lastActiveAtMillis,
                                                                            QDateTime::currentMSecsSinceEpoch()))
                            : tr("Never active"));
    m_subtitle->setToolTip(user.lastActiveAtMillis ? models::absoluteTime(*user.lastActiveAtMillis) : QString());
    m_profile->showUser(user);
    for (UserDataView *view : viewsOfTab(-1))
        view->setUser(user);
    m_apiKeys->setOwner(user.id, user.label()); // loads itself when its tab is shown
    loadCurrentTab();
}

} // namespace hexclave::ui
