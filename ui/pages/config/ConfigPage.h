#pragma once

#include "ProjectContext.h"
#include "pages/Page.h"

class QLabel;

namespace hexclave::models {
class ProjectConfigTarget;
}

namespace hexclave::ui {

class ConfigExpertView;
class ConfigSettingsPanel;
class ProjectSettingsView;
class ErrorBanner;

// The Configuration area: the common settings (Sign-in, OAuth providers, Domains, Teams & users,
// Apps), the expert view of every level, the hexclave.config.ts file tab and the project's own
// settings, over the project's configuration on the server.
class ConfigPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)

public:
    enum Tab { SignIn, OAuthProviders, Domains, TeamsAndUsers, Apps, Expert, File, ProjectTab };

    ConfigPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~ConfigPage() override;

    bool hasUnsavedChanges() const override;
    void discardUnsavedChanges() override;
    void showTab(Tab tab);

    models::ProjectConfigTarget *target() const { return m_target; }
    ConfigSettingsPanel *settingsPanel() const { return m_panel; }

Q_SIGNALS:
    void openFileRequested(const QString &path);
    void projectUpdated(const hexclave::api::Project &project);
    void projectDeleted(const QString &projectId);
    void apiKeysPageRequested();

private:
    void reload();

    ProjectContext m_context;
    models::ProjectConfigTarget *m_target;
    ErrorBanner *m_banner;
    QLabel *m_loading;
    ConfigSettingsPanel *m_panel;
    ConfigExpertView *m_expert;
    ProjectSettingsView *m_project;
};

} // namespace hexclave::ui
