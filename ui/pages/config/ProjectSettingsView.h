#pragma once

#include "ProjectContext.h"
#include "dto/Project.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hexclave::api {
class ApiJob;
}

namespace hexclave::ui {

class ErrorBanner;

// The Configuration area's "Project" tab: the project's id (copyable) and creation time, its
// name and description (edited here, sent on Save, put back by Revert), the production-mode
// switch (sent as soon as it is flipped), and the danger zone where the project is deleted after
// its name is typed. Reads the project with GET /internal/projects/current (admin access) and
// writes it with PATCH; one request at a time, the fields it concerns disabled meanwhile.
class ProjectSettingsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSettingsView)

public:
    ProjectSettingsView(const ProjectContext &context, QWidget *parent = nullptr);
    ~ProjectSettingsView() override;

    bool hasUnsavedChanges() const;
    void discardUnsavedChanges();
    bool isLoaded() const { return m_project.has_value(); }
    bool isBusy() const { return !m_job.isNull(); }

    QLineEdit *idField() const { return m_id; }
    QPushButton *copyIdButton() const { return m_copyId; }
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QCheckBox *productionModeSwitch() const { return m_production; }
    QPushButton *deleteButton() const { return m_delete; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QLabel *statusLine() const { return m_status; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void projectUpdated(const hexclave::api::Project &project);
    void projectDeleted(const QString &projectId);

private:
    void showProject(const api::Project &project);
    void updateButtons();
    void save();
    void setProductionMode(bool on);
    void send(const api::ProjectUpdate &update, const QString &progress, const QString &failure);
    void openDeleteDialog();

    ProjectContext m_context;
    std::optional<api::Project> m_project; // as the server last answered
    QPointer<api::ApiJob> m_job;
    ErrorBanner *m_banner;
    QLineEdit *m_id;
    QPushButton *m_copyId;
    QLabel *m_created;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QCheckBox *m_production;
    QLabel *m_productionExplanation;
    QPushButton *m_delete;
};

} // namespace hexclave::ui
