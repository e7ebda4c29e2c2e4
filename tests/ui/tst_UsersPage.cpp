// UsersPage driven like a person would: an error shown in place with its request id and a
// working Retry, the empty state of a search without matches, selecting a user for the detail
// panel, scrolling for more, and the notice when the list changed on the server while scrolling.
// Fault injection needs the emulator itself; the empty state also runs on a live server.

#include "DemoProjectFixture.h"
#include "TestServer.h"
#include "UiTestHelpers.h"

#include "UsersModel.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/UsersPage.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;
using models::UsersModel;
using State = models::PagedTableModel::FetchState;

using EmulatorFixture = DemoProjectFixture;

ui::ErrorBanner *bannerOf(const ui::UsersPage &page)
{
    return page.findChild<ui::ErrorBanner *>();
}

QLineEdit *detailEmailField(const ui::UsersPage &page)
{
    const auto fields = page.findChild<ui::UserDetailPanel *>()->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->accessibleName() == u"Primary email")
            return field;
    }
    return nullptr;
}

// Shows the page in a window of a usual size and waits until it is on screen and active.
bool showPage(ui::UsersPage &page)
{
    page.resize(1200, 720);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorInPlaceAndRetry()
    {
        EmulatorFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        fixture.emulator->addFault({.kind = Fault::Kind::Status, .method = u"GET"_s, .pathPattern = u"^/users$"_s,
                                    .count = -1, .status = 500, .message = u"The user table is on fire"_s});
        ui::UsersPage page(fixture.context);
        QSignalSpy ready(&page, &ui::Page::ready);
        QVERIFY(showPage(page));
        ui::ErrorBanner *banner = bannerOf(page);
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kUiTimeoutMs);
        QCOMPARE(page.model()->fetchState(), State::Failed);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(ready.count(), 1); // the page is "ready": it shows why it has no data

        // What happened, and the details to quote: status and request id.
        const api::ApiError &error = page.model()->lastError();
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY2(showsText(banner, u"The user table is on fire"_s), qPrintable(visibleLabelTexts(banner).join(u" | ")));
        QVERIFY2(showsText(banner, u"HTTP 500"_s), qPrintable(visibleLabelTexts(banner).join(u" | ")));
        QVERIFY2(showsText(banner, error.requestId), qPrintable(visibleLabelTexts(banner).join(u" | ")));
        QVERIFY(showsText(&page, u"loading failed"_s));
        QVERIFY(!showsText(&page, u"No users match"_s));

        // The server recovers; Retry brings the rows.
        fixture.emulator->clearFaults();
        QPushButton *retry = findButton<QPushButton>(banner, u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.model()->isLoading(), kUiTimeoutMs);
        QVERIFY(!banner->isVisible());
        QVERIFY(!page.model()->lastError().isError());
        QVERIFY(page.table()->currentIndex().isValid()); // the first user is selected
    }

    void emptyStateOfSearch()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = signInDashboard(workspace, server->apiRoot(), server->publishableClientKey(),
                                                          server->email(), server->password());
        QVERIFY2(session->state() == api::ConnectionSession::State::Ready, qPrintable(session->lastError().userMessage()));
        QVERIFY(!session->projects().isEmpty());
        ui::ProjectContext context{session, session->projects().first(), nullptr};
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context.project = project;
        }
        ui::UsersPage page(context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && !page.model()->isLoading(), kUiTimeoutMs);
        QVERIFY(!showsText(page.table()->viewport(), u"No users match"_s));

        const QString nonsense = TestServer::uniqueName(u"zq-nobody"_s);
        QTest::mouseClick(page.searchField(), Qt::LeftButton);
        QTest::keyClicks(page.searchField(), nonsense);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->filter().search, nonsense, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->fetchState(), State::Finished, kUiTimeoutMs);
        QCOMPARE(page.model()->rowCount(), 0);
        QTRY_VERIFY(showsText(page.table()->viewport(), u"No users match “%1”"_s.arg(nonsense)));
        QVERIFY(showsText(&page, u"0 user(s)"_s));

        // Back to everyone: the empty state goes.
        QTest::keyClick(page.searchField(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, kUiTimeoutMs);
        QVERIFY(!showsText(page.table()->viewport(), u"No users match"_s));
    }

    void selectingAUserShowsDetails()
    {
        EmulatorFixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::UsersPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, kUiTimeoutMs);
        auto *detail = page.findChild<ui::UserDetailPanel *>();
        QVERIFY(detail);
        // The first user is selected from the start.
        QTRY_COMPARE(detail->shownUserId(), page.model()->rowAt(0)->id);

        for (const int row : {5, 2, 11}) {
            const api::User *user = page.model()->rowAt(row);
            QVERIFY(user);
            clickCell(page.table(), row, UsersModel::EmailColumn);
            QTRY_COMPARE(detail->shownUserId(), user->id);
            QCOMPARE(detailEmailField(page)->text(), user->primaryEmail.value_or(u"None"_s));
            QVERIFY(showsText(detail, user->displayName.value_or(u"(no name)"_s)));
        }
    }

    void scrollingFetchesMore()
    {
        EmulatorFixture fixture(700);
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::UsersPage page(fixture.context);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.model()->isLoading(), kUiTimeoutMs);
        QCOMPARE(page.model()->rowCount(), 60); // a screenful first
        QVERIFY(showsText(&page, u"60 users shown · scroll down for more"_s));
        fixture.emulator->clearRecordedRequests();
        const QString error = scrollToEnd(page.table(), *page.model());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(page.model()->rowCount() > 600);
        QVERIFY(showsText(&page, u"%1 user(s)"_s.arg(page.model()->rowCount())));
        // Then larger pages, from the server's cursor.
        int pages = 0;
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.path == u"/users") {
                ++pages;
                QVERIFY2(request.query.contains(u"limit=500"_s), qPrintable(request.query));
                QVERIFY2(request.query.contains(u"cursor="_s), qPrintable(request.query));
            }
        }
        QCOMPARE(pages, 2);
    }

    void listChangedNoticeStaysVisible()
    {
        EmulatorFixture fixture(1200);
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        ui::UsersPage page(fixture.context);
        page.model()->setMaxResidentRows(600);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.model()->isLoading(), kUiTimeoutMs);
        const QString firstId = page.model()->rowAt(0)->id;
        // Down to the end: the first page leaves memory.
        const QString error = scrollToEnd(page.table(), *page.model());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!page.model()->isRowLoaded(0));

        // Meanwhile someone deletes the newest user.
        auto *job = fixture.session->client()->send(api::users::remove(fixture.context.scope(), firstId));
        QSignalSpy deleted(job, &api::ApiJob::finished);
        QVERIFY(deleted.wait(kUiTimeoutMs));

        // Scrolling back up finds the list changed: it starts over, and says why.
        QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
        page.table()->verticalScrollBar()->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() == 1 && page.model()->rowCount() > 0 && !page.model()->isLoading(),
                                 kUiTimeoutMs);
        QVERIFY(page.model()->rowAt(0)->id != firstId);
        ui::ErrorBanner *banner = bannerOf(page);
        QVERIFY2(banner->isVisible(), "the notice vanished as soon as the list reloaded");
        QVERIFY(showsText(banner, u"changed on the server"_s));
        QVERIFY(!findButton<QPushButton>(banner, u"Retry"_s));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUsersPage)
#include "tst_UsersPage.moc"
