#include "Workspace.h"

#include "ConnectionStore.h"

namespace hexclave::api {

Workspace::Workspace(QNetworkAccessManager *network, ConnectionStore *store, CredentialStore *credentials,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_credentials(credentials)
{
}

ConnectionSession *Workspace::session(const QString &connectionId) const
{
    for (ConnectionSession *session : m_sessions) {
        if (session->connection().id == connectionId)
            return session;
    }
    return nullptr;
}

ConnectionSession *Workspace::sessionWithKeychainKey(const QString &key) const
{
    for (ConnectionSession *session : m_sessions) {
        if (session->connection().keychainKey() == key)
            return session;
    }
    return nullptr;
}

bool Workspace::hasSavedConnections() const
{
    return m_store && !m_store->connections().isEmpty();
}

void Workspace::openSavedConnections()
{
    if (!m_store)
        return;
    const QList<Connection> saved = m_store->connections();
    for (const Connection &connection : saved) {
        if (session(connection.id))
            continue;
        createSession(connection)->open();
    }
}

ConnectionSession *Workspace::addConnection(const Connection &connection)
{
    if (ConnectionSession *existing = session(connection.id))
        return existing;
    return createSession(connection);
}

ConnectionSession *Workspace::createSession(const Connection &connection)
{
    auto *created = new ConnectionSession(connection, m_network, m_credentials, this);
    adopt(created);
    return created;
}

void Workspace::adopt(ConnectionSession *session)
{
    if (m_sessions.contains(session))
        return;
    session->setParent(this);
    m_sessions.append(session);
    connect(session, &ConnectionSession::connectionChanged, this, [this, session] { saveIfReady(session); });
    connect(session, &ConnectionSession::stateChanged, this, [this, session] {
        saveIfReady(session);
        Q_EMIT projectsChanged();
    });
    connect(session, &ConnectionSession::projectsChanged, this, &Workspace::projectsChanged);
    connect(session, &ConnectionSession::credentialReady, this, [this, session] { Q_EMIT credentialReady(session); });
    connect(session, &ConnectionSession::secretNotStored, this,
            [this, session](const ApiError &error) { Q_EMIT secretNotStored(session, error); });
    saveIfReady(session);
    Q_EMIT sessionAdded(session);
    if (session->storageWarning().isError())
        Q_EMIT secretNotStored(session, session->storageWarning());
}

void Workspace::saveIfReady(ConnectionSession *session)
{
    // A connection saved before keeps a later change at once (e.g. a certificate no longer trusted).
    if (m_store && (session->state() == ConnectionSession::State::Ready || m_store->find(session->connection().id)))
        m_store->save(session->connection());
}

void Workspace::retryAll()
{
    for (ConnectionSession *session : std::as_const(m_sessions))
        session->retry();
}

void Workspace::removeConnection(const QString &connectionId)
{
    ConnectionSession *removed = session(connectionId);
    if (!removed)
        return;
    m_sessions.removeOne(removed);
    if (m_store)
        m_store->remove(connectionId);
    // Kept alive until the server has ended its session.
    connect(removed, &ConnectionSession::signedOut, removed, &QObject::deleteLater);
    removed->signOut();
    Q_EMIT sessionRemoved(connectionId);
    Q_EMIT projectsChanged();
}

} // namespace hexclave::api
