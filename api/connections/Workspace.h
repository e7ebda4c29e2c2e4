#pragma once

#include "ConnectionSession.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace hexclave::api {

class ConnectionStore;
class CredentialStore;

// Every connection the user works with, saved or not, and their live sessions.
class Workspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // `store` and `credentials` may be null (demo mode): nothing is saved then.
    Workspace(QNetworkAccessManager *network, ConnectionStore *store, CredentialStore *credentials,
              QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    const QList<ConnectionSession *> &sessions() const { return m_sessions; }
    ConnectionSession *session(const QString &connectionId) const;
    // The session that keeps its secret under this keychain key (the same server and account).
    ConnectionSession *sessionWithKeychainKey(const QString &key) const;
    bool hasSavedConnections() const;

    // Opens every saved connection with the secrets from the keychain.
    void openSavedConnections();
    // A new connection; it is saved (when it can be) once it has signed in successfully.
    ConnectionSession *addConnection(const Connection &connection);
    // Takes over a session that signed in on its own (the connect dialog's), and saves it.
    void adopt(ConnectionSession *session);
    // Lists every connection's projects again and opens the ones that failed once more.
    void retryAll();
    // Signs out and forgets the connection.
    void removeConnection(const QString &connectionId);

    CredentialStore *credentials() const { return m_credentials; }

Q_SIGNALS:
    void sessionAdded(hexclave::api::ConnectionSession *session);
    void sessionRemoved(const QString &connectionId);
    // Any session's project list or state changed.
    void projectsChanged();
    // A session has its credential (see ConnectionSession::credentialReady).
    void credentialReady(hexclave::api::ConnectionSession *session);
    // A session signed in but its credential could not be kept in the keychain.
    void secretNotStored(hexclave::api::ConnectionSession *session, const hexclave::api::ApiError &error);

private:
    ConnectionSession *createSession(const Connection &connection);
    void saveIfReady(ConnectionSession *session);

    QNetworkAccessManager *m_network;
    ConnectionStore *m_store;
    CredentialStore *m_credentials;
    QList<ConnectionSession *> m_sessions;
};

} // namespace hexclave::api
