// The Templates tab (TemplatesView) against the emulator: the built-in templates listed, an edit
// saved (the server renders it and the preview shows its HTML), a new template, the theme sent
// only when changed, and the shared email server's refusal explained with the edits kept.

#include "EmailSourcesTestHelpers.h"

#include "autosave/EditorAutosave.h"
#include "endpoints/EmailsEndpoints.h"
#include "pages/emails/sources/EmailThemeChooser.h"
#include "pages/emails/sources/TemplatesView.h"
#include "widgets/EmailPreview.h"
#include "widgets/ErrorBanner.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Tab = SourcesTab<ui::TemplatesView>;

void typeAtEnd(ui::EmailSourcesView &view, const QString &text)
{
    ui::CodeEditor *editor = view.editor()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestTemplatesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(models::EditorAutosave::defaultDirectory()).removeRecursively(); }

    void editAndSave()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = idOfName(*tab.view, u"Password Reset"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(clickItem(*tab.view, id));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->preview()->shownText().isEmpty()
                                     && !tab.view->preview()->shownText().contains(u"Rendering"_s),
                                 kUiTimeoutMs);
        typeAtEnd(*tab.view, u" // checked"_s);
        QVERIFY(tab.view->hasUnsavedChanges());
        fixture.emulator->clearRecordedRequests();
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        bool sawPatch = false;
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.method == u"PATCH" && request.path.endsWith(id)) {
                sawPatch = true;
                QVERIFY2(!request.body.contains("theme_id"), request.body.constData()); // unchanged: left out
            }
        }
        QVERIFY(sawPatch);
        QVERIFY(!tab.view->preview()->shownText().isEmpty());

        // Changing the theme sends it.
        QVERIFY(activate(*tab.view));
        tab.view->themeChooser()->setFocus();
        QTest::keyClick(tab.view->themeChooser(), Qt::Key_Down);
        fixture.emulator->clearRecordedRequests();
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        sawPatch = false;
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.method == u"PATCH" && request.path.endsWith(id)) {
                sawPatch = true;
                QVERIFY2(request.body.contains("\"theme_id\":false"), request.body.constData());
            }
        }
        QVERIFY(sawPatch);

        // New template.
        QVERIFY(activate(*tab.view));
        bool named = false;
        answerNextNameDialog(tab.view.get(), &named, u"Order shipped"_s);
        QTest::mouseClick(tab.view->newButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->currentName() == u"Order shipped"_s, kUiTimeoutMs);
    }

    void themeComesFromTheList()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        // A template with a theme of its own, set on the server.
        const std::optional<api::EmailTemplates> templates = run(fixture.context, api::emails::templates(fixture.context.scope()));
        const std::optional<api::EmailThemes> themes = run(fixture.context, api::emails::themes(fixture.context.scope()));
        QVERIFY(templates && !templates->templates.isEmpty() && themes && !themes->themes.isEmpty());
        const api::EmailTemplate chosen = templates->templates.first();
        const api::EmailThemeChoice theme{api::EmailThemeChoice::Kind::Theme, themes->themes.last().id};
        QVERIFY(run(fixture.context, api::emails::updateTemplate(fixture.context.scope(), chosen.id, chosen.tsxSource, theme)));

        // No configuration read is needed: the list says which theme it uses.
        fixture.emulator->clearRecordedRequests();
        Tab tab(fixture.context);
        QTest::qWait(300);
        QVERIFY2(emailRequests(*fixture.emulator).isEmpty(), qPrintable(emailRequests(*fixture.emulator).join(u", "_s)));
        QVERIFY(tab.showAndLoad());
        QVERIFY(tab.view->newButton()->isEnabled());
        QVERIFY(clickItem(*tab.view, chosen.id));
        QCOMPARE(tab.view->themeChooser()->choice(), theme);

        // A text edit leaves the theme alone: not sent, and still the template's on the server.
        typeAtEnd(*tab.view, u" // text only"_s);
        fixture.emulator->clearRecordedRequests();
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.method == u"PATCH")
                QVERIFY2(!request.body.contains("theme_id"), request.body.constData());
        }
        const std::optional<api::EmailTemplates> after = run(fixture.context, api::emails::templates(fixture.context.scope()));
        QVERIFY(after);
        bool found = false;
        for (const api::EmailTemplate &entry : after->templates) {
            if (entry.id == chosen.id) {
                found = true;
                QCOMPARE(entry.theme, theme);
                QVERIFY(entry.tsxSource.endsWith(u"// text only"_s));
            }
        }
        QVERIFY(found);
    }

    void sharedServerRefusesAndKeepsEdits()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        const ui::ProjectContext second = secondProjectContext(fixture);
        QVERIFY(second.isValid());
        Tab tab(second);
        QVERIFY(tab.showAndLoad());
        QVERIFY(tab.view->model()->rowCount() > 0);
        QVERIFY(clickItem(*tab.view, tab.view->model()->rows().first().id));
        typeAtEnd(*tab.view, u" // mine"_s);
        const QString edited = tab.view->editor()->text();
        QSignalSpy failed(tab.view.get(), &ui::EmailSourcesView::saveFailed);
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"Email server tab"_s), kUiTimeoutMs);
        QVERIFY(tab.view->errorBanner()->isShowingError());
        QVERIFY(tab.view->hasUnsavedChanges());
        QCOMPARE(tab.view->editor()->text(), edited);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTemplatesView)
#include "tst_TemplatesView.moc"
