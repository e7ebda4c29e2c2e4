#pragma once

#include "ListTableModel.h"

#include "dto/UserSession.h"

namespace hexclave::models {

// A user's sessions (refresh tokens): when each was created and last used, where from, and
// whether it is an administrator's impersonation.
class UserSessionsModel : public ListTableModel<api::UserSession>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSessionsModel)

public:
    // Most telling first: in a narrow panel the last columns are scrolled to.
    enum Column { LastUsedColumn, LocationColumn, KindColumn, IpColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsImpersonationRole = FirstCustomRole, // bool
    };

    explicit UserSessionsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Berlin, BE, Germany (DE)"; empty when the server knows nothing but the address.
    static QString locationText(const api::IpInfo &info);
    static QString kindText(const api::UserSession &session);

protected:
    QVariant displayData(const api::UserSession &session, int column) const override;
    QVariant toolTipData(const api::UserSession &session, int column) const override;
    QVariant rawData(const api::UserSession &session, int column) const override;
    QVariant roleData(const api::UserSession &session, int column, int role) const override;
};

} // namespace hexclave::models
