#pragma once

#include "UserDataView.h"

#include "dto/Permission.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class UserPermissionsModel;
}

namespace hexclave::ui {

// The user's project permissions — granted directly, or inherited through a granted one —
// with granting and revoking. Reading the definitions (to choose from, and for descriptions)
// needs admin access; with a server key a permission is granted by typing its id.
class UserPermissionsView : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPermissionsView)

public:
    explicit UserPermissionsView(const ProjectContext &context, QWidget *parent = nullptr);

    models::UserPermissionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void loadFinished() override;
    void updateActions() override;

private:
    bool canReadDefinitions() const;
    int selectedRow() const;
    QStringList grantableItems() const; // "id — description" of what the user does not hold yet
    void grant();
    void revoke();

    models::UserPermissionsModel *m_model;
    QTableView *m_table;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QList<api::PermissionGrant> m_direct;
    QList<api::PermissionGrant> m_recursive;
    QList<api::PermissionDefinition> m_definitions;
};

} // namespace hexclave::ui
