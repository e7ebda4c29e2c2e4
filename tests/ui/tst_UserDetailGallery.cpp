// The user view as a person sees it, each state checked for what must be on screen: every tab
// of a user with much to show (long addresses, many sessions, OAuth accounts, teams,
// permissions) in the light and the dark palette, the view inside the users page, an empty tab
// and a tab whose list failed to load. With HEXCLAVE_SCREENSHOT_DIR set, every state is also
// saved as a PNG there, for people to look at.

#include "UserViewTestHelpers.h"

#include "ContactChannelsModel.h"
#include "MainWindow.h"
#include "OAuthProvidersModel.h"
#include "UserSessionsModel.h"
#include "UsersModel.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/ContactChannelsEndpoints.h"
#include "endpoints/OAuthProvidersEndpoints.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/SessionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "pages/apikeys/OwnedApiKeysView.h"
#include "pages/users/UserDetailPanel.h"
#include "pages/users/UsersPage.h"
#include "pages/users/detail/ContactChannelsTab.h"
#include "pages/users/detail/OAuthProvidersTab.h"
#include "pages/users/detail/SessionsTab.h"
#include "pages/users/detail/UserPermissionsView.h"
#include "pages/users/detail/UserTeamsView.h"
#include "widgets/ErrorBanner.h"

#include <QDir>
#include <QLineEdit>
#include <QSplitter>
#include <QStyleFactory>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Tab = ui::UserDetailPanel::Tab;


struct TabShot
{
    Tab tab;
    QString name;
};

const TabShot tabShots[] = {
    {Tab::Profile, u"profile"_s},
    {Tab::Sessions, u"sessions"_s},
    {Tab::ContactChannels, u"emails"_s},
    {Tab::OAuthProviders, u"oauth"_s},
    {Tab::TeamsAndPermissions, u"teams"_s},
    {Tab::ApiKeys, u"api-keys"_s},
};

QList<ui::SubjectDataView *> viewsOf(ui::UserDetailPanel &panel, Tab tab)
{
    switch (tab) {
    case Tab::Sessions: return {panel.sessionsTab()};
    case Tab::ContactChannels: return {panel.contactChannelsTab()};
    case Tab::OAuthProviders: return {panel.oauthProvidersTab()};
    case Tab::TeamsAndPermissions: return {panel.teamsView(), panel.permissionsView()};
    case Tab::ApiKeys: return {panel.apiKeysView()};
    case Tab::Profile: break;
    }
    return {};
}

bool allSettled(ui::UserDetailPanel &panel, Tab tab)
{
    const QList<ui::SubjectDataView *> views = viewsOf(panel, tab);
    return std::all_of(views.cbegin(), views.cend(), [](const ui::SubjectDataView *view) { return settled(*view); });
}

} // namespace

