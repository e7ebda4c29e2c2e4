// OverviewPage on the TestServer: metrics scripted to answer as fixture 45 (500, a server without
// its analytics store) give the overview computed from the server's users list with a note saying
// so; the server's own answer, whichever branch it takes, gives that branch's overview; scripted
// metrics (the real route's shape) give tiles, charts, country and sign-in method names, the
// payments and emails summaries; an empty project shows empty states; a key without admin
// access shows an error in place; clicking a recent user (or Enter) asks to open them; F5 loads
// again; two columns of cards when wide, one when narrow. Light and dark screenshots
// (HEXCLAVE_SCREENSHOT_DIR=<dir> saves them).

#include "../models/FakeMetrics.h"
#include "EnglishPlurals.h"
#include "FakeNetworkAccessManager.h"
#include "Fixtures.h"
#include "UserViewTestHelpers.h"

#include "MainWindow.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"
#include "overview/OverviewLoader.h"
#include "overview/RecentUsersModel.h"
#include "pages/overview/OverviewCards.h"
#include "pages/overview/OverviewPage.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/UsersPage.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QSignalSpy>
#include <QScrollArea>
#include <QStyleFactory>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OverviewLoader;

// Scripted /internal/metrics; every other request goes to the TestServer.
class MetricsNetwork : public FakeNetworkAccessManager
{
public:
    int metricsRequests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (request.url().path().endsWith(u"/internal/metrics"_s)) {
            ++metricsRequests;
            return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        }
        return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
    }
};

// A connection to the TestServer's project whose metrics answer from a script.
struct ScriptedMetricsFixture
{
    ScriptedMetricsFixture()
        : server(TestServer::start())
    {
        if (!server || server->projectId().isEmpty() || server->adminKey().isEmpty())
            return;
        session = openWithKey(workspace, server->apiRoot(), api::CredentialKind::AdminKey, server->projectId(),
                              server->adminKey());
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context = {session, project, &settings};
        }
    }

    std::unique_ptr<TestServer> server;
    MetricsNetwork network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::ProjectContext context;
};

// /internal/metrics as a self-hosted server without its analytics store answers (fixture 45).
FakeResponse noMetricsAnswer()
{
    const Fixture fixture = Fixture::load(u"45-metrics-without-analytics-store"_s);
    FakeResponse response;
    response.status = fixture.status;
    response.body = fixture.body;
    response.contentType = fixture.contentType;
    return response;
}

bool settled(const ui::OverviewPage &page)
{
    return page.isReady() && !page.loader()->isLoading();
}

void savePicture(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // the layouts and the charts' scenes catch up
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
    // And everything the page scrolls through, at the same width.
    if (auto *scroll = widget->findChild<QScrollArea *>(); scroll && scroll->widget() && scroll->widget()->isVisible())
        QVERIFY2(Screenshots().save(scroll->widget(), name + u"-all"_s), qPrintable(name));
}

// The category labels of a ranked-bars chart, top row first.
QStringList rankedNames(ui::ChartCard *card)
{
    const auto axes = card->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList names = categories->categories();
            std::reverse(names.begin(), names.end());
            return names;
        }
    }
    return {};
}

ui::ChartCard *chartCard(const ui::OverviewPage &page, const QString &title)
{
    return qobject_cast<ui::ChartCard *>(page.card(title));
}

