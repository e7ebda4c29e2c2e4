// BrowserSignIn over a scripted network: the confirm URL, the requests it sends, every poll
// status (waiting, success, expired, used), transient failures while polling, and cancelling or
// destroying it at each stage without a stray signal.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "auth/BrowserSignIn.h"
#include "core/ApiClient.h"
#include "endpoints/AuthEndpoints.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using api::ApiClient;
using api::ApiError;
using api::BrowserSignIn;

const QUrl kApiRoot(u"https://auth.example.com/api/v1"_s);
const QUrl kDashboard(u"https://dash.example.com"_s);
const QByteArray kStartAnswer = R"({"polling_code":"poll-123","login_code":"login-456","expires_at":"2099-01-01T00:00:00.000Z"})";

bool isStart(const SeenRequest &seen)
{
    return seen.url.path() == u"/api/v1/auth/cli";
}

bool isPoll(const SeenRequest &seen)
{
    return seen.url.path() == u"/api/v1/auth/cli/poll";
}

FakeResponse pollAnswer(const QByteArray &status, int httpStatus = 200)
{
    QByteArray body = "{\"status\":\"" + status + '"';
    if (status == "success")
        body += ",\"refresh_token\":\"rt-from-browser\"";
    return FakeResponse::json(httpStatus, body + '}');
}

int countPolls(const FakeNetworkAccessManager &network)
{
    int count = 0;
    for (const SeenRequest &seen : network.requests())
        count += isPoll(seen) ? 1 : 0;
    return count;
}

// One sign-in with its signals recorded.
struct Harness
{
    explicit Harness(FakeNetworkAccessManager::Handler handler)
    {
        network.setHandler(std::move(handler));
        client = std::make_unique<ApiClient>(&network, kApiRoot, std::make_unique<api::DashboardAuthenticator>(u"pck_test"_s));
        client->options().retryBaseDelayMs = 5;
        signIn = std::make_unique<BrowserSignIn>(client.get(), kDashboard);
        signIn->setPollInterval(10);
        opened = std::make_unique<QSignalSpy>(signIn.get(), &BrowserSignIn::openBrowser);
        waiting = std::make_unique<QSignalSpy>(signIn.get(), &BrowserSignIn::waitingForConfirmation);
        succeeded = std::make_unique<QSignalSpy>(signIn.get(), &BrowserSignIn::succeeded);
        failed = std::make_unique<QSignalSpy>(signIn.get(), &BrowserSignIn::failed);
    }

    ApiError failure() const { return failed->isEmpty() ? ApiError() : failed->first().first().value<ApiError>(); }

    FakeNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<BrowserSignIn> signIn;
    std::unique_ptr<QSignalSpy> opened;
    std::unique_ptr<QSignalSpy> waiting;
    std::unique_ptr<QSignalSpy> succeeded;
    std::unique_ptr<QSignalSpy> failed;
};

} // namespace

} // namespace hexclave::tests

Q_DECLARE_METATYPE(hexclave::tests::FakeResponse)
Q_DECLARE_METATYPE(hexclave::api::ApiError::Kind)

namespace hexclave::tests {

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmUrl_data()
    {
        QTest::addColumn<QUrl>("dashboard");
        QTest::addColumn<QString>("loginCode");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("cloud") << QUrl(u"https://app.hexclave.com"_s) << u"abc123"_s
                               << QByteArray("https://app.hexclave.com/handler/cli-auth-confirm?login_code=abc123");
        QTest::newRow("trailing slash and port") << QUrl(u"http://localhost:8101/"_s) << u"abc"_s
                                                 << QByteArray("http://localhost:8101/handler/cli-auth-confirm?login_code=abc");
        QTest::newRow("dashboard below a path") << QUrl(u"https://example.com/dash"_s) << u"x"_s
                                                << QByteArray("https://example.com/dash/handler/cli-auth-confirm?login_code=x");
        QTest::newRow("code needing escapes") << QUrl(u"https://app.hexclave.com"_s) << u"a+b c/d&e=\u00e9"_s
                                              << QByteArray("https://app.hexclave.com/handler/cli-auth-confirm?login_code="
                                                            "a%2Bb%20c%2Fd%26e%3D%C3%A9");
    }

