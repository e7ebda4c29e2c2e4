// NewProjectDialog and the main window's "New project…" on the emulator: the owner team comes
// from the account's teams, Create sends one request however often it is clicked, the new
// project is created on the server, a refusal is shown in place; the window offers the action
// only to dashboard accounts and opens the new project once it is created.

#include "DemoProjectFixture.h"
#include "UserDialogTesting.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "dialogs/DeleteProjectDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "pages/config/ConfigPage.h"
#include "pages/config/ProjectSettingsView.h"
#include "endpoints/ProjectsEndpoints.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

int projectCreations(const emulator::Emulator &emulator)
{
    int count = 0;
    for (const emulator::RecordedRequest &request : emulator.recordedRequests())
        count += request.method == u"POST" && request.path == u"/internal/projects" ? 1 : 0;
    return count;
}

QStringList ownedProjectNames(api::ApiClient *client)
{
    auto *job = client->send(api::projects::listOwned());
    QSignalSpy finished(job, &api::ApiJob::finished);
    QStringList names;
    if (!finished.wait(kUiTimeoutMs) || !job->succeeded())
        return names;
    for (const api::Project &project : job->takeValue().items)
        names << project.displayName;
    return names;
}

} // namespace

class TestNewProjectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOneProject()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::NewProjectDialog dialog({fixture.session, {}, nullptr});
        QSignalSpy created(&dialog, &ui::NewProjectDialog::created);
        QVERIFY(showDialog(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.teamsLoaded(), kUiTimeoutMs);
        QVERIFY(dialog.teamField()->isEnabled());
        QVERIFY(dialog.teamField()->count() >= 1);
        // The demo projects' owner team is one of them.
        QVERIFY(dialog.teamField()->findData(fixture.context.project.ownerTeamId.value_or(QString())) >= 0);
        QVERIFY(!dialog.createButton()->isEnabled()); // no name yet

        QTest::keyClicks(dialog.nameField(), u"Brand New Shop"_s);
        dialog.descriptionField()->setFocus();
        QTest::keyClicks(dialog.descriptionField(), u"made in a test"_s);
        QVERIFY(dialog.createButton()->isEnabled());
        fixture.emulator->clearRecordedRequests();
        QTest::mouseDClick(dialog.createButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kUiTimeoutMs);
        QCOMPARE(projectCreations(*fixture.emulator), 1);
        const auto project = created.at(0).at(0).value<api::Project>();
        QCOMPARE(project.displayName, u"Brand New Shop"_s);
        QCOMPARE(project.description, u"made in a test"_s);
        QCOMPARE(project.ownerTeamId, std::optional<QString>(dialog.teamField()->currentData().toString()));
        QVERIFY(ownedProjectNames(fixture.session->client()).contains(u"Brand New Shop"_s));
    }

    void refusalIsShownInPlace()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::NewProjectDialog dialog({fixture.session, {}, nullptr});
        QSignalSpy created(&dialog, &ui::NewProjectDialog::created);
        QVERIFY(showDialog(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.teamsLoaded(), kUiTimeoutMs);
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::KnownError, .method = u"POST"_s,
                                    .pathPattern = u"^/internal/projects$"_s, .status = 404,
                                    .knownErrorCode = u"TEAM_MEMBERSHIP_NOT_FOUND"_s,
                                    .message = u"User is not a member of the team."_s});
        QTest::keyClicks(dialog.nameField(), u"Refused Shop"_s);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.createButton()->isEnabled(), kUiTimeoutMs);
        QVERIFY(dialog.isVisible());
        QCOMPARE(created.count(), 0);
        QVERIFY(!ownedProjectNames(fixture.session->client()).contains(u"Refused Shop"_s));
    }

    void mainWindowOpensTheNewProject()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&fixture.workspace, &settings);
        QVERIFY(showDialog(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        auto *action = window.findChild<QAction *>(u"newProjectAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        ui::NewProjectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ui::NewProjectDialog *>()) && dialog->isVisible(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->teamsLoaded(), kUiTimeoutMs);
        QTest::keyClicks(dialog->nameField(), u"Window Shop"_s);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.projectContext().project.displayName, u"Window Shop"_s, kUiTimeoutMs);
        QCOMPARE(window.projectSwitcher()->currentText().contains(u"Window Shop"_s), true);
    }

    void onlyForDashboardAccounts()
    {
        emulator::Emulator emulator;
        QVERIFY(emulator.start());
        const emulator::DemoAccount account = emulator.demoAccount();
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session = openWithKey(workspace, emulator.apiRoot(), api::CredentialKind::AdminKey,
                                                      account.projectId, account.adminKey);
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        QVERIFY(showDialog(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        auto *action = window.findChild<QAction *>(u"newProjectAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(u"dashboard account"_s));
    }

    void mainWindowFollowsRenameAndDelete()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&fixture.workspace, &settings);
        QVERIFY(showDialog(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid(), kUiTimeoutMs);
        const QString demoId = fixture.context.project.id;
        // The second project is the one to rename and delete.
        const int second = window.projectSwitcher()->findText(u"Mobile App"_s, Qt::MatchContains);
        QVERIFY(second >= 0);
        window.projectSwitcher()->setCurrentIndex(second);
        Q_EMIT window.projectSwitcher()->activated(second);
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().project.id != demoId, kUiTimeoutMs);
        const QString doomedId = window.projectContext().project.id;

        window.showArea(api::Area::Config);
        auto *config = window.findChild<ui::ConfigPage *>();
        QVERIFY(config);
        config->showTab(ui::ConfigPage::ProjectTab);
        auto *view = config->findChild<ui::ProjectSettingsView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->nameField()->isEnabled(), kUiTimeoutMs);

        // Renamed: the switcher and the window follow.
        view->nameField()->selectAll();
        QTest::keyClicks(view->nameField(), u"Doomed Shop"_s);
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.projectContext().project.displayName, u"Doomed Shop"_s, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.projectSwitcher()->findText(u"Doomed Shop"_s, Qt::MatchContains) >= 0, kUiTimeoutMs);
        QCOMPARE(window.projectContext().project.id, doomedId);

        // Deleted: the window moves on to a project that still exists.
        QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
        ui::DeleteProjectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = view->findChild<ui::DeleteProjectDialog *>()) && dialog->isVisible(), kUiTimeoutMs);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClicks(dialog->confirmationField(), u"Doomed Shop"_s);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.projectContext().isValid() && window.projectContext().project.id != doomedId, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.projectSwitcher()->findText(u"Doomed Shop"_s, Qt::MatchContains) < 0, kUiTimeoutMs);
        QCOMPARE(window.projectContext().project.id, demoId);
        QVERIFY(!ownedProjectNames(fixture.session->client()).contains(u"Doomed Shop"_s));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestNewProjectDialog)
#include "tst_NewProjectDialog.moc"
