// TeamMemberPermissionsView against the TestServer: a new member's team permissions (the
// project's default for members, and what it contains marked inherited); granting a system
// permission ($…) chosen from the team's definitions, revoking a direct grant with the Delete key
// after confirming — each checked on the server — the same user in another team shown afresh;
// and light and dark screenshots.

#include "ScratchTeamFixture.h"

#include "UserPermissionsModel.h"
#include "endpoints/PermissionsEndpoints.h"
#include "pages/teams/TeamMemberPermissionsView.h"

#include <QComboBox>
#include <QInputDialog>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserPermissionsModel;

QStringList grantsOnServer(UserViewFixture &fixture, const QString &teamId, const QString &userId, bool recursive)
{
    QStringList ids;
    if (const auto page = fixture.run(api::permissions::ofTeamMember(fixture.context.scope(), teamId, userId, recursive))) {
        for (const api::PermissionGrant &grant : page->items)
            ids << grant.id;
    }
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

QStringList rowIds(const UserPermissionsModel &model, bool direct)
{
    QStringList ids;
    for (const models::UserPermission &permission : model.rows()) {
        if (permission.isDirect == direct)
            ids << permission.id;
    }
    ids.sort();
    return ids;
}

// Picks the item whose id is `id` in the grant dialog's list and confirms.
void chooseInGrantDialog(QInputDialog *dialog, const QString &id, QStringList *offered)
{
    auto *choices = dialog->findChild<QComboBox *>();
    QVERIFY(choices);
    QVERIFY(!choices->isEditable());
    int index = -1;
    for (int i = 0; i < choices->count(); ++i) {
        const QString itemId = choices->itemText(i).section(u" — "_s, 0, 0);
        *offered << itemId;
        if (itemId == id)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(offered->join(u", "_s)));
    choices->setCurrentIndex(index);
    QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
}

} // namespace

class TestTeamMemberPermissionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void grantSystemPermissionAndRevoke()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(u"Member Mia"_s, {}, &error);
        QVERIFY2(user, qPrintable(error));
        ScratchTeam team(fixture, u"Permissions"_s, &error);
        QVERIFY2(team, qPrintable(error));
        QVERIFY2(fixture.run(api::teams::addMember(fixture.context.scope(), team.id(), user->id), &error), qPrintable(error));
        const QStringList directBefore = grantsOnServer(fixture, team.id(), user->id, false);
        const QStringList allBefore = grantsOnServer(fixture, team.id(), user->id, true);

        ui::TeamMemberPermissionsView view(fixture.context);
        QVERIFY(showView(view));
        view.setMember(team.id(), *user);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.state(), ui::SubjectDataView::State::Loaded);
        QCOMPARE(view.shownTeamId(), team.id());
        // The member's default grants, and what they contain as inherited.
        QCOMPARE(rowIds(*view.model(), true), directBefore);
        QStringList inheritedBefore = allBefore;
        for (const QString &id : directBefore)
            inheritedBefore.removeAll(id);
        QCOMPARE(rowIds(*view.model(), false), inheritedBefore);
        QVERIFY(view.grantButton()->isEnabled());

        // Grant a system permission the member does not hold, chosen from the team's definitions.
        const QString systemPermission = u"$update_team"_s;
        QVERIFY(!allBefore.contains(systemPermission));
        bool done = false;
        QStringList offered;
        onNextModal<QInputDialog>(this, &done, [&systemPermission, &offered](QInputDialog *dialog) {
            chooseInGrantDialog(dialog, systemPermission, &offered);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        for (const QString &held : directBefore)
            QVERIFY2(!offered.contains(held), qPrintable(held)); // what is held directly is not offered
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowOf(systemPermission) >= 0, kUiTimeoutMs);
        QVERIFY2(view.statusText().contains(systemPermission + u" granted"_s), qPrintable(view.statusText()));
        QVERIFY(grantsOnServer(fixture, team.id(), user->id, false).contains(systemPermission));
        QVERIFY(view.model()->rowAt(view.model()->rowOf(systemPermission))->isDirect);
        QVERIFY(!view.model()->index(view.model()->rowOf(systemPermission), UserPermissionsModel::DescriptionColumn)
                     .data()
                     .toString()
                     .isEmpty()); // described by the team's definitions

        // Revoke it again with the Delete key, after confirming.
        done = false;
        QVERIFY(pressDeleteOnRow(view.table(), view.model()->rowOf(systemPermission), UserPermissionsModel::PermissionColumn));
        answerNextMessageBox(this, &done, u"Revoke"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowOf(systemPermission) < 0, kUiTimeoutMs);
        QVERIFY(view.statusText().contains(u"revoked"_s));
        QCOMPARE(grantsOnServer(fixture, team.id(), user->id, false), directBefore);

        // An inherited one cannot be revoked here.
        if (!inheritedBefore.isEmpty()) {
            clickCell(view.table(), view.model()->rowOf(inheritedBefore.first()), UserPermissionsModel::PermissionColumn);
            QVERIFY(!view.revokeButton()->isEnabled());
            QVERIFY(view.revokeButton()->toolTip().contains(u"inherited"_s));
        }
    }

    // The same user in another team holds other permissions: they are loaded afresh.
    void anotherTeamIsLoadedAfresh()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(u"Two Teams Theo"_s, {}, &error);
        QVERIFY2(user, qPrintable(error));
        ScratchTeam first(fixture, u"First"_s, &error);
        ScratchTeam second(fixture, u"Second"_s, &error);
        QVERIFY2(first && second, qPrintable(error));
        const api::ProjectScope scope = fixture.context.scope();
        QVERIFY(fixture.run(api::teams::addMember(scope, first.id(), user->id)));
        QVERIFY(fixture.run(api::teams::addMember(scope, second.id(), user->id)));
        QVERIFY(fixture.run(api::permissions::grantInTeam(scope, first.id(), user->id, u"$update_team"_s)));

        ui::TeamMemberPermissionsView view(fixture.context);
        QVERIFY(showView(view));
        view.setMember(first.id(), *user);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowOf(u"$update_team"_s) >= 0, kUiTimeoutMs);
        view.setMember(second.id(), *user);
        QCOMPARE(view.shownTeamId(), second.id());
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.model()->rowOf(u"$update_team"_s), -1);
        QCOMPARE(rowIds(*view.model(), true), grantsOnServer(fixture, second.id(), user->id, false));

        // Not shown: nothing is loaded until it is.
        view.hide();
        view.clearMember();
        QCOMPARE(view.state(), ui::SubjectDataView::State::NoSubject);
        view.setMember(first.id(), *user);
        QCOMPARE(view.state(), ui::SubjectDataView::State::NotLoaded);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowOf(u"$update_team"_s) >= 0, kUiTimeoutMs);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(u"Gallery Member"_s, {}, &error);
        QVERIFY2(user, qPrintable(error));
        ScratchTeam team(fixture, u"Gallery"_s, &error);
        QVERIFY2(team, qPrintable(error));
        const api::ProjectScope scope = fixture.context.scope();
        QVERIFY(fixture.run(api::teams::addMember(scope, team.id(), user->id)));
        QVERIFY(fixture.run(api::permissions::grantInTeam(scope, team.id(), user->id, u"$update_team"_s)));

        ui::TeamMemberPermissionsView view(fixture.context);
        QVERIFY(showView(view, {640, 300}));
        view.setMember(team.id(), *user);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() >= 2, kUiTimeoutMs);
        clickCell(view.table(), 0, 0);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&view, u"team-member-permissions"_s + (dark ? u"-dark"_s : QString())));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamMemberPermissionsView)
#include "tst_TeamMemberPermissionsView.moc"
