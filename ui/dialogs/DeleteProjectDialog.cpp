#include "DeleteProjectDialog.h"

#include "DialogParts.h"
#include "endpoints/ProjectsEndpoints.h"

#include <QLabel>

namespace hexclave::ui {

DeleteProjectDialog::DeleteProjectDialog(const ProjectContext &context, const api::Project &project, QWidget *parent)
    : TypedConfirmationDialog(context, tr("&Delete project"), parent)
    , m_project(project)
    , m_what(explanationLabel(QString(), this))
{
    setObjectName(QStringLiteral("deleteProjectDialog"));
    setWindowTitle(tr("Delete %1").arg(confirmationText()));
    QString text = tr("The project %1 (%2) will be deleted for good, with everything in it: its users, teams, "
                      "permissions, API keys, configuration, payments and emails. Apps that use it stop working. "
                      "This cannot be undone.")
                       .arg(project.displayName, project.id);
    if (context.session && context.credentialKind() != api::CredentialKind::DashboardAccount)
        text += u' ' + tr("The key this connection uses belongs to the project and stops working too.");
    m_what->setText(text);
    const bool byName = !project.displayName.trimmed().isEmpty();
    setUpConfirmation(m_what,
                      byName ? tr("To confirm, type the project's name, <b>%1</b>:").arg(confirmationText().toHtmlEscaped())
                             : tr("This project has no name. To confirm, type its ID, <b>%1</b>:")
                                   .arg(confirmationText().toHtmlEscaped()),
                      byName ? tr("Type the project's name to confirm") : tr("Type the project ID to confirm"));
}

QString DeleteProjectDialog::confirmationText() const
{
    return m_project.displayName.trimmed().isEmpty() ? m_project.id : m_project.displayName;
}

void DeleteProjectDialog::confirmed()
{
    send<api::NoContent>(
        api::projects::deleteCurrent(context().scope()), tr("Deleting the project…"),
        [this](api::NoContent) {
            Q_EMIT deleted(m_project.id);
            accept();
        },
        [this](const api::ApiError &error) {
            updateDeleteButton();
            showServerError(error);
        });
}

} // namespace hexclave::ui
