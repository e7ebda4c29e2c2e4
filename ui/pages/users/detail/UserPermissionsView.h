#pragma once

#include "UserDataView.h"

#include "dto/Permission.h"
#include "endpoints/PermissionsEndpoints.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class UserPermissionsModel;
}

namespace hexclave::ui {

// The user's project permissions — or, for a team member (TeamMemberPermissionsView), their
// permissions in one team — granted directly, or inherited through a granted one, with granting
// and revoking. Reading the definitions (to choose from, and for descriptions) needs admin
// access; with a server key a permission is granted by typing its id.
class UserPermissionsView : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPermissionsView)

public:
    explicit UserPermissionsView(const ProjectContext &context, QWidget *parent = nullptr); // project permissions

    models::UserPermissionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }

protected:
    // Team permissions: those of the user in the team set with setTeamId().
    UserPermissionsView(const ProjectContext &context, api::permissions::PermissionScope scope, QWidget *parent);

    api::permissions::PermissionScope scope() const { return m_scope; }
    QString teamId() const { return m_teamId; }
    void setTeamId(const QString &teamId) { m_teamId = teamId; }

    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void loadFinished() override;
    void updateActions() override;

private:
    bool isTeamScope() const { return m_scope == api::permissions::PermissionScope::Team; }
    bool canReadDefinitions() const;
    int selectedRow() const;
    QStringList grantableItems() const; // "id — description" of what the user does not hold yet
    QString grantToolTip() const;
    api::Call<api::Page<api::PermissionGrant>> grantsCall(bool recursive) const;
    void grant();
    void revoke();

    api::permissions::PermissionScope m_scope;
    QString m_teamId;
    models::UserPermissionsModel *m_model;
    QTableView *m_table;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QList<api::PermissionGrant> m_direct;
    QList<api::PermissionGrant> m_recursive;
    QList<api::PermissionDefinition> m_definitions;
};

} // namespace hexclave::ui
