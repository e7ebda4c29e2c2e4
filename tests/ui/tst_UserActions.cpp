// The commands of the users page as a person uses them: keyboard shortcuts and the context
// menu open the right dialog for the selection, what a dialog changed shows in the table at
// once (edited row in place, deleted row gone), copy puts ids / emails on the clipboard, and
// the column chooser hides columns and remembers the arrangement for the next time.

#include "DemoProjectFixture.h"

#include "AppSettings.h"
#include "UsersModel.h"
#include "dialogs/CreateUserDialog.h"
#include "dialogs/DeleteUserDialog.h"
#include "dialogs/EditUserDialog.h"
#include "dialogs/ImpersonateDialog.h"
#include "dialogs/RestrictUserDialog.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/users/UsersPage.h"
#include "pages/users/UserActions.h"
#include "pages/users/UsersTableHeader.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UsersModel;

// The demo project, with settings kept in a file (the column arrangement is saved there).
struct Fixture
{
    // A users page on screen with its first rows loaded.
    std::unique_ptr<ui::UsersPage> openPage()
    {
        auto page = std::make_unique<ui::UsersPage>(context);
        page->resize(1200, 720);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get())
            || !QTest::qWaitFor([&page] { return page->model()->rowCount() > 5 && !page->model()->isLoading(); },
                                kUiTimeoutMs))
            return nullptr;
        return page;
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ui::AppSettings settings{&settingsFile};
    DemoProjectFixture demo{40, &settings};
    std::unique_ptr<emulator::Emulator> &emulator = demo.emulator;
    ui::ProjectContext &context = demo.context;
};

template <class Dialog>
Dialog *waitForDialog(const QWidget *page)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (dialog = page->findChild<Dialog *>()) && dialog->isVisible(); },
                                       kUiTimeoutMs);
    return shown ? dialog : nullptr;
}

} // namespace

class TestUserActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleAndMultiSelection()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        ui::UserActions *actions = page->actions();

        clickCell(page->table(), 1, UsersModel::NameColumn);
        QCOMPARE(actions->selection().size(), 1);
        QCOMPARE(actions->selection().first().id, page->model()->rowAt(1)->id);
        QVERIFY(actions->editUser()->isEnabled());
        QVERIFY(actions->impersonate()->isEnabled());

        // Ctrl+click a second row: per-user actions go, bulk ones stay; the current row comes first.
        const QModelIndex third = page->model()->index(3, UsersModel::NameColumn);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          page->table()->visualRect(third).center());
        QCOMPARE(actions->selection().size(), 2);
        QCOMPARE(actions->selection().first().id, page->model()->rowAt(3)->id);
        QVERIFY(!actions->editUser()->isEnabled());
        QVERIFY(!actions->impersonate()->isEnabled());
        QVERIFY(actions->deleteUsers()->isEnabled());
        QVERIFY(actions->addToTeam()->isEnabled());
        QVERIFY(withoutMnemonic(actions->deleteUsers()->text()).contains(u"Delete 2 user"_s));

        // Copy: the ids, and the emails, one per line, through their shortcuts.
        QTest::keyClick(page->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList ids = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(ids, (QStringList{page->model()->rowAt(3)->id, page->model()->rowAt(1)->id}));
        QTest::keyClick(page->table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList emails = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.first(), page->model()->rowAt(3)->primaryEmail.value_or(QString()));
    }

    void deleteFromTheKeyboardRemovesTheRow()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        const int rows = page->model()->rowCount();
        clickCell(page->table(), 2, UsersModel::NameColumn);
        const api::User user = *page->model()->rowAt(2);

        QTest::keyClick(page->table(), Qt::Key_Delete);
        auto *dialog = waitForDialog<ui::DeleteUserDialog>(page.get());
        QVERIFY2(dialog, "Delete did not open the confirmation");
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->confirmationField(), dialog->confirmationText());
        QVERIFY(dialog->deleteButton()->isEnabled());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), rows - 1, kUiTimeoutMs);
        QCOMPARE(page->model()->loadedRowOf(user.id), -1);
        bool gone = false;
        auto *job = fixture.context.client()->send(api::users::get(fixture.context.scope(), user.id));
        QObject::connect(job, &api::ApiJob::finished, page.get(),
                         [job, &gone] { gone = job->error().code == u"USER_NOT_FOUND"; });
        QTRY_VERIFY_WITH_TIMEOUT(gone, kUiTimeoutMs);
        // No reload was needed: one GET /users, the first page.
        const auto requests = fixture.emulator->recordedRequests();
        QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                               [](const emulator::RecordedRequest &r) { return r.method == u"GET" && r.path == u"/users"; }),
                 1);
    }

    void editShowsTheChangeInPlace()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        clickCell(page->table(), 0, UsersModel::NameColumn);
        const QString id = page->model()->rowAt(0)->id;

        QTest::keyClick(page->table(), Qt::Key_F2);
        auto *dialog = waitForDialog<ui::EditUserDialog>(page.get());
        QVERIFY2(dialog, "F2 did not open the edit dialog");
        QLineEdit *name = dialog->displayNameField();
        name->selectAll();
        QTest::keyClicks(name, u"Renamed From The Test"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, UsersModel::NameColumn).data().toString(),
                                  u"Renamed From The Test"_s, kUiTimeoutMs);
        QCOMPARE(page->model()->rowAt(0)->id, id);
    }

    void restrictFromTheContextMenu()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        int row = 0;
        while (page->model()->rowAt(row)->restrictedByAdmin)
            ++row;
        clickCell(page->table(), row, UsersModel::NameColumn);
        const QString id = page->model()->rowAt(row)->id;

        QMenu *menu = page->actions()->menu();
        const QRect cell = page->table()->visualRect(page->model()->index(row, UsersModel::EmailColumn));
        QMetaObject::invokeMethod(page->table(), "customContextMenuRequested", Q_ARG(QPoint, cell.center()));
        QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), kUiTimeoutMs);
        QVERIFY(menu->actions().contains(page->actions()->restrictUser()));
        menu->hide();
        page->actions()->restrictUser()->trigger();

        auto *dialog = waitForDialog<ui::RestrictUserDialog>(page.get());
        QVERIFY2(dialog, "Restrict did not open its dialog");
        QTest::keyClicks(dialog->publicReasonField(), u"Chargeback"_s);
        QTest::mouseClick(dialog->restrictButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowAt(row)->restrictedByAdmin, kUiTimeoutMs);
        QCOMPARE(page->model()->rowAt(row)->id, id);
        QCOMPARE(page->model()->rowAt(row)->restrictedByAdminReason, std::optional<QString>(u"Chargeback"_s));
        // Now the same action lifts it.
        QVERIFY(withoutMnemonic(page->actions()->restrictUser()->text()).startsWith(u"Lift"_s));
    }

    void columnsChosenAndRemembered()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        {
            const auto page = fixture.openPage();
            QVERIFY(page);
            QHeaderView *header = page->table()->horizontalHeader();
            QVERIFY(header->isSectionHidden(UsersModel::IdColumn));
            QVERIFY(!header->isSectionHidden(UsersModel::LastActiveColumn));

            QMenu *menu = page->tableHeader()->columnMenu();
            QMetaObject::invokeMethod(menu, "aboutToShow");
            QAction *lastActive = nullptr;
            QAction *id = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->text() == u"Last active")
                    lastActive = action;
                if (action->text() == u"User ID")
                    id = action;
            }
            QVERIFY2(lastActive && id, "the column chooser lacks a column");
            QVERIFY(lastActive->isChecked());
            QVERIFY(!id->isChecked());
            lastActive->trigger();
            id->trigger();
            QVERIFY(header->isSectionHidden(UsersModel::LastActiveColumn));
            QVERIFY(!header->isSectionHidden(UsersModel::IdColumn));
            header->resizeSection(UsersModel::EmailColumn, 333);
            // Saved once resizing settles.
            QTRY_VERIFY_WITH_TIMEOUT(
                header->saveState() == fixture.settings.value(ui::AppSettings::Key::UsersTableHeader).toByteArray(),
                kUiTimeoutMs);
        }
        const auto again = fixture.openPage();
        QVERIFY(again);
        QHeaderView *header = again->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(UsersModel::LastActiveColumn));
        QVERIFY(!header->isSectionHidden(UsersModel::IdColumn));
        QCOMPARE(header->sectionSize(UsersModel::EmailColumn), 333);

        // Reset brings the defaults back.
        QMenu *menu = again->tableHeader()->columnMenu();
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QAction *reset = menu->actions().last();
        QCOMPARE(reset->text(), u"Reset columns"_s);
        reset->trigger();
        QVERIFY(!header->isSectionHidden(UsersModel::LastActiveColumn));
        QVERIFY(header->isSectionHidden(UsersModel::IdColumn));
    }

    // A user created here is selected once the list has reloaded (it signed up last, so it is
    // on the first page of "newest first").
    void createdUserIsSelected()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        QTest::keyClick(page->searchField(), Qt::Key_N, Qt::ControlModifier); // page-wide, also from the search field
        auto *dialog = waitForDialog<ui::CreateUserDialog>(page.get());
        QVERIFY2(dialog, "Ctrl+N did not open the new-user dialog");
        QTest::keyClicks(dialog->emailField(), u"fresh.from.the.test@example.com"_s);
        QTest::keyClicks(dialog->displayNameField(), u"Fresh From The Test"_s);
        dialog->noPasswordBox()->setChecked(true);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(page->table()->currentIndex().isValid()
                                     && page->model()->rowAt(page->table()->currentIndex().row())->displayName
                                            == std::optional<QString>(u"Fresh From The Test"_s),
                                 kUiTimeoutMs);
        QCOMPARE(page->actions()->selection().size(), 1);
    }

    // Delete acts on the users only while the table has the focus.
    void keysOfTheTableStayInTheTable()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        clickCell(page->table(), 0, UsersModel::NameColumn);
        QTest::mouseClick(page->searchField(), Qt::LeftButton);
        QTest::keyClick(page->searchField(), Qt::Key_Delete);
        QTest::qWait(100); // nothing may open: give a wrongly routed shortcut the chance to
        QVERIFY(!page->findChild<ui::DeleteUserDialog *>());
        clickCell(page->table(), 0, UsersModel::NameColumn);
        QTest::keyClick(page->table(), Qt::Key_Delete);
        QVERIFY(waitForDialog<ui::DeleteUserDialog>(page.get()));
    }

    void impersonateShortcut()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        const auto page = fixture.openPage();
        QVERIFY(page);
        clickCell(page->table(), 0, UsersModel::NameColumn);
        QTest::keyClick(page->table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(waitForDialog<ui::ImpersonateDialog>(page.get()), "Ctrl+Shift+I did not open impersonation");
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserActions)
#include "tst_UserActions.moc"
