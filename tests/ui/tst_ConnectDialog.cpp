// ConnectDialog driven like a person would: every validation message appears without a single
// request (over a scripted network that records them), a wrong admin key shows the server's
// INVALID_SUPER_SECRET_ADMIN_KEY message, and a right one connects — the dialog is accepted and
// the workspace (without stores, so no keychain) adopts the session. Run as modal dialogs.

#include "FakeNetworkAccessManager.h"
#include "TestServer.h"
#include "TlsTestData.h"
#include "UiTestHelpers.h"
#include "WidgetLookup.h"

#include "connections/ConnectionStore.h"
#include "core/CertificateTrust.h"
#include "dialogs/CertificateTrustPanel.h"
#include "dialogs/ConnectDialog.h"
#include "pages/apikeys/ProjectKeysPage.h"
#include "widgets/ErrorBanner.h"
#include "ModalAnswers.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Method = ui::ConnectDialog::Method;

const QString kProjectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");

// The button that starts the current method's sign-in.
QPushButton *actionButton(const ui::ConnectDialog &dialog, Method method)
{
    switch (method) {
    case Method::Browser: return findButton<QPushButton>(&dialog, u"Sign in with the browser"_s);
    case Method::Password: return findButton<QPushButton>(&dialog, u"Sign in"_s);
    case Method::AdminKey:
    case Method::ServerKey: return findButton<QPushButton>(&dialog, u"Connect"_s);
    }
    return nullptr;
}


} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    // Fills in the server and its admin key like a person, presses Return and waits until the
    // dialog closed (or shows why not).
    static void typeAdminKey(ui::ConnectDialog &dialog, const TestServer &server)
    {
        clickIndicator(dialog.selfHostedOption());
        QTest::keyClicks(dialog.apiRootField(), server.apiRoot().toString());
        dialog.setMethod(Method::AdminKey);
        QTest::keyClicks(dialog.projectIdField(Method::AdminKey), server.projectId());
        QTest::keyClicks(dialog.keyField(Method::AdminKey), server.adminKey());
        QTest::keyClick(dialog.keyField(Method::AdminKey), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible() || actionButton(dialog, Method::AdminKey)->isEnabled(), kUiTimeoutMs);
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.statusLabel()->text()));
    }

    // Types the HTTPS emulator's admin key and connects: the certificate is refused and the
    // dialog shows it. Returns the trust button (null when something else happened).
    static QPushButton *connectToSelfSigned(ui::ConnectDialog &dialog, const emulator::Emulator &server)
    {
        clickIndicator(dialog.selfHostedOption());
        QTest::keyClicks(dialog.apiRootField(), server.apiRoot().toString());
        dialog.setMethod(Method::AdminKey);
        QTest::keyClicks(dialog.projectIdField(Method::AdminKey), server.demoAccount().projectId);
        QTest::keyClicks(dialog.keyField(Method::AdminKey), server.demoAccount().adminKey);
        QTest::mouseClick(actionButton(dialog, Method::AdminKey), Qt::LeftButton);
        if (!QTest::qWaitFor([&dialog] { return actionButton(dialog, Method::AdminKey)->isEnabled(); }, kUiTimeoutMs))
            return nullptr;
        const QString host = api::CertificateTrust::serverOf(server.apiRoot());
        return findButton<QPushButton>(&dialog, u"Trust this certificate for %1…"_s.arg(host));
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<bool>("selfHosted");
        QTest::addColumn<QString>("apiRoot");
        QTest::addColumn<QString>("publishableKey");
        QTest::addColumn<QString>("dashboardUrl");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");   // part of the message
        QTest::addColumn<QString>("focusField"); // accessible name of the field that gets the focus

        const QString id = kProjectId;
        QTest::newRow("no server address") << Method::AdminKey << true << QString() << QString() << QString() << QString()
                                           << QString() << id << u"sak_abc"_s << u"Enter the server's address."_s
                                           << u"API root URL"_s;
        QTest::newRow("not an address") << Method::AdminKey << true << u"https://auth example.com"_s << QString() << QString()
                                        << QString() << QString() << id << u"sak_abc"_s << u"is not a valid address"_s
                                        << u"API root URL"_s;
        QTest::newRow("not http") << Method::ServerKey << true << u"ftp://auth.example.com"_s << QString() << QString()
                                  << QString() << QString() << id << u"ssk_abc"_s << u"must start with https://"_s
                                  << u"API root URL"_s;
        QTest::newRow("self-hosted password without pck")
            << Method::Password << true << u"https://auth.example.com"_s << QString() << QString() << u"me@example.com"_s
            << u"secret"_s << QString() << QString() << u"publishable client key (it starts with pck_)"_s
            << u"Internal project publishable client key"_s;
        QTest::newRow("self-hosted password, key is not a pck")
            << Method::Password << true << u"https://auth.example.com"_s << u"ssk_oops"_s << QString() << u"me@example.com"_s
            << u"secret"_s << QString() << QString() << u"it starts with pck_"_s << u"Internal project publishable client key"_s;
        QTest::newRow("self-hosted browser without pck")
            << Method::Browser << true << u"https://auth.example.com"_s << QString() << u"https://dash.example.com"_s
            << QString() << QString() << QString() << QString() << u"it starts with pck_"_s
            << u"Internal project publishable client key"_s;
        QTest::newRow("self-hosted browser without dashboard")
            << Method::Browser << true << u"https://auth.example.com"_s << u"pck_abc"_s << QString() << QString() << QString()
            << QString() << QString() << u"Browser sign-in needs the address of the server's dashboard"_s << u"Dashboard URL"_s;
        QTest::newRow("password without email") << Method::Password << false << QString() << QString() << QString()
                                                << u"not-an-email"_s << u"secret"_s << QString() << QString()
                                                << u"Enter the email address"_s << u"Email"_s;
        QTest::newRow("password without password") << Method::Password << false << QString() << QString() << QString()
                                                   << u"me@example.com"_s << QString() << QString() << QString()
                                                   << u"Enter your password."_s << u"Password"_s;
        QTest::newRow("admin key without sak_") << Method::AdminKey << false << QString() << QString() << QString()
                                               << QString() << QString() << id << u"ssk_server_key"_s
                                               << u"Super secret admin keys start with sak_"_s << u"Super secret admin key"_s;
        QTest::newRow("server key without ssk_") << Method::ServerKey << true << u"http://127.0.0.1:8102"_s << QString()
                                                << QString() << QString() << QString() << id << u"sak_admin_key"_s
                                                << u"Secret server keys start with ssk_"_s << u"Secret server key"_s;
        QTest::newRow("project id not a UUID") << Method::AdminKey << false << QString() << QString() << QString()
                                              << QString() << QString() << u"my-project"_s << u"sak_abc"_s
                                              << u"The project ID is a UUID"_s << u"Project ID"_s;
        QTest::newRow("project id empty") << Method::ServerKey << false << QString() << QString() << QString() << QString()
                                         << QString() << QString() << u"ssk_abc"_s << u"The project ID is a UUID"_s
                                         << u"Project ID"_s;
    }

    void validation()
    {
        QFETCH(Method, method);
        QFETCH(bool, selfHosted);
        QFETCH(QString, apiRoot);
        QFETCH(QString, publishableKey);
        QFETCH(QString, dashboardUrl);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, projectId);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(QString, focusField);

        FakeNetworkAccessManager network; // records every request; there must be none
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::ConnectDialog dialog(&workspace);
        bool done = false;
        QString shown;
        bool focusRight = false;
        bool stillOpen = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *open) {
            QCOMPARE(open, &dialog);
            if (selfHosted) {
                clickIndicator(dialog.selfHostedOption());
                QVERIFY(dialog.selfHostedOption()->isChecked());
                typeInto(dialog.apiRootField(), apiRoot);
                typeInto(fieldByName(dialog, u"Internal project publishable client key"_s), publishableKey);
                typeInto(fieldByName(dialog, u"Dashboard URL"_s), dashboardUrl);
            }
            dialog.setMethod(method);
            if (method == Method::Password) {
                typeInto(dialog.emailField(), email);
                typeInto(dialog.passwordField(), password);
            }
            if (method == Method::AdminKey || method == Method::ServerKey) {
                typeInto(dialog.projectIdField(method), projectId);
                typeInto(dialog.keyField(method), key);
            }
            QPushButton *button = actionButton(dialog, method);
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY(dialog.statusLabel()->isVisible());
            shown = dialog.statusLabel()->text();
            QWidget *focus = QApplication::focusWidget();
            focusRight = focus && focus->accessibleName() == focusField;
            if (!focusRight)
                qWarning() << "focus is on" << (focus ? focus->accessibleName() : u"nothing"_s);
            stillOpen = dialog.isVisible();
        });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected)); // closed by the test, never accepted
        QVERIFY(done);
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QVERIFY(stillOpen);
        QVERIFY(focusRight);
        QCOMPARE(network.requests().size(), 0);
        QVERIFY(workspace.sessions().isEmpty());
        QVERIFY(!dialog.connectedSession());
    }

    void wrongAdminKey()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::ConnectDialog dialog(&workspace);
        bool done = false;
        QString shown;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *) {
            clickIndicator(dialog.selfHostedOption());
            QTest::keyClicks(dialog.apiRootField(), server->apiRoot().toString());
            dialog.setMethod(Method::AdminKey);
            QTest::keyClicks(dialog.projectIdField(Method::AdminKey), server->projectId());
            QTest::keyClicks(dialog.keyField(Method::AdminKey), u"sak_not-the-right-key-0000"_s);
            QPushButton *connect = actionButton(dialog, Method::AdminKey);
            QVERIFY(connect);
            QTest::mouseClick(connect, Qt::LeftButton);
            QVERIFY(!connect->isEnabled()); // busy while the server checks
            QTRY_VERIFY_WITH_TIMEOUT(connect->isEnabled(), kUiTimeoutMs);
            shown = dialog.statusLabel()->text();
        });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
        QVERIFY(done);
        QVERIFY2(shown.contains(u"INVALID_SUPER_SECRET_ADMIN_KEY"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"HTTP 401"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Check that the key belongs to this project"_s), qPrintable(shown));
        QVERIFY(workspace.sessions().isEmpty());
    }

    void rightAdminKeyConnects()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        QVERIFY(!workspace.credentials()); // nothing goes to a keychain
        ui::ConnectDialog dialog(&workspace);
        bool done = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *) { typeAdminKey(dialog, *server); });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        QVERIFY(done);
        api::ConnectionSession *session = dialog.connectedSession();
        QVERIFY(session);
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        QCOMPARE(workspace.sessions(), QList<api::ConnectionSession *>{session});
        QCOMPARE(session->parent(), &workspace); // adopted: it outlives the dialog
        QCOMPARE(session->connection().kind, api::CredentialKind::AdminKey);
        QCOMPARE(session->connection().projectId, server->projectId());
        QCOMPARE(session->connection().apiRoot, server->apiRoot());
        QCOMPARE(session->projects().size(), 1);
        QCOMPARE(session->projects().first().id, server->projectId());

        // The same key again: the existing connection is reused, not doubled (they would
        // share one keychain entry).
        ui::ConnectDialog again(&workspace);
        bool doneAgain = false;
        onNextModal<ui::ConnectDialog>(this, &doneAgain, [&](ui::ConnectDialog *) { typeAdminKey(again, *server); });
        QCOMPARE(again.exec(), int(QDialog::Accepted));
        QVERIFY(doneAgain);
        QCOMPARE(again.connectedSession(), session);
        QCOMPARE(workspace.sessions().size(), 1);
    }

    void selfSignedCertificateIsTrustedOnlyAfterConfirmation_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("trust") << true;
        QTest::newRow("cancel") << false;
    }

    void selfSignedCertificateIsTrustedOnlyAfterConfirmation()
    {
        QFETCH(bool, confirm);
        const auto server = httpsEmulator();
        QVERIFY2(server, "the HTTPS emulator did not start");
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"hexclave-admin.ini"_s), QSettings::IniFormat);
        api::ConnectionStore store(&settings);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, &store, nullptr);
        ui::ConnectDialog dialog(&workspace);
        const QString host = api::CertificateTrust::serverOf(server->apiRoot());
        const QString fingerprint = api::CertificateTrust::sha256Fingerprint(QSslCertificate(tlsFile(u"server.crt"_s)));

        bool done = false;
        bool confirmationShown = false;
        QString status;
        QString details;
        QString confirmation;
        QString defaultButton;
        bool stillOpenAfterCancel = false;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *) {
            QPushButton *trust = connectToSelfSigned(dialog, *server);
            status = dialog.statusLabel()->text();
            QVERIFY2(trust, qPrintable(status));
            QVERIFY(dialog.certificatePanel()->isVisible());
            details = dialog.certificatePanel()->detailsText();
            QCOMPARE(server->requestCount(), 0); // the key never left the app

            whenModalOpens<QMessageBox>(this, &confirmationShown, [&](QMessageBox *box) {
                confirmation = box->text() + u'\n' + box->informativeText();
                defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
                QAbstractButton *answer = modalButtonWithText(box, confirm ? u"Trust"_s : u"Cancel"_s);
                QVERIFY(answer);
                QTest::mouseClick(answer, Qt::LeftButton);
            }, u"trustCertificateConfirmation"_s);
            QTest::mouseClick(trust, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(confirmationShown, kUiTimeoutMs);
            if (confirm) {
                QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kUiTimeoutMs);
            } else {
                stillOpenAfterCancel = dialog.isVisible() && dialog.certificatePanel()->isVisible();
                dialog.reject();
            }
        });
        const int result = dialog.exec();
        QVERIFY(done);
        QVERIFY2(status.contains(u"was refused because its certificate is not trusted"_s), qPrintable(status));
        QVERIFY2(status.contains(u"self-signed"_s), qPrintable(status));
        for (const QString &expected : {u"Hexclave test server (Hexclave Admin tests)"_s, fingerprint.left(47), u"self-signed"_s, host})
            QVERIFY2(details.contains(expected), qPrintable(expected + u" not in:\n"_s + details));
        QVERIFY(confirmationShown);
        QVERIFY2(confirmation.contains(host) && confirmation.contains(fingerprint.left(47)), qPrintable(confirmation));
        QCOMPARE(defaultButton, QMessageBox(QMessageBox::NoIcon, {}, {}, QMessageBox::Cancel).button(QMessageBox::Cancel)->text());

        if (!confirm) {
            QVERIFY(stillOpenAfterCancel);
            QCOMPARE(result, int(QDialog::Rejected));
            QVERIFY(store.connections().isEmpty());
            QVERIFY(workspace.sessions().isEmpty());
            QCOMPARE(server->requestCount(), 0);
            return;
        }
        QCOMPARE(result, int(QDialog::Accepted));
        api::ConnectionSession *session = dialog.connectedSession();
        QVERIFY(session);
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        QCOMPARE(store.connections().size(), 1);
        const api::CertificatePin pin = store.connections().first().certificatePin;
        QCOMPARE(pin.server, host);
        QCOMPARE(QSslCertificate(pin.certificatePem), QSslCertificate(tlsFile(u"server.crt"_s)));
    }

    // Signing in again shows the certificate the connection trusts, and "Stop trusting" removes
    // the pin from the session and the saved connection at once.
    void signInAgainShowsAndRemovesThePin()
    {
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"hexclave-admin.ini"_s), QSettings::IniFormat);
        api::ConnectionStore store(&settings);
        api::Connection connection = api::Connection::selfHosted(QUrl(u"https://127.0.0.1:9/api/v1"_s));
        connection.kind = api::CredentialKind::AdminKey;
        connection.projectId = kProjectId;
        connection.certificatePin = {u"127.0.0.1:9"_s, tlsFile(u"server.crt"_s)};
        store.save(connection);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, &store, nullptr);
        api::ConnectionSession *session = workspace.addConnection(connection);
        QCOMPARE(session->client()->certificatePin(), connection.certificatePin);

        ui::ConnectDialog dialog(&workspace, session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString fingerprint = api::CertificateTrust::sha256Fingerprint(QSslCertificate(tlsFile(u"server.crt"_s)));
        QVERIFY(showsText(&dialog, fingerprint));
        auto *stop = findButton<QPushButton>(&dialog, u"Stop trusting"_s);
        QVERIFY(stop);

        // It acts on the saved connection at once, so it asks first; Cancel keeps the trust.
        bool asked = false;
        QString question;
        QString defaultButton;
        whenModalOpens<QMessageBox>(this, &asked, [&](QMessageBox *box) {
            question = box->text() + u'\n' + box->informativeText();
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::mouseClick(modalButtonWithText(box, u"Cancel"_s), Qt::LeftButton);
        }, u"stopTrustingConfirmation"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QVERIFY2(question.contains(u"127.0.0.1:9"_s), qPrintable(question));
        QCOMPARE(defaultButton, QMessageBox(QMessageBox::NoIcon, {}, {}, QMessageBox::Cancel).button(QMessageBox::Cancel)->text());
        QCOMPARE(session->connection().certificatePin, connection.certificatePin);
        QVERIFY(stop->isVisible());

        answerNextMessageBox(this, &asked, u"Stop trusting"_s, nullptr, u"stopTrustingConfirmation"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"The certificate of 127.0.0.1:9 is no longer trusted."_s));
        QVERIFY(session->connection().certificatePin.isEmpty());
        QVERIFY(session->client()->certificatePin().isEmpty());
        QVERIFY(store.find(connection.id)->certificatePin.isEmpty());
    }

    // The server's certificate changed since it was trusted: signing in again shows the new one
    // as changed, and trusting it replaces the saved connection's pin. Opened later on the
    // healthy connection, the dialog still shows the pin, "Stop trusting" applies at once, and
    // the dialog does not close by itself when the connection becomes ready again.
    void signInAgainReplacesAChangedPin()
    {
        const auto server = httpsEmulator();
        const QString host = api::CertificateTrust::serverOf(server->apiRoot());
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"hexclave-admin.ini"_s), QSettings::IniFormat);
        api::ConnectionStore store(&settings);
        api::Connection connection = api::Connection::selfHosted(server->apiRoot());
        connection.kind = api::CredentialKind::AdminKey;
        connection.projectId = server->demoAccount().projectId;
        connection.certificatePin = {host, tlsFile(u"other.crt"_s)};
        store.save(connection);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, &store, nullptr);
        api::ConnectionSession *session = workspace.addConnection(connection);

        ui::ConnectDialog dialog(&workspace, session);
        bool done = false;
        bool confirmed = false;
        QString status;
        QString details;
        QString confirmation;
        onNextModal<ui::ConnectDialog>(this, &done, [&](ui::ConnectDialog *) {
            QTest::keyClicks(dialog.keyField(Method::AdminKey), server->demoAccount().adminKey);
            QTest::mouseClick(actionButton(dialog, Method::AdminKey), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.certificatePanel()->isVisible(), kUiTimeoutMs);
            status = dialog.statusLabel()->text();
            details = dialog.certificatePanel()->detailsText();
            QPushButton *trust = findButton<QPushButton>(&dialog, u"Trust this certificate for %1…"_s.arg(host));
            QVERIFY(trust);
            answerNextMessageBox(this, &confirmed, u"Trust"_s, &confirmation, u"trustCertificateConfirmation"_s);
            QTest::mouseClick(trust, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kUiTimeoutMs);
        });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        QVERIFY(done);
        QVERIFY(confirmed);
        QVERIFY2(status.contains(u"changed since you trusted it"_s), qPrintable(status));
        QVERIFY2(details.contains(u"presents now"_s), qPrintable(details));
        QVERIFY2(confirmation.contains(host), qPrintable(confirmation));
        QCOMPARE(dialog.connectedSession(), session);
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        const QSslCertificate serverCertificate(tlsFile(u"server.crt"_s));
        QCOMPARE(QSslCertificate(session->connection().certificatePin.certificatePem), serverCertificate);
        QCOMPARE(QSslCertificate(store.find(connection.id)->certificatePin.certificatePem), serverCertificate);
        const api::CertificatePin trusted = session->connection().certificatePin;

        ui::ConnectDialog healthy(&workspace, session);
        healthy.show();
        QVERIFY(QTest::qWaitForWindowExposed(&healthy));
        QVERIFY(showsText(&healthy, u"You are signed in to"_s));
        QVERIFY(showsText(&healthy, api::CertificateTrust::sha256Fingerprint(serverCertificate)));
        QPushButton *stop = findButton<QPushButton>(&healthy, u"Stop trusting"_s);
        QVERIFY(stop);
        bool stopped = false;
        answerNextMessageBox(this, &stopped, u"Stop trusting"_s, nullptr, u"stopTrustingConfirmation"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kUiTimeoutMs);
        QVERIFY(store.find(connection.id)->certificatePin.isEmpty());
        const int requestsBefore = server->requestCount();
        session->reloadProjects();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), api::ConnectionSession::State::Failed, kUiTimeoutMs);
        QCOMPARE(session->lastError().kind, api::ApiError::Kind::Tls);
        QCOMPARE(server->requestCount(), requestsBefore);

        // Ready again without a sign-in made in the dialog: it stays open.
        session->setCertificatePin(trusted);
        session->retry();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), api::ConnectionSession::State::Ready, kUiTimeoutMs);
        QVERIFY(healthy.isVisible());
    }

    // A page of a pinned connection whose server now presents another certificate (same
    // host:port): the page's banner says the certificate changed, with the new fingerprint,
    // and not one request reached the server.
    void changedCertificateShowsInThePageBanner()
    {
        auto server = httpsEmulator();
        const quint16 port = server->port();
        const emulator::DemoAccount account = server->demoAccount();
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::Connection connection = api::Connection::selfHosted(server->apiRoot());
        connection.kind = api::CredentialKind::AdminKey;
        connection.projectId = account.projectId;
        connection.certificatePin = {api::CertificateTrust::serverOf(server->apiRoot()), tlsFile(u"server.crt"_s)};
        api::ConnectionSession *session = workspace.addConnection(connection);
        session->openWithSecret(account.adminKey);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), api::ConnectionSession::State::Ready, kUiTimeoutMs);
        ui::ProjectContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, nullptr};
        }
        QVERIFY(context.isValid());

        ui::ProjectKeysPage page(context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kUiTimeoutMs);
        QVERIFY(!page.showsError());

        server.reset();
        server = httpsEmulator(u"other"_s, port);
        QCOMPARE(server->port(), port);
        page.reload();
        // The keys loaded before stay listed; the banner above them says why they are not fresh.
        QTRY_VERIFY_WITH_TIMEOUT(page.errorBanner()->isVisible() && !page.isLoading(), kUiTimeoutMs);
        const QString newFingerprint = api::CertificateTrust::sha256Fingerprint(QSslCertificate(tlsFile(u"other.crt"_s)));
        const QString shown = visibleLabelTexts(page.errorBanner()).join(u'\n');
        QVERIFY2(shown.contains(u"changed since you trusted it"_s) && shown.contains(newFingerprint), qPrintable(shown));
        QCOMPARE(server->requestCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConnectDialog)
#include "tst_ConnectDialog.moc"
