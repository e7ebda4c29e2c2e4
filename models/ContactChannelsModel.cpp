#include "ContactChannelsModel.h"

namespace hexclave::models {

ContactChannelsModel::ContactChannelsModel(QObject *parent)
    : ListTableModel(parent)
{
}

int ContactChannelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactChannelsModel::displayData(const api::ContactChannel &channel, int column) const
{
    // The flag columns show a mark (FlagRole), not text.
    return column == ValueColumn ? QVariant(channel.value) : QVariant();
}

QVariant ContactChannelsModel::toolTipData(const api::ContactChannel &channel, int column) const
{
    switch (column) {
    case ValueColumn:
        return channel.type == u"email" ? channel.value : tr("%1 (%2)").arg(channel.value, channel.type);
    case PrimaryColumn:
        return channel.isPrimary ? tr("Primary email") : tr("Not the primary email");
    case UsedForAuthColumn:
        return channel.usedForAuth ? tr("Used for sign-in") : tr("Not used for sign-in");
    case VerifiedColumn:
        return channel.isVerified ? tr("Verified") : tr("Not verified");
    default:
        return {};
    }
}

QVariant ContactChannelsModel::rawData(const api::ContactChannel &channel, int column) const
{
    switch (column) {
    case ValueColumn: return channel.value;
    case PrimaryColumn: return channel.isPrimary;
    case UsedForAuthColumn: return channel.usedForAuth;
    case VerifiedColumn: return channel.isVerified;
    default: return {};
    }
}

QVariant ContactChannelsModel::roleData(const api::ContactChannel &channel, int column, int role) const
{
    if (role == FlagRole) {
        switch (column) {
        case PrimaryColumn: return channel.isPrimary ? QVariant(true) : QVariant();
        case UsedForAuthColumn: return channel.usedForAuth ? QVariant(true) : QVariant();
        case VerifiedColumn: return channel.isVerified;
        default: return {};
        }
    }
    return {};
}

QVariant ContactChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn: return tr("Email");
    case PrimaryColumn: return tr("Primary");
    case UsedForAuthColumn: return tr("Sign-in");
    case VerifiedColumn: return tr("Verified");
    default: return {};
    }
}

} // namespace hexclave::models
