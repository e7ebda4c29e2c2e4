#pragma once

#include "ProjectContext.h"
#include "dto/User.h"
#include "pages/users/detail/UserPermissionsView.h"

namespace hexclave::ui {

// The team permissions one member holds in one team (contained ones marked): grant, revoke.
// The system permissions ($read_members, …) can be granted one by one. Loads when shown.
class TeamMemberPermissionsView : public UserPermissionsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberPermissionsView)

public:
    explicit TeamMemberPermissionsView(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamMemberPermissionsView() override;

    // The same member of the same team again keeps what was loaded; anything else forgets it.
    void setMember(const QString &teamId, const api::User &member);
    void clearMember();

    QString shownTeamId() const { return teamId(); }

private:
    // A member is always set with their team.
    using UserPermissionsView::clearUser;
    using UserPermissionsView::setUser;
};

} // namespace hexclave::ui
