// ConnectDialog driven like a person would: every validation message appears without a single
// request (over a scripted network that records them), a wrong admin key shows the server's
// INVALID_SUPER_SECRET_ADMIN_KEY message, and a right one connects — the dialog is accepted and
// the workspace (without stores, so no keychain) adopts the session. Run as modal dialogs.

#include "FakeNetworkAccessManager.h"
#include "TestServer.h"
#include "UiTestHelpers.h"

#include "dialogs/ConnectDialog.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
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

QLineEdit *fieldByName(const ui::ConnectDialog &dialog, const QString &accessibleName)
{
    const auto fields = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->accessibleName() == accessibleName)
            return field;
    }
    return nullptr;
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->clear();
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
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
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConnectDialog)
#include "tst_ConnectDialog.moc"
