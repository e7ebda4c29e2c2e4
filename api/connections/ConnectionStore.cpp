#include "ConnectionStore.h"

#include <QSettings>

namespace hexclave::api {

namespace {

const QString arrayName = QStringLiteral("connections");

} // namespace

ConnectionStore::ConnectionStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

std::optional<Connection> ConnectionStore::find(const QString &id) const
{
    for (const Connection &connection : m_connections) {
        if (connection.id == id)
            return connection;
    }
    return std::nullopt;
}

void ConnectionStore::save(const Connection &connection)
{
    for (Connection &existing : m_connections) {
        if (existing.id == connection.id) {
            existing = connection;
            store();
            return;
        }
    }
    m_connections.append(connection);
    store();
}

void ConnectionStore::remove(const QString &id)
{
    const auto removed = m_connections.removeIf([&id](const Connection &c) { return c.id == id; });
    if (removed > 0)
        store();
}

void ConnectionStore::load()
{
    m_connections.clear();
    const int count = m_settings->beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Connection connection;
        connection.id = m_settings->value(QStringLiteral("id")).toString();
        connection.name = m_settings->value(QStringLiteral("name")).toString();
        if (!credentialKindFromId(m_settings->value(QStringLiteral("kind")).toString(), &connection.kind))
            continue;
        connection.apiRoot = m_settings->value(QStringLiteral("apiRoot")).toUrl();
        connection.dashboardUrl = m_settings->value(QStringLiteral("dashboardUrl")).toUrl();
        connection.publishableClientKey = m_settings->value(QStringLiteral("publishableClientKey")).toString();
        connection.accountEmail = m_settings->value(QStringLiteral("accountEmail")).toString();
        connection.projectId = m_settings->value(QStringLiteral("projectId")).toString();
        connection.certificatePin.server = m_settings->value(QStringLiteral("pinnedServer")).toString();
        connection.certificatePin.certificatePem = m_settings->value(QStringLiteral("pinnedCertificate")).toByteArray();
        if (!connection.id.isEmpty() && connection.apiRoot.isValid())
            m_connections.append(connection);
    }
    m_settings->endArray();
}

void ConnectionStore::store()
{
    m_settings->remove(arrayName);
    m_settings->beginWriteArray(arrayName, int(m_connections.size()));
    for (int i = 0; i < m_connections.size(); ++i) {
        const Connection &connection = m_connections.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), connection.id);
        m_settings->setValue(QStringLiteral("name"), connection.name);
        m_settings->setValue(QStringLiteral("kind"), credentialKindId(connection.kind));
        m_settings->setValue(QStringLiteral("apiRoot"), connection.apiRoot);
        m_settings->setValue(QStringLiteral("dashboardUrl"), connection.dashboardUrl);
        m_settings->setValue(QStringLiteral("publishableClientKey"), connection.publishableClientKey);
        m_settings->setValue(QStringLiteral("accountEmail"), connection.accountEmail);
        m_settings->setValue(QStringLiteral("projectId"), connection.projectId);
        if (!connection.certificatePin.isEmpty()) {
            m_settings->setValue(QStringLiteral("pinnedServer"), connection.certificatePin.server);
            m_settings->setValue(QStringLiteral("pinnedCertificate"), QString::fromLatin1(connection.certificatePin.certificatePem));
        }
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace hexclave::api
