// ConnectionSession against the TestServer (the emulator, or a live server named by
// HEXCLAVE_TEST_BASE_URL): signing in with each kind of credential, wrong credentials, an
// unreachable server, transparent refresh after the access token expired, and signing out.

#include "ApiTestHelpers.h"
#include "FakeNetworkAccessManager.h"
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
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, kTimeoutMs);
        QCOMPARE(expired.first().first().value<ApiError>().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(expired.first().first().value<ApiError>().code, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s);
        QCOMPARE(probe.parkedJobCount(), 1); // waits for a sign-in that never comes
        ApiError gaveUp;
        gaveUp.kind = ApiError::Kind::SessionExpired;
        probe.abandonParkedJobs(gaveUp);
        HEXCLAVE_WAIT_JOB(outcome);
        QCOMPARE(outcome.error().kind, ApiError::Kind::SessionExpired);
    }

    void signingInAgainResumesOnlyForTheSameAccount_data()
    {
        QTest::addColumn<QString>("secondEmail");
        QTest::addColumn<bool>("resumed");
        QTest::newRow("same account") << u"a@example.com"_s << true;
        QTest::newRow("another account") << u"b@example.com"_s << false;
    }

    void signingInAgainResumesOnlyForTheSameAccount()
    {
        QFETCH(QString, secondEmail);
        QFETCH(bool, resumed);
        // A fake server: the first session gets revoked, the second sign-in works.
        const QString firstToken = makeAccessToken(3600, u"first"_s);
        const QString secondToken = makeAccessToken(3600, u"second"_s);
        bool revoked = false;
        int signIns = 0;
        int usersAnswered = 0;
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            const QString path = seen.url.path();
            if (path.endsWith(u"/auth/password/sign-in")) {
                const QString token = ++signIns == 1 ? firstToken : secondToken;
                return FakeResponse::json(200, R"({"access_token":")" + token.toLatin1()
                                                   + R"(","refresh_token":"rt","user_id":"u"})");
            }
            if (path.endsWith(u"/auth/sessions/current/refresh"))
                return FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.");
            if (path.endsWith(u"/internal/projects"))
                return FakeResponse::json(200, R"({"items":[],"is_paginated":false})");
            const QByteArray token = seen.header("X-Stack-Admin-Access-Token");
            if (revoked && token == firstToken.toUtf8())
                return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
            ++usersAnswered;
            return FakeResponse::json(200, R"({"id":"u","primary_email":"a@example.com"})");
        });
        ConnectionSession session(dashboardConnection(), &network, nullptr);
        session.signInWithPassword(u"a@example.com"_s, u"pw"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);

        revoked = true;
        JobOutcome edit(session.client()->send(api::users::get(api::ProjectScope::project(u"p"_s), u"u"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::NeedsSignIn, kTimeoutMs);
        QCOMPARE(session.lastError().code, u"REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"_s);
        QTRY_COMPARE(session.client()->parkedJobCount(), 1);
        QCOMPARE(edit.finishedCount(), 0);

        session.signInWithPassword(secondEmail, u"pw"_s);
        HEXCLAVE_WAIT_JOB(edit);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Ready, kTimeoutMs);
        QCOMPARE(edit.succeeded(), resumed);
        QCOMPARE(usersAnswered, resumed ? 1 : 0); // never sent with the other account's token
        if (!resumed)
            QCOMPARE(edit.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(session.client()->parkedJobCount(), 0);
        QVERIFY(!session.client()->isSessionLost());
    }

    void retryAfterAFailedAccountCheckAsksAgain()
    {
        // A browser sign-in while an edit waits; the server cannot say whose it is (500), then
        // "Reload projects" retries: it must ask again, and it is another account.
        const QString firstToken = makeAccessToken(3600, u"first"_s);
        const QString browserToken = makeAccessToken(3600, u"browser"_s);
        bool revoked = false;
        bool whoAmIFails = false;
        int editsSent = 0;
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            const QString path = seen.url.path();
            if (path.endsWith(u"/auth/password/sign-in"))
                return FakeResponse::json(200, R"({"access_token":")" + firstToken.toLatin1()
                                                   + R"(","refresh_token":"rt","user_id":"u"})");
            if (path.endsWith(u"/auth/sessions/current/refresh")) {
                return seen.header("X-Stack-Refresh-Token") == "rt_browser"
                    ? FakeResponse::json(200, R"({"access_token":")" + browserToken.toLatin1() + R"("})")
                    : FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.");
            }
            if (path.endsWith(u"/internal/projects"))
                return FakeResponse::json(200, R"({"items":[],"is_paginated":false})");
            const QByteArray token = seen.header("X-Stack-Admin-Access-Token");
            if (revoked && token == firstToken.toUtf8())
                return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
            if (path.endsWith(u"/users/me")) {
                if (whoAmIFails)
                    return FakeResponse::text(500, "Internal error");
                return FakeResponse::json(200, seen.header("X-Stack-Access-Token") == browserToken.toUtf8() ? R"({"id":"b","primary_email":"b@example.com"})"
                                                                              : R"({"id":"u","primary_email":"a@example.com"})");
            }
            ++editsSent;
            return FakeResponse::json(200, R"({"id":"u","primary_email":"a@example.com"})");
        });
        ConnectionSession session(dashboardConnection(), &network, nullptr);
        session.signInWithPassword(u"a@example.com"_s, u"pw"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);

        revoked = true;
        JobOutcome edit(session.client()->send(api::users::get(api::ProjectScope::project(u"p"_s), u"u"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::NeedsSignIn, kTimeoutMs);
        QTRY_COMPARE(session.client()->parkedJobCount(), 1);

        whoAmIFails = true;
        session.openWithSecret(u"rt_browser"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, kTimeoutMs);
        QCOMPARE(edit.finishedCount(), 0);
        QVERIFY(session.client()->isSessionLost());

        whoAmIFails = false;
        session.retry();
        HEXCLAVE_WAIT_JOB(edit);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Ready, kTimeoutMs);
        QCOMPARE(session.connection().accountEmail, u"b@example.com"_s);
        QCOMPARE(edit.error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(editsSent, 0); // never sent with the other account's token
        QVERIFY2(!edit.error().userMessage().contains(u"Sign in again"_s), qPrintable(edit.error().userMessage()));
        QCOMPARE(session.client()->parkedJobCount(), 0);
    }

    void signOutAbandonsWaitingRequests()
    {
        FakeNetworkAccessManager network;
        network.setHandler([&](const SeenRequest &seen) {
            if (seen.url.path().endsWith(u"/auth/password/sign-in"))
                return FakeResponse::json(200, R"({"access_token":")" + makeAccessToken(3600).toLatin1()
                                                   + R"(","refresh_token":"rt","user_id":"u"})");
            if (seen.url.path().endsWith(u"/internal/projects"))
                return FakeResponse::json(200, R"({"items":[],"is_paginated":false})");
            if (seen.url.path().endsWith(u"/auth/sessions/current/refresh"))
                return FakeResponse::knownError(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "Gone.");
            return FakeResponse::knownError(401, "ADMIN_ACCESS_TOKEN_EXPIRED", "Expired.");
        });
        ConnectionSession session(dashboardConnection(), &network, nullptr);
        session.signInWithPassword(u"a@example.com"_s, u"pw"_s);
        HEXCLAVE_WAIT_SETTLED(session);
        QCOMPARE(session.state(), State::Ready);
        JobOutcome edit(session.client()->send(api::users::get(api::ProjectScope::project(u"p"_s), u"u"_s)));
        QTRY_COMPARE(session.client()->parkedJobCount(), 1);
        QSignalSpy signedOut(&session, &ConnectionSession::signedOut);
        session.signOut();
        HEXCLAVE_WAIT_JOB(edit);
        QCOMPARE(edit.error().kind, ApiError::Kind::SessionExpired);
        QVERIFY(signedOut.wait(kTimeoutMs) || signedOut.count() == 1);
        QCOMPARE(session.client()->parkedJobCount(), 0);
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
