// The command palette (Ctrl+K) driven like a person would, on the --demo setup (emulator, demo
// account signed in): a page by name, a user by part of their e-mail, a team, the account's
// second project, a command, Esc, a mouse click, and the error row when the server fails.

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "ProjectListModel.h"
#include "UsersModel.h"
#include "emulator/Emulator.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/teams/TeamsPage.h"
#include "pages/users/UsersPage.h"
#include "palette/CommandPalette.h"
#include "palette/CommandPaletteModel.h"
#include "widgets/ColorScheme.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTableView>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using PaletteModel = models::CommandPaletteModel;
using Kind = PaletteModel::Kind;

int rowOf(const PaletteModel &model, Kind kind, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(PaletteModel::KindRole).value<Kind>() == kind && index.data(PaletteModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

bool hasStatusStarting(const PaletteModel &model, const QString &start)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(PaletteModel::KindRole).value<Kind>() == Kind::Status && index.data().toString().startsWith(start))
            return true;
    }
    return false;
}

} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::Workspace> m_workspace;
    std::unique_ptr<app::DemoServer> m_demo;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::CommandPalette *palette() const { return m_window->commandPalette(); }
    PaletteModel *model() const { return palette()->model(); }

    // Ctrl+K as a person presses it, on whatever has the focus.
    bool openPalette()
    {
        // After a dialog the window is active again before keys reach it (a window manager's job,
        // which the offscreen platform has none of).
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
        return palette()->isVisible() && palette()->searchField()->hasFocus() && palette()->searchField()->text().isEmpty();
    }

    // Down until `row` is the current one; false when it cannot be reached.
    bool moveTo(int row)
    {
        for (int step = 0; step < model()->rowCount() && palette()->resultList()->currentIndex().row() != row; ++step)
            QTest::keyClick(palette()->searchField(), Qt::Key_Down);
        return palette()->resultList()->currentIndex().row() == row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_workspace = std::make_unique<api::Workspace>(m_network.get(), nullptr, nullptr);
        m_demo = std::make_unique<app::DemoServer>(120);
        QString error;
        QVERIFY2(m_demo->start(&error), qPrintable(error));
        m_settings = std::make_unique<ui::AppSettings>(nullptr);
        m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), m_settings.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_demo->signIn(m_workspace.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasSettledPage() && m_window->projectContext().isValid(), kUiTimeoutMs);
    }

    void pageByName()
    {
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), u"permis"_s);
        QCOMPARE(palette()->resultList()->currentIndex().data(PaletteModel::IdRole).toString(), u"permissions"_s);
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->currentArea(), api::Area::Permissions);
    }

    void fromATextField()
    {
        // Ctrl+K also opens it while typing in a search field (where it would delete to the end).
        m_window->showArea(api::Area::Users);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasSettledPage(), kUiTimeoutMs);
        auto *users = qobject_cast<ui::UsersPage *>(m_window->currentPage());
        QVERIFY(users);
        users->searchField()->setFocus();
        users->searchField()->setText(u"keep me"_s);
        users->searchField()->setCursorPosition(0);
        QVERIFY(openPalette());
        QCOMPARE(users->searchField()->text(), u"keep me"_s);
        // Esc gives the focus back.
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QVERIFY(users->searchField()->hasFocus());
        users->searchField()->clear();
        m_window->showArea(api::Area::Permissions);
    }

    void escapeCloses()
    {
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), u"team"_s);
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->currentArea(), api::Area::Permissions); // nothing was chosen
        // Opened again it is empty: a new session.
        QVERIFY(openPalette());
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
    }

    void userByEmail()
    {
        // A user of the demo project, found by part of their e-mail address.
        api::ApiClient *client = m_window->projectContext().client();
        api::users::ListQuery query;
        query.limit = 20;
        auto *job = client->send(api::users::list(m_window->projectContext().scope(), query));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(kUiTimeoutMs));
        api::User wanted;
        for (const api::User &user : job->value().items) {
            if (user.primaryEmail && !user.isAnonymous)
                wanted = user;
        }
        QVERIFY(!wanted.id.isEmpty());
        const QString part = wanted.primaryEmail->section(u'@', 0, 0);

        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), part);
        QVERIFY(model()->isSearching());
        QVERIFY(hasStatusStarting(*model(), u"Searching"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*model(), Kind::User, wanted.id) >= 0 && !model()->isSearching(), kUiTimeoutMs);

        Screenshots shots;
        QVERIFY(shots.save(m_window.get(), u"command-palette-users"_s));
        if (!qEnvironmentVariableIsEmpty("HEXCLAVE_SCREENSHOT_DIR")) {
            ui::applyColorScheme(ui::ColorScheme::Dark);
            QCoreApplication::processEvents();
            QVERIFY(shots.save(m_window.get(), u"command-palette-users-dark"_s));
            ui::applyColorScheme(ui::ColorScheme::Light);
        }

        QVERIFY(moveTo(rowOf(*model(), Kind::User, wanted.id)));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->currentArea(), api::Area::Users);
        auto *users = qobject_cast<ui::UsersPage *>(m_window->currentPage());
        QVERIFY(users);
        const auto selectedId = [users] {
            const QModelIndex current = users->table()->currentIndex();
            const api::User *user = current.isValid() ? users->model()->rowAt(current.row()) : nullptr;
            return user ? user->id : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(selectedId(), wanted.id, kUiTimeoutMs);
    }

    // Answers arriving while a row chosen with Down is current keep that row current.
    void chosenRowKeptWhenAnswersArrive()
    {
        QVERIFY(openPalette());
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(palette()->searchField(), u"e"_s);
        QVERIFY(model()->isSearching());
        const int first = palette()->resultList()->currentIndex().row();
        QVERIFY(first >= 0);
        QTest::keyClick(palette()->searchField(), Qt::Key_Down);
        const QModelIndex chosen = palette()->resultList()->currentIndex();
        QVERIFY(chosen.isValid() && chosen.row() > first);
        const auto identity = [](const QModelIndex &index) {
            return QVariantList{index.data(PaletteModel::KindRole), index.data(PaletteModel::IdRole),
                                index.data(PaletteModel::ConnectionIdRole)};
        };
        const QVariantList chosenIdentity = identity(chosen);
        const int resetsWhileTyping = int(resets.count());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isSearching(), kUiTimeoutMs);
        QVERIFY(resets.count() > resetsWhileTyping); // the answers rebuilt the list
        QCOMPARE(identity(palette()->resultList()->currentIndex()), chosenIdentity);

        // A new query starts at the top again.
        QTest::keyClick(palette()->searchField(), Qt::Key_N);
        QVERIFY(palette()->resultList()->currentIndex().isValid());
        for (int row = 0; row < palette()->resultList()->currentIndex().row(); ++row)
            QVERIFY(!(model()->flags(model()->index(row)) & Qt::ItemIsSelectable));
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
    }

    void teamByName()
    {
        api::ApiClient *client = m_window->projectContext().client();
        auto *job = client->send(api::teams::list(m_window->projectContext().scope()));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(kUiTimeoutMs));
        QVERIFY(!job->value().items.isEmpty());
        const api::Team team = job->value().items.last();

        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), team.displayName);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*model(), Kind::Team, team.id) >= 0 && !model()->isSearching(), kUiTimeoutMs);
        // With the mouse this time.
        const QModelIndex index = model()->index(rowOf(*model(), Kind::Team, team.id));
        palette()->resultList()->scrollTo(index);
        QTest::mouseClick(palette()->resultList()->viewport(), Qt::LeftButton, {},
                          palette()->resultList()->visualRect(index).center());
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->currentArea(), api::Area::Teams);
        auto *teams = qobject_cast<ui::TeamsPage *>(m_window->currentPage());
        QVERIFY(teams);
        QTRY_VERIFY_WITH_TIMEOUT(teams->currentTeam() && teams->currentTeam()->id == team.id, kUiTimeoutMs);
    }

    void command()
    {
        // The palette's "Keyboard shortcuts" runs the Help menu's action: its dialog opens.
        bool handled = false;
        onNextModal<QDialog>(this, &handled, [](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"shortcutsDialog"_s);
            dialog->reject();
        });
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), u"keyboard short"_s);
        QCOMPARE(palette()->resultList()->currentIndex().data(PaletteModel::IdRole).toString(), u"shortcuts"_s);
        QTest::keyClick(palette()->searchField(), Qt::Key_Enter);
        QTRY_VERIFY_WITH_TIMEOUT(handled, kUiTimeoutMs);
    }

    void serverError()
    {
        m_demo->emulator().addFault({.kind = emulator::Fault::Kind::Status, .pathPattern = u"^/users$"_s, .count = -1, .status = 500});
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), u"zz"_s);
        QTRY_VERIFY_WITH_TIMEOUT(hasStatusStarting(*model(), u"Users could not be searched: "_s), kUiTimeoutMs);
        m_demo->emulator().clearFaults();
        // The window kept working meanwhile: Esc closes, a page opens.
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
    }

    void secondProject()
    {
        const QString projectId = m_demo->emulator().demoAccount().secondProjectId;
        QVERIFY(!projectId.isEmpty());
        QString name;
        const QAbstractItemModel *projects = m_window->projectSwitcher()->model();
        for (int row = 0; row < projects->rowCount(); ++row) {
            if (projects->index(row, 0).data(models::ProjectListModel::ProjectIdRole).toString() == projectId)
                name = projects->index(row, 0).data().toString();
        }
        QVERIFY(!name.isEmpty());
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), name);
        QVERIFY(rowOf(*model(), Kind::Project, projectId) >= 0); // at once, without the server
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isSearching(), kUiTimeoutMs);
        QVERIFY(moveTo(rowOf(*model(), Kind::Project, projectId)));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->projectContext().project.id, projectId, kUiTimeoutMs);
        QCOMPARE(m_window->projectSwitcher()->currentText(), name);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestCommandPalette)
#include "tst_CommandPalette.moc"
