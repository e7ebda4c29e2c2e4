#include "BulkAction.h"

namespace hexclave::models {

BulkAction BulkAction::deleteUsers()
{
    return {};
}

BulkAction BulkAction::restrict(const QString &reason, const QString &details)
{
    BulkAction action;
    action.kind = Kind::Restrict;
    action.restrictReason = reason;
    action.restrictDetails = details;
    return action;
}

BulkAction BulkAction::unrestrict()
{
    BulkAction action;
    action.kind = Kind::Unrestrict;
    return action;
}

BulkAction BulkAction::addToTeam(const QString &teamId, const QString &teamName)
{
    BulkAction action;
    action.kind = Kind::AddToTeam;
    action.teamId = teamId;
    action.teamName = teamName;
    return action;
}

BulkAction BulkAction::grantProjectPermission(const QString &permissionId)
{
    BulkAction action;
    action.kind = Kind::GrantProjectPermission;
    action.permissionId = permissionId;
    return action;
}

QString BulkAction::summary(int userCount) const
{
    switch (kind) {
    case Kind::Delete:
        return tr("Delete %n user(s)", nullptr, userCount);
    case Kind::Restrict:
        return tr("Restrict %n user(s)", nullptr, userCount);
    case Kind::Unrestrict:
        return tr("Lift the restriction of %n user(s)", nullptr, userCount);
    case Kind::AddToTeam:
        return tr("Add %n user(s) to %1", nullptr, userCount).arg(teamName.isEmpty() ? teamId : teamName);
    case Kind::GrantProjectPermission:
        return tr("Grant %1 to %n user(s)", nullptr, userCount).arg(permissionId);
    }
    return {};
}

} // namespace hexclave::models
