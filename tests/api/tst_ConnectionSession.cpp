// ConnectionSession against the TestServer (the emulator, or a live server named by
// HEXCLAVE_TEST_BASE_URL): signing in with each kind of credential, wrong credentials, an
// unreachable server, transparent refresh after the access token expired, and signing out.

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "connections/ConnectionSession.h"
#include "endpoints/ProjectsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiError;
using api::Connection;
using api::ConnectionSession;
using api::CredentialKind;
using State = api::ConnectionSession::State;

constexpr int kTimeoutMs = 15000;

// Waits until the session is done opening (whatever the outcome), so that a wrong outcome fails
// at once instead of after the timeout.
#define HEXCLAVE_WAIT_SETTLED(session) QTRY_VERIFY_WITH_TIMEOUT((session).state() != State::Opening, kTimeoutMs)

} // namespace

class TestConnectionSession : public QObject
{
    Q_OBJECT

private:
    Connection dashboardConnection() const
    {
        Connection connection = Connection::selfHosted(m_server->apiRoot());
        connection.kind = CredentialKind::DashboardAccount;
        connection.dashboardUrl = m_server->dashboardUrl();
        connection.publishableClientKey = m_server->publishableClientKey();
        return connection;
    }

    Connection keyConnection(CredentialKind kind) const
    {
        Connection connection = Connection::selfHosted(m_server->apiRoot());
        connection.kind = kind;
        connection.projectId = m_server->projectId();
        return connection;
    }

    static QList<State> states(const QSignalSpy &spy)
    {
        QList<State> result;
        for (const QList<QVariant> &arguments : spy)
            result << arguments.first().value<State>();
        return result;
    }

    static bool hasProject(const ConnectionSession &session, const QString &id)
    {
        for (const api::Project &project : session.projects()) {
            if (project.id == id)
                return true;
        }
        return false;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
        qInfo().noquote() << "testing against" << m_server->apiRoot().toString() << (m_server->isLive() ? "(live)" : "(emulator)");
    }

    void passwordSignIn()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        ConnectionSession session(dashboardConnection(), &m_network, nullptr);
        QSignalSpy stateChanges(&session, &ConnectionSession::stateChanged);
        QSignalSpy connectionChanges(&session, &ConnectionSession::connectionChanged);
        QSignalSpy projectChanges(&session, &ConnectionSession::projectsChanged);
        QCOMPARE(session.state(), State::Closed);

