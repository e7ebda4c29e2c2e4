#include "UserDataView.h"

namespace hexclave::ui {

UserDataView::UserDataView(const ProjectContext &context, QWidget *parent)
    : SubjectDataView(context, parent)
{
    connect(this, &SubjectDataView::subjectChanged, this, &UserDataView::userChanged);
}

UserDataView::~UserDataView() = default;

void UserDataView::setUser(const api::User &user)
{
    m_user = user;
    setSubject(user.id, user.label());
}

void UserDataView::clearUser()
{
    m_user = {};
    clearSubject();
}

SubjectDataView::Change UserDataView::subjectChange(const Change &change)
{
    return {.busyText = change.busyText,
            .doneText = change.doneText,
            .failedText = change.failedText,
            .affectsSubject = change.affectsUserRow};
}

} // namespace hexclave::ui
