// The states a person sees, each checked for what must be on screen: the users page in the
// light and the dark palette, an error in place, an empty search, a locked area, the welcome
// page and the connect dialog explaining a mistake. With HEXCLAVE_SCREENSHOT_DIR set, every
// state is also saved as a PNG there, for people to look at (and for the store listings).

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "UsersModel.h"
#include "dialogs/ConnectDialog.h"
#include "emulator/Emulator.h"
#include "pages/MessagePage.h"
#include "pages/users/UsersPage.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {


// Average lightness of a widget's pixels: tells a dark rendering from a light one.
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

class TestGallery : public QObject
{
    Q_OBJECT

private:
    void save(QWidget *widget, const QString &name)
    {
        const QPixmap picture = widget->grab();
        QVERIFY(!picture.isNull());
        if (m_directory.isEmpty())
            return;
        QVERIFY2(picture.save(QDir(m_directory).filePath(name + u".png"_s)), qPrintable(name));
    }

    // A window on a signed-in demo connection, showing `area`.
    struct DemoWindow
    {
        QNetworkAccessManager network;
        api::Workspace workspace{&network, nullptr, nullptr};
        ui::AppSettings settings{nullptr};
        std::unique_ptr<ui::MainWindow> window;
    };

    static std::unique_ptr<DemoWindow> openDemoWindow(const TestServer &server, api::Area area)
    {
        auto demo = std::make_unique<DemoWindow>();
        demo->settings.setValue(ui::AppSettings::Key::LastArea, api::areaId(area));
        signInDashboard(demo->workspace, server.apiRoot(), server.publishableClientKey(), server.email(), server.password());
        demo->window = std::make_unique<ui::MainWindow>(&demo->workspace, &demo->settings);
        demo->window->resize(1280, 800);
        demo->window->show();
        return demo;
    }

    // The users page of a signed-in window, once its first rows are there.
    static ui::UsersPage *demoUsersPage(const TestServer &server, std::unique_ptr<DemoWindow> *demo)
    {
        *demo = openDemoWindow(server, api::Area::Users);
        return usersPageWithRows(*(*demo)->window);
    }

    static ui::UsersPage *usersPageWithRows(ui::MainWindow &window)
    {
        ui::UsersPage *page = nullptr;
        const bool loaded = QTest::qWaitFor(
            [&] {
                page = qobject_cast<ui::UsersPage *>(window.currentPage());
                return page && page->isReady() && !page->model()->isLoading();
            },
            kUiTimeoutMs);
        return loaded ? page : nullptr;
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

    void usersPage_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void usersPage()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        std::unique_ptr<DemoWindow> demo;
        ui::UsersPage *page = demoUsersPage(*server, &demo);
        QVERIFY(page);
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->table()->currentIndex().isValid()); // the first user's details are shown
        QVERIFY(showsText(page, page->model()->rowAt(0)->label()));
        const int lightness = averageLightness(demo->window.get());
        QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
        save(demo->window.get(), dark ? u"users-dark"_s : u"users"_s);
    }

    void errorInPlace()
    {
        const auto server = TestServer::start();
        QVERIFY(server);
        if (server->isLive())
            QSKIP("injects faults: runs on the emulator only");
        server->emulator()->addFault({.kind = emulator::Fault::Kind::KnownError,
                                      .method = u"GET"_s,
                                      .pathPattern = u"^/users$"_s,
                                      .count = -1,
                                      .status = 503,
                                      .knownErrorCode = u"SERVICE_UNAVAILABLE"_s,
                                      .message = u"The database is being upgraded. Please try again in a minute."_s});
        std::unique_ptr<DemoWindow> demo;
        ui::UsersPage *page = demoUsersPage(*server, &demo);
        QVERIFY(page);
        auto *banner = page->findChild<ui::ErrorBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kUiTimeoutMs);
        QVERIFY(showsText(banner, u"database is being upgraded"_s));
        QVERIFY(showsText(banner, u"SERVICE_UNAVAILABLE"_s));
        QVERIFY(findButton(banner, u"Retry"_s));
        save(demo->window.get(), u"users-error"_s);
    }

    void emptySearch()
    {
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        std::unique_ptr<DemoWindow> demo;
        ui::UsersPage *page = demoUsersPage(*server, &demo);
        QVERIFY(page);
        QTest::keyClicks(page->searchField(), u"zz-nobody-by-this-name"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().search == u"zz-nobody-by-this-name"_s && !page->model()->isLoading(),
                                 kUiTimeoutMs);
        QCOMPARE(page->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(page, u"No users match"_s), kUiTimeoutMs);
        save(demo->window.get(), u"users-no-match"_s);
    }

    void lockedArea()
    {
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::ServerKey);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        openWithKey(workspace, server->apiRoot(), api::CredentialKind::ServerKey, server->projectId(), server->serverKey());
        ui::AppSettings settings(nullptr);
        settings.setValue(ui::AppSettings::Key::LastArea, u"support"_s);
        ui::MainWindow window(&workspace, &settings);
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::MessagePage *>(window.currentPage()), kUiTimeoutMs);
        QVERIFY(showsText(window.currentPage(), u"not available with this credential"_s));
        QVERIFY(showsText(window.currentPage(), u"dashboard account"_s));
        save(&window, u"support-locked"_s);
    }

    void welcomeAndConnectDialog()
    {
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        window.resize(1280, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.hasSettledPage(), kUiTimeoutMs);
        QVERIFY(showsText(&window, u"Welcome to Hexclave Admin"_s));
        save(&window, u"welcome"_s);

        ui::ConnectDialog dialog(&workspace, nullptr, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selfHostedOption()->click();
        dialog.apiRootField()->setText(u"auth example com"_s);
        dialog.setMethod(ui::ConnectDialog::Method::AdminKey);
        QPushButton *connectButton = findButton<QPushButton>(&dialog, u"Connect"_s);
        QVERIFY(connectButton);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->isVisible());
        QVERIFY(dialog.statusLabel()->text().contains(u"not a valid address"_s));
        save(&dialog, u"connect-dialog-bad-address"_s);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestGallery)
#include "tst_Gallery.moc"
