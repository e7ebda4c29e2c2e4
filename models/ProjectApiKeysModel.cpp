#include "ProjectApiKeysModel.h"

#include "TimeText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace hexclave::models {

namespace {

QString shortDate(qint64 millis)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis).date(), QLocale::ShortFormat);
}

} // namespace

ProjectApiKeysModel::ProjectApiKeysModel(QObject *parent)
    : ListTableModel(parent)
{
}

void ProjectApiKeysModel::setKeys(QList<api::ProjectApiKey> keys, qint64 nowMillis)
{
    std::stable_sort(keys.begin(), keys.end(), [](const api::ProjectApiKey &a, const api::ProjectApiKey &b) {
        return a.createdAtMillis > b.createdAtMillis;
    });
    m_nowMillis = nowMillis;
    setRows(std::move(keys));
}

ProjectApiKeysModel::State ProjectApiKeysModel::stateOf(const api::ProjectApiKey &key) const
{
    if (key.isRevoked())
        return State::Revoked;
    if (key.expiresAtMillis <= m_nowMillis)
        return State::Expired;
    return State::Active;
}

QString ProjectApiKeysModel::keysText(const api::ProjectApiKey &key)
{
    // One whole text per combination, so that each language words and capitalises it its way.
    const QString client = key.publishableClientKeyLastFour.value_or(QString());
    const QString server = key.secretServerKeyLastFour.value_or(QString());
    const QString admin = key.superSecretAdminKeyLastFour.value_or(QString());
    const int kinds = (key.publishableClientKeyLastFour ? 1 : 0) | (key.secretServerKeyLastFour ? 2 : 0)
        | (key.superSecretAdminKeyLastFour ? 4 : 0);
    switch (kinds) {
    case 1: return tr("Client key …%1").arg(client);
    case 2: return tr("Server key …%1").arg(server);
    case 4: return tr("Admin key …%1").arg(admin);
    case 1 | 2: return tr("Client key …%1, server key …%2").arg(client, server);
    case 1 | 4: return tr("Client key …%1, admin key …%2").arg(client, admin);
    case 2 | 4: return tr("Server key …%1, admin key …%2").arg(server, admin);
    case 1 | 2 | 4: return tr("Client key …%1, server key …%2, admin key …%3").arg(client, server, admin);
    default: return {};
    }
}

int ProjectApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn: return tr("Description");
    case KeysColumn: return tr("Keys");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case StateColumn: return tr("State");
    default: return {};
    }
}

QVariant ProjectApiKeysModel::displayData(const api::ProjectApiKey &key, int column) const
{
    switch (column) {
    case DescriptionColumn:
        return key.description;
    case KeysColumn:
        return keysText(key);
    case CreatedColumn:
        return shortDate(key.createdAtMillis);
    case ExpiresColumn:
        return neverExpires(key.expiresAtMillis) ? tr("Never") : shortDate(key.expiresAtMillis);
    case StateColumn:
        switch (stateOf(key)) {
        case State::Active: return tr("Active");
        case State::Expired: return tr("Expired");
        case State::Revoked: return tr("Revoked");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProjectApiKeysModel::toolTipData(const api::ProjectApiKey &key, int column) const
{
    switch (column) {
    case KeysColumn:
        return tr("Only the last four characters of a key can be read again after it was created.");
    case CreatedColumn:
        return absoluteTime(key.createdAtMillis);
    case ExpiresColumn:
        return neverExpires(key.expiresAtMillis) ? tr("Does not expire") : absoluteTime(key.expiresAtMillis);
    case StateColumn:
        if (key.isRevoked())
            return tr("Revoked %1").arg(absoluteTime(*key.manuallyRevokedAtMillis));
        if (stateOf(key) == State::Expired)
            return tr("Expired %1").arg(absoluteTime(key.expiresAtMillis));
        return tr("The keys of this set work");
    default:
        return {};
    }
}

QVariant ProjectApiKeysModel::rawData(const api::ProjectApiKey &key, int column) const
{
    switch (column) {
    case CreatedColumn: return key.createdAtMillis;
    case ExpiresColumn: return key.expiresAtMillis;
    case StateColumn: return int(stateOf(key));
    default: return displayData(key, column);
    }
}

QVariant ProjectApiKeysModel::roleData(const api::ProjectApiKey &key, int, int role) const
{
    switch (role) {
    case StateRole: return QVariant::fromValue(stateOf(key));
    case NoLongerWorksRole: return stateOf(key) != State::Active;
    default: return {};
    }
}

} // namespace hexclave::models
