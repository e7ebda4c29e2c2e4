#pragma once

#include "ConfigSettingsWriter.h"
#include "dto/Permission.h"
#include "endpoints/PermissionsEndpoints.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hexclave::ui {

class ErrorBanner;
class PermissionChecklist;

// The permissions the project hands out by itself (config rbac.defaultPermissions): to whoever
// creates a team and to every team member (team permissions), and to every new user at sign-up
// (project permissions). Ticks are saved with Save (through ConfigSettingsWriter, which checks
// that they took effect) or dropped with Revert; until then the configuration read from the
// server does not overwrite them, except that ids neither defined nor configured any more (a
// deleted definition) are dropped.
class DefaultPermissionsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultPermissionsEditor)

public:
    enum class Recipient { TeamCreator, TeamMember, SignUp };

    DefaultPermissionsEditor(models::ConfigSettingsWriter *writer, QWidget *parent = nullptr);

    static QString configPath(Recipient recipient); // rbac.defaultPermissions.teamCreator, …

    // Shows the lists of `scope` with `definitions` (that scope's) to choose from.
    void setDefinitions(api::permissions::PermissionScope scope, const QList<api::PermissionDefinition> &definitions);
    api::permissions::PermissionScope scope() const { return m_scope; }

    bool hasUnsavedChanges() const;
    bool isSaving() const { return m_saving; }
    // Sends the changed lists; savedOrFailed() follows. False when nothing was sent: nothing to
    // save, a save under way, or the configuration being read (the status says so).
    bool save();
    // Back to what the server's configuration says.
    void revert();

    PermissionChecklist *checklist(Recipient recipient) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QString statusText() const;

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    // A save finished: `ok` when every list shows on the server as it was saved.
    void savedOrFailed(bool ok);

private:
    QList<Recipient> shownRecipients() const;
    QStringList configured(Recipient recipient) const;
    void fillLists(bool keepTicks);
    void updateState();
    void configLoaded();
    void configFailed(models::ConfigSettingsWriter::Stage stage, const api::ApiError &error);

    models::ConfigSettingsWriter *m_writer;
    api::permissions::PermissionScope m_scope = api::permissions::PermissionScope::Team;
    QList<api::PermissionDefinition> m_definitions;
    QHash<Recipient, QStringList> m_baseline; // what the lists were filled from: unsaved = differs
    bool m_saving = false;
    bool m_wasUnsaved = false;

    ErrorBanner *m_banner;
    QWidget *m_teamCreatorBox;
    QWidget *m_teamMemberBox;
    QWidget *m_signUpBox;
    PermissionChecklist *m_teamCreator;
    PermissionChecklist *m_teamMember;
    PermissionChecklist *m_signUp;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace hexclave::ui
