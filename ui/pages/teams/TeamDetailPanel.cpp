#include "TeamDetailPanel.h"

#include "TeamDetailsTab.h"
#include "TeamInvitationsTab.h"
#include "TeamMembersView.h"
#include "TimeText.h"
#include "pages/apikeys/OwnedApiKeysView.h"

#include <QDateTime>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

TeamDetailPanel::TeamDetailPanel(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a team to see its members, invitations, API keys and details."), this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_subtitle(new QLabel(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_members(new TeamMembersView(context, m_tabs))
    , m_invitations(new TeamInvitationsTab(context, m_tabs))
    , m_apiKeys(new OwnedApiKeysView(context, api::ApiKeyOwnerKind::Team, m_tabs))
    , m_details(new TeamDetailsTab(m_tabs))
{
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
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_invitations, tr("Invitations"));
    m_tabs->addTab(m_apiKeys, tr("API keys"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->setTabToolTip(int(Tab::Members), tr("The team's members and the permissions each holds in the team"));
    m_tabs->setTabToolTip(int(Tab::Invitations), tr("Invitations sent by email that were not accepted yet"));
    m_tabs->setTabToolTip(int(Tab::ApiKeys), tr("API keys that act for the team"));
    m_tabs->setTabToolTip(int(Tab::Details), tr("ID, creation time, profile image and metadata"));
    m_tabs->setAccessibleName(tr("Team details"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);

    connect(m_details, &TeamDetailsTab::editRequested, this, &TeamDetailPanel::editRequested);
    connect(m_members, &TeamMembersView::openUserRequested, this, &TeamDetailPanel::openUserRequested);
    connect(m_members, &TeamMembersView::membersChanged, this, &TeamDetailPanel::membersChanged);
    connect(m_members, &TeamMembersView::membersCounted, this, &TeamDetailPanel::membersCounted);
    clear();
}

TeamDetailPanel::~TeamDetailPanel() = default;

TeamDetailPanel::Tab TeamDetailPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void TeamDetailPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void TeamDetailPanel::showTeam(const api::Team &team)
{
    m_team = team;
    m_placeholder->hide();
    m_content->show();
    m_title->setText(team.displayName.isEmpty() ? tr("(no name)") : team.displayName);
    m_subtitle->setText(team.createdAtMillis > 0
                            ? tr("Created %1 · %2").arg(models::relativeTime(team.createdAtMillis,
                                                                             QDateTime::currentMSecsSinceEpoch()),
                                                        team.id)
                            : team.id);
    m_subtitle->setToolTip(team.createdAtMillis > 0 ? models::absoluteTime(team.createdAtMillis) : QString());
    // Each view keeps what it loaded for the same team, and loads when its tab is shown.
    m_members->setTeam(team);
    m_invitations->setTeam(team);
    m_apiKeys->setOwner(team.id, team.displayName);
    m_details->showTeam(team);
}

void TeamDetailPanel::clear()
{
    m_team = {};
    m_members->clearTeam();
    m_invitations->clearTeam();
    m_apiKeys->clearOwner();
    m_details->clear();
    m_content->hide();
    m_placeholder->show();
}

} // namespace hexclave::ui
