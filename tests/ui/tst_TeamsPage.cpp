// TeamsPage driven like a person would, against the TestServer (the emulator, or a live server;
// everything made is deleted afterwards): the list filtered as you type with the member counts of
// the rows on screen; New team (Ctrl+N), Edit (F2) and Delete (Del, typing the name) with the list
// and the server agreeing; a team's members paged, searched, added with the picker and removed
// (button and Delete key), each member's permissions shown; the way to a member's page in the
// Users page and back to the team, also to a team made after the list was loaded; a server key;
// and, on the emulator only, another team selected while members are being added, the later of
// two quick "open team" requests winning, an error in place with Retry and the empty state of a
// project without teams.

#include "TeamTestHelpers.h"
#include "UserDialogTesting.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "TeamMembersModel.h"
#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "UserChoiceModel.h"
#include "UserTeamsModel.h"
#include "dialogs/DeleteTeamDialog.h"
#include "dialogs/TeamDialog.h"
#include "dialogs/UserPickerDialog.h"
#include "pages/teams/TeamDetailPanel.h"
#include "pages/teams/TeamMemberPermissionsView.h"
#include "pages/teams/TeamMembersView.h"
#include "pages/teams/TeamsPage.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/UsersPage.h"
#include "pages/users/detail/UserTeamsView.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TeamsModel;
using models::UsersModel;
using FetchState = models::PagedTableModel::FetchState;

bool showPage(QWidget &page)
{
    page.resize(1280, 760);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

bool loaded(const ui::TeamsPage &page)
{
    return QTest::qWaitFor([&page] { return page.isReady() && page.model()->state() == TeamsModel::State::Loaded; },
                           kUiTimeoutMs);
}

// The row of the team in the table as shown (after filter and sort), or -1.
int shownRowOf(const ui::TeamsPage &page, const QString &teamId)
{
    const int row = page.model()->rowOf(teamId);
    return row < 0 ? -1 : page.filterModel()->mapFromSource(page.model()->index(row, 0)).row();
}

QString shownCell(const ui::TeamsPage &page, const QString &teamId, int column)
{
    const int row = shownRowOf(page, teamId);
    return row < 0 ? QString() : page.filterModel()->index(row, column).data().toString();
}

// Selects the team with a click on its row (scrolled to first).
bool clickTeam(ui::TeamsPage &page, const QString &teamId)
{
    const int row = shownRowOf(page, teamId);
    if (row < 0)
        return false;
    clickCell(page.table(), row, TeamsModel::NameColumn);
    return page.currentTeam() && page.currentTeam()->id == teamId;
}

// Gives the teams table the keyboard focus, with the page's window active again (after a dialog).
bool focusTable(ui::TeamsPage &page)
{
    page.activateWindow();
    if (!QTest::qWaitForWindowActive(&page))
        return false;
    page.table()->setFocus();
    return QTest::qWaitFor([&page] { return page.table()->hasFocus(); }, kUiTimeoutMs);
}

// Types into a search field as a person would: a click into it first (Escape there clears it).
void typeInto(QLineEdit *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, text);
}

// The members view once its first page for `teamId` is there.
bool membersLoaded(ui::TeamMembersView *view, const QString &teamId)
{
    return QTest::qWaitFor(
        [&] { return view->teamId() == teamId && !view->model()->isLoading() && view->model()->fetchState() != FetchState::Loading; },
        kUiTimeoutMs);
}

int memberRow(ui::TeamMembersView *view, const QString &userId)
{
    return view->model()->loadedRowOf(userId);
}

void clickCellText(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect cell = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 12, cell.center().y()));
}

} // namespace

class TestTeamsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterAndMemberCounts()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto team = fixture.createTeam(u"Filter Team"_s);
        QVERIFY(team);
        QCOMPARE(fixture.addNewMembers(team->id, 2).size(), 2);

        ui::TeamsPage page(fixture.context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        const auto listed = fixture.run(api::teams::list(fixture.context.scope()));
        QVERIFY(listed);
        const int all = int(listed->items.size());
        QCOMPARE(page.model()->rowCount(), all);
        QCOMPARE(page.statusLabel()->text(), u"%1 team(s)"_s.arg(all));
        QVERIFY(page.table()->currentIndex().isValid()); // the first team is shown from the start
        QVERIFY(!page.detailPanel()->shownTeamId().isEmpty());

        // Ctrl+F, then the name: the list narrows at once, without asking the server.
        page.table()->setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), page.filterField());
        QTest::keyClicks(page.filterField(), team->displayName.toLower());
        QCOMPARE(page.filterModel()->rowCount(), 1);
        QCOMPARE(page.filterModel()->index(0, TeamsModel::NameColumn).data().toString(), team->displayName);
        QCOMPARE(page.statusLabel()->text(), u"1 of %1 team(s) match “%2”"_s.arg(all).arg(team->displayName.toLower()));
        QTRY_COMPARE(page.detailPanel()->shownTeamId(), team->id);
        // Its members counted, as it is on screen.
        QTRY_COMPARE_WITH_TIMEOUT(shownCell(page, team->id, TeamsModel::MembersColumn), u"2"_s, kUiTimeoutMs);

        // The start of the id finds it too; the end does not.
        page.filterField()->clear();
        QTest::keyClicks(page.filterField(), team->id.left(18));
        QVERIFY(shownRowOf(page, team->id) >= 0);
        page.filterField()->clear();
        QTest::keyClicks(page.filterField(), u"zq-no-team-by-this-name"_s);
        QCOMPARE(page.filterModel()->rowCount(), 0);
        QVERIFY2(page.emptyState()->text().contains(u"No team matches “zq-no-team-by-this-name”"_s),
                 qPrintable(page.emptyState()->text()));
        QVERIFY(!page.emptyState()->actionButton()->isVisible());
        QVERIFY(!page.editTeamAction()->isEnabled());
        QVERIFY(!page.deleteTeamAction()->isEnabled());

        // Escape: everyone again; Down goes from the filter into the list.
        QTest::keyClick(page.filterField(), Qt::Key_Escape);
        QCOMPARE(page.filterField()->text(), QString());
        QCOMPARE(page.filterModel()->rowCount(), all);
        QVERIFY(page.emptyState()->text().isEmpty());
        QTest::keyClick(page.filterField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page.table());

        // Every row on screen gets its count; teams far below are not counted yet.
        const int firstShown = page.table()->rowAt(0);
        const int lastShown = page.table()->rowAt(page.table()->viewport()->height() - 1);
        QVERIFY(firstShown >= 0);
        const int last = lastShown < 0 ? all - 1 : lastShown;
        const auto allShownCounted = [&] {
            for (int row = firstShown; row <= last; ++row) {
                const QString count = page.filterModel()->index(row, TeamsModel::MembersColumn).data().toString();
                if (count.isEmpty() || count == u"…"_s)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allShownCounted(), kUiTimeoutMs);
        if (last + 1 < all)
            QCOMPARE(page.filterModel()->index(all - 1, TeamsModel::MembersColumn).data().toString(), QString());
    }

    void createEditAndDelete()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::TeamsPage page(fixture.context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        const int before = page.model()->rowCount();

        // Ctrl+N: a new team, shown and selected in the list.
        const QString name = TestServer::uniqueName(u"Page Team"_s);
        // (Focus first: waiting for it runs the events the dialog below waits in. The dialogs
        // delete themselves once closed, so what they did is checked after, not inside.)
        QVERIFY(focusTable(page));
        bool done = false;
        onNextModal<ui::TeamDialog>(this, &done, [&](ui::TeamDialog *dialog) {
            typeText(dialog->displayNameField(), name);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(page.currentTeam() && page.currentTeam()->displayName == name, kUiTimeoutMs);
        const QString teamId = page.currentTeam()->id;
        fixture.adoptTeam(teamId);
        QCOMPARE(page.model()->rowCount(), before + 1);
        QCOMPARE(page.detailPanel()->shownTeamId(), teamId);
        QCOMPARE(page.detailPanel()->title()->text(), name);
        QCOMPARE(shownCell(page, teamId, TeamsModel::MembersColumn), u"0"_s);
        QVERIFY(fixture.team(teamId));

        // Ctrl+Shift+C copies its id.
        QVERIFY(focusTable(page));
        QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), teamId);

        // F2: renamed, in the list, the panel and on the server.
        const QString renamed = name + u" renamed"_s;
        QVERIFY(focusTable(page));
        done = false;
        onNextModal<ui::TeamDialog>(this, &done, [&](ui::TeamDialog *dialog) {
            QCOMPARE(dialog->displayNameField()->text(), name);
            dialog->displayNameField()->selectAll();
            typeText(dialog->displayNameField(), renamed);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        QTest::keyClick(page.table(), Qt::Key_F2);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(shownCell(page, teamId, TeamsModel::NameColumn), renamed, kUiTimeoutMs);
        QCOMPARE(page.detailPanel()->title()->text(), renamed);
        QCOMPARE(fixture.team(teamId)->displayName, renamed);

        // Del: the dialog knows it has no members; the name typed, the team goes.
        QVERIFY(focusTable(page));
        done = false;
        onNextModal<ui::DeleteTeamDialog>(this, &done, [&](ui::DeleteTeamDialog *dialog) {
            QVERIFY2(dialog->explanation()->text().contains(u"nobody loses access"_s), qPrintable(dialog->explanation()->text()));
            QTest::keyClicks(dialog->confirmationField(), renamed);
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        });
        QTest::keyClick(page.table(), Qt::Key_Delete);

        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOf(teamId), -1, kUiTimeoutMs);
        QCOMPARE(page.model()->rowCount(), before);
        QVERIFY(page.detailPanel()->shownTeamId() != teamId);
        QString error;
        QVERIFY(!fixture.team(teamId, &error));
        QVERIFY2(error.contains(u"TEAM_NOT_FOUND"_s), qPrintable(error));
    }

    void membersPagedSearchedAddedAndRemoved()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto team = fixture.createTeam(u"Members Team"_s);
        QVERIFY(team);
        const QStringList members = fixture.addNewMembers(team->id, 5, u"Paged Member"_s);
        QCOMPARE(members.size(), 5);
        const QString marker = TestServer::uniqueName(u"newcomer"_s).toLower();
        const auto newcomer = fixture.createUser(u"Newcomer %1"_s.arg(marker));
        QVERIFY(newcomer);

        ui::TeamsPage page(fixture.context);
        ui::TeamMembersView *view = page.detailPanel()->membersView();
        view->model()->setPageSizes(2, 2); // pages of two, to see paging with few members
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        QTest::keyClicks(page.filterField(), team->displayName);
        QVERIFY(clickTeam(page, team->id));
        QVERIFY(membersLoaded(view, team->id));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->fetchState(), FetchState::CanFetchMore);
        QVERIFY2(view->statusText().contains(u"scroll down for more"_s), qPrintable(view->statusText()));
        // The first member is selected, and their permissions in the team are shown.
        QTRY_VERIFY(view->table()->currentIndex().isValid());
        QCOMPARE(view->permissionsView()->subjectId(), view->model()->rowAt(0)->id);
        QCOMPARE(view->permissionsView()->shownTeamId(), team->id);

        // Scrolling brings the rest; the whole list gives the team's count to the list.
        const QString scrolled = scrollToEnd(view->table(), *view->model());
        QVERIFY2(scrolled.isEmpty(), qPrintable(scrolled));
        QCOMPARE(view->model()->rowCount(), 5);
        QStringList shown;
        for (int row = 0; row < 5; ++row)
            shown << view->model()->rowAt(row)->id;
        shown.sort();
        QCOMPARE(shown, fixture.memberIds(team->id));
        QVERIFY2(view->statusText().contains(u"5 member(s)."_s), qPrintable(view->statusText()));
        QTRY_COMPARE(shownCell(page, team->id, TeamsModel::MembersColumn), u"5"_s);

        // The server's search.
        const auto third = fixture.run(api::users::get(fixture.context.scope(), members.at(2)));
        QVERIFY(third);
        typeInto(view->searchField(), third->primaryEmail.value());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->filter().search == third->primaryEmail.value() && !view->model()->isLoading(),
                                 kUiTimeoutMs);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->rowAt(0)->id, members.at(2));
        QTest::keyClick(view->searchField(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->filter().search.isEmpty() && !view->model()->isLoading(), kUiTimeoutMs);

        // Add a member with the picker: members already in the list cannot be ticked.
        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [&](ui::UserPickerDialog *picker) {
            QVERIFY(picker->windowTitle().contains(team->displayName));
            QTest::keyClicks(picker->searchField(), marker);
            QTRY_VERIFY_WITH_TIMEOUT(picker->usersModel()->filter().search == marker && !picker->usersModel()->isLoading(),
                                     kUiTimeoutMs);
            QCOMPARE(picker->usersModel()->rowCount(), 1);
            clickCheckBox(picker->table(), picker->choiceModel()->index(0, UsersModel::NameColumn));
            QCOMPARE(withoutMnemonic(picker->acceptButton()->text()), u"Add 1 member(s)"_s);
            QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view->addButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && fixture.memberIds(team->id).contains(newcomer->id), kUiTimeoutMs);
        QVERIFY2(view->statusText().contains(u"Added 1 member(s) to"_s), qPrintable(view->statusText()));
        // The list counts the team again (six now).
        QTRY_COMPARE_WITH_TIMEOUT(shownCell(page, team->id, TeamsModel::MembersColumn), u"6"_s, kUiTimeoutMs);

        // Remove the newcomer with the button, after confirming.
        typeInto(view->searchField(), marker);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->filter().search == marker && !view->model()->isLoading()
                                     && view->model()->rowCount() == 1,
                                 kUiTimeoutMs);
        clickCell(view->table(), 0, UsersModel::EmailColumn);
        QCOMPARE(view->selectedMembers().size(), 1);
        QCOMPARE(view->permissionsView()->subjectId(), newcomer->id);
        done = false;
        QString question;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(findButton<QPushButton>(box, u"Remove"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY2(question.contains(newcomer->label()) && question.contains(team->displayName), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && !fixture.memberIds(team->id).contains(newcomer->id), kUiTimeoutMs);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(view->statusText().contains(u"Removed 1 member(s) from"_s), qPrintable(view->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(shownCell(page, team->id, TeamsModel::MembersColumn), u"5"_s, kUiTimeoutMs);

        // And one with the Delete key.
        page.activateWindow(); // back from the question
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::mouseClick(view->searchField(), Qt::LeftButton);
        QTest::keyClick(view->searchField(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->filter().search.isEmpty() && !view->model()->isLoading()
                                     && view->model()->rowCount() > 0,
                                 kUiTimeoutMs);
        const QString leaving = view->model()->rowAt(0)->id;
        done = false;
        QVERIFY(pressDeleteOnRow(view->table(), 0, UsersModel::EmailColumn));
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && !fixture.memberIds(team->id).contains(leaving), kUiTimeoutMs);
        QCOMPARE(memberRow(view, leaving), -1);

        // A double click on a member asks for their page in the Users page.
        QSignalSpy openUser(&page, &ui::TeamsPage::openUserRequested);
        doubleClickCell(view->table(), 0, UsersModel::EmailColumn);
        QCOMPARE(openUser.count(), 1);
        QCOMPARE(openUser.at(0).at(0).value<api::User>().id, view->model()->rowAt(0)->id);
    }

    // Another team selected while members are being added to the first (emulator: the answer
    // is slowed down): the new team's buttons work at once, and still once the old answer came.
    void switchingTeamsWhileAdding()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("slows answers down: runs on the emulator only");
        const auto busyTeam = fixture.createTeam(u"Busy Team"_s);
        const auto otherTeam = fixture.createTeam(u"Other Team"_s);
        QVERIFY(busyTeam && otherTeam);
        const QStringList others = fixture.addNewMembers(otherTeam->id, 1, u"Other Member"_s);
        QCOMPARE(others.size(), 1);
        const QString marker = TestServer::uniqueName(u"joiner"_s).toLower();
        const auto joiner = fixture.createUser(u"Joiner %1"_s.arg(marker));
        QVERIFY(joiner);

        ui::TeamsPage page(fixture.context);
        ui::TeamMembersView *view = page.detailPanel()->membersView();
        QSignalSpy changed(view, &ui::TeamMembersView::membersChanged);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        page.openTeam(busyTeam->id);
        QVERIFY(membersLoaded(view, busyTeam->id));

        fixture.emulator()->addFault(
            {.kind = emulator::Fault::Kind::Latency, .pathPattern = u"^/team-memberships"_s, .latencyMs = 500});
        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [&](ui::UserPickerDialog *picker) {
            QTest::keyClicks(picker->searchField(), marker);
            QTRY_VERIFY_WITH_TIMEOUT(picker->usersModel()->filter().search == marker && !picker->usersModel()->isLoading()
                                         && picker->usersModel()->rowCount() == 1,
                                     kUiTimeoutMs);
            clickCheckBox(picker->table(), picker->choiceModel()->index(0, UsersModel::NameColumn));
            QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view->addButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(view->isBusy());
        QVERIFY(!view->addButton()->isEnabled());
        QCOMPARE(changed.count(), 0); // still on its way

        // The other team, before the answer: nothing is being saved for it.
        QVERIFY(clickTeam(page, otherTeam->id));
        QCOMPARE(view->teamId(), otherTeam->id);
        QVERIFY(!view->isBusy());
        QVERIFY(view->addButton()->isEnabled());

        // The answer for the first team arrives: said to the list, not shown here.
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kUiTimeoutMs);
        QCOMPARE(changed.at(0).at(0).toString(), busyTeam->id);
        QVERIFY(fixture.memberIds(busyTeam->id).contains(joiner->id));
        QVERIFY(membersLoaded(view, otherTeam->id));
        QVERIFY(!view->isBusy());
        QVERIFY(view->addButton()->isEnabled());
        QVERIFY2(!view->statusText().contains(u"Added"_s), qPrintable(view->statusText()));

        // Its buttons work: its member removed.
        QTRY_COMPARE(view->model()->rowCount(), 1);
        clickCell(view->table(), 0, UsersModel::EmailColumn);
        QVERIFY(view->removeButton()->isEnabled());
        done = false;
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTest::mouseClick(view->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && fixture.memberIds(otherTeam->id).isEmpty(), kUiTimeoutMs);
        QVERIFY2(view->statusText().contains(u"Removed 1 member(s) from"_s), qPrintable(view->statusText()));
        QVERIFY(view->addButton()->isEnabled());
    }

    // Two teams asked for quickly, the first answered slowly (emulator): the later one stays
    // selected when the slow answer comes.
    void laterOpenTeamWins()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("slows answers down: runs on the emulator only");
        ui::TeamsPage page(fixture.context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        const auto slow = fixture.createTeam(u"Slow Team"_s);
        const auto quick = fixture.createTeam(u"Quick Team"_s);
        const auto slower = fixture.createTeam(u"Slower Team"_s);
        QVERIFY(slow && quick && slower);
        QCOMPARE(page.model()->rowOf(slow->id), -1); // made after the list: loaded by id
        const auto slowDown = [&fixture](const QString &teamId) {
            fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Latency,
                                          .method = u"GET"_s,
                                          .pathPattern = u"^/teams/%1$"_s.arg(teamId),
                                          .latencyMs = 500});
        };

        // Both loaded by id.
        slowDown(slow->id);
        page.openTeam(slow->id);
        page.openTeam(quick->id);
        QTRY_VERIFY_WITH_TIMEOUT(page.currentTeam() && page.currentTeam()->id == quick->id, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(slow->id) >= 0, kUiTimeoutMs); // the slow answer came
        QCOMPARE(page.currentTeam()->id, quick->id);
        QCOMPARE(page.detailPanel()->shownTeamId(), quick->id);
        QVERIFY(!page.errorBanner()->isVisible());

        // The later one listed already, so selected at once.
        slowDown(slower->id);
        page.openTeam(slower->id);
        page.openTeam(slow->id);
        QCOMPARE(page.currentTeam()->id, slow->id);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(slower->id) >= 0, kUiTimeoutMs);
        QCOMPARE(page.currentTeam()->id, slow->id);
        QCOMPARE(page.detailPanel()->shownTeamId(), slow->id);
    }

    void emptyTeamSaysSoAndOffersToAdd()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto team = fixture.createTeam(u"Lonely Team"_s);
        QVERIFY(team);
        ui::TeamsPage page(fixture.context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        page.openTeam(team->id);
        ui::TeamMembersView *view = page.detailPanel()->membersView();
        QVERIFY(membersLoaded(view, team->id));
        QTRY_VERIFY(view->emptyState()->text().contains(u"has no members yet"_s));
        QVERIFY(view->emptyState()->actionButton()->isVisible());
        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [](ui::UserPickerDialog *picker) { picker->reject(); });
        QTest::mouseClick(view->emptyState()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(!view->removeButton()->isEnabled());
        QVERIFY(!view->openButton()->isEnabled());
    }

    // From a member to their page in the Users page, and from the user's teams back to the team
    // (also to a team made after the Teams page had loaded).
    void navigationBothWays()
    {
        const auto server = TestServer::start();
        QVERIFY2(server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        QNetworkAccessManager adminNetwork;
        const auto admin = server->adminClient(&adminNetwork);
        const api::ProjectScope scope = api::ProjectScope::project(server->projectId());
        const auto call = [&](auto request) { return waitForJob(admin->send(std::move(request))); };

        api::teams::NewTeam newTeam;
        newTeam.displayName = TestServer::uniqueName(u"Navigation Team"_s);
        const auto team = call(api::teams::create(scope, newTeam));
        QVERIFY(team);
        api::users::NewUser newUser;
        newUser.primaryEmail = TestServer::uniqueName(u"navigator"_s).toLower() + u"@example.com"_s;
        newUser.primaryEmailVerified = true;
        newUser.displayName = u"Navigator"_s;
        const auto user = call(api::users::create(scope, newUser));
        QVERIFY(user);
        std::optional<api::Team> later;
        const auto cleanUp = qScopeGuard([&] {
            call(api::teams::remove(scope, team->id));
            if (later)
                call(api::teams::remove(scope, later->id));
            call(api::users::remove(scope, user->id));
        });
        QVERIFY(call(api::teams::addMember(scope, team->id, user->id)));

        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = signInDashboard(workspace, server->apiRoot(), server->publishableClientKey(),
                                                          server->email(), server->password());
        QVERIFY2(session->state() == api::ConnectionSession::State::Ready, qPrintable(session->lastError().describe()));
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastArea, u"teams"_s);
        settings.setValue(ui::AppSettings::Key::LastConnectionId, session->connection().id);
        settings.setValue(ui::AppSettings::Key::LastProjectId, server->projectId());
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showPage(window));
        ui::TeamsPage *teams = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (teams = qobject_cast<ui::TeamsPage *>(window.currentPage())) != nullptr; },
                                kUiTimeoutMs));
        QVERIFY(loaded(*teams));
        QCOMPARE(window.projectContext().project.id, server->projectId());

        // A member, double-clicked: the Users page shows that user.
        QTest::keyClicks(teams->filterField(), team->displayName);
        QVERIFY(clickTeam(*teams, team->id));
        ui::TeamMembersView *members = teams->detailPanel()->membersView();
        QVERIFY(membersLoaded(members, team->id));
        QTRY_COMPARE(members->model()->rowCount(), 1);
        doubleClickCell(members->table(), 0, UsersModel::EmailColumn);
        QTRY_COMPARE(window.currentArea(), api::Area::Users);
        auto *users = qobject_cast<ui::UsersPage *>(window.currentPage());
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(users->table()->currentIndex().isValid()
                                     && users->model()->rowAt(users->table()->currentIndex().row())
                                     && users->model()->rowAt(users->table()->currentIndex().row())->id == user->id,
                                 kUiTimeoutMs);
        QCOMPARE(users->detailPanel()->shownUserId(), user->id);

        // The user's teams lead back: a click on the team's name selects it in the Teams page.
        users->detailPanel()->setCurrentTab(ui::UserDetailPanel::Tab::TeamsAndPermissions);
        ui::UserTeamsView *userTeams = users->detailPanel()->teamsView();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*userTeams) && userTeams->model()->rowCount() == 1, kUiTimeoutMs);
        clickCellText(userTeams->table(), 0, models::UserTeamsModel::NameColumn);
        QTRY_COMPARE(window.currentArea(), api::Area::Teams);
        QCOMPARE(window.currentPage(), teams);
        QTRY_VERIFY(teams->currentTeam() && teams->currentTeam()->id == team->id);

        // A team made elsewhere after the list was loaded is loaded by id.
        api::teams::NewTeam laterTeam;
        laterTeam.displayName = TestServer::uniqueName(u"Later Team"_s);
        later = call(api::teams::create(scope, laterTeam));
        QVERIFY(later);
        QVERIFY(call(api::teams::addMember(scope, later->id, user->id)));
        QCOMPARE(teams->model()->rowOf(later->id), -1);
        window.showArea(api::Area::Users);
        userTeams->reload();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*userTeams) && userTeams->model()->rowOf(later->id) >= 0, kUiTimeoutMs);
        clickCellText(userTeams->table(), userTeams->model()->rowOf(later->id), models::UserTeamsModel::NameColumn);
        QTRY_COMPARE(window.currentArea(), api::Area::Teams);
        QTRY_VERIFY_WITH_TIMEOUT(teams->currentTeam() && teams->currentTeam()->id == later->id, kUiTimeoutMs);
        QCOMPARE(teams->detailPanel()->shownTeamId(), later->id);
        QCOMPARE(teams->filterField()->text(), QString()); // the filter would have hidden it
    }

    // The Users page asked for a user it does not list (a search hides them): it looks them up
    // by id, selects them and shows their details.
    void usersPageFindsAUserItDidNotList()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Hidden Hannah"_s);
        QVERIFY(user);
        ui::UsersPage users(fixture.context);
        QVERIFY(showPage(users));
        QTRY_VERIFY_WITH_TIMEOUT(users.isReady() && !users.model()->isLoading(), kUiTimeoutMs);
        QTest::mouseClick(users.searchField(), Qt::LeftButton);
        QTest::keyClicks(users.searchField(), u"zq-nobody-here"_s);
        QTRY_VERIFY_WITH_TIMEOUT(users.model()->filter().search == u"zq-nobody-here"_s && !users.model()->isLoading(),
                                 kUiTimeoutMs);
        QCOMPARE(users.model()->rowCount(), 0);

        users.showUser(*user);
        QCOMPARE(users.detailPanel()->shownUserId(), user->id); // at once, while the list loads
        QTRY_VERIFY_WITH_TIMEOUT(!users.model()->isLoading() && users.table()->currentIndex().isValid(), kUiTimeoutMs);
        QCOMPARE(users.model()->rowAt(users.table()->currentIndex().row())->id, user->id);
        QCOMPARE(users.searchField()->text(), user->id);
        QCOMPARE(users.detailPanel()->shownUserId(), user->id);

        // Asked again while listed: just selected, no new search.
        QTest::mouseClick(users.searchField(), Qt::LeftButton);
        QTest::keyClick(users.searchField(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(users.model()->filter().search.isEmpty() && !users.model()->isLoading(), kUiTimeoutMs);
        if (users.model()->loadedRowOf(user->id) >= 0) {
            users.table()->setCurrentIndex({});
            users.showUser(*user);
            QCOMPARE(users.model()->rowAt(users.table()->currentIndex().row())->id, user->id);
            QVERIFY(users.searchField()->text().isEmpty());
        }
    }

    void serverKeyToo()
    {
        TeamsFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        const auto team = fixture.createTeam(u"Server Key Team"_s);
        QVERIFY(team);
        QCOMPARE(fixture.addNewMembers(team->id, 1).size(), 1);
        ui::TeamsPage page(fixture.context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        QVERIFY(!page.errorBanner()->isVisible());
        QVERIFY(page.newTeamAction()->isEnabled());
        page.openTeam(team->id);
        QTRY_COMPARE(page.detailPanel()->shownTeamId(), team->id);
        ui::TeamMembersView *view = page.detailPanel()->membersView();
        QVERIFY(membersLoaded(view, team->id));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->addButton()->isEnabled());
        QVERIFY(!view->errorBanner()->isVisible());
    }

    void errorInPlaceAndRetry()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::KnownError,
                                      .method = u"GET"_s,
                                      .pathPattern = u"^/teams$"_s,
                                      .count = -1,
                                      .status = 503,
                                      .knownErrorCode = u"SERVICE_UNAVAILABLE"_s,
                                      .message = u"The teams are being moved."_s});
        ui::TeamsPage page(fixture.context);
        QSignalSpy ready(&page, &ui::Page::ready);
        QVERIFY(showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.errorBanner()->isVisible(), kUiTimeoutMs);
        QCOMPARE(ready.count(), 1);
        QVERIFY(page.showsError());
        QVERIFY(showsText(page.errorBanner(), u"being moved"_s));
        QVERIFY(showsText(page.errorBanner(), u"SERVICE_UNAVAILABLE"_s));
        QCOMPARE(page.statusLabel()->text(), u"The teams could not be loaded."_s);
        QVERIFY(page.emptyState()->text().isEmpty()); // not "no teams": we do not know

        fixture.emulator()->clearFaults();
        QPushButton *retry = findButton<QPushButton>(page.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY(page.table()->currentIndex().isValid());
    }

    // A project without teams says so, and offers to make one (emulator: its second project's
    // teams are deleted for the test).
    void noTeamsYet()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("empties a project: runs on the emulator only");
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        const emulator::DemoAccount account = fixture.emulator()->demoAccount();
        api::ConnectionSession *session = signInDashboard(workspace, fixture.server->apiRoot(),
                                                          account.publishableClientKey, account.email, account.password);
        ui::ProjectContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == account.secondProjectId)
                context = {session, project, nullptr};
        }
        QVERIFY(context.isValid());
        bool emptied = false;
        {
            api::Job<api::Page<api::Team>> *job = context.client()->send(api::teams::list(context.scope()));
            const auto teams = waitForJob(job);
            QVERIFY(teams);
            for (const api::Team &team : teams->items)
                QVERIFY(waitForJob(context.client()->send(api::teams::remove(context.scope(), team.id))));
            emptied = true;
        }
        QVERIFY(emptied);

        ui::TeamsPage page(context);
        QVERIFY(showPage(page));
        QVERIFY(loaded(page));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.emptyState()->text().contains(u"No teams yet"_s), qPrintable(page.emptyState()->text()));
        QVERIFY(page.emptyState()->actionButton()->isVisible());
        QCOMPARE(page.statusLabel()->text(), u"0 team(s)"_s);
        QVERIFY(page.detailPanel()->shownTeamId().isEmpty());
        bool done = false;
        onNextModal<ui::TeamDialog>(this, &done, [](ui::TeamDialog *dialog) {
            QVERIFY(!dialog->isEditing());
            dialog->reject();
        });
        QTest::mouseClick(page.emptyState()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamsPage)
#include "tst_TeamsPage.moc"
