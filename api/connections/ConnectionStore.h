#pragma once

#include "Connection.h"

#include <QList>
#include <QObject>

class QSettings;

namespace hexclave::api {

// The saved connections, in QSettings. Never holds a secret.
class ConnectionStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    explicit ConnectionStore(QSettings *settings, QObject *parent = nullptr);

    QList<Connection> connections() const { return m_connections; }
    std::optional<Connection> find(const QString &id) const;
    void save(const Connection &connection); // adds or replaces by id
    void remove(const QString &id);

Q_SIGNALS:
    void changed();

private:
    void load();
    void store();

    QSettings *m_settings;
    QList<Connection> m_connections;
};

} // namespace hexclave::api
