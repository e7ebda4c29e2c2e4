#pragma once

#include "Connection.h"
#include "core/ApiClient.h"
#include "dto/Project.h"

#include <QObject>

class QNetworkAccessManager;

namespace hexclave::api {

class CredentialStore;

// A live connection: its ApiClient, its credential and the projects it reaches.
// Opening reads the secret from the keychain; signing in or entering a key stores it there.
class ConnectionSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    enum class State {
        Closed,      // not opened yet
        Opening,     // reading the keychain, checking the credential, listing projects
        Ready,       // projects() is valid
        NeedsSignIn, // no stored secret, or the session expired: ask the user
        Failed,      // lastError() says why (server unreachable, keychain locked, …)
    };
    Q_ENUM(State)

    // `credentials` may be null: nothing is stored (demo mode, one-off sessions).
    ConnectionSession(Connection connection, QNetworkAccessManager *network, CredentialStore *credentials,
                      QObject *parent = nullptr);
    ~ConnectionSession() override;

    const Connection &connection() const { return m_connection; }
    ApiClient *client() const { return m_client; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    const QList<Project> &projects() const { return m_projects; }
    // Set when the credential works but storing it in the keychain failed.
    const ApiError &storageWarning() const { return m_storageWarning; }

    // Opens with the secret stored in the keychain.
    void open();
    // Opens with a secret just obtained: a refresh token (dashboard account, optionally with its
    // access token) or a key. Stored in the keychain once the server accepted it.
    void openWithSecret(const QString &secret, const QString &accessToken = {});
    void signInWithPassword(const QString &email, const QString &password);
    void reloadProjects();
    // Lists the projects again; after a failure, opens again (keychain, then the server).
    void retry();
    // Removes the secrets from the keychain and ends the server session (dashboard accounts);
    // signedOut() follows once the server answered (or at once for keys).
    void signOut();
    bool hasCredential() const;
    // Trusts (or, with an empty pin, stops trusting) a certificate for this connection's server;
    // connectionChanged() follows so that it is saved.
    void setCertificatePin(const CertificatePin &pin);
    // Asks whoever shows this connection to open its sign-in-again dialog (e.g. from a dialog
    // whose save waits for the sign-in).
    void requestSignIn() { Q_EMIT signInRequested(); }

Q_SIGNALS:
    void stateChanged(hexclave::api::ConnectionSession::State state);
    void projectsChanged();
    // The connection learned something worth saving (e.g. the account's email).
    void connectionChanged();
    void signedOut();
    // The credential is loaded (not verified yet): requests can be sent — they wait for a token
    // refresh when needed — so the last project can start loading while the projects are listed.
    void credentialReady();
    // The credential works but the keychain refused to store it: it lasts until the app quits.
    void secretNotStored(const hexclave::api::ApiError &error);
    void signInRequested();

private:
    void setState(State state, const ApiError &error = {});
    void applySecret(const QString &secret, const QString &accessToken);
    void verifyAccount(bool askWhoSignedIn);
    void storeSecret(const QString &secret);
    void storeAccessToken();
    void loadProjects();
    // After a new sign-in: the requests that waited for it go on when the account is the same.
    void resumeWaitingRequests();

    Connection m_connection;
    CredentialStore *m_credentials;
    ApiClient *m_client;
    DashboardAuthenticator *m_dashboard = nullptr; // the client's authenticator, for accounts
    ProjectKeyAuthenticator *m_keys = nullptr;     // … or for project keys
    bool m_signingOut = false;
    State m_state = State::Closed;
    ApiError m_lastError;
    ApiError m_storageWarning;
    QList<Project> m_projects;
    QString m_pendingSecret; // cleared as soon as it is stored
    QString m_expiredKeychainKey; // the account whose session expired, while requests wait for it
    bool m_identityUnverified = false; // a browser sign-in whose account the server has not named yet
};

} // namespace hexclave::api
