#include "UserSessionsModel.h"

#include "CountryText.h"
#include "TimeText.h"

#include <QDateTime>
#include <QFont>

namespace hexclave::models {

UserSessionsModel::UserSessionsModel(QObject *parent)
    : ListTableModel(parent)
{
}

int UserSessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserSessionsModel::locationText(const api::IpInfo &info)
{
    QStringList parts;
    if (info.cityName && !info.cityName->isEmpty())
        parts << *info.cityName;
    if (info.regionCode && !info.regionCode->isEmpty())
        parts << *info.regionCode;
    if (info.countryCode && !info.countryCode->isEmpty())
        parts << countryText(*info.countryCode);
    return parts.join(QStringLiteral(", "));
}

QString UserSessionsModel::kindText(const api::UserSession &session)
{
    if (session.isImpersonation)
        return tr("Impersonation");
    if (session.isCurrentSession)
        return tr("This app's session");
    return tr("Sign-in");
}

QVariant UserSessionsModel::displayData(const api::UserSession &session, int column) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (column) {
    case CreatedColumn:
        return relativeTime(session.createdAtMillis, now);
    case LastUsedColumn:
        return session.lastUsedAtMillis ? relativeTime(*session.lastUsedAtMillis, now) : tr("Never");
    case IpColumn:
        return session.lastUsedIpInfo ? session.lastUsedIpInfo->ip : tr("Unknown");
    case LocationColumn:
        return session.lastUsedIpInfo ? locationText(*session.lastUsedIpInfo) : QString();
    case KindColumn:
        return kindText(session);
    default:
        return {};
    }
}

QVariant UserSessionsModel::toolTipData(const api::UserSession &session, int column) const
{
    switch (column) {
    case CreatedColumn:
        return absoluteTime(session.createdAtMillis);
    case LastUsedColumn:
        return session.lastUsedAtMillis ? absoluteTime(*session.lastUsedAtMillis) : tr("Never used since it was created");
    case LocationColumn:
        if (session.lastUsedIpInfo && session.lastUsedIpInfo->tzIdentifier)
            return tr("%1 · time zone %2").arg(locationText(*session.lastUsedIpInfo), *session.lastUsedIpInfo->tzIdentifier);
        return {};
    case KindColumn:
        if (session.isImpersonation)
            return tr("Created by an administrator to act as this user");
        return {};
    default:
        return {};
    }
}

QVariant UserSessionsModel::rawData(const api::UserSession &session, int column) const
{
    switch (column) {
    case CreatedColumn:
        return session.createdAtMillis;
    case LastUsedColumn:
        return session.lastUsedAtMillis ? QVariant(*session.lastUsedAtMillis) : QVariant();
    case IpColumn:
        return session.lastUsedIpInfo ? QVariant(session.lastUsedIpInfo->ip) : QVariant();
    case LocationColumn:
        return session.lastUsedIpInfo ? QVariant(session.lastUsedIpInfo->countryCode.value_or(QString())) : QVariant();
    case KindColumn:
        return session.isImpersonation;
    default:
        return {};
    }
}

QVariant UserSessionsModel::roleData(const api::UserSession &session, int column, int role) const
{
    if (role == IsImpersonationRole)
        return session.isImpersonation;
    if (role == Qt::FontRole && column == KindColumn && session.isImpersonation) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant UserSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn: return tr("Created");
    case LastUsedColumn: return tr("Last used");
    case IpColumn: return tr("IP address");
    case LocationColumn: return tr("Location");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

} // namespace hexclave::models
