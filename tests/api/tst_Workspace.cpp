// Workspace over a scripted network: connections are saved once they work (and never with their
// secret), saved connections reopen at start, and removing a connection forgets it.

#include "FakeNetworkAccessManager.h"

#include "connections/ConnectionStore.h"
#include "connections/Workspace.h"
#include "credentials/CredentialStore.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::Connection;
using api::ConnectionSession;
using api::ConnectionStore;
using api::CredentialKind;
using api::Workspace;
using State = api::ConnectionSession::State;

const QString kProjectId = u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s;
const QByteArray kGoodKey = "sak_good0secret0value0for0tests";

Connection adminKeyConnection()
{
    Connection connection = Connection::selfHosted(QUrl(u"https://auth.example.com/api/v1"_s));
    connection.kind = CredentialKind::AdminKey;
    connection.projectId = kProjectId;
    return connection;
}

FakeResponse answer(const SeenRequest &seen)
{
    if (seen.url.path() != u"/api/v1/projects/current")
        return FakeResponse::text(404, "not scripted");
    if (seen.header("X-Stack-Super-Secret-Admin-Key") != kGoodKey)
        return FakeResponse::knownError(401, "INVALID_SUPER_SECRET_ADMIN_KEY", "The super secret admin key is not valid.");
    return FakeResponse::json(200, R"({"id":"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063","display_name":"Demo Project","config_warnings":[]})");
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QString settingsPath() const { return m_dir->filePath(u"settings.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_network->setHandler(&answer);
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_network.reset();
        m_dir.reset();
    }

    void savedOnceReadyWithoutItsSecret()
    {
        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        QSignalSpy added(&workspace, &Workspace::sessionAdded);
        QSignalSpy projects(&workspace, &Workspace::projectsChanged);
        const Connection connection = adminKeyConnection();
        ConnectionSession *session = workspace.addConnection(connection);
        QVERIFY(session);
        QCOMPARE(added.count(), 1);
        QCOMPARE(workspace.addConnection(connection), session); // same id, same session
        QCOMPARE(added.count(), 1);
        QCOMPARE(workspace.session(connection.id), session);
        QVERIFY(m_store->connections().isEmpty()); // not saved before it works

        session->openWithSecret(QString::fromLatin1(kGoodKey));
        QTRY_VERIFY(session->state() != State::Opening);
        QCOMPARE(session->state(), State::Ready);
        QCOMPARE(session->projects().size(), 1);
        QCOMPARE(session->projects().first().displayName, u"Demo Project"_s);
        QVERIFY(projects.count() >= 1);
        QVERIFY(m_store->find(connection.id).has_value());
        QVERIFY(workspace.hasSavedConnections());

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(kProjectId.toLatin1()));
        QVERIFY2(!text.contains(kGoodKey), text.constData());
        QVERIFY(!text.contains("sak_"));
    }

    void wrongKeyIsNotSaved()
    {
        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        ConnectionSession *session = workspace.addConnection(adminKeyConnection());
        session->openWithSecret(u"sak_wrong"_s);
        QTRY_VERIFY(session->state() != State::Opening);
        QCOMPARE(session->state(), State::NeedsSignIn);
        QCOMPARE(session->lastError().code, u"INVALID_SUPER_SECRET_ADMIN_KEY"_s);
        QVERIFY(m_store->connections().isEmpty());
        QVERIFY(!workspace.hasSavedConnections());
    }

    void removeForgets()
    {
        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        const Connection connection = adminKeyConnection();
        QPointer<ConnectionSession> session = workspace.addConnection(connection);
        session->openWithSecret(QString::fromLatin1(kGoodKey));
        QTRY_COMPARE(session->state(), State::Ready);
        QVERIFY(m_store->find(connection.id).has_value());

        QSignalSpy removed(&workspace, &Workspace::sessionRemoved);
        workspace.removeConnection(connection.id);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), connection.id);
        QVERIFY(!m_store->find(connection.id).has_value());
        QVERIFY(!workspace.session(connection.id));
        QVERIFY(workspace.sessions().isEmpty());
        QTRY_VERIFY(session.isNull());

        workspace.removeConnection(connection.id); // unknown now: nothing happens
        QCOMPARE(removed.count(), 1);
    }

    void removingAnAccountEndsTheServerSessionFirst()
    {
        // Signing out sends DELETE /auth/sessions/current and keeps the session (and its
        // client) alive until the server answered; then it goes.
        m_network->setHandler([](const SeenRequest &seen) {
            const QString path = seen.url.path();
            if (path == u"/api/v1/auth/password/sign-in")
                return FakeResponse::json(200, R"({"access_token":"a.b.c","refresh_token":"rt","user_id":"u"})");
            if (path == u"/api/v1/internal/projects")
                return FakeResponse::json(200, R"({"is_paginated":false,"items":[]})");
            if (path == u"/api/v1/auth/sessions/current" && seen.method == "DELETE") {
                FakeResponse done = FakeResponse::json(200, R"({"success":true})");
                done.delayMs = 200;
                return done;
            }
            return FakeResponse::text(404, "not scripted");
        });
        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        Connection connection = Connection::selfHosted(QUrl(u"https://auth.example.com/api/v1"_s));
        connection.publishableClientKey = u"pck_test"_s;
        QPointer<ConnectionSession> session = workspace.addConnection(connection);
        session->signInWithPassword(u"admin@example.com"_s, u"secret"_s);
        QTRY_COMPARE(session->state(), State::Ready);

        workspace.removeConnection(connection.id);
        QVERIFY(workspace.sessions().isEmpty());
        QVERIFY(!session.isNull()); // still ending its server session
        QTRY_VERIFY(session.isNull());
        bool signedOut = false;
        for (const SeenRequest &seen : m_network->requests())
            signedOut |= seen.method == "DELETE" && seen.url.path() == u"/api/v1/auth/sessions/current";
        QVERIFY(signedOut);
    }

    void reopensSavedConnections()
    {
        Connection first = adminKeyConnection();
        Connection second = adminKeyConnection();
        second.kind = CredentialKind::ServerKey;
        m_store->save(first);
        m_store->save(second);

        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        QVERIFY(workspace.hasSavedConnections());
        QSignalSpy added(&workspace, &Workspace::sessionAdded);
        workspace.openSavedConnections();
        QCOMPARE(added.count(), 2);
        QCOMPARE(workspace.sessions().size(), 2);
        for (ConnectionSession *session : workspace.sessions())
            QCOMPARE(session->state(), State::NeedsSignIn); // no keychain here: ask for the key
        workspace.openSavedConnections(); // already open: no duplicates
        QCOMPARE(workspace.sessions().size(), 2);
        QCOMPARE(workspace.session(second.id)->connection().kind, CredentialKind::ServerKey);
    }

    void adoptsASignedInSession()
    {
        Workspace workspace(m_network.get(), m_store.get(), nullptr);
        auto *session = new ConnectionSession(adminKeyConnection(), m_network.get(), nullptr);
        session->openWithSecret(QString::fromLatin1(kGoodKey));
        QTRY_COMPARE(session->state(), State::Ready);
        QSignalSpy added(&workspace, &Workspace::sessionAdded);
        workspace.adopt(session);
        QCOMPARE(session->parent(), &workspace);
        QCOMPARE(added.count(), 1);
        QVERIFY(m_store->find(session->connection().id).has_value());
        workspace.adopt(session);
        QCOMPARE(workspace.sessions().size(), 1);
    }

    void secretThatCannotBeStoredIsReported()
    {
        // ctest runs this executable without a D-Bus session: the keychain refuses every write.
        QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest (no session bus)");
        api::CredentialStore credentials(m_settings.get());
        Workspace workspace(m_network.get(), m_store.get(), &credentials);
        QSignalSpy notStored(&workspace, &Workspace::secretNotStored);
        ConnectionSession *session = workspace.addConnection(adminKeyConnection());
        session->openWithSecret(QString::fromLatin1(kGoodKey));
        QTRY_COMPARE(session->state(), State::Ready); // the key works; only keeping it failed
        QTRY_COMPARE_WITH_TIMEOUT(notStored.count(), 1, 10000);
        QCOMPARE(notStored.first().at(0).value<ConnectionSession *>(), session);
        QCOMPARE(notStored.first().at(1).value<api::ApiError>().kind, api::ApiError::Kind::Keychain);
        QCOMPARE(session->storageWarning().kind, api::ApiError::Kind::Keychain);
        QVERIFY(credentials.knownKeys().isEmpty());
        m_settings->sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kGoodKey), "a secret ended up in the settings file");
    }

    void demoModeSavesNothing()
    {
        Workspace workspace(m_network.get(), nullptr, nullptr);
        QVERIFY(!workspace.hasSavedConnections());
        ConnectionSession *session = workspace.addConnection(adminKeyConnection());
        session->openWithSecret(QString::fromLatin1(kGoodKey));
        QTRY_COMPARE(session->state(), State::Ready);
        QVERIFY(m_store->connections().isEmpty());
        workspace.openSavedConnections();
        QCOMPARE(workspace.sessions().size(), 1);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestWorkspace)
#include "tst_Workspace.moc"
