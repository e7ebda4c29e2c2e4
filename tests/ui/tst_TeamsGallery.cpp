// The Teams page as a person sees it, in the light and the dark palette: a team with members
// selected, a member's permissions underneath, and the dialogs of the page (new team, delete
// team, add members). Each state is checked for what must be on screen; with
// HEXCLAVE_SCREENSHOT_DIR set, each is also saved as a PNG there, for people to look at.

#include "UiTestHelpers.h"
#include "UserDialogTesting.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "TeamMemberCounts.h"
#include "TeamMembersModel.h"
#include "TeamsModel.h"
#include "TestServer.h"
#include "UserChoiceModel.h"
#include "dialogs/DeleteTeamDialog.h"
#include "dialogs/TeamDialog.h"
#include "dialogs/UserPickerDialog.h"
#include "pages/teams/TeamDetailPanel.h"
#include "pages/teams/TeamMembersView.h"
#include "pages/teams/TeamsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

int averageLightness(QWidget *widget)
{
    const QImage image = widget->grab().toImage().scaled(64, 64);
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return int(sum / (image.width() * image.height()));
}

} // namespace

class TestTeamsGallery : public QObject
{
    Q_OBJECT

private:
    struct DemoWindow
    {
        QNetworkAccessManager network;
        api::Workspace workspace{&network, nullptr, nullptr};
        ui::AppSettings settings{nullptr};
        std::unique_ptr<ui::MainWindow> window;
        ui::TeamsPage *page = nullptr;
    };

    // A signed-in window on the Teams page, its first team and that team's members shown.
    static std::unique_ptr<DemoWindow> openTeamsPage(const TestServer &server)
    {
        auto demo = std::make_unique<DemoWindow>();
        api::ConnectionSession *session = signInDashboard(demo->workspace, server.apiRoot(), server.publishableClientKey(),
                                                          server.email(), server.password());
        demo->settings.setValue(ui::AppSettings::Key::LastArea, u"teams"_s);
        demo->settings.setValue(ui::AppSettings::Key::LastConnectionId, session->connection().id);
        demo->settings.setValue(ui::AppSettings::Key::LastProjectId, server.projectId());
        demo->window = std::make_unique<ui::MainWindow>(&demo->workspace, &demo->settings);
        demo->window->resize(1400, 860);
        demo->window->show();
        const bool shown = QTest::qWaitFor(
            [&] {
                demo->page = qobject_cast<ui::TeamsPage *>(demo->window->currentPage());
                if (!demo->page || demo->page->model()->state() != models::TeamsModel::State::Loaded)
                    return false;
                ui::TeamMembersView *members = demo->page->detailPanel()->membersView();
                return !members->teamId().isEmpty() && !members->model()->isLoading() && members->model()->rowCount() > 0;
            },
            kUiTimeoutMs);
        if (!shown)
            return nullptr;
        // The counts of the rows on screen, and the member's permissions.
        QTest::qWait(600);
        return demo;
    }

    void save(QWidget *widget, const QString &name)
    {
        Screenshots screenshots;
        QVERIFY2(screenshots.save(widget, name), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void teamsPage_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void teamsPage()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        const auto demo = openTeamsPage(*server);
        QVERIFY(demo);
        ui::TeamsPage *page = demo->page;
        QVERIFY(page->currentTeam());
        QVERIFY(showsText(page, page->currentTeam()->displayName));
        QVERIFY(showsText(page, u"Members"_s) || page->detailPanel()->tabs()->tabText(0) == u"Members"_s);
        // Counts for the rows on screen.
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->index(0, models::TeamsModel::MembersColumn).data().toString().isEmpty(),
                                 kUiTimeoutMs);
        const int lightness = averageLightness(demo->window.get());
        QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
        save(demo->window.get(), dark ? u"teams-dark"_s : u"teams"_s);

        // The Details tab of the same team.
        page->detailPanel()->setCurrentTab(ui::TeamDetailPanel::Tab::Details);
        QTest::qWait(100);
        save(demo->window.get(), dark ? u"teams-details-dark"_s : u"teams-details"_s);
    }

    void dialogs()
    {
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        const auto demo = openTeamsPage(*server);
        QVERIFY(demo);
        const ui::ProjectContext &context = demo->window->projectContext();
        const api::Team team = *demo->page->currentTeam();

        ui::TeamDialog create(context, demo->window.get());
        QVERIFY(showDialog(&create));
        typeText(create.displayNameField(), u"Design Systems Lab"_s);
        typeText(create.profileImageField(), u"not a url"_s);
        QTest::mouseClick(create.acceptButton(), Qt::LeftButton); // shows the complaint
        save(&create, u"team-dialog-new"_s);
        create.hide();

        ui::TeamDialog edit(context, team, demo->window.get());
        QVERIFY(showDialog(&edit));
        save(&edit, u"team-dialog-edit"_s);
        edit.hide();

        models::TeamMemberCounts::Count count = demo->page->model()->memberCounts()->count(team.id);
        ui::DeleteTeamDialog remove(context, team, count, demo->window.get());
        QVERIFY(showDialog(&remove));
        QTRY_VERIFY_WITH_TIMEOUT(!remove.explanation()->text().contains(u"Counting"_s), kUiTimeoutMs);
        QTest::keyClicks(remove.confirmationField(), team.displayName.left(4));
        save(&remove, u"team-dialog-delete"_s);
        remove.hide();

        ui::UserPickerDialog picker(context, demo->window.get());
        picker.setWindowTitle(u"Add members to %1"_s.arg(team.displayName));
        picker.setAcceptText([](int chosen) { return u"Add %1 member(s)"_s.arg(chosen); });
        QVERIFY(showDialog(&picker));
        QTRY_VERIFY_WITH_TIMEOUT(!picker.usersModel()->isLoading() && picker.usersModel()->rowCount() > 2, kUiTimeoutMs);
        picker.choiceModel()->setChosen(0, true);
        picker.choiceModel()->setChosen(2, true);
        save(&picker, u"user-picker"_s);
        picker.hide();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamsGallery)
#include "tst_TeamsGallery.moc"
