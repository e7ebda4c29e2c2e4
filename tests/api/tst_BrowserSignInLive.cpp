// BrowserSignIn against the TestServer: the confirm page URL, confirming the login code (with
// the emulator's "Authorize" button, or on a live server the way the dashboard does it:
// POST /auth/cli/complete with a signed-in session's refresh token), the refresh token that
// comes back, and cancelling.

#include "ApiTestHelpers.h"
#include "TestServer.h"

#include "auth/Authenticator.h"
#include "auth/BrowserSignIn.h"
#include "connections/ConnectionSession.h"
#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiClient;
using api::BrowserSignIn;

constexpr int kTimeoutMs = 15000;

} // namespace

class TestBrowserSignInLive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> makeClient()
    {
        return std::make_unique<ApiClient>(&m_network, m_server->apiRoot(),
                                           std::make_unique<api::DashboardAuthenticator>(m_server->publishableClientKey()));
    }

    // Confirms a login code as the signed-in dashboard user would.
    bool confirm(const QString &loginCode)
    {
        if (auto *emulator = m_server->emulator())
            return emulator->confirmCliAuth(loginCode);
        // Live: sign in with the password, then complete the CLI sign-in like the confirm page.
        auto client = makeClient();
        JobOutcome signIn(client->send(api::auth::passwordSignIn(m_server->email(), m_server->password())));
        if (!signIn.waitFinished() || !signIn.succeeded())
            return false;
        const QByteArray body = QJsonDocument(QJsonObject{{u"login_code"_s, loginCode},
                                                          {u"refresh_token"_s, signIn.value().refreshToken}})
                                    .toJson(QJsonDocument::Compact);
        api::ApiRequest request = api::ApiRequest::post(u"/auth/cli/complete"_s, api::ProjectScope::internal(), body);
        request.tokens = api::ApiRequest::Tokens::None;
        JobOutcome complete(client->send(api::Call<api::NoContent>{request}));
        return complete.waitFinished() && complete.succeeded();
    }

    static QString loginCodeOf(const QUrl &url) { return QUrlQuery(url).queryItemValue(u"login_code"_s, QUrl::FullyDecoded); }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
    }

    void signInThroughTheBrowser()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto client = makeClient();
        BrowserSignIn signIn(client.get(), m_server->dashboardUrl());
        signIn.setPollInterval(50);
        QSignalSpy opened(&signIn, &BrowserSignIn::openBrowser);
        QSignalSpy waiting(&signIn, &BrowserSignIn::waitingForConfirmation);
        QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);

        signIn.start();
        QVERIFY(opened.wait(kTimeoutMs));
        const QUrl url = opened.first().first().toUrl();
        QCOMPARE(url.scheme(), m_server->dashboardUrl().scheme());
        QCOMPARE(url.host(), m_server->dashboardUrl().host());
        QCOMPARE(url.port(), m_server->dashboardUrl().port());
        QCOMPARE(url.path(), m_server->dashboardUrl().path() + u"/handler/cli-auth-confirm"_s);
        const QString loginCode = loginCodeOf(url);
        QVERIFY(!loginCode.isEmpty());
        QCOMPARE(waiting.count(), 1);
        QVERIFY(waiting.first().first().toDateTime() > QDateTime::currentDateTimeUtc());

        if (m_server->emulator()) {
            // The page the browser opens is there and offers to authorize this very code.
            std::unique_ptr<QNetworkReply> page(m_network.get(QNetworkRequest(url)));
            QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), kTimeoutMs);
            QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QByteArray html = page->readAll();
            QVERIFY(html.contains("Authorize"));
            QVERIFY(html.contains(loginCode.toUtf8()));
        }

        // Not confirmed yet: still waiting (a few polls answer "waiting").
        QVERIFY(!succeeded.wait(200));
        QVERIFY(signIn.isRunning());
        QCOMPARE(failed.count(), 0);

        QVERIFY(confirm(loginCode));
        QVERIFY(succeeded.wait(kTimeoutMs));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!signIn.isRunning());
        const QString refreshToken = succeeded.first().first().toString();
        QVERIFY(!refreshToken.isEmpty());

        // The refresh token opens a dashboard session.
        api::Connection connection = api::Connection::selfHosted(m_server->apiRoot());
        connection.kind = api::CredentialKind::DashboardAccount;
        connection.dashboardUrl = m_server->dashboardUrl();
        connection.publishableClientKey = m_server->publishableClientKey();
        api::ConnectionSession session(connection, &m_network, nullptr);
        session.openWithSecret(refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != api::ConnectionSession::State::Opening, kTimeoutMs);
        QCOMPARE(session.state(), api::ConnectionSession::State::Ready);
        QCOMPARE(session.connection().accountEmail, m_server->email());

        // The login code is used up now.
        QVERIFY(!confirm(loginCode));
    }

    void cancelWhileWaiting()
    {
        HEXCLAVE_REQUIRE(*m_server, Needs::DashboardAccount);
        auto client = makeClient();
        BrowserSignIn signIn(client.get(), m_server->dashboardUrl());
        signIn.setPollInterval(20);
        QSignalSpy opened(&signIn, &BrowserSignIn::openBrowser);
        QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start();
        QVERIFY(opened.wait(kTimeoutMs));
        const QString loginCode = loginCodeOf(opened.first().first().toUrl());

        signIn.cancel();
        QVERIFY(!signIn.isRunning());
        const int requestsAtCancel = m_server->emulator() ? m_server->emulator()->requestCount() : 0;
        QVERIFY(confirm(loginCode)); // confirming afterwards changes nothing for the app
        QVERIFY(!succeeded.wait(300)); // fifteen poll intervals
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(failed.count(), 0);
        if (auto *emulator = m_server->emulator())
            QVERIFY(emulator->requestCount() <= requestsAtCancel + 1); // at most one poll was already under way
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestBrowserSignInLive)
#include "tst_BrowserSignInLive.moc"
