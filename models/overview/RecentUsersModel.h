#pragma once

#include "dto/Metrics.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace hexclave::models {

// The Overview's short lists of users: recently registered (the When column is the sign-up) or
// recently active (the latest activity).
class RecentUsersModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentUsersModel)

public:
    enum class Moment { SignedUp, LastActive };
    enum Column { NameColumn, EmailColumn, WhenColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RecentUsersModel(Moment moment, QObject *parent = nullptr);

    void setUsers(QList<api::MetricsUser> users);
    const QList<api::MetricsUser> &users() const { return m_users; }
    // The moment "x ago" is measured from; tests fix it.
    void setClock(std::function<qint64()> nowMillis) { m_nowMillis = std::move(nowMillis); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<qint64> momentOf(const api::MetricsUser &user) const;

    Moment m_moment;
    QList<api::MetricsUser> m_users;
    std::function<qint64()> m_nowMillis;
};

} // namespace hexclave::models
