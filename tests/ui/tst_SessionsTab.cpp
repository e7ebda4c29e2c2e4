// SessionsTab against the TestServer: a user's sessions listed with impersonations marked,
// revoking one (gone on the server) with the button or the Delete key, "Revoke all" asking first
// and reporting the one that failed, its answer ignored once another user is shown or the view is
// gone, an empty list said in words, a load error with a working Retry, and an answer for a
// previously selected user never shown. Fault injection needs the emulator; the rest also runs
// on a live server, where the users it makes are deleted afterwards.

#include "UserViewTestHelpers.h"

#include "UserSessionsModel.h"
#include "endpoints/SessionsEndpoints.h"
#include "pages/users/detail/SessionsTab.h"
#include "widgets/ErrorBanner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserSessionsModel;
using emulator::Fault;

constexpr qint64 kHourMillis = 3600 * 1000;

// A user with `count` impersonation sessions (the one kind of session an administrator can make).
std::optional<api::User> userWithSessions(UserViewFixture &fixture, const QString &name, int count)
{
    std::optional<api::User> user = fixture.createUser(name);
    if (!user)
        return user;
    for (int i = 0; i < count; ++i) {
        if (!fixture.run(api::sessions::impersonate(fixture.context.scope(), user->id, kHourMillis)))
            return std::nullopt;
    }
    return user;
}

QStringList sessionIdsOnServer(UserViewFixture &fixture, const QString &userId)
{
    QStringList ids;
    if (const auto page = fixture.run(api::sessions::list(fixture.context.scope(), userId))) {
        for (const api::UserSession &session : page->items)
            ids << session.id;
    }
    return ids;
}

QStringList sessionIdsShown(const ui::SessionsTab &tab)
{
    QStringList ids;
    for (const api::UserSession &session : tab.model()->rows())
        ids << session.id;
    return ids;
}

} // namespace

class TestSessionsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAndRevokeOne()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = userWithSessions(fixture, u"Sessions Sam"_s, 3);
        QVERIFY(user);

        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        QCOMPARE(tab.state(), ui::UserDataView::State::NotLoaded); // lazy: nothing asked yet
        tab.ensureLoaded();
        QVERIFY(tab.placeholderText().contains(u"Loading sessions"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(tab.state(), ui::UserDataView::State::Loaded);
        QCOMPARE(tab.model()->rowCount(), 3);
        QCOMPARE(tab.placeholderText(), QString());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(tab.model()->index(row, UserSessionsModel::KindColumn).data().toString(), u"Impersonation"_s);
        QVERIFY(!tab.revokeButton()->isEnabled()); // nothing selected yet
        QVERIFY(tab.revokeAllButton()->isEnabled());

        clickCell(tab.table(), 1, UserSessionsModel::CreatedColumn);
        QVERIFY(tab.revokeButton()->isEnabled());
        const QString revoked = tab.model()->rowAt(1)->id;
        QSignalSpy busy(&tab, &ui::UserDataView::busyChanged);
        QTest::mouseClick(tab.revokeButton(), Qt::LeftButton);
        QCOMPARE(busy.count(), 1); // busy at once
        QVERIFY(!tab.revokeButton()->isEnabled());
        QVERIFY(!tab.revokeAllButton()->isEnabled());
        QVERIFY(tab.statusText().contains(u"Revoking"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 2, kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"revoked"_s), qPrintable(tab.statusText()));
        QVERIFY(!sessionIdsShown(tab).contains(revoked));
        const QStringList onServer = sessionIdsOnServer(fixture, user->id);
        QCOMPARE(onServer.size(), 2);
        QVERIFY(!onServer.contains(revoked));
        QVERIFY(!tab.errorBanner()->isVisible());

        // Delete in the list revokes the selected session too.
        const QString deleted = tab.model()->rowAt(0)->id;
        QVERIFY(pressDeleteOnRow(tab.table(), 0, UserSessionsModel::CreatedColumn));
        QVERIFY(tab.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY(!sessionIdsShown(tab).contains(deleted));
        QCOMPARE(sessionIdsOnServer(fixture, user->id), sessionIdsShown(tab));
    }

    // Another user selected while "Revoke all" asks (the users list reloaded): the answer acts on
    // nobody — neither the user asked about nor the one shown now.
    void answerForAPreviousUserDoesNothing()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto asked = userWithSessions(fixture, u"Asked About Abe"_s, 2);
        const auto shownNow = userWithSessions(fixture, u"Shown Now Sheila"_s, 1);
        QVERIFY(asked && shownNow);
        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*asked);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 2, kUiTimeoutMs);

        bool answered = false;
        onNextModal<QMessageBox>(this, &answered, [&tab, &shownNow](QMessageBox *box) {
            QVERIFY(box->text().contains(u"Asked About Abe"_s));
            tab.setUser(*shownNow);
            tab.ensureLoaded();
            QVERIFY(QTest::qWaitFor([&tab] { return settled(tab) && tab.model()->rowCount() == 1; }, kUiTimeoutMs));
            QTest::mouseClick(findButton<QPushButton>(box, u"Revoke all"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.revokeAllButton(), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QVERIFY(!tab.isBusy());
        QVERIFY2(tab.statusText().contains(u"Nothing was done for Asked About Abe"_s), qPrintable(tab.statusText()));
        QCOMPARE(sessionIdsOnServer(fixture, shownNow->id).size(), 1);
        QCOMPARE(sessionIdsOnServer(fixture, asked->id).size(), 2);
    }

    // The view goes (the project was closed) while it asks: the question goes with it, safely.
    void viewDeletedWhileAsking()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = userWithSessions(fixture, u"Closed Project Cora"_s, 2);
        QVERIFY(user);
        auto tab = std::make_unique<ui::SessionsTab>(fixture.context);
        QVERIFY(showView(*tab));
        tab->setUser(*user);
        tab->ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*tab) && tab->model()->rowCount() == 2, kUiTimeoutMs);

        QPointer<QWidget> question;
        bool deleted = false;
        QTimer::singleShot(0, this, [&tab, &question, &deleted] {
            QVERIFY(QTest::qWaitFor([&question] { return (question = QApplication::activeModalWidget()) != nullptr; },
                                    kUiTimeoutMs));
            tab.reset();
            deleted = true;
        });
        QTest::mouseClick(tab->revokeAllButton(), Qt::LeftButton);
        QTRY_VERIFY(deleted);
        QVERIFY(!question);
        QCOMPARE(sessionIdsOnServer(fixture, user->id).size(), 2);
    }

    void revokeAllAsksFirstAndReportsFailures()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = userWithSessions(fixture, u"Revoke All Rita"_s, 3);
        QVERIFY(user);
        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 3, kUiTimeoutMs);

        // Cancelled: nothing happens.
        bool answered = false;
        answerNextMessageBox(this, &answered, u"Cancel"_s);
        QTest::mouseClick(tab.revokeAllButton(), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QVERIFY(!tab.isBusy());
        QCOMPARE(sessionIdsOnServer(fixture, user->id).size(), 3);

        // One of the three DELETEs fails (emulator only): the others still go, and it is said.
        const bool injected = fixture.emulator() != nullptr;
        if (injected) {
            fixture.emulator()->addFault({.kind = Fault::Kind::KnownError, .method = u"DELETE"_s,
                                          .pathPattern = u"^/auth/sessions/"_s, .count = 1, .status = 400,
                                          .knownErrorCode = u"CANNOT_DELETE_CURRENT_SESSION"_s,
                                          .message = u"Cannot delete the current session."_s});
        }
        answered = false;
        answerNextMessageBox(this, &answered, u"Revoke all"_s);
        QTest::mouseClick(tab.revokeAllButton(), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && !tab.isBusy(), kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tab.model()->rowCount(), injected ? 1 : 0, kUiTimeoutMs);
        QCOMPARE(sessionIdsOnServer(fixture, user->id).size(), injected ? 1 : 0);
        if (injected) {
            QVERIFY2(tab.statusText().contains(u"1 of 3 failed"_s), qPrintable(tab.statusText()));
            QVERIFY(tab.errorBanner()->isVisible());
            QVERIFY(showsText(tab.errorBanner(), u"Cannot delete the current session."_s));
            QVERIFY(showsText(tab.errorBanner(), u"CANNOT_DELETE_CURRENT_SESSION"_s));
        } else {
            QVERIFY(tab.statusText().contains(u"3 session"_s));
            QVERIFY(tab.placeholderText().contains(u"No active sessions"_s));
        }
    }

    void emptyList()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Never Signed In"_s);
        QVERIFY(user);
        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(tab.model()->rowCount(), 0);
        QVERIFY(tab.placeholderText().contains(u"No active sessions"_s));
        QVERIFY(!tab.revokeAllButton()->isEnabled());
    }

    void loadErrorAndRetry()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        const auto user = userWithSessions(fixture, u"Retry Rob"_s, 1);
        QVERIFY(user);
        fixture.emulator()->addFault({.kind = Fault::Kind::Status, .method = u"GET"_s, .pathPattern = u"^/auth/sessions$"_s,
                                      .count = -1, .status = 503, .message = u"Sessions are resting"_s});
        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        tab.ensureLoaded();
        QTRY_COMPARE_WITH_TIMEOUT(tab.state(), ui::UserDataView::State::Failed, kUiTimeoutMs);
        QVERIFY(tab.errorBanner()->isVisible());
        QVERIFY(showsText(tab.errorBanner(), u"Sessions are resting"_s));
        QVERIFY(showsText(tab.errorBanner(), u"HTTP 503"_s));
        QVERIFY(tab.placeholderText().contains(u"could not be loaded"_s));
        QVERIFY(!tab.revokeAllButton()->isEnabled());

        fixture.emulator()->clearFaults();
        QPushButton *retry = findButton<QPushButton>(tab.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab.state() == ui::UserDataView::State::Loaded, kUiTimeoutMs);
        QCOMPARE(tab.model()->rowCount(), 1);
        QVERIFY(!tab.errorBanner()->isVisible());
    }

    void answerForPreviousUserNeverShows()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("delays answers: runs on the emulator only");
        const auto first = userWithSessions(fixture, u"First Fran"_s, 2);
        const auto second = userWithSessions(fixture, u"Second Sid"_s, 1);
        QVERIFY(first && second);
        // The first user's answer comes late — after the second user's.
        fixture.emulator()->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s,
                                      .pathPattern = u"^/auth/sessions$"_s, .count = 1, .latencyMs = 1500});
        fixture.emulator()->clearRecordedRequests();
        const auto sessionListsAsked = [&fixture] {
            int asked = 0;
            for (const emulator::RecordedRequest &request : fixture.emulator()->recordedRequests())
                asked += request.path == u"/auth/sessions" && request.method == u"GET";
            return asked;
        };
        ui::SessionsTab tab(fixture.context);
        QVERIFY(showView(tab));
        QElapsedTimer sinceFirstRequest;
        sinceFirstRequest.start();
        tab.setUser(*first);
        tab.ensureLoaded();
        QTRY_VERIFY(sessionListsAsked() == 1); // the server has it, and holds the answer back
        tab.setUser(*second);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(sessionIdsShown(tab), sessionIdsOnServer(fixture, second->id));
        QVERIFY2(sinceFirstRequest.elapsed() < 1500, "the second answer was not faster: the test proves nothing");

        // Past the moment the late answer came: the second user's sessions are still what is shown.
        // (A wait, not QTRY: it checks that nothing changes, and no signal says "nothing came".)
        QTest::qWait(int(1800 - sinceFirstRequest.elapsed()));
        QCOMPARE(tab.userId(), second->id);
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(sessionIdsShown(tab), sessionIdsOnServer(fixture, second->id));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSessionsTab)
#include "tst_SessionsTab.moc"