void clickRow(QTreeView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCoreApplication::installTranslator(&m_plurals);
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void degradedWithoutMetrics()
    {
        // The metrics answer as fixture 45 on any server; the users come from the TestServer.
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        QVERIFY(Fixture::load(u"45-metrics-without-analytics-store"_s).status == 500);
        fixture.network.setHandler([](const SeenRequest &) { return noMetricsAnswer(); });
        // What the page must count: every user but the anonymous ones.
        api::users::ListQuery query;
        query.limit = 1000;
        query.includeAnonymous = true;
        auto *listJob = fixture.context.client()->send(api::users::list(fixture.context.scope(), query));
        QSignalSpy listed(listJob, &api::ApiJob::finished);
        QVERIFY(listed.wait(kUiTimeoutMs));
        QVERIFY(listJob->succeeded());
        const auto users = listJob->takeValue();
        QVERIFY(!users.items.isEmpty());
        qint64 expected = 0;
        for (const api::User &user : users.items)
            expected += user.isAnonymous ? 0 : 1;

        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            ui::OverviewPage page(fixture.context);
            QSignalSpy ready(&page, &ui::Page::ready);
            QVERIFY(showView(page, {1240, 900}));
            QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
            QCOMPARE(ready.size(), 1);
            QVERIFY(!page.showsError());
            QVERIFY(page.loader()->data().degraded);
            const QString note = page.noteText();
            QVERIFY2(note.startsWith(u"This server does not provide metrics (HTTP 500: Missing environment variable: "
                                         "STACK_CLICKHOUSE_URL). The figures below are computed from the users list."_s),
                     qPrintable(note));
            QVERIFY2(note.contains(u"latest activity"_s), qPrintable(note));
            QVERIFY2(note.contains(u"payments and emails"_s), qPrintable(note));
            QVERIFY(!note.contains(u"based on the first"_s));
            QVERIFY(!page.errorBanner()->isShowingError());

            QCOMPARE(page.tile(u"Total users"_s)->value(), QLocale().toString(expected));
            QVERIFY(page.tile(u"Monthly active users"_s));
            QVERIFY(page.tile(u"Active today"_s));
            QVERIFY(page.tile(u"Verified email"_s)->value().endsWith(u" %"_s));
            QVERIFY(!page.tile(u"Revenue"_s));
            QVERIFY(!page.tile(u"Emails sent"_s));
            QVERIFY(!page.tile(u"Teams"_s));
            QVERIFY(!page.card(u"Payments"_s));
            QVERIFY(!page.card(u"Emails"_s));
            QVERIFY(page.card(u"Sign-ups per day"_s));
            QVERIFY(page.card(u"Daily active users"_s)->note().contains(u"latest active day"_s));
            QVERIFY(chartCard(page, u"Sign-in methods"_s)->isShowingChart());
            QVERIFY(!rankedNames(chartCard(page, u"Sign-in methods"_s)).isEmpty());
            QCOMPARE(page.recentlyRegisteredView()->model()->rowCount(), 10);
            QCOMPARE(page.cardColumns(), 2);
            savePicture(&page, dark ? u"overview-degraded-dark"_s : u"overview-degraded"_s);
        }
    }

    // More users than the pages read: the figures say they are a lower bound.
    void degradedAndCapped()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        fixture.network.setHandler([](const SeenRequest &) { return noMetricsAnswer(); });
        ui::OverviewPage page(fixture.context);
        page.loader()->setPageLimits(10, 2);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
        QVERIFY(page.loader()->data().degraded);
        QCOMPARE(fixture.network.metricsRequests, 1);
        QVERIFY(page.loader()->data().capped);
        const QString note = page.noteText();
        QVERIFY2(note.contains(u"They are based on the first 20 users (the newest sign-ups); the project has more."_s),
                 qPrintable(note));
        const qint64 counted = page.loader()->data().metrics.totalUsers; // the anonymous ones of the 20 apart
        QCOMPARE(page.tile(u"Total users"_s)->value(), QLocale().toString(counted) + u"+"_s);
        QCOMPARE(page.tile(u"Total users"_s)->detail(), u"at least; the first 20 read"_s);
    }

    // The TestServer's own answer, whichever it is: the emulator computes metrics from its
    // users; a live server has them or (self-hosted without its analytics store) answers 5xx,
    // and the page shows the overview of that branch.
    void whateverTheServerAnswers()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::OverviewPage page(fixture.context);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
        QVERIFY(!page.showsError());
        const models::OverviewData &data = page.loader()->data();
        if (fixture.emulator())
            QVERIFY(!data.degraded); // the emulator's default: metrics available
        QVERIFY(data.metrics.totalUsers > 0);
        QVERIFY(page.tile(u"Total users"_s)->value().startsWith(QLocale().toString(data.metrics.totalUsers)));
        QVERIFY(page.card(u"Sign-ups per day"_s));
        QVERIFY(page.recentlyRegisteredView()->model()->rowCount() > 0);
        QVERIFY(!page.tile(u"Teams"_s)); // no team tile on either branch (see OverviewPage)
        if (data.degraded) {
            QVERIFY2(page.noteText().startsWith(u"This server does not provide metrics (HTTP 5"_s),
                     qPrintable(page.noteText()));
            QVERIFY(page.noteText().contains(u"The figures below are computed from the users list."_s));
            QVERIFY(!page.card(u"Payments"_s));
        } else {
            QCOMPARE(page.noteText(), QString());
            QCOMPARE(page.tile(u"Total users"_s)->value(), QLocale().toString(data.metrics.totalUsers));
            QCOMPARE(data.metrics.dailySignUps.size(), 31);
        }
        savePicture(&page, data.degraded ? u"overview-server-degraded"_s : u"overview-server-metrics"_s);
    }

    void withMetrics()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        fixture.network.setHandler([](const SeenRequest &request) {
            if (QUrlQuery(request.url).queryItemValue(u"include_anonymous"_s) != u"false")
                return FakeResponse::text(400, "include_anonymous missing");
            return FakeResponse::json(200, fakeMetricsJson());
        });
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            ui::OverviewPage page(fixture.context);
            QVERIFY(showView(page, {1240, 900}));
            QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
            QVERIFY(!page.showsError());
            QVERIFY(!page.loader()->data().degraded);
            QCOMPARE(page.noteText(), QString());

            QCOMPARE(page.tile(u"Total users"_s)->value(), u"1,234"_s);
            QCOMPARE(page.tile(u"Monthly active users"_s)->value(), u"789"_s);
            QCOMPARE(page.tile(u"Verified email"_s)->value(), u"81 %"_s);
            QCOMPARE(page.tile(u"Verified email"_s)->detail(), u"1,000 of 1,234 users"_s);
            QCOMPARE(page.tile(u"Revenue"_s)->value(), u"$12,345.67"_s);
            QCOMPARE(page.tile(u"Monthly recurring revenue"_s)->value(), u"$987.00"_s);
            QCOMPARE(page.tile(u"Emails sent"_s)->value(), u"912"_s);
            QCOMPARE(page.tile(u"Emails sent"_s)->detail(), u"98.7 % delivered"_s);
            QCOMPARE(page.tile(u"Active today"_s)->value(), page.loader()->data().activeToday()
                                                              ? QLocale().toString(*page.loader()->data().activeToday())
                                                              : u"—"_s);
            QVERIFY(page.card(u"Payments"_s));
            QVERIFY(page.card(u"Emails"_s));
            QVERIFY(!page.tile(u"Teams"_s)); // as in the degraded overview, which cannot count teams cheaply

            // Top 10 countries by name, most users first; sign-in methods by name.
            const QStringList countries = rankedNames(chartCard(page, u"Users by country"_s));
            QCOMPARE(countries.size(), 10);
            QCOMPARE(countries.constFirst(), u"United States"_s);
            QCOMPARE(countries.at(1), u"Germany"_s);
            QVERIFY(chartCard(page, u"Users by country"_s)->note().contains(u"of 12"_s));
            QCOMPARE(rankedNames(chartCard(page, u"Sign-in methods"_s)),
                     (QStringList{u"Password"_s, u"GitHub"_s, u"Google"_s, u"Email code"_s, u"Passkey"_s}));
            QVERIFY(chartCard(page, u"Sign-ups per day"_s)->isShowingChart());
            QVERIFY(chartCard(page, u"Daily active users"_s)->isShowingChart());
            QCOMPARE(page.recentlyRegisteredView()->model()->rowCount(), 10); // of 12
            QCOMPARE(page.recentlyActiveView()->model()->rowCount(), 10);
            savePicture(&page, dark ? u"overview-metrics-dark"_s : u"overview-metrics"_s);
        }
    }

    void recentUserOpensOnClickAndEnter()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        fixture.network.setHandler([](const SeenRequest &) { return FakeResponse::json(200, fakeMetricsJson()); });
        ui::OverviewPage page(fixture.context);
        QSignalSpy open(&page, &ui::OverviewPage::openUserRequested);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);

        QTreeView *registered = page.recentlyRegisteredView();
        clickRow(registered, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), fakeMetricsUserId(1));

        QTreeView *active = page.recentlyActiveView();
        active->setFocus();
        active->setCurrentIndex(active->model()->index(2, 0));
        QTest::keyClick(active, Qt::Key_Return);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(1).at(0).toString(), fakeMetricsUserId(23));
        QTest::keyClick(active, Qt::Key_Down);
        QTest::keyClick(active, Qt::Key_Enter);
        QCOMPARE(open.size(), 3);
        QCOMPARE(open.at(2).at(0).toString(), fakeMetricsUserId(24));
    }

    // In the window: the Overview is the first page; a recent user clicked there opens on the Users page.
    void openUserFromTheWindow()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        fixture.settings.setValue(ui::AppSettings::Key::LastArea, u"overview"_s);
        ui::MainWindow window(&fixture.workspace, &fixture.settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::OverviewPage *page = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ui::OverviewPage *>(window.currentPage())) && settled(*page),
                                 kUiTimeoutMs);
        QVERIFY(!page->showsError());
        QTreeView *registered = page->recentlyRegisteredView();
        QVERIFY(registered->model()->rowCount() > 0);
        const QString userId = registered->model()->index(0, 0).data(models::RecentUsersModel::IdRole).toString();
        clickRow(registered, 0);
        ui::UsersPage *users = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((users = qobject_cast<ui::UsersPage *>(window.currentPage())), kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(users->detailPanel()->shownUserId(), userId, kUiTimeoutMs);
    }

    void refreshAndColumns()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        int answered = 0;
        fixture.network.setHandler([&answered](const SeenRequest &) {
            ++answered;
            return FakeResponse::json(200, fakeMetricsJson({.totalUsers = answered * 1000}));
        });
        ui::OverviewPage page(fixture.context);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
        QCOMPARE(page.tile(u"Total users"_s)->value(), u"1,000"_s);
        QCOMPARE(page.cardColumns(), 2);

        page.refreshButton()->setFocus();
        QTest::keyClick(&page, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(page.tile(u"Total users"_s)->value(), u"2,000"_s, kUiTimeoutMs);
        QCOMPARE(fixture.network.metricsRequests, 2);

        page.resize(720, 900);
        QTRY_COMPARE(page.cardColumns(), 1);
        savePicture(&page, u"overview-narrow"_s);
        page.resize(1300, 900);
        QTRY_COMPARE(page.cardColumns(), 2);
    }

    void emptyProject()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        fixture.network.setHandler([](const SeenRequest &) {
            return FakeResponse::json(200, fakeMetricsJson({.withPayments = false, .withEmails = false, .empty = true}));
        });
        ui::OverviewPage page(fixture.context);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
        QVERIFY(!page.showsError());
        QCOMPARE(page.tile(u"Total users"_s)->value(), u"0"_s);
        QCOMPARE(page.tile(u"Verified email"_s)->value(), u"—"_s);
        QCOMPARE(chartCard(page, u"Sign-ups per day"_s)->emptyText(), u"No sign-ups in the last 30 days."_s);
        QCOMPARE(chartCard(page, u"Daily active users"_s)->emptyText(), u"No activity in the last 30 days."_s);
        QVERIFY(!chartCard(page, u"Users by country"_s)->isShowingChart());
        QVERIFY(!chartCard(page, u"Sign-in methods"_s)->isShowingChart());
        const auto empties = page.findChildren<ui::EmptyState *>();
        QStringList texts;
        for (const ui::EmptyState *empty : empties) {
            if (empty->isVisible())
                texts << empty->text();
        }
        texts.sort();
        QCOMPARE(texts, (QStringList{u"No user has been active yet."_s, u"No users yet."_s}));
        QVERIFY(!page.card(u"Payments"_s));
        savePicture(&page, u"overview-empty"_s);
    }

    void withoutAdminAccessAnErrorInPlace()
    {
        ScriptedMetricsFixture fixture;
        QVERIFY(fixture.server);
        HEXCLAVE_REQUIRE(*fixture.server, Needs::AdminKey);
        QVERIFY(fixture.context.isValid());
        fixture.network.setHandler([](const SeenRequest &) {
            return FakeResponse::knownError(401, "INSUFFICIENT_ACCESS_TYPE",
                                            "The x-stack-access-type header must be 'admin'.");
        });
        ui::OverviewPage page(fixture.context);
        QVERIFY(showView(page, {1240, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kUiTimeoutMs);
        QVERIFY(page.showsError());
        QVERIFY(page.errorBanner()->isShowingError());
        QVERIFY(showsText(page.errorBanner(), u"needs admin access"_s));
        QCOMPARE(page.noteText(), QString());
        QVERIFY(page.visibleTiles().isEmpty());
        QCOMPARE(fixture.network.metricsRequests, 1);
        savePicture(&page, u"overview-no-access"_s);

        // Retry once access is there: the figures replace the error.
        fixture.network.setHandler([](const SeenRequest &) { return FakeResponse::json(200, fakeMetricsJson()); });
        QAbstractButton *retry = findButton(page.errorBanner(), u"Try again"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.tile(u"Total users"_s) != nullptr, kUiTimeoutMs);
        QVERIFY(!page.errorBanner()->isShowingError());
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestOverviewPage)
#include "tst_OverviewPage.moc"
