#include "ConnectDialog.h"

#include "CertificateTrustPanel.h"
#include "auth/BrowserSignIn.h"
#include "connections/ConnectionSession.h"
#include "connections/Workspace.h"
#include "core/CertificateTrust.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit *secretField(QWidget *parent, const QString &placeholder)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(placeholder);
    auto *reveal = field->addAction(themedIcon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    reveal->setText(ConnectDialog::tr("Show"));
    reveal->setToolTip(ConnectDialog::tr("Show or hide what you typed"));
    reveal->setCheckable(true);
    // The icon inside the field takes no focus: Alt+F8 (as on Windows) while the field has it.
    reveal->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F8));
    reveal->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(reveal, &QAction::toggled, field, [field](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    return field;
}

bool looksLikeProjectId(const QString &id)
{
    return id == u"internal" || !QUuid::fromString(id).isNull();
}

} // namespace

ConnectDialog::ConnectDialog(api::Workspace *workspace, api::ConnectionSession *existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(existing)
    , m_cloud(new QRadioButton(tr("Hexclave cloud (api.hexclave.com)"), this))
    , m_selfHosted(new QRadioButton(tr("Self-hosted server"), this))
    , m_apiRoot(new QLineEdit(this))
    , m_dashboardUrl(new QLineEdit(this))
    , m_publishableKey(new QLineEdit(this))
    , m_selfHostedFields(new QWidget(this))
    , m_methods(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_certificatePanel(new CertificateTrustPanel(this))
    , m_signInStarted(!existing || existing->state() != api::ConnectionSession::State::Ready)
{
    setWindowTitle(existing ? tr("Sign in again") : tr("Connect to a Hexclave server"));
    setMinimumWidth(560);

    const bool healthy = existing && existing->state() == api::ConnectionSession::State::Ready;
    auto *intro = explanation(healthy    ? tr("You are signed in to %1. You can sign in again here.")
                                             .arg(existing->connection().describe())
                              : existing ? tr("Your session for %1 ended. Sign in again to continue.")
                                             .arg(existing->connection().describe())
                                         : tr("Hexclave Admin works with the Hexclave cloud and with self-hosted "
                                            "servers. Your keys and sessions are kept in the system keychain."),
                              this);

    m_methods->addTab(createBrowserTab(), tr("Browser"));
    m_methods->addTab(createPasswordTab(), tr("Email && password"));
    m_methods->addTab(createKeyTab(Method::AdminKey), tr("Admin key"));
    m_methods->addTab(createKeyTab(Method::ServerKey), tr("Server key"));
    m_methods->setAccessibleName(tr("Sign-in method"));

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createServerGroup());
    layout->addWidget(m_methods);
    layout->addWidget(m_status);
    layout->addWidget(m_certificatePanel);
    if (existing && !existing->connection().certificatePin.isEmpty())
        layout->addWidget(createPinnedCertificateRow(existing->connection().certificatePin));
    layout->addWidget(buttons);
    connect(m_certificatePanel, &CertificateTrustPanel::trustConfirmed, this, &ConnectDialog::trustCertificate);

    if (existing) {
        const api::Connection &connection = existing->connection();
        m_selfHosted->setChecked(!connection.isCloud());
        m_cloud->setChecked(connection.isCloud());
        m_apiRoot->setText(connection.apiRoot.toString());
        m_dashboardUrl->setText(connection.dashboardUrl.toString());
        m_publishableKey->setText(connection.publishableClientKey);
        m_cloud->setEnabled(false);
        m_selfHosted->setEnabled(false);
        // The server is fixed for a connection: signing in again does not change it.
        m_apiRoot->setReadOnly(true);
        m_dashboardUrl->setReadOnly(true);
        m_publishableKey->setReadOnly(true);
        m_email->setText(connection.accountEmail);
        const bool isDashboard = connection.kind == api::CredentialKind::DashboardAccount;
        const bool canUseBrowser = isDashboard && !connection.dashboardUrl.isEmpty();
        m_methods->setTabEnabled(0, canUseBrowser);
        if (isDashboard && !canUseBrowser)
            m_methods->setTabToolTip(0, tr("This connection was set up without the dashboard's address: sign in with email and password."));
        m_methods->setTabEnabled(1, isDashboard);
        m_methods->setTabEnabled(2, connection.kind == api::CredentialKind::AdminKey);
        m_methods->setTabEnabled(3, connection.kind == api::CredentialKind::ServerKey);
        m_adminProjectId->setText(connection.projectId);
        m_serverProjectId->setText(connection.projectId);
        m_adminProjectId->setReadOnly(true);
        m_serverProjectId->setReadOnly(true);
        setMethod(connection.kind == api::CredentialKind::AdminKey ? Method::AdminKey
                  : connection.kind == api::CredentialKind::ServerKey ? Method::ServerKey
                                                                       : Method::Password);
        connect(existing, &api::ConnectionSession::stateChanged, this, &ConnectDialog::onSessionState);
    } else {
        m_cloud->setChecked(true);
    }
    updateServerFields();
}

// A session that never signed in is still our child and goes with us.
ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::createServerGroup()
{
    auto *group = new QGroupBox(tr("Server"), this);
    m_apiRoot->setPlaceholderText(QStringLiteral("https://auth.example.com/api/v1"));
    m_apiRoot->setAccessibleName(tr("API root URL"));
    m_dashboardUrl->setPlaceholderText(QStringLiteral("https://dashboard.example.com"));
    m_dashboardUrl->setAccessibleName(tr("Dashboard URL"));
    m_publishableKey->setPlaceholderText(QStringLiteral("pck_…"));
    m_publishableKey->setAccessibleName(tr("Internal project publishable client key"));

    auto *fields = new QFormLayout(m_selfHostedFields);
    fields->setContentsMargins(22, 0, 0, 0);
    fields->addRow(tr("API root:"), m_apiRoot);
    fields->addRow(tr("Dashboard URL:"), m_dashboardUrl);
    fields->addRow(tr("Internal publishable key:"), m_publishableKey);
    auto *hint = explanation(tr("The dashboard URL and the internal project's publishable key are only needed to "
                                "sign in with a dashboard account; your server's operator knows them."),
                             m_selfHostedFields);
    hint->setEnabled(false);
    fields->addRow(hint);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_cloud);
    layout->addWidget(m_selfHosted);
    layout->addWidget(m_selfHostedFields);
    connect(m_selfHosted, &QRadioButton::toggled, this, &ConnectDialog::updateServerFields);
    return group;
}

