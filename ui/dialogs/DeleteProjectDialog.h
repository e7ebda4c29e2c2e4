#pragma once

#include "TypedConfirmationDialog.h"
#include "dto/Project.h"

namespace hexclave::ui {

// Deletes the context's project for good (DELETE /internal/projects/current) once its name is
// typed exactly (its id, for a project without a name), after saying what goes with it.
class DeleteProjectDialog : public TypedConfirmationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteProjectDialog)

public:
    DeleteProjectDialog(const ProjectContext &context, const api::Project &project, QWidget *parent = nullptr);

    QString confirmationText() const override;
    QLabel *explanation() const { return m_what; }

Q_SIGNALS:
    void deleted(const QString &projectId);

private:
    void confirmed() override;

    api::Project m_project;
    QLabel *m_what;
};

} // namespace hexclave::ui
