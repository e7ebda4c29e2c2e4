// UserDetailPanel against the TestServer: the profile tab reading country, risk scores,
// restriction, times and metadata for people; each tab loading only when first shown for the
// selected user (and again for another user, or on demand — never for a mere row refresh);
// the tabs' requests to open a team or refresh a user's row passed on; and the Delete key acting
// on the list it is pressed in.

#include "UserViewTestHelpers.h"

#include "TimeText.h"
#include "UserPermissionsModel.h"
#include "UserTeamsModel.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "OwnedApiKeysModel.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "pages/apikeys/OwnedApiKeysView.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/detail/ContactChannelsTab.h"
#include "pages/users/detail/OAuthProvidersTab.h"
#include "pages/users/detail/ProfileTab.h"
#include "pages/users/detail/RiskScoreBar.h"
#include "pages/users/detail/SessionsTab.h"
#include "pages/users/detail/UserPermissionsView.h"
#include "pages/users/detail/UserTeamsView.h"

#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using State = ui::UserDataView::State;
using Tab = ui::UserDetailPanel::Tab;

// GET requests the emulator received for `path` (below /api/v1) and this user.
int requestsFor(const UserViewFixture &fixture, const QString &path, const QString &userId)
{
    int count = 0;
    for (const emulator::RecordedRequest &request : fixture.emulator()->recordedRequests())
        count += request.method == u"GET" && request.path == path && request.query.contains(userId);
    return count;
}

void clickTab(ui::UserDetailPanel &panel, Tab tab)
{
    QTabBar *bar = panel.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(tab)).center());
}

ui::RiskScoreBar *riskBar(const ui::UserDetailPanel &panel, const QString &name)
{
    const auto bars = panel.findChildren<ui::RiskScoreBar *>();
    for (ui::RiskScoreBar *bar : bars) {
        if (bar->accessibleName() == name)
            return bar;
    }
    return nullptr;
}

} // namespace

class TestUserDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void profileReadsForPeople()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(
            u"Profile Paula"_s,
            QJsonObject{{u"country_code"_s, u"DE"_s},
                        {u"risk_scores"_s, QJsonObject{{u"sign_up"_s, QJsonObject{{u"bot"_s, 12}, {u"free_trial_abuse"_s, 87}}}}},
                        {u"restricted_by_admin"_s, true},
                        {u"restricted_by_admin_reason"_s, u"Chargeback under review"_s},
                        {u"restricted_by_admin_private_details"_s, u"Ticket 4711"_s},
                        {u"client_metadata"_s, QJsonObject{{u"plan"_s, u"pro"_s}}}},
            &error);
        QVERIFY2(user, qPrintable(error));

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {520, 900}));
        panel.showUser(*user);
        QCOMPARE(panel.currentTab(), Tab::Profile);
        QVERIFY(showsText(&panel, u"Profile Paula"_s));
        QVERIFY2(showsText(panel.profileTab(), u"Germany (DE)"_s), qPrintable(visibleLabelTexts(panel.profileTab()).join(u" | ")));
        QCOMPARE(riskBar(panel, u"Bot risk"_s)->text(), u"Low (12)"_s);
        QCOMPARE(riskBar(panel, u"Free-trial abuse risk"_s)->text(), u"High (87)"_s);
        QVERIFY(riskBar(panel, u"Bot risk"_s)->isVisible());
        // The demo project requires verified emails, which the server names first.
        QVERIFY(showsText(panel.profileTab(), u"Yes — by an administrator"_s)
                || showsText(panel.profileTab(), u"Also restricted by an administrator"_s));
        QVERIFY(showsText(panel.profileTab(), u"Reason shown to the user: Chargeback under review"_s));
        QVERIFY(showsText(panel.profileTab(), u"Private details: Ticket 4711"_s));
        QVERIFY(showsText(panel.profileTab(), u"\"plan\": \"pro\""_s)); // pretty-printed
        // Sign-up time: relative, then the date; the full date and time as a tooltip.
        const QString signedUp = ui::ProfileTab::whenText(user->signedUpAtMillis, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(showsText(panel.profileTab(), signedUp));
        QVERIFY(signedUp.startsWith(u"just now · "_s));
        bool tooltipFound = false;
        for (const QLabel *label : panel.profileTab()->findChildren<QLabel *>())
            tooltipFound |= label->text() == signedUp && label->toolTip() == models::absoluteTime(user->signedUpAtMillis);
        QVERIFY(tooltipFound);
    }

    void unscoredUser()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Unscored Uma"_s);
        QVERIFY(user);
        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {520, 900}));
        panel.showUser(*user);
        if (!user->signUpRiskScores) {
            QVERIFY(showsText(panel.profileTab(), u"Not scored"_s));
            QVERIFY(!riskBar(panel, u"Bot risk"_s)->isVisible());
        }
        QVERIFY(showsText(panel.profileTab(), user->countryCode ? *user->countryCode : u"Unknown"_s));
    }

    void tabsLoadWhenFirstShown()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("counts the requests the emulator received");
        const auto first = fixture.createUser(u"Lazy Lena"_s);
        const auto second = fixture.createUser(u"Lazy Leo"_s);
        QVERIFY(first && second);
        fixture.emulator()->clearRecordedRequests();

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel));
        panel.showUser(*first);
        QTest::qWait(50);
        QCOMPARE(requestsFor(fixture, u"/auth/sessions"_s, first->id), 0); // the profile needs nothing
        QCOMPARE(panel.sessionsTab()->state(), State::NotLoaded);

        clickTab(panel, Tab::Sessions);
        QCOMPARE(panel.currentTab(), Tab::Sessions);
        QTRY_COMPARE_WITH_TIMEOUT(panel.sessionsTab()->state(), State::Loaded, kUiTimeoutMs);
        QCOMPARE(requestsFor(fixture, u"/auth/sessions"_s, first->id), 1);
        QCOMPARE(panel.contactChannelsTab()->state(), State::NotLoaded);
        QCOMPARE(requestsFor(fixture, u"/contact-channels"_s, first->id), 0);

        // Both halves of the teams tab load with it.
        clickTab(panel, Tab::TeamsAndPermissions);
        QTRY_VERIFY_WITH_TIMEOUT(panel.teamsView()->state() == State::Loaded && panel.permissionsView()->state() == State::Loaded,
                                 kUiTimeoutMs);
        QCOMPARE(requestsFor(fixture, u"/teams"_s, first->id), 1);
        QCOMPARE(requestsFor(fixture, u"/project-permissions"_s, first->id), 2); // direct and recursive

        // Back to a loaded tab: nothing asked again; the same user's row refreshed: neither.
        clickTab(panel, Tab::Sessions);
        panel.showUser(*first);
        QTest::qWait(50);
        QCOMPARE(requestsFor(fixture, u"/auth/sessions"_s, first->id), 1);

        // Another user: the shown tab loads for them at once, the others when shown.
        panel.showUser(*second);
        QCOMPARE(panel.sessionsTab()->userId(), second->id);
        QTRY_COMPARE_WITH_TIMEOUT(panel.sessionsTab()->state(), State::Loaded, kUiTimeoutMs);
        QCOMPARE(requestsFor(fixture, u"/auth/sessions"_s, second->id), 1);
        QCOMPARE(panel.teamsView()->state(), State::NotLoaded);
        QCOMPARE(panel.teamsView()->userId(), second->id);
        QCOMPARE(panel.teamsView()->model()->rowCount(), 0); // the first user's teams are gone

        // On demand: the Reload button of the tab.
        QToolButton *reload = nullptr;
        for (QToolButton *button : panel.sessionsTab()->findChildren<QToolButton *>()) {
            if (button->accessibleName() == u"Reload")
                reload = button;
        }
        QVERIFY(reload);
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(requestsFor(fixture, u"/auth/sessions"_s, second->id), 2, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(panel.sessionsTab()->state(), State::Loaded, kUiTimeoutMs);

        // No user: the placeholder, and the tabs forget.
        panel.clear();
        QVERIFY(showsText(&panel, u"Select a user to see their details."_s));
        QCOMPARE(panel.sessionsTab()->state(), State::NoSubject);
        QCOMPARE(panel.shownUserId(), QString());
    }

    // The API keys tab: the user's own keys, loaded when the tab is first shown for the user,
    // and again for another user while it is shown.
    void apiKeysTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto first = fixture.createUser(u"Keyed Kora"_s);
        const auto second = fixture.createUser(u"Keyless Kurt"_s);
        QVERIFY(first && second);
        api::apiKeys::NewOwnedApiKey key;
        key.owner = {api::ApiKeyOwnerKind::User, first->id};
        key.description = u"Panel key"_s;
        QVERIFY(fixture.run(api::apiKeys::createOwnedKey(fixture.context.scope(), key)));
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel));
        panel.showUser(*first);
        QTest::qWait(50);
        ui::OwnedApiKeysView *keys = panel.apiKeysView();
        QCOMPARE(keys->ownerKind(), api::ApiKeyOwnerKind::User);
        QCOMPARE(keys->state(), State::NotLoaded);
        QCOMPARE(panel.tabs()->tabText(int(Tab::ApiKeys)), u"API keys"_s);
        if (fixture.emulator())
            QCOMPARE(requestsFor(fixture, u"/user-api-keys"_s, first->id), 0);

        clickTab(panel, Tab::ApiKeys);
        QCOMPARE(panel.currentTab(), Tab::ApiKeys);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*keys), kUiTimeoutMs);
        QCOMPARE(keys->state(), State::Loaded);
        QCOMPARE(keys->subjectId(), first->id);
        QCOMPARE(keys->model()->rowCount(), 1);
        QCOMPARE(keys->model()->index(0, models::OwnedApiKeysModel::DescriptionColumn).data().toString(), u"Panel key"_s);
        QVERIFY(keys->createButton()->isEnabled());

        panel.showUser(*second);
        QCOMPARE(keys->subjectId(), second->id);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*keys), kUiTimeoutMs);
        QCOMPARE(keys->model()->rowCount(), 0);
        if (fixture.emulator()) {
            QCOMPARE(requestsFor(fixture, u"/user-api-keys"_s, first->id), 1);
            QCOMPARE(requestsFor(fixture, u"/user-api-keys"_s, second->id), 1);
        }
        panel.clear();
        QCOMPARE(keys->state(), State::NoSubject);
    }

    void passesOnTeamAndRowRequests()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto teams = fixture.run(api::teams::list(fixture.context.scope()));
        QVERIFY2(teams && !teams->items.isEmpty(), "the test project needs a team");
        const auto user = fixture.createUser(u"Signal Sid"_s);
        QVERIFY(user);
        const api::Team team = teams->items.first();
        QVERIFY(fixture.run(api::teams::addMember(fixture.context.scope(), team.id, user->id)));

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel));
        QSignalSpy openTeam(&panel, &ui::UserDetailPanel::openTeamRequested);
        QSignalSpy userChanged(&panel, &ui::UserDetailPanel::userChanged);
        panel.showUser(*user);
        clickTab(panel, Tab::TeamsAndPermissions);
        ui::UserTeamsView *teamsView = panel.teamsView();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*teamsView), kUiTimeoutMs);
        const int row = teamsView->model()->rowOf(team.id);
        QVERIFY(row >= 0);

        const QRect cell = teamsView->table()->visualRect(teamsView->model()->index(row, models::UserTeamsModel::NameColumn));
        QTest::mouseClick(teamsView->table()->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 12, cell.center().y()));
        QCOMPARE(openTeam.count(), 1);
        QCOMPARE(openTeam.at(0).at(0).toString(), team.id);

        bool done = false;
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTest::mouseClick(teamsView->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(userChanged.count(), 1, kUiTimeoutMs);
        QCOMPARE(userChanged.at(0).at(0).toString(), user->id);
    }

    // The Teams tab holds two lists: Delete acts on the one it is pressed in, and nothing else.
    void deleteKeyActsOnTheListItIsPressedIn()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto teams = fixture.run(api::teams::list(fixture.context.scope()));
        QVERIFY2(teams && !teams->items.isEmpty(), "the test project needs a team");
        const auto definitions = fixture.run(api::permissions::projectDefinitions(fixture.context.scope()));
        QVERIFY(definitions);
        QString permissionId;
        for (const api::PermissionDefinition &definition : definitions->items) {
            if (!definition.isSystem() && permissionId.isEmpty())
                permissionId = definition.id;
        }
        QVERIFY2(!permissionId.isEmpty(), "the test project needs a permission");
        const auto user = fixture.createUser(u"Keyboard Kim"_s);
        QVERIFY(user);
        const QString teamId = teams->items.first().id;
        QVERIFY(fixture.run(api::teams::addMember(fixture.context.scope(), teamId, user->id)));
        QVERIFY(fixture.run(api::permissions::grant(fixture.context.scope(), user->id, permissionId)));

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {760, 700}));
        panel.showUser(*user);
        clickTab(panel, Tab::TeamsAndPermissions);
        ui::UserPermissionsView *permissions = panel.permissionsView();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*panel.teamsView()) && settled(*permissions), kUiTimeoutMs);
        QVERIFY(panel.teamsView()->model()->rowOf(teamId) >= 0);
        const int row = permissions->model()->rowOf(permissionId);
        QVERIFY(row >= 0);

        QVERIFY(pressDeleteOnRow(permissions->table(), row, models::UserPermissionsModel::PermissionColumn));
        bool done = false;
        QString asked;
        onNextModal<QMessageBox>(this, &done, [&asked](QMessageBox *box) {
            asked = box->windowTitle();
            QTest::mouseClick(findButton<QPushButton>(box, u"Revoke"_s), Qt::LeftButton);
        });
        QTRY_VERIFY(done);
        QCOMPARE(asked, u"Revoke permission"_s);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*permissions) && permissions->model()->rowOf(permissionId) < 0, kUiTimeoutMs);
        const auto granted = fixture.run(api::permissions::ofUser(fixture.context.scope(), user->id));
        QVERIFY(granted && granted->items.isEmpty());
        // The team stays.
        const auto memberOf = fixture.run(api::teams::list(fixture.context.scope(), user->id));
        QVERIFY(memberOf && memberOf->items.size() == 1);
        QVERIFY(panel.teamsView()->model()->rowOf(teamId) >= 0);
        QVERIFY(!panel.teamsView()->isBusy());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserDetailPanel)
#include "tst_UserDetailPanel.moc"
