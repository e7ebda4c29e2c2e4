// OverviewLoader over a scripted server: the metrics when the server has them (nothing else
// asked); the users list read page by page, newest sign-up first, when the metrics answer 5xx,
// 404 (a server without the route), time out or cannot be read; a failure for other errors
// (401, 403, 400, a known 404); the page cap ("based on the first N users"); answers to an
// earlier load ignored after a refresh.

#include "FakeMetrics.h"
#include "FakeUsersServer.h"
#include "Fixtures.h"

#include "overview/OverviewLoader.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OverviewLoader;

const QDate today(2026, 11, 24);

QDateTime noon()
{
    return QDateTime(today, QTime(12, 0), QTimeZone::utc());
}

bool isMetrics(const SeenRequest &request)
{
    return request.url.path().endsWith(u"/internal/metrics"_s);
}

// A users server whose /internal/metrics answers `metrics` (called for each request).
class Server
{
public:
    explicit Server(int userCount = 0)
        : users(userCount)
    {
        for (int i = 0; i < userCount; ++i) // one sign-up a day, newest first
            users.users[i].signedUpAtMillis = noon().addDays(-i).toMSecsSinceEpoch();
        users.network().setHandler([this](const SeenRequest &request) {
            if (isMetrics(request)) {
                ++metricsRequests;
                return metrics(request);
            }
            return users.answer(request);
        });
        client = users.makeClient();
        loader = std::make_unique<OverviewLoader>(client.get(), api::ProjectScope::project(users.projectId));
        loader->setClock([] { return noon(); });
    }

    bool settle()
    {
        return QTest::qWaitFor([this] { return !loader->isLoading(); }, 10'000);
    }

    FakeUsersServer users;
    std::function<FakeResponse(const SeenRequest &)> metrics = [](const SeenRequest &) {
        return FakeResponse::json(200, fakeMetricsJson({.today = today}));
    };
    int metricsRequests = 0;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<OverviewLoader> loader;
};

FakeResponse fixtureResponse(const QString &name)
{
    const Fixture fixture = Fixture::load(name);
    FakeResponse response;
    response.status = fixture.status;
    response.body = fixture.body;
    response.contentType = fixture.contentType;
    return response;
}

} // namespace

class TestOverviewLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsAnswered()
    {
        Server server(5);
        QSignalSpy loaded(server.loader.get(), &OverviewLoader::loaded);
        QSignalSpy degraded(server.loader.get(), &OverviewLoader::degradedStarted);
        server.loader->load();
        QCOMPARE(server.loader->state(), OverviewLoader::State::AskingMetrics);
        QVERIFY(server.settle());
        QCOMPARE(server.loader->state(), OverviewLoader::State::Loaded);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(degraded.size(), 0);
        const models::OverviewData &data = server.loader->data();
        QVERIFY(!data.degraded);
        QCOMPARE(data.today, today);
        QCOMPARE(data.metrics.totalUsers, qint64(1234));
        QCOMPARE(data.metrics.dailySignUps.size(), 31);
        QCOMPARE(data.metrics.auth->monthlyActiveUsers, qint64(789));
        QVERIFY(data.metrics.payments && data.metrics.emails);
        QVERIFY(data.activeToday().has_value());
        QCOMPARE(server.users.listRequestCount(), 0);
        const SeenRequest &request = server.users.network().requests().constFirst();
        QCOMPARE(QUrlQuery(request.url).toString(), u"include_anonymous=false"_s);
        QCOMPARE(request.header("x-stack-access-type"), QByteArray("admin"));
    }

    void degradedFromUsers_data()
    {
        QTest::addColumn<FakeResponse>("metricsAnswer");
        QTest::newRow("500 of a server without its analytics store (fixture 45)")
            << fixtureResponse(u"45-metrics-without-analytics-store"_s);
        QTest::newRow("503") << FakeResponse::text(503, "Service Unavailable");
        QTest::newRow("404 of a server without the route") << FakeResponse::text(404, "404 — this page does not exist");
        QTest::newRow("unreadable 200") << FakeResponse::json(200, "{\"total_users\": \"many\"");
        QTest::newRow("200 without total_users") << FakeResponse::json(200, "{\"daily_users\": []}");
    }

    void degradedFromUsers()
    {
        QFETCH(FakeResponse, metricsAnswer);
        Server server(7);
        server.users.users[1].emailVerified = false;
        server.users.users[2].anonymous = true;
        server.users.users[3].oauthProviders = QStringList{u"github"_s};
        server.metrics = [metricsAnswer](const SeenRequest &) { return metricsAnswer; };
        QSignalSpy degraded(server.loader.get(), &OverviewLoader::degradedStarted);
        QSignalSpy progress(server.loader.get(), &OverviewLoader::usersProgress);
        QSignalSpy failed(server.loader.get(), &OverviewLoader::failed);
        server.loader->load();
        QVERIFY(server.settle());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(server.loader->state(), OverviewLoader::State::Loaded);
        QCOMPARE(degraded.size(), 1);
        QVERIFY(!progress.isEmpty());
        const models::OverviewData &data = server.loader->data();
        QVERIFY(data.degraded);
        QVERIFY(data.metricsError.isError());
        if (metricsAnswer.status == 200)
            QCOMPARE(data.metricsError.kind, api::ApiError::Kind::Parse);
        else
            QCOMPARE(data.metricsError.httpStatus, metricsAnswer.status);
        QVERIFY(!data.capped);
        QCOMPARE(data.usersRead, qint64(7));
        QCOMPARE(data.metrics.totalUsers, qint64(6)); // the anonymous user is counted apart
        QCOMPARE(data.metrics.auth->anonymousUsers, qint64(1));
        QCOMPARE(data.metrics.auth->unverifiedUsers, qint64(1));
        QCOMPARE(data.metrics.auth->verifiedUsers, qint64(5));
        // One sign-up a day over the last week, anonymous one left out.
        double signUps = 0;
        for (const api::MetricsPoint &point : data.metrics.dailySignUps)
            signUps += point.activity;
        QCOMPARE(signUps, 6.0);
        QCOMPARE(data.metrics.recentlyRegistered.constFirst().id, fakeUserId(1));
        bool github = false;
        for (const api::LoginMethodCount &method : data.metrics.loginMethods)
            github = github || (method.method == u"github" && method.count == 1);
        QVERIFY(github);

        const QList<UsersQuery> lists = server.users.listRequests();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.constFirst().limit, OverviewLoader::defaultPageSize);
        QCOMPARE(lists.constFirst().value(u"order_by"_s), u"signed_up_at"_s);
        QCOMPARE(lists.constFirst().value(u"desc"_s), u"true"_s);
        QCOMPARE(lists.constFirst().value(u"include_anonymous"_s), u"true"_s);
    }

    void timeoutMeansNoMetrics()
    {
        Server server(3);
        server.client->options().transferTimeoutMs = 200;
        server.client->options().maxAttempts = 1;
        server.metrics = [](const SeenRequest &) { return FakeResponse::hanging(); };
        server.loader->load();
        QVERIFY(server.settle());
        QCOMPARE(server.loader->state(), OverviewLoader::State::Loaded);
        QVERIFY(server.loader->data().degraded);
        QCOMPARE(server.loader->data().metricsError.kind, api::ApiError::Kind::Timeout);
        QCOMPARE(server.loader->data().metrics.totalUsers, qint64(3));
    }

    void otherErrorsFail_data()
    {
        QTest::addColumn<FakeResponse>("metricsAnswer");
        QTest::addColumn<int>("status");
        QTest::newRow("401 known error")
            << FakeResponse::knownError(401, "INSUFFICIENT_ACCESS_TYPE", "This endpoint needs admin access.") << 401;
        QTest::newRow("403 plain text") << FakeResponse::text(403, "Forbidden: not an admin of this project") << 403;
        QTest::newRow("400 schema error")
            << FakeResponse::knownError(400, "SCHEMA_ERROR", "Request validation failed on GET /api/v1/internal/metrics")
            << 400;
        QTest::newRow("404 known error") << FakeResponse::knownError(404, "PROJECT_NOT_FOUND", "Project not found.") << 404;
    }

    void otherErrorsFail()
    {
        QFETCH(FakeResponse, metricsAnswer);
        QFETCH(int, status);
        Server server(3);
        server.metrics = [metricsAnswer](const SeenRequest &) { return metricsAnswer; };
        QSignalSpy failed(server.loader.get(), &OverviewLoader::failed);
        QSignalSpy loaded(server.loader.get(), &OverviewLoader::loaded);
        server.loader->load();
        QVERIFY(server.settle());
        QCOMPARE(server.loader->state(), OverviewLoader::State::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(server.loader->error().httpStatus, status);
        QCOMPARE(server.users.listRequestCount(), 0);
    }

    void usersListFailureFails()
    {
        Server server(30);
        server.loader->setPageLimits(10, 20);
        server.metrics = [](const SeenRequest &) { return FakeResponse::text(500, "no analytics"); };
        server.users.override = [](const SeenRequest &, const UsersQuery &query) -> std::optional<FakeResponse> {
            if (query.hasCursor)
                return FakeResponse::knownError(403, "INSUFFICIENT_ACCESS_TYPE", "No access.");
            return std::nullopt;
        };
        QSignalSpy failed(server.loader.get(), &OverviewLoader::failed);
        server.loader->load();
        QVERIFY(server.settle());
        QCOMPARE(server.loader->state(), OverviewLoader::State::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(server.loader->error().httpStatus, 403);
    }

    void pagesUntilTheEnd()
    {
        Server server(25);
        server.loader->setPageLimits(10, 20);
        server.metrics = [](const SeenRequest &) { return FakeResponse::text(500, "no analytics"); };
        QSignalSpy progress(server.loader.get(), &OverviewLoader::usersProgress);
        server.loader->load();
        QVERIFY(server.settle());
        const models::OverviewData &data = server.loader->data();
        QVERIFY(data.degraded);
        QVERIFY(!data.capped);
        QCOMPARE(data.usersRead, qint64(25));
        QCOMPARE(data.metrics.totalUsers, qint64(25));
        QCOMPARE(server.users.listRequestCount(), 3);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0).at(0).toLongLong(), qint64(10));
        QCOMPARE(progress.at(2).at(0).toLongLong(), qint64(25));
    }

    void cappedAfterMaxPages()
    {
        Server server(45); // one sign-up a day: 20 users read reach back 19 days only
        server.loader->setPageLimits(10, 2);
        server.metrics = [](const SeenRequest &) { return FakeResponse::text(500, "no analytics"); };
        server.loader->load();
        QVERIFY(server.settle());
        const models::OverviewData &data = server.loader->data();
        QVERIFY(data.degraded);
        QVERIFY(data.capped);
        QVERIFY(!data.signUpsComplete);
        QCOMPARE(data.usersRead, qint64(20));
        QCOMPARE(data.metrics.totalUsers, qint64(20));
        QCOMPARE(server.users.listRequestCount(), 2);

        // Pages reaching back before the first day of the chart: its sign-ups are complete.
        server.loader->setPageLimits(20, 2);
        server.loader->load();
        QVERIFY(server.settle());
        QVERIFY(server.loader->data().capped);
        QVERIFY(server.loader->data().signUpsComplete);
        QCOMPARE(server.loader->data().usersRead, qint64(40));
    }

    void refreshIgnoresEarlierAnswers()
    {
        Server server(5);
        int call = 0;
        // The first metrics answer comes late, the second at once: only the second counts.
        server.metrics = [&call](const SeenRequest &) {
            FakeResponse response = FakeResponse::json(200, fakeMetricsJson({.today = today, .totalUsers = ++call * 100}));
            if (call == 1)
                response.delayMs = 300;
            return response;
        };
        int metricsRepliesFinished = 0;
        QObject::connect(&server.users.network(), &QNetworkAccessManager::finished, server.loader.get(),
                         [&metricsRepliesFinished](QNetworkReply *reply) {
                             if (reply->url().path().endsWith(u"/internal/metrics"_s))
                                 ++metricsRepliesFinished;
                         });
        QSignalSpy loaded(server.loader.get(), &OverviewLoader::loaded);
        server.loader->load();
        QTRY_COMPARE(call, 1);
        server.loader->load();
        QVERIFY(server.settle());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(server.loader->data().metrics.totalUsers, qint64(200));
        // The first (late) answer has been delivered too: it changed nothing.
        QTRY_COMPARE_WITH_TIMEOUT(metricsRepliesFinished, 2, 10'000);
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(server.loader->data().metrics.totalUsers, qint64(200));
    }

    void refreshWhileReadingUsers()
    {
        Server server(30);
        server.loader->setPageLimits(10, 20);
        bool haveMetrics = false;
        server.metrics = [&haveMetrics](const SeenRequest &) {
            return haveMetrics ? FakeResponse::json(200, fakeMetricsJson({.today = today, .totalUsers = 77}))
                               : FakeResponse::text(500, "no analytics");
        };
        server.users.override = [](const SeenRequest &, const UsersQuery &) -> std::optional<FakeResponse> {
            return FakeResponse::hanging();
        };
        QSignalSpy loaded(server.loader.get(), &OverviewLoader::loaded);
        QSignalSpy failed(server.loader.get(), &OverviewLoader::failed);
        server.loader->load();
        QTRY_COMPARE(server.loader->state(), OverviewLoader::State::ReadingUsers);
        QTRY_COMPARE(server.users.listRequestCount(), 1);
        haveMetrics = true;
        server.loader->load(); // aborts the hanging page: its end is not a failure
        QVERIFY(server.settle());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!server.loader->data().degraded);
        QCOMPARE(server.loader->data().metrics.totalUsers, qint64(77));
    }

    void meansNoMetrics_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("noMetrics");
        using Kind = api::ApiError::Kind;
        QTest::newRow("500") << int(Kind::Http) << 500 << QString() << true;
        QTest::newRow("502") << int(Kind::Http) << 502 << QString() << true;
        QTest::newRow("404 plain") << int(Kind::Http) << 404 << QString() << true;
        QTest::newRow("404 known") << int(Kind::Http) << 404 << u"PROJECT_NOT_FOUND"_s << false;
        QTest::newRow("403") << int(Kind::Http) << 403 << QString() << false;
        QTest::newRow("401") << int(Kind::Http) << 401 << u"INVALID_ACCESS_TOKEN"_s << false;
        QTest::newRow("429") << int(Kind::Http) << 429 << QString() << false;
        QTest::newRow("timeout") << int(Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("parse") << int(Kind::Parse) << 200 << QString() << true;
        QTest::newRow("network") << int(Kind::Network) << 0 << QString() << false;
        QTest::newRow("cancelled") << int(Kind::Cancelled) << 0 << QString() << false;
    }

    void meansNoMetrics()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, noMetrics);
        api::ApiError error;
        error.kind = api::ApiError::Kind(kind);
        error.httpStatus = status;
        error.code = code;
        QCOMPARE(OverviewLoader::meansNoMetrics(error), noMetrics);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOverviewLoader)
#include "tst_OverviewLoader.moc"
