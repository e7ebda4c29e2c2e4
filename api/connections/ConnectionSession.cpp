#include "ConnectionSession.h"

#include "core/HttpLog.h"
#include "credentials/CredentialStore.h"
#include "endpoints/AuthEndpoints.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <utility>

namespace hexclave::api {

namespace {

std::unique_ptr<Authenticator> makeAuthenticator(const Connection &connection)
{
    if (connection.kind == CredentialKind::DashboardAccount)
        return std::make_unique<DashboardAuthenticator>(connection.publishableClientKey);
    return std::make_unique<ProjectKeyAuthenticator>(connection.kind, connection.projectId, QString());
}

} // namespace

ConnectionSession::ConnectionSession(Connection connection, QNetworkAccessManager *network,
                                     CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_credentials(credentials)
    , m_client(new ApiClient(network, m_connection.apiRoot, makeAuthenticator(m_connection), this))
{
    m_client->setCertificatePin(m_connection.certificatePin);
    if (m_connection.kind == CredentialKind::DashboardAccount)
        m_dashboard = static_cast<DashboardAuthenticator *>(&m_client->authenticator());
    else
        m_keys = static_cast<ProjectKeyAuthenticator *>(&m_client->authenticator());
    connect(m_client, &ApiClient::sessionExpired, this, [this](const ApiError &error) {
        if (m_signingOut)
            return; // the server's sign-out refused a token that is being forgotten anyway
        m_expiredKeychainKey = m_connection.keychainKey();
        setState(State::NeedsSignIn, error);
    });
    connect(m_client, &ApiClient::accessTokenRefreshed, this, &ConnectionSession::storeAccessToken);
}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::setState(State state, const ApiError &error)
{
    m_lastError = error;
    if (m_state == state && !error.isError())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConnectionSession::open()
{
    if (!m_credentials || m_connection.accountLabel().isEmpty()) {
        setState(State::NeedsSignIn);
        return;
    }
    setState(State::Opening);
    m_identityUnverified = false; // the stored secret is the stored account's
    m_credentials->read(m_connection.keychainKey(), this, [this](const CredentialStore::ReadResult &result) {
        if (result.error.isError()) {
            setState(State::Failed, result.error);
            return;
        }
        if (!result.found) {
            setState(State::NeedsSignIn);
            return;
        }
        if (!m_dashboard) {
            applySecret(result.secret, {});
            verifyAccount(false);
            return;
        }
        const QString refreshToken = result.secret;
        m_credentials->read(m_connection.accessTokenKeychainKey(), this,
                            [this, refreshToken](const CredentialStore::ReadResult &access) {
                                // Missing, unreadable or expired: the client refreshes first.
                                applySecret(refreshToken, access.found ? access.secret : QString());
                                verifyAccount(false);
                            });
    });
}

void ConnectionSession::applySecret(const QString &secret, const QString &accessToken)
{
    if (m_dashboard)
        m_dashboard->setTokens(accessToken, secret);
    else
        m_keys->setKey(secret);
    Q_EMIT credentialReady();
}

void ConnectionSession::openWithSecret(const QString &secret, const QString &accessToken)
{
    setState(State::Opening);
    m_pendingSecret = secret;
    applySecret(secret, accessToken);
    // A token from the browser may belong to whoever confirmed there: ask the server who (also
    // on a retry after that question failed, before any waiting request goes on).
    m_identityUnverified = m_dashboard && accessToken.isEmpty();
    verifyAccount(m_identityUnverified);
}

void ConnectionSession::signInWithPassword(const QString &email, const QString &password)
{
    setState(State::Opening);
    auto *job = m_client->send(auth::passwordSignIn(email, password));
    connect(job, &ApiJob::finished, this, [this, job, email] {
        if (!job->succeeded()) {
            setState(State::NeedsSignIn, job->error());
            return;
        }
        m_connection.accountEmail = email.trimmed();
        Q_EMIT connectionChanged();
        openWithSecret(job->value().refreshToken, job->value().accessToken);
    });
}

// Checks the credential with one cheap call, learns what it needs about the account, then
// stores the secret and lists the projects.
void ConnectionSession::verifyAccount(bool askWhoSignedIn)
{
    if (!m_dashboard) {
        auto call = projects::currentPublic(ProjectScope::project(m_connection.projectId));
        call.request.waitsForSignIn = false; // a refused key is the answer here
        auto *job = m_client->send(std::move(call));
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->succeeded()) {
                m_pendingSecret.clear();
                setState(job->error().httpStatus == 401 || job->error().httpStatus == 403 ? State::NeedsSignIn : State::Failed,
                         job->error());
                return;
            }
            storeSecret(m_pendingSecret);
            resumeWaitingRequests();
            m_projects = {job->value()};
            Q_EMIT projectsChanged();
            setState(State::Ready);
        });
        return;
    }
    if (!m_connection.accountEmail.isEmpty() && !askWhoSignedIn) {
        storeSecret(m_pendingSecret);
        resumeWaitingRequests();
        loadProjects();
        return;
    }
    auto call = users::currentDashboardUser();
    call.request.waitsForSignIn = false;
    auto *job = m_client->send(std::move(call));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_pendingSecret.clear();
            setState(job->error().kind == ApiError::Kind::SessionExpired ? State::NeedsSignIn : State::Failed, job->error());
            return;
        }
        m_identityUnverified = false;
        const QString email = job->value().primaryEmail.value_or(job->value().id);
        if (email != m_connection.accountEmail) {
            // Another account than before: its predecessor's secrets are not ours any more.
            if (m_credentials && !m_connection.accountEmail.isEmpty())
                m_credentials->removeAll(m_connection.keychainPrefix(), this);
            m_connection.accountEmail = email;
            Q_EMIT connectionChanged();
        }
        storeSecret(m_pendingSecret);
        resumeWaitingRequests();
        loadProjects();
    });
}

