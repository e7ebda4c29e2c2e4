#pragma once

#include "connections/Connection.h"
#include "core/ApiError.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QWidget;

namespace hexclave::api {
class BrowserSignIn;
class ConnectionSession;
class Workspace;
}

namespace hexclave::ui {

class CertificateTrustPanel;

// Connecting to a server: Hexclave cloud or a self-hosted API root, with a dashboard account
// (browser or email/password), an admin key or a server key. Everything is checked before it
// is saved; the secret goes to the keychain only once the server accepted it.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    enum class Method { Browser, Password, AdminKey, ServerKey };

    // With `existing`, signs that connection in again (its server is fixed).
    explicit ConnectDialog(api::Workspace *workspace, api::ConnectionSession *existing = nullptr,
                           QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The session that signed in; valid after the dialog was accepted.
    api::ConnectionSession *connectedSession() const { return m_session; }

    void setMethod(Method method);
    // For tests and automation: the fields by role.
    QLineEdit *apiRootField() const { return m_apiRoot; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *projectIdField(Method method) const;
    QLineEdit *keyField(Method method) const;
    QRadioButton *selfHostedOption() const { return m_selfHosted; }
    QLabel *statusLabel() const { return m_status; }
    CertificateTrustPanel *certificatePanel() const { return m_certificatePanel; }

private:
    QWidget *createServerGroup();
    QWidget *createBrowserTab();
    QWidget *createPasswordTab();
    QWidget *createKeyTab(Method method);
    std::optional<api::Connection> connectionFromFields(Method method);
    void startSignIn(Method method);
    void startBrowserSignIn();
    void beginSession(const api::Connection &connection);
    void onSessionState();
    void showProblem(const QString &message);
    void showError(const api::ApiError &error);
    void showProgress(const QString &message);
    void setBusy(bool busy);
    void updateServerFields();
    QWidget *createPinnedCertificateRow(const api::CertificatePin &pin);
    void trustCertificate(const api::CertificatePin &pin);
    void growToFit();

    api::Workspace *m_workspace;
    QPointer<api::ConnectionSession> m_session;
    bool m_sessionIsNew = false;
    api::BrowserSignIn *m_browserSignIn = nullptr;
    QUrl m_browserUrl;

    QRadioButton *m_cloud;
    QRadioButton *m_selfHosted;
    QLineEdit *m_apiRoot;
    QLineEdit *m_dashboardUrl;
    QLineEdit *m_publishableKey;
    QWidget *m_selfHostedFields;
    QTabWidget *m_methods;
    QPushButton *m_browserButton;
    QWidget *m_browserWaiting;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_adminProjectId;
    QLineEdit *m_adminKey;
    QLineEdit *m_serverProjectId;
    QLineEdit *m_serverKey;
    QLabel *m_status;
    CertificateTrustPanel *m_certificatePanel;
    bool m_signInStarted; // false while a healthy connection's dialog has not signed in yet
    api::CertificatePin m_trustedPin; // chosen in this dialog, for the server it names
    Method m_lastMethod = Method::Browser;
    QList<QPushButton *> m_actionButtons;
};

} // namespace hexclave::ui
