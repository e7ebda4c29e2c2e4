#include "TeamInvitationsTab.h"

#include "InviteToTeamDialog.h"
#include "TeamInvitationsModel.h"
#include "endpoints/TeamInvitationsEndpoints.h"
#include "pages/users/detail/UserListTable.h"
#include "widgets/DimmedRowDelegate.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace hexclave::ui {

using models::TeamInvitationsModel;

TeamInvitationsTab::TeamInvitationsTab(const ProjectContext &context, QWidget *parent)
    : SubjectDataView(context, parent)
    , m_model(new TeamInvitationsModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_invite(new QPushButton(tr("Invite…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
{
    setTitle(tr("Pending invitations"));
    m_table->setAccessibleName(tr("Pending invitations"));
    m_table->setItemDelegate(new DimmedRowDelegate(TeamInvitationsModel::IsExpiredRole, m_table));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(TeamInvitationsModel::RecipientColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(TeamInvitationsModel::ExpiresColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TeamInvitationsModel::ExpiresAtColumn, QHeaderView::ResizeToContents);

    m_invite->setToolTip(tr("Email someone a link to join this team"));
    m_revoke->setToolTip(tr("Withdraw the selected invitation: its link stops working"));
    addToolButton(m_invite);
    addToolButton(m_revoke);
    setListView(m_table);
    setLoadsWhenShown(true);

    connect(m_invite, &QPushButton::clicked, this, &TeamInvitationsTab::invite);
    connect(m_revoke, &QPushButton::clicked, this, &TeamInvitationsTab::revoke);
    bindDeleteKey(m_revoke);
    updateActions();
}

TeamInvitationsTab::~TeamInvitationsTab() = default;

void TeamInvitationsTab::setTeam(const api::Team &team)
{
    m_team = team;
    setSubject(team.id, team.displayName);
}

void TeamInvitationsTab::clearTeam()
{
    m_team = {};
    clearSubject();
}

void TeamInvitationsTab::startLoading()
{
    fetch(api::teamInvitations::list(context().scope(), subjectId()),
          [this](api::Page<api::TeamInvitation> page) { m_model->setRows(std::move(page.items)); });
}

void TeamInvitationsTab::clearData()
{
    m_model->clear();
}

bool TeamInvitationsTab::hasData() const
{
    return m_model->rowCount() > 0;
}

QString TeamInvitationsTab::emptyText() const
{
    return tr("No pending invitations. Invite someone by email to let them join the team.");
}

QString TeamInvitationsTab::loadingText() const
{
    return tr("Loading invitations…");
}

QString TeamInvitationsTab::failedText() const
{
    return tr("The invitations could not be loaded. The reason is shown above.");
}

const api::TeamInvitation *TeamInvitationsTab::selectedInvitation() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->rowAt(current.row())
                                                                                        : nullptr;
}

void TeamInvitationsTab::updateActions()
{
    m_invite->setEnabled(canAct());
    m_revoke->setEnabled(canAct() && selectedInvitation());
}

void TeamInvitationsTab::invite()
{
    if (!canAct())
        return;
    auto *dialog = new InviteToTeamDialog(context(), m_team, this);
    const int generation = subjectGeneration();
    // Sent by the dialog, for the team it was opened for: reported only while that team is shown.
    connect(dialog, &QDialog::finished, this, [this, dialog, generation](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted || generation != subjectGeneration())
            return;
        showResult(tr("Invitation sent to %1.").arg(dialog->sentTo()), false);
        reload();
    });
    dialog->open();
}

void TeamInvitationsTab::revoke()
{
    const api::TeamInvitation *invitation = selectedInvitation();
    if (!invitation)
        return;
    const QString id = invitation->id;
    const QString recipient = invitation->recipientEmail;
    const QString teamId = subjectId();
    confirm(tr("Revoke invitation"),
            tr("Revoke the invitation of %1 to %2? The link in the email stops working.").arg(recipient, m_team.displayName),
            tr("Revoke"), [this, id, recipient, teamId] {
                perform<api::NoContent>(api::teamInvitations::revoke(context().scope(), teamId, id),
                                        {.busyText = tr("Revoking the invitation of %1…").arg(recipient),
                                         .doneText = tr("The invitation of %1 was revoked.").arg(recipient),
                                         .failedText = tr("Revoking the invitation of %1 failed.").arg(recipient),
                                         .affectsSubject = false});
            });
}

} // namespace hexclave::ui
