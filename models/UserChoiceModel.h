#pragma once

#include "dto/User.h"

#include <QIdentityProxyModel>
#include <QList>
#include <QSet>

namespace hexclave::models {

class UsersModel;

// A users list with a check box in its first column, for choosing users: what is ticked is kept
// (the user itself, not the row), so that choices survive a new search or a reload. Users that
// cannot be chosen (already members, say) show unticked, greyed out, with the reason as tooltip.
class UserChoiceModel : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChoiceModel)

public:
    explicit UserChoiceModel(UsersModel *users, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The chosen users, in the order they were ticked.
    const QList<api::User> &chosen() const { return m_chosen; }
    bool isChosen(const QString &userId) const;
    // Ticks or unticks the user of a row; false when the row cannot be chosen (not loaded, excluded).
    bool setChosen(int row, bool chosen);
    void clearChosen();

    // Users that cannot be chosen, and why (the tooltip of their rows).
    void setExcluded(const QSet<QString> &userIds, const QString &reason);
    bool isExcluded(const QString &userId) const { return m_excluded.contains(userId); }

Q_SIGNALS:
    void chosenChanged();

private:
    const api::User *userAt(int row) const;

    UsersModel *m_users;
    QList<api::User> m_chosen;
    QSet<QString> m_excluded;
    QString m_excludedReason;
};

} // namespace hexclave::models
