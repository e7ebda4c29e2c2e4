#pragma once

#include "RequestDialog.h"
#include "TeamMemberCounts.h"
#include "dto/Team.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

// Deletes a team for good, after saying how many members lose access (counted here when the
// list had not counted them yet) and what goes with it, and having the person type the team's
// name exactly (its id, for a team without a name).
class DeleteTeamDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteTeamDialog)

public:
    // `members`: the count the teams list knows, if any.
    DeleteTeamDialog(const ProjectContext &context, const api::Team &team,
                     const models::TeamMemberCounts::Count &members = {}, QWidget *parent = nullptr);
    ~DeleteTeamDialog() override;

    // What has to be typed: the display name, else the id.
    QString confirmationText() const;
    QLabel *explanation() const { return m_what; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void deleted(const QString &teamId);

private:
    void countMembers();
    void showMembers(const models::TeamMemberCounts::Count &members);
    void updateDeleteButton();
    void deleteTeam();

    api::Team m_team;
    QLabel *m_what;
    QLineEdit *m_confirmation;
    QPushButton *m_delete;
    QPointer<api::ApiJob> m_countJob;
};

} // namespace hexclave::ui