QWidget *ConnectDialog::createBrowserTab()
{
    auto *tab = new QWidget(this);
    m_browserButton = new QPushButton(tr("Sign in with the browser"), tab);
    m_browserButton->setDefault(true);
    m_actionButtons << m_browserButton;
    connect(m_browserButton, &QPushButton::clicked, this, [this] { startSignIn(Method::Browser); });

    m_browserWaiting = new QWidget(tab);
    auto *openAgain = new QPushButton(tr("Open the page again"), m_browserWaiting);
    auto *copyLink = new QPushButton(tr("Copy link"), m_browserWaiting);
    auto *cancel = new QPushButton(tr("Stop waiting"), m_browserWaiting);
    connect(openAgain, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_browserUrl); });
    connect(copyLink, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_browserUrl.toString()); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_browserSignIn)
            m_browserSignIn->cancel();
        m_browserWaiting->hide();
        setBusy(false);
        showProblem(tr("Browser sign-in stopped."));
    });
    auto *waitingLayout = new QHBoxLayout(m_browserWaiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(openAgain);
    waitingLayout->addWidget(copyLink);
    waitingLayout->addWidget(cancel);
    waitingLayout->addStretch();
    m_browserWaiting->hide();

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation(tr("Opens the Hexclave dashboard in your web browser. Sign in there as usual and "
                                     "press “Authorize”; this window continues by itself."),
                                  tab));
    layout->addWidget(m_browserButton, 0, Qt::AlignLeft);
    layout->addWidget(m_browserWaiting);
    layout->addStretch();
    return tab;
}

