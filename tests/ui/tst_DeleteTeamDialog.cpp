// DeleteTeamDialog driven like a person: it says how many members lose access (the count the
// list knew, or counted by the dialog itself; "more than" past one page), Delete stays disabled
// until the team's name is typed exactly, and deleting removes the team on the server (its
// members stay users). A failure is shown in place and the dialog stays. Runs on a live server
// too (fault injection on the emulator only).

#include "TeamTestHelpers.h"
#include "UserDialogTesting.h"

#include "TeamMemberCounts.h"
#include "dialogs/DeleteTeamDialog.h"
#include "widgets/ErrorBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Count = models::TeamMemberCounts::Count;

Count knownCount(int members, bool atLeast = false)
{
    Count count;
    count.state = Count::State::Known;
    count.members = members;
    count.atLeast = atLeast;
    return count;
}

} // namespace

class TestDeleteTeamDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedNameDeletes()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto team = fixture.createTeam(u"Doomed Team"_s);
        QVERIFY(team);
        const QStringList members = fixture.addNewMembers(team->id, 2);
        QCOMPARE(members.size(), 2);

        // The list had not counted the members: the dialog counts them.
        ui::DeleteTeamDialog dialog(fixture.context, *team);
        QSignalSpy deleted(&dialog, &ui::DeleteTeamDialog::deleted);
        QVERIFY(showDialog(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.explanation()->text().contains(u"Its 2 member(s) lose access"_s), kUiTimeoutMs);
        QVERIFY(dialog.explanation()->text().contains(team->displayName));
        QVERIFY(dialog.explanation()->text().contains(u"cannot be undone"_s));
        QCOMPARE(dialog.confirmationText(), team->displayName);
        QCOMPARE(QApplication::focusWidget(), dialog.confirmationField());

        // Almost the name: still disabled; Enter does nothing.
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClicks(dialog.confirmationField(), team->displayName.left(team->displayName.size() - 1));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClick(dialog.confirmationField(), Qt::Key_Return);
        QTest::qWait(100);
        QCOMPARE(deleted.count(), 0);
        QVERIFY(fixture.team(team->id));
        // In another case: still not the name.
        dialog.confirmationField()->clear();
        QTest::keyClicks(dialog.confirmationField(), team->displayName.toUpper());
        QVERIFY(!dialog.deleteButton()->isEnabled());

        dialog.confirmationField()->clear();
        QTest::keyClicks(dialog.confirmationField(), team->displayName);
        QVERIFY(dialog.deleteButton()->isEnabled());
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kUiTimeoutMs);
        QCOMPARE(deleted.at(0).at(0).toString(), team->id);
        QVERIFY(!dialog.isVisible());

        QString error;
        QVERIFY(!fixture.team(team->id, &error));
        QVERIFY2(error.contains(u"TEAM_NOT_FOUND"_s), qPrintable(error));
        for (const QString &member : members) // the users stay
            QVERIFY(fixture.run(api::users::get(fixture.context.scope(), member)));
    }

    void countsAsTheListKnewThem_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<bool>("atLeast");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << false << u"nobody loses access"_s;
        QTest::newRow("some") << 7 << false << u"Its 7 member(s) lose access"_s;
        QTest::newRow("many") << 100 << true << u"More than 100 member(s) lose access"_s;
    }

    void countsAsTheListKnewThem()
    {
        QFETCH(int, members);
        QFETCH(bool, atLeast);
        QFETCH(QString, expected);
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        api::Team team;
        team.id = u"00000000-0000-4000-8000-00000000abcd"_s;
        team.displayName = u"Counted"_s;
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        ui::DeleteTeamDialog dialog(fixture.context, team, knownCount(members, atLeast));
        QVERIFY2(dialog.explanation()->text().contains(expected), qPrintable(dialog.explanation()->text()));
        if (emulator::Emulator *emulator = fixture.emulator()) {
            QTest::qWait(50);
            QCOMPARE(emulator->recordedRequests().size(), 0); // nothing counted again
        }
    }

    void noNameMeansTheId()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        api::Team team;
        team.id = u"00000000-0000-4000-8000-00000000abcd"_s;
        ui::DeleteTeamDialog dialog(fixture.context, team, knownCount(0));
        QCOMPARE(dialog.confirmationText(), team.id);
        QTest::keyClicks(dialog.confirmationField(), team.id);
        QVERIFY(dialog.deleteButton()->isEnabled());
    }

    void failureIsShownInPlace()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        const auto team = fixture.createTeam(u"Sticky Team"_s);
        QVERIFY(team);
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status,
                                      .method = u"DELETE"_s,
                                      .pathPattern = u"^/teams/"_s,
                                      .count = 5,
                                      .status = 500,
                                      .message = u"The team is glued down"_s});
        ui::DeleteTeamDialog dialog(fixture.context, *team, knownCount(0));
        QSignalSpy deleted(&dialog, &ui::DeleteTeamDialog::deleted);
        QVERIFY(showDialog(&dialog));
        QTest::keyClicks(dialog.confirmationField(), team->displayName);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY(showsText(dialog.errorBanner(), u"glued down"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(deleted.count(), 0);
        QVERIFY(dialog.deleteButton()->isEnabled()); // can try again
        QVERIFY(fixture.team(team->id));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestDeleteTeamDialog)
#include "tst_DeleteTeamDialog.moc"
