#pragma once

#include "ListTableModel.h"

#include "dto/TeamInvitation.h"

namespace hexclave::models {

// A team's pending invitations: who was invited and when the invitation expires — how long from
// now, and the date — with expired ones marked.
class TeamInvitationsModel : public ListTableModel<api::TeamInvitation>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamInvitationsModel)

public:
    enum Column { RecipientColumn, ExpiresColumn, ExpiresAtColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsExpiredRole = FirstCustomRole, // bool
    };

    explicit TeamInvitationsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The moment "expired" and "in 3 days" are measured from; 0 (the default) follows the clock.
    void setReferenceTime(qint64 nowMillis);
    bool isExpired(const api::TeamInvitation &invitation) const;

protected:
    QVariant displayData(const api::TeamInvitation &invitation, int column) const override;
    QVariant toolTipData(const api::TeamInvitation &invitation, int column) const override;
    QVariant rawData(const api::TeamInvitation &invitation, int column) const override;
    QVariant roleData(const api::TeamInvitation &invitation, int column, int role) const override;

private:
    qint64 now() const;

    qint64 m_referenceTime = 0;
};

} // namespace hexclave::models