QWidget *ConnectDialog::createPasswordTab()
{
    auto *tab = new QWidget(this);
    m_email = new QLineEdit(tab);
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("Email"));
    m_password = secretField(tab, tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    auto *signIn = new QPushButton(tr("Sign in"), tab);
    m_actionButtons << signIn;
    connect(signIn, &QPushButton::clicked, this, [this] { startSignIn(Method::Password); });
    connect(m_password, &QLineEdit::returnPressed, signIn, &QPushButton::click);

    auto *layout = new QFormLayout(tab);
    layout->addRow(explanation(tr("The email and password of your Hexclave dashboard account."), tab));
    layout->addRow(tr("Email:"), m_email);
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(QString(), signIn);
    return tab;
}

QWidget *ConnectDialog::createKeyTab(Method method)
{
    const bool admin = method == Method::AdminKey;
    auto *tab = new QWidget(this);
    auto *projectId = new QLineEdit(tab);
    projectId->setPlaceholderText(QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"));
    projectId->setAccessibleName(tr("Project ID"));
    auto *key = secretField(tab, admin ? QStringLiteral("sak_…") : QStringLiteral("ssk_…"));
    key->setAccessibleName(admin ? tr("Super secret admin key") : tr("Secret server key"));
    auto *connectButton = new QPushButton(tr("Connect"), tab);
    m_actionButtons << connectButton;
    connect(connectButton, &QPushButton::clicked, this, [this, method] { startSignIn(method); });
    connect(key, &QLineEdit::returnPressed, connectButton, &QPushButton::click);
    if (admin) {
        m_adminProjectId = projectId;
        m_adminKey = key;
    } else {
        m_serverProjectId = projectId;
        m_serverKey = key;
    }

    auto *layout = new QFormLayout(tab);
    layout->addRow(explanation(admin ? tr("A project's super secret admin key gives full access to that one project, "
                                          "like the dashboard. Create one in the project's API keys.")
                                     : tr("A secret server key can manage users, teams and permissions grants, but "
                                          "not the project's configuration. Pages it cannot use are greyed out."),
                               tab));
    layout->addRow(tr("Project ID:"), projectId);
    layout->addRow(admin ? tr("Admin key:") : tr("Server key:"), key);
    layout->addRow(QString(), connectButton);
    return tab;
}

QLineEdit *ConnectDialog::projectIdField(Method method) const
{
    return method == Method::AdminKey ? m_adminProjectId : m_serverProjectId;
}

QLineEdit *ConnectDialog::keyField(Method method) const
{
    return method == Method::AdminKey ? m_adminKey : m_serverKey;
}

void ConnectDialog::setMethod(Method method)
{
    m_methods->setCurrentIndex(int(method));
}

void ConnectDialog::updateServerFields()
{
    m_selfHostedFields->setEnabled(m_selfHosted->isChecked());
}

std::optional<api::Connection> ConnectDialog::connectionFromFields(Method method)
{
    api::Connection connection = api::Connection::cloud();
    if (m_selfHosted->isChecked()) {
        QString error;
        const QUrl apiRoot = api::normalizeApiRoot(m_apiRoot->text(), &error);
        if (apiRoot.isEmpty()) {
            showProblem(error);
            m_apiRoot->setFocus();
            return std::nullopt;
        }
        connection = api::Connection::selfHosted(apiRoot);
        if (method == Method::Browser || method == Method::Password) {
            connection.publishableClientKey = m_publishableKey->text().trimmed();
            if (!connection.publishableClientKey.startsWith(QStringLiteral("pck_"))) {
                showProblem(tr("Enter the internal project's publishable client key (it starts with pck_)."));
                m_publishableKey->setFocus();
                return std::nullopt;
            }
        }
        const bool needsDashboard = method == Method::Browser;
        if (needsDashboard || (method == Method::Password && !m_dashboardUrl->text().trimmed().isEmpty())) {
            // Kept for password accounts too, so that a later sign-in can use the browser.
            connection.dashboardUrl = api::normalizeDashboardUrl(m_dashboardUrl->text(), &error);
            if (connection.dashboardUrl.isEmpty()) {
                showProblem(needsDashboard ? tr("Browser sign-in needs the address of the server's dashboard. %1").arg(error)
                                           : error);
                m_dashboardUrl->setFocus();
                return std::nullopt;
            }
        }
    }

    switch (method) {
    case Method::Browser:
        connection.kind = api::CredentialKind::DashboardAccount;
        break;
    case Method::Password: {
        connection.kind = api::CredentialKind::DashboardAccount;
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        if (!email.match(m_email->text().trimmed()).hasMatch()) {
            showProblem(tr("Enter the email address of your dashboard account."));
            m_email->setFocus();
            return std::nullopt;
        }
        if (m_password->text().isEmpty()) {
            showProblem(tr("Enter your password."));
            m_password->setFocus();
            return std::nullopt;
        }
        break;
    }
    case Method::AdminKey:
    case Method::ServerKey: {
        const bool admin = method == Method::AdminKey;
        connection.kind = admin ? api::CredentialKind::AdminKey : api::CredentialKind::ServerKey;
        connection.projectId = projectIdField(method)->text().trimmed();
        if (!looksLikeProjectId(connection.projectId)) {
            showProblem(tr("The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the "
                           "project's settings)."));
            projectIdField(method)->setFocus();
            return std::nullopt;
        }
        const QString prefix = admin ? QStringLiteral("sak_") : QStringLiteral("ssk_");
        if (!keyField(method)->text().trimmed().startsWith(prefix)) {
            showProblem(admin ? tr("Super secret admin keys start with sak_. Check that you copied the right key.")
                              : tr("Secret server keys start with ssk_. Check that you copied the right key."));
            keyField(method)->setFocus();
            return std::nullopt;
        }
        break;
    }
    }
    return connection;
}

void ConnectDialog::startSignIn(Method method)
{
    m_status->hide();
    m_certificatePanel->hide();
    m_lastMethod = method;
    const bool reusing = m_session && !m_sessionIsNew;
    if (!reusing) {
        const auto connection = connectionFromFields(method);
        if (!connection)
            return;
        beginSession(*connection);
    } else if (method == Method::Password && m_email->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the email address of your dashboard account."));
        return;
    }

    setBusy(true);
    m_signInStarted = true;
    switch (method) {
    case Method::Browser:
        startBrowserSignIn();
        break;
    case Method::Password:
        showProgress(tr("Signing in…"));
        m_session->signInWithPassword(m_email->text().trimmed(), m_password->text());
        break;
    case Method::AdminKey:
    case Method::ServerKey:
        showProgress(tr("Checking the key…"));
        m_session->openWithSecret(keyField(method)->text().trimmed());
        break;
    }
}

void ConnectDialog::beginSession(const api::Connection &connection)
{
    if (m_session && m_sessionIsNew)
        delete m_session;
    api::Connection pinned = connection;
    if (!m_trustedPin.isEmpty() && m_trustedPin.server == api::CertificateTrust::serverOf(connection.apiRoot))
        pinned.certificatePin = m_trustedPin;
    m_session = new api::ConnectionSession(pinned, m_workspace->network(), m_workspace->credentials(), this);
    m_sessionIsNew = true;
    connect(m_session, &api::ConnectionSession::stateChanged, this, &ConnectDialog::onSessionState);
}

void ConnectDialog::startBrowserSignIn()
{
    delete m_browserSignIn;
    m_browserSignIn = new api::BrowserSignIn(m_session->client(), m_session->connection().dashboardUrl, this);
    connect(m_browserSignIn, &api::BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        m_browserUrl = url;
        m_browserWaiting->show();
        if (!QDesktopServices::openUrl(url))
            showProblem(tr("Could not open a browser. Copy the link and open it yourself."));
        else
            showProgress(tr("Waiting for you to press “Authorize” in the browser…"));
    });
    connect(m_browserSignIn, &api::BrowserSignIn::succeeded, this, [this](const QString &refreshToken) {
        m_browserWaiting->hide();
        showProgress(tr("Signed in. Loading your projects…"));
        m_session->openWithSecret(refreshToken);
    });
    connect(m_browserSignIn, &api::BrowserSignIn::failed, this, [this](const api::ApiError &error) {
        m_browserWaiting->hide();
        setBusy(false);
        showError(error);
    });
    showProgress(tr("Contacting the server…"));
    m_browserSignIn->start();
}

