#include "UserConfirmations.h"

#include "core/ApiClient.h"
#include "endpoints/UsersEndpoints.h"

#include <QMessageBox>
#include <QPushButton>

namespace hexclave::ui {

bool UserConfirmations::confirmRemoveTwoFactor(QWidget *parent, const api::User &user)
{
    QMessageBox question(QMessageBox::Warning, tr("Remove two-factor authentication"),
                         tr("Remove the two-factor authentication of %1?").arg(user.label()), QMessageBox::NoButton,
                         parent);
    question.setInformativeText(tr("They can then sign in with their password alone, and can set up an "
                                   "authenticator app again. Do this only after checking who asks for it."));
    QPushButton *remove = question.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(cancel);
    question.setEscapeButton(cancel);
    question.exec();
    return question.clickedButton() == remove;
}

api::Job<api::User> *UserConfirmations::removeTwoFactor(QWidget *parent, const ProjectContext &context,
                                                        const api::User &user)
{
    if (!confirmRemoveTwoFactor(parent, user) || !context.client())
        return nullptr;
    return context.client()->send(
        api::users::update(context.scope(), user.id, api::users::UserPatch::withoutTwoFactor()));
}

} // namespace hexclave::ui
