#include "UserPermissionsView.h"

#include "UserListTable.h"
#include "UserPermissionsModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>

namespace hexclave::ui {

using api::permissions::PermissionScope;
using models::UserPermissionsModel;

namespace {

// "id — description" in the grant dialog's list; the id is what is sent.
const QString itemSeparator = QStringLiteral(" — ");

} // namespace

UserPermissionsView::UserPermissionsView(const ProjectContext &context, QWidget *parent)
    : UserPermissionsView(context, PermissionScope::Project, parent)
{
}

UserPermissionsView::UserPermissionsView(const ProjectContext &context, PermissionScope scope, QWidget *parent)
    : UserDataView(context, parent)
    , m_scope(scope)
    , m_model(new UserPermissionsModel(scope, this))
    , m_table(makeUserListTable(m_model, this))
    , m_grant(new QPushButton(tr("Grant…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
{
    setTitle(isTeamScope() ? tr("Team permissions") : tr("Project permissions"));
    m_table->setAccessibleName(isTeamScope() ? tr("Team permissions of the member") : tr("Project permissions of the user"));
    m_table->setTextElideMode(Qt::ElideRight);
    // "Inherited from team_member" is read whole; the description takes the rest.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(UserPermissionsModel::PermissionColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(UserPermissionsModel::SourceColumn, QHeaderView::ResizeToContents);

    m_grant->setToolTip(grantToolTip());
    addToolButton(m_grant);
    addToolButton(m_revoke);
    setListView(m_table);
    if (context.session && !canReadDefinitions())
        setNotice(context.capability(api::Area::Permissions).explanation + u' '
                  + tr("Permissions are granted here by typing their id."));

    connect(m_grant, &QPushButton::clicked, this, &UserPermissionsView::grant);
    connect(m_revoke, &QPushButton::clicked, this, &UserPermissionsView::revoke);
    bindDeleteKey(m_revoke);
    updateActions();
}

bool UserPermissionsView::canReadDefinitions() const
{
    return context().session && context().capability(api::Area::Permissions).level == api::Capability::Level::Full;
}

QString UserPermissionsView::grantToolTip() const
{
    return isTeamScope() ? tr("Give the member a permission in this team") : tr("Give the user a project permission");
}

api::Call<api::Page<api::PermissionGrant>> UserPermissionsView::grantsCall(bool recursive) const
{
    return isTeamScope() ? api::permissions::ofTeamMember(context().scope(), m_teamId, userId(), recursive)
                         : api::permissions::ofUser(context().scope(), userId(), recursive);
}

void UserPermissionsView::startLoading()
{
    m_direct.clear();
    m_recursive.clear();
    m_definitions.clear();
    fetch(grantsCall(false), [this](api::Page<api::PermissionGrant> page) { m_direct = std::move(page.items); });
    fetch(grantsCall(true), [this](api::Page<api::PermissionGrant> page) { m_recursive = std::move(page.items); });
    if (canReadDefinitions()) {
        fetch(api::permissions::definitions(context().scope(), m_scope),
              [this](api::Page<api::PermissionDefinition> page) { m_definitions = std::move(page.items); });
    }
}

void UserPermissionsView::loadFinished()
{
    m_model->setRows(UserPermissionsModel::combine(m_direct, m_recursive, m_definitions));
}

void UserPermissionsView::clearData()
{
    m_model->clear();
    m_direct.clear();
    m_recursive.clear();
    m_definitions.clear();
}

bool UserPermissionsView::hasData() const
{
    return m_model->rowCount() > 0;
}

QString UserPermissionsView::emptyText() const
{
    return isTeamScope() ? tr("No permissions in this team.") : tr("No project permissions.");
}

QString UserPermissionsView::loadingText() const
{
    return tr("Loading permissions…");
}

QString UserPermissionsView::failedText() const
{
    return tr("The permissions could not be loaded. The reason is shown above.");
}

int UserPermissionsView::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current.row() : -1;
}

void UserPermissionsView::updateActions()
{
    const int row = selectedRow();
    const bool direct = row >= 0 && m_model->rowAt(row)->isDirect;
    const bool nothingToGrant = canReadDefinitions() && state() == State::Loaded && grantableItems().isEmpty();
    m_grant->setEnabled(canAct() && !nothingToGrant);
    if (!nothingToGrant)
        m_grant->setToolTip(grantToolTip());
    else if (m_definitions.isEmpty())
        m_grant->setToolTip(isTeamScope() ? tr("The project defines no team permissions yet: create them in the Permissions page")
                                          : tr("The project defines no permissions yet: create them in the Permissions page"));
    else
        m_grant->setToolTip(isTeamScope() ? tr("The member already holds every team permission the project defines")
                                          : tr("The user already holds every permission the project defines"));
    m_revoke->setEnabled(canAct() && direct);
    if (row >= 0 && !direct)
        m_revoke->setToolTip(tr("This permission is inherited: revoke the permission that contains it"));
    else
        m_revoke->setToolTip(isTeamScope() ? tr("Take the selected permission away from the member in this team")
                                           : tr("Take the selected permission away from the user"));
}

QStringList UserPermissionsView::grantableItems() const
{
    QStringList items;
    for (const api::PermissionDefinition &definition : std::as_const(m_definitions)) {
        const bool held = std::any_of(m_direct.cbegin(), m_direct.cend(),
                                      [&definition](const api::PermissionGrant &grant) { return grant.id == definition.id; });
        // Team members may be granted the system permissions ($read_members, …) one by one.
        if (held || (definition.isSystem() && !isTeamScope()))
            continue;
        items << (definition.description && !definition.description->isEmpty()
                      ? definition.id + itemSeparator + *definition.description
                      : definition.id);
    }
    return items;
}

void UserPermissionsView::grant()
{
    const QStringList items = grantableItems();
    const bool typed = !canReadDefinitions();
    if (!typed && items.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Grant permission"));
    if (typed) {
        dialog->setLabelText(isTeamScope() ? tr("Team permission id (for example “team_admin” or “$read_members”):")
                                           : tr("Permission id (for example “read_reports”):"));
    } else {
        dialog->setLabelText(isTeamScope() ? tr("Permission to grant to %1 in this team:").arg(user().label())
                                           : tr("Permission to grant to %1:").arg(user().label()));
    }
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(typed);
    dialog->setTextValue(items.value(0));
    const QString teamId = m_teamId;
    ask(dialog, [this, dialog, teamId] {
        const QString permissionId = dialog->textValue().section(itemSeparator, 0, 0).trimmed();
        if (permissionId.isEmpty())
            return;
        perform<api::PermissionGrant>(isTeamScope() ? api::permissions::grantInTeam(context().scope(), teamId, userId(), permissionId)
                                                    : api::permissions::grant(context().scope(), userId(), permissionId),
                                      {.busyText = tr("Granting %1…").arg(permissionId),
                                       .doneText = tr("%1 granted.").arg(permissionId),
                                       .failedText = tr("Granting %1 failed.").arg(permissionId),
                                       .affectsUserRow = false});
    });
}

void UserPermissionsView::revoke()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->rowAt(row)->isDirect)
        return;
    const QString permissionId = m_model->rowAt(row)->id;
    const QString teamId = m_teamId;
    const QString question = isTeamScope() ? tr("Take %1 away from %2 in this team?").arg(permissionId, user().label())
                                           : tr("Take %1 away from %2?").arg(permissionId, user().label());
    confirm(tr("Revoke permission"), question, tr("Revoke"), [this, permissionId, teamId] {
        perform<api::NoContent>(isTeamScope() ? api::permissions::revokeInTeam(context().scope(), teamId, userId(), permissionId)
                                              : api::permissions::revoke(context().scope(), userId(), permissionId),
                                {.busyText = tr("Revoking %1…").arg(permissionId),
                                 .doneText = tr("%1 revoked.").arg(permissionId),
                                 .failedText = tr("Revoking %1 failed.").arg(permissionId),
                                 .affectsUserRow = false});
    });
}

} // namespace hexclave::ui
