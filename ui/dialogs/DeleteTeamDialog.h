#pragma once

#include "TeamMemberCounts.h"
#include "TypedConfirmationDialog.h"
#include "dto/Team.h"

#include <QPointer>

class QLabel;

namespace hexclave::ui {

// Deletes a team for good, after saying how many members lose access (counted here when the
// list had not counted them yet) and what goes with it, and having the person type the team's
// name exactly (its id, for a team without a name).
class DeleteTeamDialog : public TypedConfirmationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteTeamDialog)

public:
    // `members`: the count the teams list knows, if any.
    DeleteTeamDialog(const ProjectContext &context, const api::Team &team,
                     const models::TeamMemberCounts::Count &members = {}, QWidget *parent = nullptr);
    ~DeleteTeamDialog() override;

    // What has to be typed: the display name, else the id.
    QString confirmationText() const override;
    QLabel *explanation() const { return m_what; }

Q_SIGNALS:
    void deleted(const QString &teamId);

private:
    void countMembers();
    void showMembers(const models::TeamMemberCounts::Count &members);
    void confirmed() override;

    api::Team m_team;
    QLabel *m_what;
    QPointer<api::ApiJob> m_countJob;
};

} // namespace hexclave::ui
