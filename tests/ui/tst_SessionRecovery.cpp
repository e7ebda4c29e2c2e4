// MainWindow on the emulator when the session ends: expired access tokens are refreshed without
// a word; a revoked session (or key) shows the sign-in prompt, and after signing in through the
// real dialog the page fills and an interrupted edit is done exactly once.

#include "EnglishPlurals.h"
#include "ModalAnswers.h"
#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "SessionRecovery.h"
#include "auth/Capabilities.h"
#include "connections/ConnectionSession.h"
#include "dialogs/ConnectDialog.h"
#include "UsersModel.h"
#include "dialogs/EditUserDialog.h"
#include "dialogs/TeamDialog.h"
#include "emulator/Emulator.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/Page.h"
#include "pages/teams/TeamsPage.h"
#include "pages/users/UsersPage.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

bool showWindow(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Sends one call and waits for its answer (set-up and checks, not what is tested).
template <class T>
std::optional<T> callNow(api::ApiClient *client, api::Call<T> call)
{
    auto *job = client->send(std::move(call));
    std::optional<T> value;
    bool done = false;
    QObject context;
    QObject::connect(job, &api::ApiJob::finished, &context, [&] {
        done = true;
        if (job->succeeded())
            value = job->value();
    });
    if (!QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs))
        return std::nullopt;
    return value;
}

// The text of the visible banner that shows an error, if any.
QString visibleBannerText(const ui::MainWindow &window)
{
    for (const ui::ErrorBanner *banner : window.findChildren<ui::ErrorBanner *>()) {
        if (!banner->isShowingError())
            continue;
        QStringList texts;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }
    return {};
}

QString statusText(QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts.join(u" | "_s);
}

ui::ConnectDialog *signInPrompt()
{
    auto *dialog = qobject_cast<ui::ConnectDialog *>(QApplication::activeModalWidget());
    return dialog && dialog->isVisible() && dialog->objectName() == u"signInAgainDialog" ? dialog : nullptr;
}

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text && button->isVisibleTo(root))
            return button;
    }
    return nullptr;
}

int teamsNamed(api::ApiClient *client, const QString &projectId, const QString &name)
{
    const auto teams = callNow(client, api::teams::list(api::ProjectScope::project(projectId)));
    if (!teams)
        return -1;
    int count = 0;
    for (const api::Team &team : teams->items)
        count += team.displayName == name ? 1 : 0;
    return count;
}

struct Environment
{
    Environment()
    {
        emulator::EmulatorOptions options;
        options.userCount = 30;
        options.conversationCount = 8;
        options.transactionCount = 30;
        options.outboxEmailCount = 20;
        emulator = std::make_unique<emulator::Emulator>(options);
        if (!emulator->start())
            return;
        account = emulator->demoAccount();
        session = signInDashboard(workspace, emulator->apiRoot(), account.publishableClientKey, account.email,
                                  account.password);
    }

    bool ready() const { return session && session->state() == api::ConnectionSession::State::Ready; }

    std::unique_ptr<emulator::Emulator> emulator;
    emulator::DemoAccount account;
    QNetworkAccessManager network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
};

// A window on the demo project showing `startArea`, loaded.
bool openWindow(ui::MainWindow &window, api::Area startArea)
{
    if (!showWindow(window))
        return false;
    if (!QTest::qWaitFor([&window] { return window.projectContext().isValid(); }, kUiTimeoutMs))
        return false;
    window.showArea(startArea);
    return QTest::qWaitFor([&window] { return window.currentPage() && window.currentPage()->isReady(); }, kUiTimeoutMs);
}

api::Area otherArea(api::Area area)
{
    return area == api::Area::Overview ? api::Area::Users : api::Area::Overview;
}

} // namespace

class TestSessionRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void everyAreaRecovers_data()
    {
        QTest::addColumn<QString>("areaId");
        for (const char *id : {"overview", "users", "teams", "permissions", "api-keys", "payments", "emails", "support", "config"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void everyAreaRecovers()
    {
        QFETCH(QString, areaId);
        api::Area area{};
        QVERIFY2(api::areaFromId(areaId, &area), qPrintable(areaId));
        Environment env;
        QVERIFY2(env.ready(), "the emulator did not start or the demo account did not sign in");
        {
            // Expired access tokens: the first load refreshes and goes through, no prompt.
            ui::AppSettings settings(nullptr);
            settings.setValue(ui::AppSettings::Key::LastArea, api::areaId(otherArea(area)));
            ui::MainWindow window(&env.workspace, &settings);
            QVERIFY(openWindow(window, otherArea(area)));
            env.emulator->expireAccessTokens();
            window.showArea(area);
            QTRY_VERIFY_WITH_TIMEOUT(window.currentPage() && window.currentPage()->isReady(), kUiTimeoutMs);
            QVERIFY2(!window.currentPage()->showsError(), qPrintable(visibleBannerText(window)));
            QCOMPARE(visibleBannerText(window), QString());
            QVERIFY(!signInPrompt());
            QCOMPARE(env.session->state(), api::ConnectionSession::State::Ready);
        }

        // A revoked session: the first load waits, the banner and the prompt say why.
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastArea, api::areaId(otherArea(area)));
        ui::MainWindow window(&env.workspace, &settings);
        QVERIFY(openWindow(window, otherArea(area)));
        env.emulator->revokeDashboardSessions();
        env.emulator->expireAccessTokens();
        window.showArea(area);
        ui::ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QCOMPARE(env.session->state(), api::ConnectionSession::State::NeedsSignIn);
        ui::Page *page = window.currentPage();
        QVERIFY(page);
        QVERIFY2(!page->isReady(), qPrintable(u"%1 finished loading without a session; error %2"_s.arg(QString::fromLatin1(page->metaObject()->className())).arg(page->showsError())));
        const QString banner = visibleBannerText(window);
        QVERIFY2(banner.contains(u"has ended"_s) && banner.contains(u"will continue once you are signed in"_s), qPrintable(banner));
        QVERIFY(env.session->client()->parkedJobCount() > 0);
        if (areaId == u"users") {
            QVERIFY(Screenshots().save(&window, u"session-expired-window"_s));
            QVERIFY(Screenshots().save(dialog, u"session-expired-prompt"_s));
        }

        // Signing in again through the dialog: the page fills without a reload.
        QTest::keyClicks(dialog->passwordField(), env.account.password);
        QPushButton *signIn = buttonWithText(dialog, u"Sign in"_s);
        QVERIFY(signIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), kUiTimeoutMs);
        QCOMPARE(window.currentPage(), page);
        QVERIFY2(!page->showsError(), qPrintable(visibleBannerText(window)));
        QCOMPARE(env.session->state(), api::ConnectionSession::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(visibleBannerText(window), QString(), kUiTimeoutMs);
        QCOMPARE(env.session->client()->parkedJobCount(), 0);
    }

    void interruptedTeamCreationIsDoneOnce()
    {
        Environment env;
        QVERIFY2(env.ready(), "the emulator did not start or the demo account did not sign in");
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&env.workspace, &settings);
        QVERIFY(openWindow(window, api::Area::Teams));
        auto *page = qobject_cast<ui::TeamsPage *>(window.currentPage());
        QVERIFY(page);

        env.emulator->revokeDashboardSessions();
        env.emulator->expireAccessTokens();
        const QString name = u"Recovered team %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
        ui::TeamDialog *teamDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((teamDialog = qobject_cast<ui::TeamDialog *>(QApplication::activeModalWidget())),
                                 kUiTimeoutMs);
        const QPointer<ui::TeamDialog> teamAlive(teamDialog);
        QTest::keyClicks(teamDialog->displayNameField(), name);
        QTest::mouseClick(teamDialog->acceptButton(), Qt::LeftButton);

        // The save waits; the prompt opens on top of the dialog, whose text stays.
        ui::ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QVERIFY(teamAlive && teamAlive->isVisible());
        QCOMPARE(teamAlive->displayNameField()->text(), name);
        QVERIFY(env.session->client()->parkedJobCount() >= 1); // the save, and the support watcher's poll
        QVERIFY2(visibleBannerText(window).contains(u"waiting requests will continue"_s), qPrintable(visibleBannerText(window)));

        // "Cancel": the banner and the waiting save stay; the team dialog says what it waits for.
        QTest::mouseClick(buttonWithText(dialog, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        QVERIFY(teamAlive && teamAlive->isVisible());
        QVERIFY(env.session->client()->parkedJobCount() >= 1);
        QVERIFY(!visibleBannerText(window).isEmpty());
        QVERIFY2(statusText(teamDialog).contains(u"Waiting for you to sign in again."_s), qPrintable(statusText(teamDialog)));
        QVERIFY(Screenshots().save(teamDialog, u"save-waits-for-sign-in"_s));

        // The banner is under the window-modal team dialog: its own "Sign in again…" opens the prompt.
        QVERIFY(teamDialog->signInButton()->isVisible());
        QTest::mouseClick(teamDialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QTest::keyClicks(dialog->passwordField(), env.account.password);
        QTest::mouseClick(buttonWithText(dialog, u"Sign in"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!teamAlive || !teamAlive->isVisible(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentTeam() && page->currentTeam()->displayName == name, kUiTimeoutMs);
        QCOMPARE(teamsNamed(env.session->client(), env.account.projectId, name), 1);
        int created = 0;
        int refused = 0;
        for (const emulator::RecordedRequest &request : env.emulator->recordedRequests()) {
            if (request.method == u"POST" && request.path == u"/teams") {
                created += request.status / 100 == 2 ? 1 : 0;
                refused += request.status == 401 ? 1 : 0;
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(refused, 1); // the first try, with the expired token; parked afterwards, never resent twice
        QCOMPARE(visibleBannerText(window), QString());
    }

    void stoppingTheWaitKeepsTheTypedText()
    {
        Environment env;
        QVERIFY2(env.ready(), "the emulator did not start or the demo account did not sign in");
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&env.workspace, &settings);
        QVERIFY(openWindow(window, api::Area::Teams));
        auto *page = qobject_cast<ui::TeamsPage *>(window.currentPage());
        QVERIFY(page);

        env.emulator->revokeDashboardSessions();
        env.emulator->expireAccessTokens();
        const QString name = u"Never created %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
        ui::TeamDialog *teamDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((teamDialog = qobject_cast<ui::TeamDialog *>(QApplication::activeModalWidget())),
                                 kUiTimeoutMs);
        const QPointer<ui::TeamDialog> teamAlive(teamDialog);
        QTest::keyClicks(teamDialog->displayNameField(), name);
        QTest::mouseClick(teamDialog->acceptButton(), Qt::LeftButton);
        ui::ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QTest::mouseClick(buttonWithText(dialog, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        QVERIFY(env.session->client()->parkedJobCount() >= 1);

        // "Keep waiting" changes nothing; "Stop waiting" gives the save up, the dialog and its text stay.
        bool answered = false;
        answerNextMessageBox(this, &answered, u"Keep waiting"_s);
        QTest::keyClick(teamDialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&answered] { return answered; }, kUiTimeoutMs));
        QVERIFY(teamAlive && teamAlive->isVisible() && teamDialog->isBusy());
        QString question;
        answerNextMessageBox(this, &answered, u"Stop waiting"_s, &question);
        QTest::keyClick(teamDialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&answered] { return answered; }, kUiTimeoutMs));
        QVERIFY2(question.contains(u"what you typed stays"_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!teamDialog->isBusy(), kUiTimeoutMs);
        QVERIFY(teamAlive && teamAlive->isVisible());
        QCOMPARE(teamDialog->displayNameField()->text(), name);
        QVERIFY(teamDialog->displayNameField()->isEnabled());

        // Signing in afterwards does not send the given-up save.
        answerNextMessageBox(this, &answered, u"Discard"_s);
        QTest::mouseClick(buttonWithText(teamDialog, u"Cancel"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&answered] { return answered; }, kUiTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!teamAlive || !teamAlive->isVisible(), kUiTimeoutMs);
        window.findChild<QAction *>(u"signInAgainAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QTest::keyClicks(dialog->passwordField(), env.account.password);
        QTest::mouseClick(buttonWithText(dialog, u"Sign in"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->state(), api::ConnectionSession::State::Ready, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(env.session->client()->parkedJobCount(), 0, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(visibleBannerText(window), QString(), kUiTimeoutMs); // the waiting page loads went on
        QCOMPARE(teamsNamed(env.session->client(), env.account.projectId, name), 0);
        int posts = 0;
        for (const emulator::RecordedRequest &request : env.emulator->recordedRequests())
            posts += request.method == u"POST" && request.path == u"/teams" ? 1 : 0;
        QCOMPARE(posts, 1); // the first try, refused; never sent again
    }

    void interruptedUserEditIsDoneOnce()
    {
        Environment env;
        QVERIFY2(env.ready(), "the emulator did not start or the demo account did not sign in");
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&env.workspace, &settings);
        QVERIFY(openWindow(window, api::Area::Users));
        auto *page = qobject_cast<ui::UsersPage *>(window.currentPage());
        QVERIFY(page && page->model()->rowCount() > 0);
        clickCell(page->table(), 0, models::UsersModel::NameColumn);
        const QString userId = page->model()->rowAt(0)->id;

        // File › "Sign in again…" reaches the same dialog for a healthy connection (certificate trust).
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        auto *again = window.findChild<QAction *>(u"signInAgainAction"_s);
        QVERIFY(fileMenu && again && fileMenu->actions().contains(again) && again->isEnabled());
        again->trigger();
        ui::ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QVERIFY2(statusText(dialog).contains(u"You are signed in to"_s), qPrintable(statusText(dialog)));
        QTest::mouseClick(buttonWithText(dialog, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        QCOMPARE(visibleBannerText(window), QString());

        env.emulator->revokeDashboardSessions();
        env.emulator->expireAccessTokens();
        env.emulator->clearRecordedRequests();
        QTest::keyClick(page->table(), Qt::Key_F2);
        ui::EditUserDialog *edit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((edit = qobject_cast<ui::EditUserDialog *>(QApplication::activeModalWidget())), kUiTimeoutMs);
        const QPointer<ui::EditUserDialog> editAlive(edit);
        const QString renamed = u"Renamed While Signed Out"_s;
        edit->displayNameField()->selectAll();
        QTest::keyClicks(edit->displayNameField(), renamed);
        QTest::mouseClick(edit->saveButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        QVERIFY(editAlive && editAlive->isVisible());
        QCOMPARE(editAlive->displayNameField()->text(), renamed);
        QTest::keyClicks(dialog->passwordField(), env.account.password);
        QTest::mouseClick(buttonWithText(dialog, u"Sign in"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editAlive || !editAlive->isVisible(), kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, models::UsersModel::NameColumn).data().toString(), renamed,
                                  kUiTimeoutMs);

        const auto user = callNow(env.session->client(), api::users::get(api::ProjectScope::project(env.account.projectId), userId));
        QVERIFY(user);
        QCOMPARE(user->displayName.value_or(QString()), renamed);
        int saved = 0;
        for (const emulator::RecordedRequest &request : env.emulator->recordedRequests())
            saved += request.method == u"PATCH" && request.path.startsWith(u"/users/") && request.status / 100 == 2 ? 1 : 0;
        QCOMPARE(saved, 1);
    }

    void revokedAdminKeyResumesWithANewKey()
    {
        Environment env;
        QVERIFY2(env.ready(), "the emulator did not start or the demo account did not sign in");
        const api::ProjectScope scope = api::ProjectScope::project(env.account.projectId);
        api::ConnectionSession *keySession = openWithKey(env.workspace, env.emulator->apiRoot(), api::CredentialKind::AdminKey,
                                                         env.account.projectId, env.account.adminKey);
        QVERIFY(keySession && keySession->state() == api::ConnectionSession::State::Ready);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&env.workspace, &settings);
        QVERIFY(showWindow(window));
        // The key connection's project on screen.
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        for (int row = 0; row < window.projectSwitcher()->count(); ++row) {
            window.projectSwitcher()->setCurrentIndex(row);
            Q_EMIT window.projectSwitcher()->activated(row);
            if (window.projectContext().session == keySession)
                break;
        }
        QCOMPARE(window.projectContext().session, keySession);
        window.showArea(api::Area::Overview);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage() && window.currentPage()->isReady(), kUiTimeoutMs);

        // Revoked through the API (as the dashboard account), and a new key set made.
        const auto sets = callNow(env.session->client(), api::apiKeys::projectKeys(scope));
        QVERIFY(sets);
        QString revokedId;
        for (const api::ProjectApiKey &set : sets->items) {
            if (!set.isRevoked() && set.superSecretAdminKeyLastFour == env.account.adminKey.right(4))
                revokedId = set.id;
        }
        QVERIFY(!revokedId.isEmpty());
        QVERIFY(callNow(env.session->client(), api::apiKeys::revokeProjectKeys(scope, revokedId)));
        api::apiKeys::NewProjectApiKeys keys;
        keys.description = u"replacement"_s;
        keys.expiresAtMillis = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
        keys.secretServerKey = false;
        keys.superSecretAdminKey = true;
        const auto created = callNow(env.session->client(), api::apiKeys::createProjectKeys(scope, keys));
        QVERIFY(created && created->superSecretAdminKey);
        {
            api::Workspace probe(&env.network, nullptr, nullptr);
            api::ConnectionSession *works = openWithKey(probe, env.emulator->apiRoot(), api::CredentialKind::AdminKey,
                                                        env.account.projectId, *created->superSecretAdminKey);
            QVERIFY2(works && works->state() == api::ConnectionSession::State::Ready,
                     qPrintable(works ? works->lastError().describe() : QString()));
        }

        // The next load is refused: the prompt asks for a new key.
        window.showArea(api::Area::Teams);
        ui::ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        ui::Page *page = window.currentPage();
        QVERIFY(!page->isReady());
        const QString banner = visibleBannerText(window);
        QVERIFY2(banner.contains(u"no longer accepts the key"_s) && banner.contains(u"Enter a new key to continue."_s)
                     && !banner.contains(u"Sign in again"_s, Qt::CaseInsensitive),
                 qPrintable(banner));
        QVERIFY(Screenshots().save(&window, u"key-revoked-window"_s));
        QVERIFY(Screenshots().save(dialog, u"key-revoked-prompt"_s));
        QCOMPARE(keySession->state(), api::ConnectionSession::State::NeedsSignIn);

        // A wrong key first: refused in the dialog, the page keeps waiting.
        QLineEdit *keyField = dialog->keyField(ui::ConnectDialog::Method::AdminKey);
        QTest::keyClicks(keyField, env.account.adminKey);
        QPushButton *connectButton = buttonWithText(dialog, u"Connect"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(keySession->state(), api::ConnectionSession::State::Opening);
        QTRY_VERIFY_WITH_TIMEOUT(keySession->state() == api::ConnectionSession::State::NeedsSignIn && connectButton->isEnabled(),
                                 kUiTimeoutMs);
        QVERIFY(signInPrompt());
        QVERIFY2(statusText(dialog).contains(u"not valid"_s), qPrintable(statusText(dialog)));
        QVERIFY(!page->isReady());
        QVERIFY(keySession->client()->parkedJobCount() > 0);

        // The server fails while checking the new key: after "Cancel" the banner still says that
        // requests wait, and its button asks for the key again.
        env.emulator->addFault({.kind = emulator::Fault::Kind::Status, .pathPattern = u"^/projects/current"_s, .count = -1,
                                .status = 503});
        keyField->clear();
        QTest::keyClicks(keyField, *created->superSecretAdminKey);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keySession->state() == api::ConnectionSession::State::Failed && connectButton->isEnabled(),
                                 kUiTimeoutMs);
        QTest::mouseClick(buttonWithText(dialog, u"Cancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        env.emulator->clearFaults();
        const QString failedBanner = visibleBannerText(window);
        QVERIFY2(failedBanner.contains(u"will continue once you enter a new key"_s), qPrintable(failedBanner));
        QVERIFY(!page->isReady());
        QPushButton *enterKey = nullptr;
        for (ui::ErrorBanner *errorBanner : window.findChildren<ui::ErrorBanner *>()) {
            if (errorBanner->isShowingError() && !enterKey)
                enterKey = buttonWithText(errorBanner, u"Enter a new key…"_s);
        }
        QVERIFY(enterKey);
        QTest::mouseClick(enterKey, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = signInPrompt()) != nullptr, kUiTimeoutMs);
        keyField = dialog->keyField(ui::ConnectDialog::Method::AdminKey);
        connectButton = buttonWithText(dialog, u"Connect"_s);

        keyField->clear();
        QTest::keyClicks(keyField, *created->superSecretAdminKey);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signInPrompt(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), kUiTimeoutMs);
        QVERIFY(!page->showsError());
        QCOMPARE(keySession->state(), api::ConnectionSession::State::Ready);
        QCOMPARE(keySession->client()->parkedJobCount(), 0);
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestSessionRecovery)
#include "tst_SessionRecovery.moc"
