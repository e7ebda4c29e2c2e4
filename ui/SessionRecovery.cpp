#include "SessionRecovery.h"

#include "connections/ConnectionSession.h"
#include "dialogs/ConnectDialog.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace hexclave::ui {

SessionRecovery::SessionRecovery(api::Workspace *workspace, ErrorBanner *banner, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_window(window)
{
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { signIn(m_session); });
}

void SessionRecovery::setSession(api::ConnectionSession *session)
{
    if (m_session != session) {
        if (m_session) {
            disconnect(m_session, nullptr, this, nullptr);
            disconnect(m_session->client(), nullptr, this, nullptr);
        }
        m_session = session;
        m_promptedThisExpiry = false;
        if (session) {
            connect(session, &api::ConnectionSession::stateChanged, this, &SessionRecovery::update);
            connect(session, &api::ConnectionSession::signInRequested, this, [this] { signIn(m_session); });
            connect(session->client(), &api::ApiClient::parkedJobsChanged, this, &SessionRecovery::update);
            connect(session->client(), &api::ApiClient::sessionExpired, this, &SessionRecovery::onSessionExpired);
        }
    }
    update();
}

void SessionRecovery::update()
{
    if (!m_banner)
        return;
    const bool lost = m_session && m_session->client()->isSessionLost();
    if (!m_session || (!lost && m_session->state() != api::ConnectionSession::State::NeedsSignIn)) {
        if (m_session && m_session->state() == api::ConnectionSession::State::Ready)
            m_promptedThisExpiry = false;
        m_banner->hide();
        return;
    }
    const api::Connection &connection = m_session->connection();
    const bool isKey = connection.kind != api::CredentialKind::DashboardAccount;
    const int waiting = m_session->client()->parkedJobCount();
    api::ApiError error = m_session->lastError();
    if (error.kind == api::ApiError::Kind::SessionExpired || !error.isError()) {
        // Our own words (the server's sentence stays in the details).
        error.kind = api::ApiError::Kind::SessionExpired;
        if (lost) {
            error.message = isKey ? tr("The server no longer accepts the key of %1: it was revoked or has expired. "
                                       "Enter a new key to continue.")
                                        .arg(connection.describe())
                                  : tr("Your session for %1 has ended: it expired or was revoked. Sign in again to continue.")
                                        .arg(connection.describe());
        } else {
            error.message = isKey ? tr("%1 has no valid key. Enter a new key to continue.").arg(connection.describe())
                                  : tr("You are not signed in to %1. Sign in to continue.").arg(connection.describe());
        }
    } else {
        // The new sign-in failed on the way (server unreachable, …): the requests still wait.
        error.message = error.userMessage();
        error.kind = api::ApiError::Kind::SessionExpired;
    }
    error.details.insert(QStringLiteral("complete"), true);
    if (waiting > 0) {
        error.message += u' '
            + (isKey ? tr("%n waiting request(s) will continue once you enter a new key.", nullptr, waiting)
                     : tr("%n waiting request(s) will continue once you are signed in.", nullptr, waiting));
    }
    m_banner->setRetryText(isKey ? tr("Enter a new key…") : tr("Sign in again…"));
    m_banner->showError(error);
}

void SessionRecovery::onSessionExpired()
{
    // A user who was working expects the prompt: open it once per expiry, from the event loop
    // (never inside the client's signal).
    if (m_promptedThisExpiry)
        return;
    m_promptedThisExpiry = true;
    QTimer::singleShot(0, this, [this] {
        if (m_session && m_session->state() == api::ConnectionSession::State::NeedsSignIn)
            signIn(m_session);
    });
}

void SessionRecovery::signIn(api::ConnectionSession *session)
{
    if (!session || (m_dialog && m_dialog->isVisible()))
        return;
    // On top of an open dialog: it may be the one waiting for the session (a save in progress).
    // Not on a message box: it would take the prompt with it when it closes.
    QWidget *parent = QApplication::activeModalWidget();
    if (qobject_cast<ConnectDialog *>(parent))
        return; // already signing in
    if (!parent || qobject_cast<QMessageBox *>(parent))
        parent = m_window;
    m_dialog = new ConnectDialog(m_workspace, session, parent);
    m_dialog->setObjectName(QStringLiteral("signInAgainDialog"));
    connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
    m_dialog->open(); // "Cancel" keeps the banner and the waiting actions
}

} // namespace hexclave::ui