        session.signInWithPassword(m_server->email(), m_server->password());
        QCOMPARE(session.state(), State::Opening);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);
        QVERIFY2(!session.lastError().isError(), qPrintable(session.lastError().userMessage()));
        QCOMPARE(states(stateChanges), (QList<State>{State::Opening, State::Ready}));
        QCOMPARE(connectionChanges.count(), 1);
        QCOMPARE(projectChanges.count(), 1);
        QCOMPARE(session.connection().accountEmail, m_server->email());
        QVERIFY(!session.storageWarning().isError());

        const auto &authenticator = static_cast<const api::DashboardAuthenticator &>(session.client()->authenticator());
        QVERIFY(authenticator.hasRefreshToken());
        QVERIFY(authenticator.accessTokenExpiresAtMillis() > QDateTime::currentMSecsSinceEpoch());

        if (!m_server->isLive()) {
            QVERIFY(hasProject(session, m_server->projectId()));
            const auto demo = std::find_if(session.projects().cbegin(), session.projects().cend(),
                                           [this](const api::Project &p) { return p.id == m_server->projectId(); });
            QCOMPARE(demo->displayName, u"Demo Project"_s);
            QVERIFY(session.projects().size() >= 2); // the demo project and a second one
        }
    }

    void wrongPassword()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        ConnectionSession session(dashboardConnection(), &m_network, nullptr);
        session.signInWithPassword(m_server->email(), u"not-the-password"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::NeedsSignIn);
        QCOMPARE(session.lastError().kind, ApiError::Kind::Http);
        QCOMPARE(session.lastError().httpStatus, 400);
        QCOMPARE(session.lastError().code, u"EMAIL_PASSWORD_MISMATCH"_s);
        QVERIFY(session.projects().isEmpty());
        QVERIFY(session.connection().accountEmail.isEmpty());
    }

    void keyOpen_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::newRow("admin key") << true;
        QTest::newRow("server key") << false;
    }

    void keyOpen()
    {
        QFETCH(bool, admin);
        if (admin)
            HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        else
            HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);

        ConnectionSession session(keyConnection(admin ? CredentialKind::AdminKey : CredentialKind::ServerKey), &m_network,
                                  nullptr);
        QSignalSpy stateChanges(&session, &ConnectionSession::stateChanged);
        session.openWithSecret(admin ? m_server->adminKey() : m_server->serverKey());
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);
        QVERIFY2(!session.lastError().isError(), qPrintable(session.lastError().userMessage()));
        QCOMPARE(states(stateChanges), (QList<State>{State::Opening, State::Ready}));
        QCOMPARE(session.projects().size(), 1);
        QCOMPARE(session.projects().first().id, m_server->projectId());
        QVERIFY(!session.projects().first().displayName.isEmpty());
        if (!m_server->isLive())
            QCOMPARE(session.projects().first().displayName, u"Demo Project"_s);
    }

    void wrongKey_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::addColumn<QString>("code");
        QTest::newRow("admin key") << true << u"INVALID_SUPER_SECRET_ADMIN_KEY"_s;
        QTest::newRow("server key") << false << u"INVALID_SECRET_SERVER_KEY"_s;
    }

    void wrongKey()
    {
        QFETCH(bool, admin);
        QFETCH(QString, code);
        if (admin)
            HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        else
            HEXCLAVE_REQUIRE(*m_server, Needs::ServerKey);

        ConnectionSession session(keyConnection(admin ? CredentialKind::AdminKey : CredentialKind::ServerKey), &m_network,
                                  nullptr);
        session.openWithSecret(admin ? u"sak_wrong0key0for0this0test"_s : u"ssk_wrong0key0for0this0test"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::NeedsSignIn); // a 401 asks for another key
        QCOMPARE(session.lastError().kind, ApiError::Kind::Http);
        QCOMPARE(session.lastError().httpStatus, 401);
        QCOMPARE(session.lastError().code, code);
        QVERIFY(session.lastError().userMessage().contains(u"Check that the key belongs to this project"_s));
        QVERIFY(session.projects().isEmpty());
    }

    void unreachableServer()
    {
        // A loopback port nobody listens on: take a free one and let it go.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Connection connection = Connection::selfHosted(QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port)));
        connection.kind = CredentialKind::AdminKey;
        connection.projectId = u"6fbbf22e-f4b2-4c6e-95a1-beab6fa41063"_s;
        ConnectionSession session(connection, &m_network, nullptr);
        session.openWithSecret(u"sak_anything"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Failed);
        QCOMPARE(session.lastError().kind, ApiError::Kind::Network);
        QCOMPARE(session.lastError().httpStatus, 0);
        QVERIFY(session.lastError().userMessage().contains(u"could not be reached"_s));
    }

    void openWithoutKeychainAsksToSignIn()
    {
        Connection connection = keyConnection(CredentialKind::AdminKey);
        ConnectionSession session(connection, &m_network, nullptr);
        QSignalSpy stateChanges(&session, &ConnectionSession::stateChanged);
        session.open();
        QCOMPARE(session.state(), State::NeedsSignIn);
        QCOMPARE(stateChanges.count(), 1);
    }

    void expiredAccessTokenIsRefreshedTransparently_data()
    {
        QTest::addColumn<bool>("internal");
        QTest::newRow("internal project (ACCESS_TOKEN_EXPIRED)") << true;
        QTest::newRow("owned project (ADMIN_ACCESS_TOKEN_EXPIRED)") << false;
    }

    void expiredAccessTokenIsRefreshedTransparently()
    {
        QFETCH(bool, internal);
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        ConnectionSession session(dashboardConnection(), &m_network, nullptr);
        session.signInWithPassword(m_server->email(), m_server->password());
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);
        QString projectId = m_server->projectId();
        if (!hasProject(session, projectId)) {
            projectId.clear();
            for (const api::Project &project : session.projects()) {
                if (project.id != api::ProjectScope::internalProjectId)
                    projectId = project.id;
            }
        }
        QVERIFY2(internal || !projectId.isEmpty(), "the dashboard account owns no project");

        QSignalSpy refreshed(session.client(), &api::ApiClient::accessTokenRefreshed);
        QSignalSpy expired(session.client(), &api::ApiClient::sessionExpired);
        auto &authenticator = static_cast<api::DashboardAuthenticator &>(session.client()->authenticator());
        const QString before = authenticator.accessToken();
        if (auto *emulator = m_server->emulator()) {
            emulator->clearRecordedRequests();
            emulator->expireAccessTokens();
        } else {
            // A live server cannot be told to expire tokens: hand it one it cannot parse instead.
            authenticator.setTokens(u"expired.access.token"_s, authenticator.refreshToken());
        }

        int attempts = 0;
        if (internal) {
            JobOutcome outcome(session.client()->send(api::projects::listOwned()));
            HEXCLAVE_WAIT_JOB(outcome);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().userMessage()));
            QVERIFY(!outcome.value().items.isEmpty());
            attempts = outcome.attempts();
        } else {
            api::users::ListQuery query;
            query.limit = 2;
            JobOutcome outcome(session.client()->send(api::users::list(api::ProjectScope::project(projectId), query)));
            HEXCLAVE_WAIT_JOB(outcome);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error().userMessage()));
            attempts = outcome.attempts();
        }
        QCOMPARE(attempts, 2);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(expired.count(), 0);
        QVERIFY(authenticator.accessToken() != before);
        QCOMPARE(session.state(), State::Ready);

        if (auto *emulator = m_server->emulator()) {
            const QString path = internal ? u"/internal/projects"_s : u"/users"_s;
            QStringList trail;
            int refreshes = 0;
            const QList<emulator::RecordedRequest> recorded = emulator->recordedRequests();
            for (const emulator::RecordedRequest &request : recorded) {
                trail << request.method + u' ' + request.path + u' ' + QString::number(request.status);
                if (request.path == u"/auth/sessions/current/refresh") {
                    ++refreshes;
                    QVERIFY(request.headers.contains("x-stack-refresh-token"));
                }
            }
            QCOMPARE(refreshes, 1);
            QCOMPARE(trail, (QStringList{u"GET "_s + path + u" 401"_s, u"POST /auth/sessions/current/refresh 200"_s,
                                         u"GET "_s + path + u" 200"_s}));
        }
    }

    void signOutEndsTheServerSession()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        ConnectionSession session(dashboardConnection(), &m_network, nullptr);
        session.signInWithPassword(m_server->email(), m_server->password());
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);
        const QString refreshToken =
            static_cast<const api::DashboardAuthenticator &>(session.client()->authenticator()).refreshToken();
        QVERIFY(!refreshToken.isEmpty());
        if (auto *emulator = m_server->emulator())
            emulator->clearRecordedRequests();

        QSignalSpy projectChanges(&session, &ConnectionSession::projectsChanged);
        session.signOut();
        QCOMPARE(session.state(), State::NeedsSignIn);
        QVERIFY(session.projects().isEmpty());
        QCOMPARE(projectChanges.count(), 1);

        // The server forgot the session: its refresh token no longer works.
        auto authenticator = std::make_unique<api::DashboardAuthenticator>(m_server->publishableClientKey());
        authenticator->setTokens(QString(), refreshToken);
        api::ApiClient probe(&m_network, m_server->apiRoot(), std::move(authenticator));
        QSignalSpy expired(&probe, &api::ApiClient::sessionExpired);
        // Once the sign-out request is done (the job deletes itself from the client).
        QTRY_VERIFY_WITH_TIMEOUT(session.client()->findChildren<api::ApiJob *>().isEmpty(), kTimeoutMs);
        if (auto *emulator = m_server->emulator()) {
            const QList<emulator::RecordedRequest> recorded = emulator->recordedRequests();
            QVERIFY(std::any_of(recorded.cbegin(), recorded.cend(), [](const emulator::RecordedRequest &request) {
                return request.method == u"DELETE" && request.path == u"/auth/sessions/current" && request.status == 200;
            }));
        }
        JobOutcome outcome(probe.send(api::projects::listOwned()));
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(outcome.error().code, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s);
        QCOMPARE(expired.count(), 1);
    }

    void sessionExpiryAsksToSignIn()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        ConnectionSession session(dashboardConnection(), &m_network, nullptr);
        session.openWithSecret(u"not-a-refresh-token"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::NeedsSignIn);
        QCOMPARE(session.lastError().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(session.lastError().code, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConnectionSession)
#include "tst_ConnectionSession.moc"
