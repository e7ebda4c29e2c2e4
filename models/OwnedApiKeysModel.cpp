#include "OwnedApiKeysModel.h"

#include "TimeText.h"

#include <QDateTime>

namespace hexclave::models {

OwnedApiKeysModel::OwnedApiKeysModel(QObject *parent)
    : ListTableModel(parent)
{
}

int OwnedApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OwnedApiKeysModel::setReferenceTime(qint64 nowMillis)
{
    m_referenceTime = nowMillis;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 OwnedApiKeysModel::now() const
{
    return m_referenceTime > 0 ? m_referenceTime : QDateTime::currentMSecsSinceEpoch();
}

OwnedApiKeysModel::Status OwnedApiKeysModel::status(const api::OwnedApiKey &key) const
{
    if (key.isRevoked())
        return Status::Revoked;
    if (key.expiresAtMillis && *key.expiresAtMillis <= now())
        return Status::Expired;
    return Status::Active;
}

QString OwnedApiKeysModel::maskedKey(const QString &lastFour)
{
    return QStringLiteral("…") + lastFour;
}

QVariant OwnedApiKeysModel::displayData(const api::OwnedApiKey &key, int column) const
{
    switch (column) {
    case DescriptionColumn:
        return key.description;
    case TypeColumn:
        return key.isPublic ? tr("Public") : tr("Secret");
    case KeyColumn:
        return maskedKey(key.lastFour);
    case CreatedColumn:
        return relativeTime(key.createdAtMillis, now());
    case ExpiresColumn:
        return key.expiresAtMillis ? relativeTime(*key.expiresAtMillis, now()) : tr("Never");
    case StatusColumn:
        switch (status(key)) {
        case Status::Active: return tr("Active");
        case Status::Revoked: return tr("Revoked %1").arg(relativeTime(*key.manuallyRevokedAtMillis, now()));
        case Status::Expired: return tr("Expired");
        }
        return {};
    default:
        return {};
    }
}

QVariant OwnedApiKeysModel::toolTipData(const api::OwnedApiKey &key, int column) const
{
    switch (column) {
    case DescriptionColumn:
        return key.description;
    case TypeColumn:
        return key.isPublic ? tr("A public key may be shown to others (e.g. in a browser); it is not a secret")
                            : tr("A secret key: only its owner's servers should hold it");
    case KeyColumn:
        return tr("Only the last four characters can be read again; the whole key was shown once, when it was created");
    case CreatedColumn:
        return absoluteTime(key.createdAtMillis);
    case ExpiresColumn:
        return key.expiresAtMillis ? absoluteTime(*key.expiresAtMillis) : tr("This key does not expire");
    case StatusColumn:
        switch (status(key)) {
        case Status::Active: return tr("The key works");
        case Status::Revoked: return tr("Revoked on %1: the key no longer works").arg(absoluteTime(*key.manuallyRevokedAtMillis));
        case Status::Expired: return tr("Expired on %1: the key no longer works").arg(absoluteTime(*key.expiresAtMillis));
        }
        return {};
    default:
        return {};
    }
}

QVariant OwnedApiKeysModel::rawData(const api::OwnedApiKey &key, int column) const
{
    switch (column) {
    case DescriptionColumn: return key.description;
    case TypeColumn: return key.isPublic;
    case KeyColumn: return key.lastFour;
    case CreatedColumn: return key.createdAtMillis;
    case ExpiresColumn: return key.expiresAtMillis ? QVariant(*key.expiresAtMillis) : QVariant();
    case StatusColumn: return int(status(key));
    default: return {};
    }
}

QVariant OwnedApiKeysModel::roleData(const api::OwnedApiKey &key, int, int role) const
{
    if (role == NoLongerWorksRole)
        return status(key) != Status::Active;
    return {};
}

QVariant OwnedApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn: return tr("Description");
    case TypeColumn: return tr("Type");
    case KeyColumn: return tr("Key");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace hexclave::models