void ConnectionSession::resumeWaitingRequests()
{
    const QString expired = std::exchange(m_expiredKeychainKey, {});
    if (!m_client->isSessionLost() && m_client->parkedJobCount() == 0)
        return;
    const bool sameAccount = !expired.isEmpty() && expired == m_connection.keychainKey();
    if (sameAccount) {
        m_client->resumeAfterSignIn();
        return;
    }
    // Never replay one account's edits with another's credential.
    ApiError error;
    error.kind = ApiError::Kind::SessionExpired;
    error.message = tr("You signed in with another account: the actions that waited for the previous one were not done.");
    error.details.insert(QStringLiteral("complete"), true);
    m_client->abandonParkedJobs(error);
}

void ConnectionSession::storeSecret(const QString &pendingSecret)
{
    const QString secret = pendingSecret; // callers pass m_pendingSecret itself: copy before clearing it
    m_pendingSecret.clear();
    if (secret.isEmpty() || !m_credentials)
        return;
    m_credentials->write(m_connection.keychainKey(), secret, this, [this](const ApiError &error) {
        m_storageWarning = error;
        if (error.isError()) {
            qCWarning(lcKeychain).noquote() << "could not store the credential of" << m_connection.describe();
            Q_EMIT secretNotStored(error);
        }
    });
    storeAccessToken();
}

void ConnectionSession::storeAccessToken()
{
    if (!m_credentials || !m_dashboard || m_signingOut || m_connection.accountEmail.isEmpty())
        return;
    const QString token = m_dashboard->accessToken();
    if (!token.isEmpty())
        m_credentials->write(m_connection.accessTokenKeychainKey(), token, this, [](const ApiError &) {});
}

void ConnectionSession::retry()
{
    switch (m_state) {
    case State::Ready:
        reloadProjects();
        break;
    case State::Failed:
        if (hasCredential())
            verifyAccount(m_identityUnverified);
        else
            open();
        break;
    case State::Closed:
        open();
        break;
    case State::Opening:
    case State::NeedsSignIn:
        break;
    }
}

void ConnectionSession::reloadProjects()
{
    if (m_dashboard)
        loadProjects();
    else
        verifyAccount(false);
}

void ConnectionSession::loadProjects()
{
    if (m_state != State::Ready)
        setState(State::Opening);
    auto *job = m_client->send(projects::listOwned());
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            setState(job->error().kind == ApiError::Kind::SessionExpired ? State::NeedsSignIn : State::Failed, job->error());
            return;
        }
        m_projects = job->value().items;
        Q_EMIT projectsChanged();
        setState(State::Ready);
    });
}

void ConnectionSession::setCertificatePin(const CertificatePin &pin)
{
    if (m_connection.certificatePin == pin)
        return;
    m_connection.certificatePin = pin;
    m_client->setCertificatePin(pin);
    Q_EMIT connectionChanged();
}

bool ConnectionSession::hasCredential() const
{
    return m_dashboard ? m_dashboard->hasRefreshToken() : m_keys->hasKey();
}

void ConnectionSession::signOut()
{
    // Forget locally at once; the server's session ends as soon as it answers.
    m_signingOut = true;
    m_expiredKeychainKey.clear();
    ApiError abandoned;
    abandoned.kind = ApiError::Kind::SessionExpired;
    abandoned.message = tr("You signed out: the actions that waited for a new sign-in were not done.");
    abandoned.details.insert(QStringLiteral("complete"), true);
    m_client->abandonParkedJobs(abandoned);
    if (m_credentials && !m_connection.accountLabel().isEmpty())
        m_credentials->removeAll(m_connection.keychainPrefix(), this);
    m_projects.clear();
    Q_EMIT projectsChanged();
    setState(State::NeedsSignIn);

    if (m_dashboard && m_dashboard->hasRefreshToken()) {
        auto call = auth::signOut();
        call.request.waitsForSignIn = false;
        auto *job = m_client->send(std::move(call));
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->succeeded())
                qCInfo(lcAuth).noquote() << "server sign-out failed:" << job->error().technicalSummary();
            m_dashboard->clearTokens();
            m_signingOut = false;
            Q_EMIT signedOut();
        });
        return;
    }
    if (m_dashboard)
        m_dashboard->clearTokens();
    else
        m_keys->setKey({});
    m_signingOut = false;
    QMetaObject::invokeMethod(this, &ConnectionSession::signedOut, Qt::QueuedConnection);
}

} // namespace hexclave::api
