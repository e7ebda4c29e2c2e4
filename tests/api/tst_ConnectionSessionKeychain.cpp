// ConnectionSession with a real keychain (tests/keychain-session.sh) against the TestServer:
// signing in stores the refresh token in the keychain and the connection in the settings, the
// next start opens from the keychain alone, and signing out removes the secret. The settings
// file (connections and the credential index) never contains the secret.

#include "TestServer.h"

#include "connections/ConnectionStore.h"
#include "connections/Workspace.h"
#include "credentials/CredentialStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::Connection;
using api::ConnectionSession;
using api::CredentialStore;
using State = api::ConnectionSession::State;

constexpr int kTimeoutMs = 20000;

} // namespace

class TestConnectionSessionKeychain : public QObject
{
    Q_OBJECT

private:
    QString settingsPath() const { return m_dir.filePath(u"hexclave-admin.ini"_s); }
    QByteArray settingsFile() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::optional<CredentialStore::ReadResult> readSecret(CredentialStore &store, const QString &key)
    {
        auto result = std::make_shared<std::optional<CredentialStore::ReadResult>>();
        store.read(key, this, [result](const CredentialStore::ReadResult &r) { *result = r; });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, kTimeoutMs))
            return std::nullopt;
        return *result;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/keychain-session.sh");
        QVERIFY(m_dir.isValid());
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void signInThenReopenFromKeychainThenSignOut()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        Connection connection = Connection::selfHosted(m_server->apiRoot());
        connection.kind = api::CredentialKind::DashboardAccount;
        connection.dashboardUrl = m_server->dashboardUrl();
        connection.publishableClientKey = m_server->publishableClientKey();

        QString refreshToken;
        QString key;
        {
            // First start: sign in with the password.
            QSettings settings(settingsPath(), QSettings::IniFormat);
            api::ConnectionStore store(&settings);
            CredentialStore credentials(&settings);
            api::Workspace workspace(&m_network, &store, &credentials);
            ConnectionSession *session = workspace.addConnection(connection);
            session->signInWithPassword(m_server->email(), m_server->password());
            QTRY_VERIFY_WITH_TIMEOUT(session->state() != State::Opening, kTimeoutMs);
            QCOMPARE(session->state(), State::Ready);
            key = session->connection().keychainKey();
            QCOMPARE(key, CredentialStore::keyFor(session->connection().serverLabel(), m_server->email(), u"refresh-token"_s));
            refreshToken = static_cast<const api::DashboardAuthenticator &>(session->client()->authenticator()).refreshToken();
            QTRY_VERIFY_WITH_TIMEOUT(credentials.knownKeys().contains(key) || session->storageWarning().isError(), kTimeoutMs);
            QVERIFY2(!session->storageWarning().isError(), qPrintable(session->storageWarning().userMessage()));
            QVERIFY2(credentials.knownKeys().contains(key), qPrintable(credentials.knownKeys().join(u' '))); // stored once accepted
            QVERIFY(!session->storageWarning().isError());
            QVERIFY(store.find(connection.id).has_value());
            QCOMPARE(store.find(connection.id)->accountEmail, m_server->email());

            const auto stored = readSecret(credentials, key);
            QVERIFY(stored.has_value());
            QVERIFY(stored->found);
            QCOMPARE(stored->secret, refreshToken);
        }
        QVERIFY(!refreshToken.isEmpty());
        QVERIFY(settingsFile().contains(m_server->email().toUtf8()));
        QVERIFY2(!settingsFile().contains(refreshToken.toUtf8()), "the refresh token leaked into the settings file");

        {
            // Next start: the saved connection opens with the secret from the keychain.
            QSettings settings(settingsPath(), QSettings::IniFormat);
            api::ConnectionStore store(&settings);
            CredentialStore credentials(&settings);
            api::Workspace workspace(&m_network, &store, &credentials);
            workspace.openSavedConnections();
            QCOMPARE(workspace.sessions().size(), 1);
            ConnectionSession *session = workspace.sessions().first();
            QCOMPARE(session->state(), State::Opening);
            QTRY_VERIFY_WITH_TIMEOUT(session->state() != State::Opening, kTimeoutMs);
            QVERIFY2(session->state() == State::Ready, qPrintable(session->lastError().userMessage()));
            QVERIFY(!session->projects().isEmpty());

            // Signing out forgets the session here and in the keychain.
            session->signOut();
            QCOMPARE(session->state(), State::NeedsSignIn);
            QTRY_VERIFY_WITH_TIMEOUT(!credentials.knownKeys().contains(key), kTimeoutMs);
            const auto removed = readSecret(credentials, key);
            QVERIFY(removed.has_value());
            QVERIFY(!removed->found);
            QVERIFY(!removed->error.isError());

            // Opening again now asks to sign in.
            ConnectionSession again(session->connection(), &m_network, &credentials);
            again.open();
            QTRY_VERIFY_WITH_TIMEOUT(again.state() != State::Opening, kTimeoutMs);
            QCOMPARE(again.state(), State::NeedsSignIn);
            QVERIFY(!again.lastError().isError());
        }
        QVERIFY(!settingsFile().contains(refreshToken.toUtf8()));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConnectionSessionKeychain)
#include "tst_ConnectionSessionKeychain.moc"
