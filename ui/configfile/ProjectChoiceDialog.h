#pragma once

#include "connections/ConnectionSession.h"
#include "dto/Project.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QListWidget;

namespace hexclave::api {
class Workspace;
}

namespace hexclave::ui {

// A project whose configuration a file is pulled from, compared with or pushed to.
struct ConfigProjectChoice
{
    QPointer<api::ConnectionSession> session;
    api::Project project;

    api::ApiClient *client() const { return session ? session->client() : nullptr; }
    api::ProjectScope scope() const { return api::ProjectScope::project(project.id); }
    QString displayName() const { return project.displayName.isEmpty() ? project.id : project.displayName; }
};

// Chooses one of the projects of the main window's connections whose credential may use the
// configuration (dashboard accounts and admin keys).
class ProjectChoiceDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectChoiceDialog)

public:
    ProjectChoiceDialog(const QList<ConfigProjectChoice> &choices, const QString &title, const QString &acceptText,
                        const QString &preferredProjectId, QWidget *parent = nullptr);

    std::optional<ConfigProjectChoice> chosen() const;
    QListWidget *list() const { return m_list; }

    // The projects of ready connections that may use the configuration.
    static QList<ConfigProjectChoice> candidates(api::Workspace *workspace);
    // Asks for a project; with no candidate says what to do instead (connect first, or which
    // credential is needed) and returns nullopt.
    static std::optional<ConfigProjectChoice> choose(QWidget *parent, api::Workspace *workspace, const QString &title,
                                                     const QString &acceptText, const QString &preferredProjectId);

private:
    QList<ConfigProjectChoice> m_choices;
    QListWidget *m_list;
};

} // namespace hexclave::ui