void ConnectDialog::onSessionState()
{
    if (!m_session)
        return;
    using State = api::ConnectionSession::State;
    switch (m_session->state()) {
    case State::Ready:
        // Opened on a healthy connection: a reload that ends Ready is no sign-in made here.
        if (!m_signInStarted)
            break;
        setBusy(false);
        if (m_sessionIsNew) {
            // The same account on the same server twice would share one keychain entry.
            if (api::ConnectionSession *existing = m_workspace->sessionWithKeychainKey(m_session->connection().keychainKey())) {
                // A certificate trusted here (a changed one) now serves the saved connection too.
                const api::CertificatePin pin = m_session->connection().certificatePin;
                if (!pin.isEmpty() && existing->connection().certificatePin != pin) {
                    existing->setCertificatePin(pin);
                    if (existing->state() == State::Failed)
                        existing->retry();
                }
                m_session->deleteLater();
                m_session = existing;
            } else {
                m_workspace->adopt(m_session);
            }
        }
        m_sessionIsNew = false;
        accept();
        break;
    case State::NeedsSignIn:
    case State::Failed:
        if (m_session->lastError().isError()) {
            setBusy(false);
            showError(m_session->lastError());
        }
        break;
    case State::Opening:
    case State::Closed:
        break;
    }
}

