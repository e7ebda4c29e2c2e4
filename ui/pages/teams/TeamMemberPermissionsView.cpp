#include "TeamMemberPermissionsView.h"

namespace hexclave::ui {

TeamMemberPermissionsView::TeamMemberPermissionsView(const ProjectContext &context, QWidget *parent)
    : UserPermissionsView(context, api::permissions::PermissionScope::Team, parent)
{
    setLoadsWhenShown(true);
}

TeamMemberPermissionsView::~TeamMemberPermissionsView() = default;

void TeamMemberPermissionsView::setMember(const QString &teamId, const api::User &member)
{
    if (teamId != this->teamId()) {
        clearUser(); // the same user in another team holds other permissions
        setTeamId(teamId);
    }
    setUser(member);
}

void TeamMemberPermissionsView::clearMember()
{
    clearUser();
    setTeamId({});
}

} // namespace hexclave::ui
