#include "TeamInvitationsModel.h"

#include "TimeText.h"

#include <QDateTime>

namespace hexclave::models {

TeamInvitationsModel::TeamInvitationsModel(QObject *parent)
    : ListTableModel(parent)
{
}

int TeamInvitationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TeamInvitationsModel::setReferenceTime(qint64 nowMillis)
{
    m_referenceTime = nowMillis;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 TeamInvitationsModel::now() const
{
    return m_referenceTime > 0 ? m_referenceTime : QDateTime::currentMSecsSinceEpoch();
}

bool TeamInvitationsModel::isExpired(const api::TeamInvitation &invitation) const
{
    return invitation.expiresAtMillis <= now();
}

QVariant TeamInvitationsModel::displayData(const api::TeamInvitation &invitation, int column) const
{
    switch (column) {
    case RecipientColumn:
        return invitation.recipientEmail;
    case ExpiresColumn:
        return isExpired(invitation) ? tr("Expired %1").arg(relativeTime(invitation.expiresAtMillis, now()))
                                     : relativeTime(invitation.expiresAtMillis, now());
    case ExpiresAtColumn:
        return absoluteTime(invitation.expiresAtMillis);
    default:
        return {};
    }
}

QVariant TeamInvitationsModel::toolTipData(const api::TeamInvitation &invitation, int column) const
{
    switch (column) {
    case RecipientColumn:
        return invitation.recipientEmail;
    case ExpiresColumn:
    case ExpiresAtColumn:
        return isExpired(invitation)
            ? tr("The link in the email no longer works: revoke this invitation and send a new one")
            : tr("The link in the email works until %1").arg(absoluteTime(invitation.expiresAtMillis));
    default:
        return {};
    }
}

QVariant TeamInvitationsModel::rawData(const api::TeamInvitation &invitation, int column) const
{
    switch (column) {
    case RecipientColumn: return invitation.recipientEmail;
    case ExpiresColumn:
    case ExpiresAtColumn: return invitation.expiresAtMillis;
    default: return {};
    }
}

QVariant TeamInvitationsModel::roleData(const api::TeamInvitation &invitation, int, int role) const
{
    if (role == IsExpiredRole)
        return isExpired(invitation);
    return {};
}

QVariant TeamInvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecipientColumn: return tr("Invited");
    case ExpiresColumn: return tr("Expires");
    case ExpiresAtColumn: return tr("Expiry date");
    default: return {};
    }
}

} // namespace hexclave::models