class TestUserDetailGallery : public QObject
{
    Q_OBJECT

private:
    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(50); // the layouts settle (they update on posted events)
        const QPixmap picture = widget->grab();
        QVERIFY(!picture.isNull());
        if (m_directory.isEmpty())
            return;
        QVERIFY2(picture.save(QDir(m_directory).filePath(name + u".png"_s)), qPrintable(name));
    }

    // A user with something in every tab, and much of it long.
    static std::optional<api::User> richUser(UserViewFixture &fixture, QString *error)
    {
        const QString token = TestServer::uniqueName(u"g"_s).section(u'-', 2);
        const QString email = u"maximilian.featherstonehaugh-worthington."_s + token + u"@research.enterprise-example.co.uk"_s;
        QJsonArray providers;
        providers.append(QJsonObject{{u"id"_s, u"github"_s}, {u"account_id"_s, u"58213907"_s}, {u"email"_s, email}});
        providers.append(QJsonObject{{u"id"_s, u"google"_s}, {u"account_id"_s, u"108344219734501726618"_s},
                                     {u"email"_s, QString(u"max.fw."_s + token + u"@gmail.com"_s)}});
        const QJsonObject fields{
            {u"primary_email"_s, email},
            {u"primary_email_verified"_s, true},
            {u"country_code"_s, u"GB"_s},
            {u"risk_scores"_s, QJsonObject{{u"sign_up"_s, QJsonObject{{u"bot"_s, 12}, {u"free_trial_abuse"_s, 71}}}}},
            {u"restricted_by_admin"_s, true},
            {u"restricted_by_admin_reason"_s, u"Your account is under review after a payment dispute."_s},
            {u"restricted_by_admin_private_details"_s, u"Chargeback CB-20931 opened by the card issuer; see ticket #4711."_s},
            {u"client_metadata"_s, QJsonObject{{u"theme"_s, u"dark"_s}, {u"onboarding"_s, QJsonObject{{u"step"_s, 3}, {u"done"_s, false}}}}},
            {u"server_metadata"_s, QJsonObject{{u"crm_id"_s, u"0017Q00000abcXYZ"_s}, {u"plan"_s, u"enterprise"_s}}},
            {u"oauth_providers"_s, providers},
        };
        std::optional<api::User> user = fixture.createUser(u"Maximilian Featherstonehaugh-Worthington"_s, fields, error);
        if (!user)
            return user;
        const api::ProjectScope scope = fixture.context.scope();
        for (int i = 0; i < 9; ++i)
            fixture.run(api::sessions::impersonate(scope, user->id, qint64(i + 1) * 3600 * 1000));
        const QStringList others = {u"m.featherstonehaugh-worthington."_s + token + u"@old-university-alumni-mail.example.edu"_s,
                                    u"billing+"_s + token + u"@featherstonehaugh-worthington-consulting.example.com"_s};
        for (const QString &other : others) {
            api::contactChannels::NewContactChannel channel;
            channel.userId = user->id;
            channel.value = other;
            channel.usedForAuth = other.startsWith(u"billing");
            channel.isVerified = channel.usedForAuth;
            fixture.run(api::contactChannels::create(scope, channel));
        }
        // One unticked box, to see that it shows.
        if (const auto links = fixture.run(api::oauthProviders::list(scope, user->id))) {
            for (const api::OAuthProvider &link : links->items) {
                if (link.type == u"google")
                    fixture.run(api::oauthProviders::update(scope, user->id, link.id, {.allowSignIn = {}, .allowConnectedAccounts = false}));
            }
        }
        if (const auto teams = fixture.run(api::teams::list(scope))) {
            for (const api::Team &team : teams->items.mid(0, 3))
                fixture.run(api::teams::addMember(scope, team.id, user->id));
        }
        for (const QString &description : {u"Nightly export to the data warehouse"_s, u"Browser widget"_s}) {
            api::apiKeys::NewOwnedApiKey key;
            key.owner = {api::ApiKeyOwnerKind::User, user->id};
            key.description = description;
            key.isPublic = description.startsWith(u"Browser");
            fixture.run(api::apiKeys::createOwnedKey(scope, key));
        }
        if (const auto definitions = fixture.run(api::permissions::projectDefinitions(scope))) {
            for (const api::PermissionDefinition &definition : definitions->items) {
                if (!definition.containedPermissionIds.isEmpty()) {
                    fixture.run(api::permissions::grant(scope, user->id, definition.id));
                    break;
                }
            }
        }
        return user;
    }

    QString m_directory;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_directory = qEnvironmentVariable("HEXCLAVE_SCREENSHOT_DIR");
        if (!m_directory.isEmpty())
            QVERIFY(QDir().mkpath(m_directory));
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void everyTab_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void everyTab()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = richUser(fixture, &error);
        QVERIFY2(user, qPrintable(error));

        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {560, 760}));
        panel.showUser(*user);
        const QString suffix = dark ? u"-dark"_s : QString();
        for (const TabShot &shot : tabShots) {
            panel.setCurrentTab(shot.tab);
            QTRY_VERIFY_WITH_TIMEOUT(allSettled(panel, shot.tab), kUiTimeoutMs);
            for (ui::SubjectDataView *view : viewsOf(panel, shot.tab)) {
                QCOMPARE(view->state(), ui::UserDataView::State::Loaded);
                QVERIFY(!view->errorBanner()->isVisible());
                QCOMPARE(view->placeholderText(), QString()); // every tab has rows
            }
            save(&panel, u"user-"_s + shot.name + suffix);
        }
        QCOMPARE(panel.sessionsTab()->model()->rowCount(), 9);
        QCOMPARE(panel.contactChannelsTab()->model()->rowCount(), 3);
        QCOMPARE(panel.oauthProvidersTab()->model()->rowCount(), 2);
    }

    void inTheUsersPage_data() { everyTab_data(); }

    void inTheUsersPage()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::UsersPage page(fixture.context);
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.model()->isLoading(), kUiTimeoutMs);
        auto *panel = page.findChild<ui::UserDetailPanel *>();
        QVERIFY(panel);
        // A demo user whose sessions say where they were used.
        bool found = false;
        for (int row = 0; row < qMin(40, page.model()->rowCount()) && !found; ++row) {
            clickCell(page.table(), row, models::UsersModel::EmailColumn);
            panel->setCurrentTab(Tab::Sessions);
            QTRY_VERIFY_WITH_TIMEOUT(panel->sessionsTab()->userId() == page.model()->rowAt(row)->id && settled(*panel->sessionsTab()),
                                     kUiTimeoutMs);
            const auto &sessions = panel->sessionsTab()->model()->rows();
            found = sessions.size() >= 2 && std::all_of(sessions.cbegin(), sessions.cend(), [](const api::UserSession &session) {
                        return session.lastUsedIpInfo.has_value();
                    });
        }
        if (!fixture.server->isLive())
            QVERIFY2(found, "no demo user with located sessions among the first 40");
        save(&page, dark ? u"users-page-sessions-dark"_s : u"users-page-sessions"_s);
        // The widest tool bar, in the panel's narrowest width.
        panel->setCurrentTab(Tab::ContactChannels);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*panel->contactChannelsTab()), kUiTimeoutMs);
        QVERIFY(panel->contactChannelsTab()->sendVerificationButton()->isVisible());
        save(&page, dark ? u"users-page-emails-dark"_s : u"users-page-emails"_s);
    }

    void emptyTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"No OAuth Nora"_s);
        QVERIFY(user);
        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {560, 520}));
        panel.showUser(*user);
        panel.setCurrentTab(Tab::OAuthProviders);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*panel.oauthProvidersTab()), kUiTimeoutMs);
        QVERIFY(showsText(&panel, u"No OAuth accounts"_s));
        save(&panel, u"user-oauth-empty"_s);
    }

    void failedTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        const auto user = fixture.createUser(u"Unlucky Ulla"_s);
        QVERIFY(user);
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::KnownError,
                                      .method = u"GET"_s,
                                      .pathPattern = u"^/contact-channels$"_s,
                                      .count = -1,
                                      .status = 503,
                                      .knownErrorCode = u"SERVICE_UNAVAILABLE"_s,
                                      .message = u"The database is being upgraded. Please try again in a minute."_s});
        ui::UserDetailPanel panel(fixture.context);
        QVERIFY(showView(panel, {560, 520}));
        panel.showUser(*user);
        panel.setCurrentTab(Tab::ContactChannels);
        QTRY_COMPARE_WITH_TIMEOUT(panel.contactChannelsTab()->state(), ui::UserDataView::State::Failed, kUiTimeoutMs);
        QVERIFY(showsText(&panel, u"database is being upgraded"_s));
        QVERIFY(showsText(&panel, u"SERVICE_UNAVAILABLE"_s));
        QVERIFY(findButton(panel.contactChannelsTab()->errorBanner(), u"Retry"_s));
        save(&panel, u"user-emails-error"_s);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserDetailGallery)
#include "tst_UserDetailGallery.moc"
