#pragma once

#include "RequestDialog.h"
#include "dto/Project.h"

#include <QPointer>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Creates a project for the dashboard account of the context's connection (POST
// /internal/projects): its name (required), a description, and the team that owns it, chosen
// from the account's teams (GET /teams?user_id=me on the internal project, read when the dialog
// opens). One request per click; on 201 `created` gives the new project and the dialog closes.
class NewProjectDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    // `context`: the connection (a dashboard account); its project is not used.
    explicit NewProjectDialog(const ProjectContext &context, QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    api::NewProject newProject() const;
    bool teamsLoaded() const;

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QComboBox *teamField() const { return m_team; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void created(const hexclave::api::Project &project);

protected:
    bool hasUnsavedInput() const override;
    FieldMessage *fieldMessage(UserField field) const override;

private:
    void loadTeams();
    void updateCreateButton();
    void submit();

    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QPlainTextEdit *m_description;
    QComboBox *m_team;
    FieldMessage *m_teamMessage;
    QPushButton *m_create;
    QPointer<api::ApiJob> m_teamsJob;
    bool m_teamsLoaded = false;
};

} // namespace hexclave::ui