    void confirmUrl()
    {
        QFETCH(QUrl, dashboard);
        QFETCH(QString, loginCode);
        QFETCH(QByteArray, expected);

        const QUrl url = api::auth::cliAuthConfirmUrl(dashboard, loginCode);
        QCOMPARE(url.toEncoded(), expected);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"login_code"_s, QUrl::FullyDecoded), loginCode);
    }

    void succeedsAfterWaiting()
    {
        int polls = 0;
        Harness h([&polls](const SeenRequest &seen) {
            if (isStart(seen))
                return FakeResponse::json(200, kStartAnswer);
            ++polls;
            return polls < 4 ? pollAnswer("waiting") : pollAnswer("success", 201);
        });
        h.signIn->start();
        QVERIFY(h.signIn->isRunning());
        QTRY_COMPARE(h.succeeded->count(), 1);
        QCOMPARE(h.succeeded->first().first().toString(), u"rt-from-browser"_s);
        QCOMPARE(h.failed->count(), 0);
        QVERIFY(!h.signIn->isRunning());

        QCOMPARE(h.opened->count(), 1);
        QCOMPARE(h.opened->first().first().toUrl(),
                 QUrl(u"https://dash.example.com/handler/cli-auth-confirm?login_code=login-456"_s));
        QCOMPARE(h.waiting->count(), 1);
        QCOMPARE(h.waiting->first().first().toDateTime().toMSecsSinceEpoch(), Q_INT64_C(4070908800000));

        // One start, then polls with the polling code, all on the internal project without tokens.
        const QList<SeenRequest> &requests = h.network.requests();
        QCOMPARE(requests.size(), 5);
        QVERIFY(isStart(requests.first()));
        QCOMPARE(requests.first().method, QByteArray("POST"));
        QCOMPARE(requests.first().body, QByteArray("{}"));
        for (const SeenRequest &seen : requests) {
            QCOMPARE(seen.header("X-Stack-Project-Id"), QByteArray("internal"));
            QCOMPARE(seen.header("X-Stack-Access-Type"), QByteArray("client"));
            QCOMPARE(seen.header("X-Stack-Publishable-Client-Key"), QByteArray("pck_test"));
            QVERIFY(!seen.request.hasRawHeader("X-Stack-Access-Token"));
            QVERIFY(!seen.request.hasRawHeader("X-Stack-Refresh-Token"));
        }
        for (int i = 1; i < requests.size(); ++i) {
            QVERIFY(isPoll(requests.at(i)));
            QCOMPARE(requests.at(i).body, QByteArray(R"({"polling_code":"poll-123"})"));
        }
    }

    void endsWithoutSuccess_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("expired") << pollAnswer("expired") << ApiError::Kind::SessionExpired << u"expired"_s;
        QTest::newRow("used") << pollAnswer("used") << ApiError::Kind::SessionExpired << u"already used"_s;
        QTest::newRow("unknown polling code")
            << FakeResponse::knownError(400, "INVALID_POLLING_CODE", "The polling code is invalid or does not exist.")
            << ApiError::Kind::Http << u"polling code is invalid"_s;
        QTest::newRow("a body without status") << FakeResponse::json(200, R"({"state":"waiting"})") << ApiError::Kind::Parse
                                               << QString();
    }

    void endsWithoutSuccess()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, messagePart);

        Harness h([&answer](const SeenRequest &seen) {
            return isStart(seen) ? FakeResponse::json(200, kStartAnswer) : answer;
        });
        h.signIn->start();
        QTRY_COMPARE(h.failed->count(), 1);
        QCOMPARE(h.succeeded->count(), 0);
        QVERIFY(!h.signIn->isRunning());
        const ApiError error = h.failure();
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.userMessage().contains(messagePart), qPrintable(error.userMessage()));
        const int polls = countPolls(h.network);
        QCOMPARE(polls, 1);
    }

    void startFails()
    {
        Harness h([](const SeenRequest &) {
            return FakeResponse::knownError(401, "INVALID_PUBLISHABLE_CLIENT_KEY", "The publishable key is not valid.");
        });
        h.signIn->start();
        QTRY_COMPARE(h.failed->count(), 1);
        QCOMPARE(h.failure().code, u"INVALID_PUBLISHABLE_CLIENT_KEY"_s);
        QCOMPARE(h.opened->count(), 0);
        QCOMPARE(h.network.requests().size(), 1);
        QVERIFY(!h.signIn->isRunning());
    }

    void transientPollFailuresKeepWaiting_data()
    {
        QTest::addColumn<FakeResponse>("failure");
        QTest::newRow("503") << FakeResponse::text(503, "Service Unavailable");
        QTest::newRow("500") << FakeResponse::text(500, "Internal Server Error");
        QTest::newRow("refused") << FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("dropped") << FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
    }

    void transientPollFailuresKeepWaiting()
    {
        QFETCH(FakeResponse, failure);
        int polls = 0;
        Harness h([&](const SeenRequest &seen) {
            if (isStart(seen))
                return FakeResponse::json(200, kStartAnswer);
            ++polls;
            return polls <= 2 ? failure : pollAnswer("success", 201);
        });
        h.signIn->start();
        QTRY_COMPARE(h.succeeded->count(), 1);
        QCOMPARE(h.failed->count(), 0);
        QCOMPARE(polls, 3);
    }

    void cancelWhileStarting()
    {
        Harness h([](const SeenRequest &) { return FakeResponse::hanging(); });
        h.signIn->start();
        QCOMPARE(h.network.requests().size(), 1);
        h.signIn->cancel();
        QVERIFY(!h.signIn->isRunning());
        QCOMPARE(h.failed->count(), 0);
        QVERIFY(!h.failed->wait(50)); // nothing surfaces later either
        QCOMPARE(h.opened->count(), 0);
        QCOMPARE(h.network.requests().size(), 1);
    }

    void cancelWhilePolling()
    {
        Harness h([](const SeenRequest &seen) {
            return isStart(seen) ? FakeResponse::json(200, kStartAnswer) : pollAnswer("waiting");
        });
        h.signIn->start();
        QTRY_VERIFY(countPolls(h.network) >= 2);
        h.signIn->cancel();
        QVERIFY(!h.signIn->isRunning());
        const int polls = countPolls(h.network);
        QCOMPARE(h.failed->count(), 0);
        QVERIFY(!h.failed->wait(100)); // ten poll intervals
        QCOMPARE(countPolls(h.network), polls);
        QCOMPARE(h.succeeded->count(), 0);
    }

    void cancelDuringAPoll()
    {
        Harness h([](const SeenRequest &seen) {
            return isStart(seen) ? FakeResponse::json(200, kStartAnswer) : FakeResponse::hanging();
        });
        h.signIn->start();
        QTRY_COMPARE(countPolls(h.network), 1);
        h.signIn->cancel();
        QCOMPARE(h.failed->count(), 0);
        QVERIFY(!h.failed->wait(50));
        QCOMPARE(countPolls(h.network), 1);
    }

    void destroyedWhilePolling()
    {
        Harness h([](const SeenRequest &seen) {
            return isStart(seen) ? FakeResponse::json(200, kStartAnswer) : FakeResponse::hanging();
        });
        h.signIn->start();
        QTRY_COMPARE(countPolls(h.network), 1);
        h.signIn.reset(); // e.g. the connect dialog closed
        QCOMPARE(h.failed->count(), 0);
        QCOMPARE(h.succeeded->count(), 0);
    }

    void restartDoesNotReportTheFirstRun()
    {
        int starts = 0;
        Harness h([&starts](const SeenRequest &seen) {
            if (isStart(seen))
                return ++starts == 1 ? FakeResponse::hanging() : FakeResponse::json(200, kStartAnswer);
            return pollAnswer("success", 201);
        });
        h.signIn->start();
        h.signIn->start(); // the user pressed the button again
        QTRY_COMPARE(h.succeeded->count(), 1);
        QCOMPARE(h.failed->count(), 0);
        QCOMPARE(h.opened->count(), 1);
        QCOMPARE(starts, 2);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestBrowserSignIn)
#include "tst_BrowserSignIn.moc"
