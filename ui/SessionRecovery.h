#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hexclave::api {
class ConnectionSession;
class Workspace;
} // namespace hexclave::api

namespace hexclave::ui {

class ConnectDialog;
class ErrorBanner;

// What the main window does when the current connection's session ends (expired or revoked
// refresh token, revoked key): the banner says so and how many actions wait, its button opens
// the sign-in dialog, and the dialog opens by itself once per expiry. The waiting requests go on
// by themselves after the sign-in (ApiClient parks them meanwhile). The banner stays while
// requests wait, also when a new sign-in failed on the way (server unreachable).
class SessionRecovery : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRecovery)

public:
    SessionRecovery(api::Workspace *workspace, ErrorBanner *banner, QWidget *window);

    // The connection of the project on screen (null: none).
    void setSession(api::ConnectionSession *session);
    // Opens the sign-in dialog for `session` (window-modal, on top of an open dialog that may be
    // waiting for the session); does nothing when one is open already. Also for a healthy
    // session: the same dialog changes its certificate trust.
    void signIn(api::ConnectionSession *session);

private:
    void update();
    void onSessionExpired();

    api::Workspace *m_workspace;
    QPointer<ErrorBanner> m_banner;
    QWidget *m_window;
    QPointer<api::ConnectionSession> m_session;
    QPointer<ConnectDialog> m_dialog;
    bool m_promptedThisExpiry = false;
};

} // namespace hexclave::ui
