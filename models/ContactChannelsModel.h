#pragma once

#include "ListTableModel.h"

#include "dto/ContactChannel.h"

namespace hexclave::models {

// A user's contact channels (email addresses): which one is primary, which ones sign in, which
// ones are verified. The three flags read as a mark (FlagRole) with a sentence for tooltips and
// screen readers.
class ContactChannelsModel : public ListTableModel<api::ContactChannel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactChannelsModel)

public:
    enum Column { ValueColumn, PrimaryColumn, UsedForAuthColumn, VerifiedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The flag of a flag column: true, false — or invalid where "no" needs no mark (a
        // channel that is not primary, or not used for sign-in, is the usual case).
        FlagRole = FirstCustomRole,
    };

    explicit ContactChannelsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant displayData(const api::ContactChannel &channel, int column) const override;
    QVariant toolTipData(const api::ContactChannel &channel, int column) const override;
    QVariant rawData(const api::ContactChannel &channel, int column) const override;
    QVariant roleData(const api::ContactChannel &channel, int column, int role) const override;
};

} // namespace hexclave::models
