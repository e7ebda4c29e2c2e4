#include "DeleteTeamDialog.h"

#include "DialogParts.h"
#include "endpoints/TeamsEndpoints.h"

#include <QLabel>

namespace hexclave::ui {

using Count = models::TeamMemberCounts::Count;

DeleteTeamDialog::DeleteTeamDialog(const ProjectContext &context, const api::Team &team, const Count &members,
                                   QWidget *parent)
    : TypedConfirmationDialog(context, tr("&Delete team"), parent)
    , m_team(team)
    , m_what(explanationLabel(QString(), this))
{
    setWindowTitle(tr("Delete %1").arg(team.displayName.isEmpty() ? team.id : team.displayName));
    const bool byName = !team.displayName.trimmed().isEmpty();
    setUpConfirmation(m_what,
                      byName ? tr("To confirm, type the team's name, <b>%1</b>:").arg(confirmationText().toHtmlEscaped())
                             : tr("This team has no name. To confirm, type its ID, <b>%1</b>:")
                                   .arg(confirmationText().toHtmlEscaped()),
                      byName ? tr("Type the team's name to confirm") : tr("Type the team ID to confirm"));
    if (members.isKnown())
        showMembers(members);
    else
        countMembers();
}

DeleteTeamDialog::~DeleteTeamDialog()
{
    if (m_countJob) {
        m_countJob->disconnect(this);
        m_countJob->abort();
    }
}

QString DeleteTeamDialog::confirmationText() const
{
    return m_team.displayName.trimmed().isEmpty() ? m_team.id : m_team.displayName;
}

// The list had not counted the members yet: count them the same way (one page of members).
void DeleteTeamDialog::countMembers()
{
    Count counting;
    counting.state = Count::State::Pending;
    showMembers(counting);
    api::ApiClient *client = context().client();
    if (!client)
        return;
    auto *job = client->send(models::TeamMemberCounts::countCall(context().scope(), m_team.id));
    m_countJob = job;
    connect(job, &api::ApiJob::finished, this, [this, job] { showMembers(models::TeamMemberCounts::countFrom(*job)); });
}

void DeleteTeamDialog::showMembers(const Count &members)
{
    const QString team = tr("The team %1 (%2) will be deleted for good.").arg(m_team.displayName, m_team.id);
    QString who;
    switch (members.state) {
    case Count::State::Known:
        if (members.members == 0)
            who = tr("It has no members, so nobody loses access.");
        else if (members.atLeast)
            who = tr("More than %n member(s) lose access to it and the permissions they hold in it.", nullptr,
                     members.members);
        else
            who = tr("Its %n member(s) lose access to it and the permissions they hold in it.", nullptr, members.members);
        break;
    case Count::State::Pending:
        who = tr("Counting the members who lose access…");
        break;
    case Count::State::Unknown:
    case Count::State::Failed:
        who = tr("Every member loses access to it and the permissions they hold in it (the members could not be counted).");
        break;
    }
    const QString rest = tr("Its invitations and API keys stop working. The users themselves are not deleted. "
                            "This cannot be undone.");
    m_what->setText(team + u' ' + who + u' ' + rest);
}

void DeleteTeamDialog::confirmed()
{
    send<api::NoContent>(
        api::teams::remove(context().scope(), m_team.id), tr("Deleting the team…"),
        [this](api::NoContent) {
            Q_EMIT deleted(m_team.id);
            accept();
        },
        [this](const api::ApiError &error) {
            updateDeleteButton();
            showServerError(error);
        });
}

} // namespace hexclave::ui