void ConnectDialog::showProblem(const QString &message)
{
    m_status->setText(message);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor(errorPalette));
    m_status->setPalette(errorPalette);
    m_status->show();
}

void ConnectDialog::showError(const api::ApiError &error)
{
    if (const auto certificate = api::CertificateTrust::details(error)) {
        showProblem(error.userMessage());
        if (!certificate->pinnedExpired) {
            m_certificatePanel->showCertificate(*certificate);
            growToFit();
        }
        return;
    }
    // Something answered, but not a Hexclave API: most likely the address is not the API root.
    const bool notAnApi = error.kind == api::ApiError::Kind::Parse
        || (error.kind == api::ApiError::Kind::Http && error.httpStatus == 404 && error.code.isEmpty());
    if (notAnApi && m_session) {
        showProblem(tr("No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like "
                       "https://api.hexclave.com/api/v1.\n(%2)")
                        .arg(m_session->connection().apiRoot.toString(), error.technicalSummary()));
        return;
    }
    showProblem(error.describe());
}

void ConnectDialog::showProgress(const QString &message)
{
    m_status->setText(message);
    m_status->setPalette(palette());
    m_status->show();
}

void ConnectDialog::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!busy);
}

// Wrapped labels do not make a top-level window grow by themselves (height-for-width): the
// certificate's details would be squeezed into the old height.
void ConnectDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

// The user confirmed in the panel: the pin goes with the connection, which is saved once it
// signed in; then the same sign-in runs again.
void ConnectDialog::trustCertificate(const api::CertificatePin &pin)
{
    m_trustedPin = pin;
    m_certificatePanel->hide();
    if (m_session && !m_sessionIsNew)
        m_session->setCertificatePin(pin);
    startSignIn(m_lastMethod);
}

// Signing in again: the certificate this connection trusts, and the way to stop trusting it.
QWidget *ConnectDialog::createPinnedCertificateRow(const api::CertificatePin &pin)
{
    auto *row = new QWidget(this);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pin.certificatePem, QSsl::Pem);
    const QString fingerprint = certificates.isEmpty() ? QString() : api::CertificateTrust::sha256Fingerprint(certificates.first());
    auto *label = explanation(tr("This connection trusts a certificate you accepted for %1 (SHA-256 %2).").arg(pin.server, fingerprint), row);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *stop = new QPushButton(tr("Stop trusting"), row);
    stop->setAutoDefault(false);
    connect(stop, &QPushButton::clicked, this, [this, label, stop, server = pin.server] {
        // It acts on the saved connection at once: ask first, Cancel being the default.
        QMessageBox box(QMessageBox::Question, tr("Stop trusting this certificate?"),
                        tr("Stop trusting the certificate of %1?").arg(server), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("stopTrustingConfirmation"));
        box.setInformativeText(tr("The connection to this server (%1) is then refused until you trust a "
                                  "certificate for it again. This applies at once.")
                                   .arg(server));
        QPushButton *confirm = box.addButton(tr("Stop trusting"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return;
        if (m_session)
            m_session->setCertificatePin({});
        label->setText(tr("The certificate of %1 is no longer trusted.").arg(server));
        stop->hide();
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(stop);
    return row;
}

} // namespace hexclave::ui
