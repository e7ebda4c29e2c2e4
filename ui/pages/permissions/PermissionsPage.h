#pragma once

#include "pages/Page.h"
#include "ProjectContext.h"
#include "dto/Permission.h"
#include "endpoints/PermissionsEndpoints.h"

#include <QPointer>

#include <array>
#include <functional>
#include <optional>

class QAbstractButton;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace hexclave::models {
class ConfigSettingsWriter;
class PermissionDefinitionsModel;
}

namespace hexclave::ui {

class DefaultPermissionsEditor;
class ErrorBanner;

// The project's permission definitions, team or project ones at a time: each with what it
// contains as an expandable tree; new, edit and delete (system permissions, $…, are read-only);
// and the default permissions the project gives by itself. A server key cannot read
// definitions or the configuration: the page says so instead.
class PermissionsPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionsPage)

public:
    using PermissionScope = api::permissions::PermissionScope;

    explicit PermissionsPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~PermissionsPage() override;

    // False with a credential that cannot read definitions (only the explanation is shown).
    bool canEdit() const { return m_canEdit; }
    PermissionScope scope() const { return m_scope; }
    // Switches the list; false when it did not switch (yet). Unsaved default permissions are
    // asked about first: Keep editing stays; Save switches once the save succeeded (and stays,
    // edits kept, when it could not start or failed); Discard switches at once.
    bool setScope(PermissionScope scope);
    // Reads the definitions and the configuration again (asks first about unsaved defaults, as
    // setScope() does).
    void reload();
    // The definitions are being read or one is being deleted.
    bool isLoading() const { return m_pendingLoads > 0 || isDeleting(); }
    bool isDeleting() const { return !m_deleting.isEmpty(); }
    const QList<api::PermissionDefinition> &definitions(PermissionScope scope) const;

    QAbstractButton *scopeButton(PermissionScope scope) const;
    QTreeView *tree() const { return m_tree; }
    models::PermissionDefinitionsModel *model() const { return m_model; }
    models::ConfigSettingsWriter *configWriter() const { return m_config; }
    DefaultPermissionsEditor *defaultsEditor() const { return m_defaults; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QMenu *contextMenu() const { return m_menu; }
    QString statusText() const;
    QString explanationText() const; // what a credential without access is told

    void activate() override;
    bool hasUnsavedChanges() const override;
    void focusPrimaryInput() override;

Q_SIGNALS:
    // A load, create, edit or delete finished and the list shows its result.
    void settled();

private:
    void buildExplanation(const QString &why);
    void buildPage();
    void loadDefinitions(PermissionScope scope, const QString &selectId = {});
    void loadFinished();
    void showScope(const QString &selectId);
    void updateActions();
    QString selectedId() const;
    const api::PermissionDefinition *selectedDefinition() const;
    QStringList allIds() const;
    bool settleUnsavedDefaults(const QString &question, std::function<void()> afterSave);
    QStringList defaultRecipientsOf(const QString &id) const;
    void dropFromDefaults(const QStringList &ids);
    void configAnswered(const api::ApiError *error);
    void openCreate();
    void openEdit();
    // Opens the definition dialog for `existing` (else for a new one) and reloads when it is done.
    void openDefinitionDialog(const std::optional<api::PermissionDefinition> &existing);
    void confirmDelete();
    void removeDefinition(const QString &id, bool isDefault);
    void setStatus(const QString &text);

    ProjectContext m_context;
    bool m_canEdit = false;
    PermissionScope m_scope = PermissionScope::Team;
    std::array<QList<api::PermissionDefinition>, 2> m_definitions;
    std::array<bool, 2> m_loaded{};
    int m_pendingLoads = 0;
    int m_generation = 0;
    QString m_selectAfterLoad;
    QPointer<QWidget> m_openDialog;
    std::function<void()> m_afterSave; // goes on once the default permissions are saved
    QString m_deleting;                // the definition being deleted
    // Deleted definitions the server leaves in rbac.defaultPermissions: still to be taken out,
    // and being taken out.
    QStringList m_staleDefaults;
    QStringList m_droppingDefaults;

    QString m_explanation; // what a credential without access is told
    models::ConfigSettingsWriter *m_config = nullptr;
    models::PermissionDefinitionsModel *m_model = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPushButton *m_teamScope = nullptr;
    QPushButton *m_projectScope = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_systemNote = nullptr; // the lock and what it means
    QLabel *m_status = nullptr;
    DefaultPermissionsEditor *m_defaults = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace hexclave::ui
