// UserTeamsView against the TestServer: the teams a user belongs to, a click on a team's name
// (and Enter, and "Open team") asking for that team's page, and removing the user from a team
// after confirming, with the button or the Delete key — checked on the server.

#include "UserViewTestHelpers.h"

#include "UserTeamsModel.h"
#include "endpoints/TeamsEndpoints.h"
#include "pages/users/detail/UserTeamsView.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserTeamsModel;

QStringList teamIdsOf(UserViewFixture &fixture, const QString &userId)
{
    QStringList ids;
    if (const auto page = fixture.run(api::teams::list(fixture.context.scope(), userId))) {
        for (const api::Team &team : page->items)
            ids << team.id;
    }
    ids.sort();
    return ids;
}

// Teams to put a user in: the project's first two (a live project needs two teams).
QList<api::Team> someTeams(UserViewFixture &fixture)
{
    QList<api::Team> teams;
    if (const auto page = fixture.run(api::teams::list(fixture.context.scope())))
        teams = page->items.mid(0, 2);
    return teams;
}

// Clicks on the text of a cell (where a link is drawn), not on the empty space after it.
void clickCellText(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect cell = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 12, cell.center().y()));
}

} // namespace

class TestUserTeamsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamsLinkToTheirPageAndRemove()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QList<api::Team> teams = someTeams(fixture);
        QVERIFY2(teams.size() == 2, "the test project needs two teams");
        const auto user = fixture.createUser(u"Team Tina"_s);
        QVERIFY(user);
        for (const api::Team &team : teams)
            QVERIFY(fixture.run(api::teams::addMember(fixture.context.scope(), team.id, user->id)));

        ui::UserTeamsView view(fixture.context);
        QVERIFY(showView(view));
        view.setUser(*user);
        view.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.model()->rowCount(), 2);
        QStringList shown;
        for (const api::Team &team : view.model()->rows())
            shown << team.id;
        shown.sort();
        QCOMPARE(shown, teamIdsOf(fixture, user->id));

        // A click on the name asks for the team's page.
        QSignalSpy open(&view, &ui::UserTeamsView::openTeamRequested);
        clickCellText(view.table(), 1, UserTeamsModel::NameColumn);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), view.model()->rowAt(1)->id);
        // A click elsewhere in the row only selects it.
        clickCell(view.table(), 0, UserTeamsModel::CreatedColumn);
        QCOMPARE(open.count(), 1);
        QCOMPARE(view.table()->currentIndex().row(), 0);
        // "Open team" and Enter open the selected one.
        QTest::mouseClick(view.openButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toString(), view.model()->rowAt(0)->id);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(open.count(), 3);

        // Remove from the selected team, after confirming.
        const QString leaving = view.model()->rowAt(0)->id;
        QSignalSpy userChanged(&view, &ui::UserDataView::userChanged);
        bool done = false;
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTest::mouseClick(view.removeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY(!teamIdsOf(fixture, user->id).contains(leaving));
        QCOMPARE(view.model()->rowOf(leaving), -1);
        QCOMPARE(userChanged.count(), 1);
        QVERIFY(view.statusText().startsWith(u"Removed from "_s));

        // And from the other with the Delete key in the list.
        const QString alsoLeaving = view.model()->rowAt(0)->id;
        done = false;
        QVERIFY(pressDeleteOnRow(view.table(), 0, UserTeamsModel::CreatedColumn));
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 0, kUiTimeoutMs);
        QVERIFY(!teamIdsOf(fixture, user->id).contains(alsoLeaving));
        QCOMPARE(userChanged.count(), 2);
    }

    void noTeams()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Loner Lou"_s);
        QVERIFY(user);
        ui::UserTeamsView view(fixture.context);
        QVERIFY(showView(view));
        view.setUser(*user);
        view.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QVERIFY(view.placeholderText().contains(u"Not a member of any team"_s));
        QVERIFY(!view.openButton()->isEnabled());
        QVERIFY(!view.removeButton()->isEnabled());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserTeamsView)
#include "tst_UserTeamsView.moc"
