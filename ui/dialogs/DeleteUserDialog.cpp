#include "DeleteUserDialog.h"

#include "DialogParts.h"
#include "endpoints/UsersEndpoints.h"

#include <QLabel>

namespace hexclave::ui {

DeleteUserDialog::DeleteUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent)
    : TypedConfirmationDialog(context, tr("&Delete user"), parent)
    , m_user(user)
{
    setWindowTitle(tr("Delete %1").arg(user.label()));
    auto *what = explanationLabel(
        tr("%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed "
           "out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and "
           "API keys. This cannot be undone.")
            .arg(user.label(), user.id),
        this);
    const bool byEmail = user.primaryEmail.has_value() && !user.primaryEmail->isEmpty();
    setUpConfirmation(what,
                      byEmail ? tr("To confirm, type the user's email address, <b>%1</b>:").arg(confirmationText().toHtmlEscaped())
                              : tr("This user has no email address. To confirm, type the user's ID, <b>%1</b>:")
                                    .arg(confirmationText().toHtmlEscaped()),
                      byEmail ? tr("Type the email address to confirm") : tr("Type the user ID to confirm"));
}

QString DeleteUserDialog::confirmationText() const
{
    return m_user.primaryEmail && !m_user.primaryEmail->isEmpty() ? *m_user.primaryEmail : m_user.id;
}

void DeleteUserDialog::confirmed()
{
    send<api::NoContent>(
        api::users::remove(context().scope(), m_user.id), tr("Deleting the user…"),
        [this](api::NoContent) {
            Q_EMIT deleted(m_user.id);
            accept();
        },
        [this](const api::ApiError &error) {
            updateDeleteButton();
            showServerError(error);
        });
}

} // namespace hexclave::ui
