// ProjectSettingsView driven like a person on the emulator: it shows the project (id copied to
// the clipboard), renames it and edits its description with Save and Revert, flips production
// mode at once (and back when the server refuses), and deletes a scratch project only after its
// name is typed exactly.

#include "DemoProjectFixture.h"
#include "UserDialogTesting.h"

#include "dialogs/DeleteProjectDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "endpoints/ProjectsEndpoints.h"
#include "pages/config/ProjectSettingsView.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

// Clicks a check box on its indicator (its middle may be empty space past the text).
void clickSwitch(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// The project as the server has it now.
std::optional<api::Project> serverProject(const ui::ProjectContext &context)
{
    auto *job = context.client()->send(api::projects::current(context.scope()));
    QSignalSpy finished(job, &api::ApiJob::finished);
    if (!finished.wait(kUiTimeoutMs) || !job->succeeded())
        return std::nullopt;
    return job->takeValue();
}

int requestsTo(const emulator::Emulator &emulator, const QString &method, const QString &path)
{
    int count = 0;
    for (const emulator::RecordedRequest &request : emulator.recordedRequests())
        count += request.method == method && request.path == path ? 1 : 0;
    return count;
}

} // namespace

class TestProjectSettingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheProject()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::ProjectSettingsView view(fixture.context);
        QVERIFY(showDialog(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kUiTimeoutMs);
        QCOMPARE(view.idField()->text(), fixture.context.project.id);
        QVERIFY(view.idField()->isReadOnly());
        QCOMPARE(view.nameField()->text(), u"Demo Project"_s);
        QVERIFY(!view.productionModeSwitch()->isChecked());
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(!view.revertButton()->isEnabled());
        QVERIFY(view.deleteButton()->isEnabled());
        QVERIFY(!view.hasUnsavedChanges());
        QVERIFY(visibleLabelTexts(&view).join(u'\n').contains(u"Production mode marks the project as live"_s));

        QApplication::clipboard()->clear();
        QTest::mouseClick(view.copyIdButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), fixture.context.project.id);
    }

    void renameAndRevert()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::ProjectSettingsView view(fixture.context);
        QSignalSpy updated(&view, &ui::ProjectSettingsView::projectUpdated);
        QVERIFY(showDialog(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kUiTimeoutMs);

        // Typing makes the view dirty; Revert puts the server's values back.
        view.nameField()->selectAll();
        QTest::keyClicks(view.nameField(), u"Shop"_s);
        QVERIFY(view.hasUnsavedChanges());
        QVERIFY(view.saveButton()->isEnabled());
        QTest::mouseClick(view.revertButton(), Qt::LeftButton);
        QCOMPARE(view.nameField()->text(), u"Demo Project"_s);
        QVERIFY(!view.saveButton()->isEnabled());

        // An empty name cannot be saved.
        view.nameField()->selectAll();
        QTest::keyClick(view.nameField(), Qt::Key_Backspace);
        QVERIFY(!view.saveButton()->isEnabled());
        QCOMPARE(view.statusLine()->text(), u"A project needs a name."_s);

        QTest::keyClicks(view.nameField(), u"Renamed Shop"_s);
        view.descriptionField()->setFocus();
        view.descriptionField()->selectAll();
        QTest::keyClicks(view.descriptionField(), u"Our web shop"_s);
        fixture.emulator->clearRecordedRequests();
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton); // a second click while saving sends nothing
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, kUiTimeoutMs);
        QCOMPARE(requestsTo(*fixture.emulator, u"PATCH"_s, u"/internal/projects/current"_s), 1);
        QCOMPARE(updated.at(0).at(0).value<api::Project>().displayName, u"Renamed Shop"_s);
        QCOMPARE(view.statusLine()->text(), u"Saved."_s);
        QVERIFY(!view.hasUnsavedChanges());
        QVERIFY(!view.saveButton()->isEnabled());
        const auto stored = serverProject(fixture.context);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, u"Renamed Shop"_s);
        QCOMPARE(stored->description, u"Our web shop"_s);
        QVERIFY(!stored->isProductionMode);
    }

    void productionModeSwitch()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        ui::ProjectSettingsView view(fixture.context);
        QSignalSpy updated(&view, &ui::ProjectSettingsView::projectUpdated);
        QVERIFY(showDialog(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kUiTimeoutMs);

        clickSwitch(view.productionModeSwitch());
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, kUiTimeoutMs);
        QVERIFY(updated.at(0).at(0).value<api::Project>().isProductionMode);
        QCOMPARE(view.statusLine()->text(), u"Production mode is on."_s);
        QVERIFY(serverProject(fixture.context)->isProductionMode);

        // Refused: the switch goes back and says why.
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Status, .method = u"PATCH"_s,
                                    .pathPattern = u"^/internal/projects/current"_s, .status = 500, .message = u"boom"_s});
        clickSwitch(view.productionModeSwitch());
        QTRY_VERIFY_WITH_TIMEOUT(view.errorBanner()->isVisible(), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(view.productionModeSwitch()->isEnabled(), kUiTimeoutMs);
        QVERIFY(view.productionModeSwitch()->isChecked());
        QCOMPARE(updated.count(), 1);
        QVERIFY(serverProject(fixture.context)->isProductionMode);

        clickSwitch(view.productionModeSwitch());
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, kUiTimeoutMs);
        QVERIFY(!view.productionModeSwitch()->isChecked());
        QVERIFY(!view.errorBanner()->isVisible());
        QVERIFY(!serverProject(fixture.context)->isProductionMode);
    }

    void deleteAfterTypingTheName()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        // A scratch project of the same account.
        api::NewProject draft;
        draft.displayName = u"Scratch Shop"_s;
        draft.ownerTeamId = fixture.context.project.ownerTeamId.value_or(QString());
        auto *create = fixture.context.client()->send(api::projects::create(draft));
        QSignalSpy createdSpy(create, &api::ApiJob::finished);
        QVERIFY(createdSpy.wait(kUiTimeoutMs));
        QVERIFY2(create->succeeded(), qPrintable(create->error().userMessage()));
        ui::ProjectContext context = fixture.context;
        context.project = create->takeValue();

        ui::ProjectSettingsView view(context);
        QSignalSpy deleted(&view, &ui::ProjectSettingsView::projectDeleted);
        QVERIFY(showDialog(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kUiTimeoutMs);
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        ui::DeleteProjectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = view.findChild<ui::DeleteProjectDialog *>()) && dialog->isVisible(), kUiTimeoutMs);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(dialog->explanation()->text().contains(u"Scratch Shop"_s));
        QVERIFY(dialog->explanation()->text().contains(u"cannot be undone"_s));
        QCOMPARE(dialog->confirmationText(), u"Scratch Shop"_s);

        QTest::keyClicks(dialog->confirmationField(), u"Scratch Sho"_s);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClick(dialog->confirmationField(), Qt::Key_Return);
        // Return with the button disabled starts nothing: no request in flight, the dialog stays.
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QCOMPARE(deleted.count(), 0);
        QTest::keyClicks(dialog->confirmationField(), u"p"_s);
        QVERIFY(dialog->deleteButton()->isEnabled());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, kUiTimeoutMs);
        QCOMPARE(deleted.at(0).at(0).toString(), context.project.id);
        QVERIFY(!serverProject(context));
        QVERIFY(serverProject(fixture.context)); // the demo project is still there
    }

    // Pictures for review (HEXCLAVE_SCREENSHOT_DIR), light and dark: the view, the delete
    // confirmation and the new-project dialog.
    void screenshots()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        for (const bool dark : {false, true}) {
            const QPalette original = QApplication::palette();
            if (dark)
                QApplication::setPalette(darkPalette());
            const QString suffix = dark ? u"-dark"_s : u"-light"_s;
            {
                ui::ProjectSettingsView view(fixture.context);
                view.resize(900, 700);
                QVERIFY(showDialog(&view));
                QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded() && view.nameField()->isEnabled(), kUiTimeoutMs);
                view.nameField()->setFocus();
                QTest::keyClick(view.nameField(), Qt::Key_End);
                QTest::keyClicks(view.nameField(), u" (renamed)"_s);
                QVERIFY(Screenshots().save(&view, u"project-settings"_s + suffix));
                ui::DeleteProjectDialog dialog(fixture.context, fixture.context.project, &view);
                QVERIFY(showDialog(&dialog));
                QTest::keyClicks(dialog.confirmationField(), u"Demo"_s);
                QVERIFY(Screenshots().save(&dialog, u"project-delete"_s + suffix));
            }
            {
                ui::NewProjectDialog dialog({fixture.session, {}, nullptr});
                QVERIFY(showDialog(&dialog));
                QTRY_VERIFY_WITH_TIMEOUT(dialog.teamsLoaded(), kUiTimeoutMs);
                QTest::keyClicks(dialog.nameField(), u"My Shop"_s);
                QVERIFY(Screenshots().save(&dialog, u"project-new"_s + suffix));
            }
            QApplication::setPalette(original);
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestProjectSettingsView)
#include "tst_ProjectSettingsView.moc"
