// The Themes tab (ThemesView) against the emulator: the project's theme marked, "Use for this
// project" writing emails.selectedThemeId (environment level, read back), a theme's source read
// when selected, previewed as a sample email inside the edited source, saved, and a new theme.

#include "EmailSourcesTestHelpers.h"

#include "autosave/EditorAutosave.h"
#include "endpoints/EmailsEndpoints.h"
#include "pages/emails/sources/PreviewRenderer.h"
#include "pages/emails/sources/ThemesView.h"
#include "widgets/EmailPreview.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"

#include <QDir>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestThemesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(models::EditorAutosave::defaultDirectory()).removeRecursively(); }

    void projectThemeAndEdits()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        fixture.emulator->clearRecordedRequests();
        SourcesTab<ui::ThemesView> tab(fixture.context);
        // Neither the themes nor the configuration are read before the tab is shown.
        QTest::qWait(300);
        QVERIFY2(emailRequests(*fixture.emulator).isEmpty(), qPrintable(emailRequests(*fixture.emulator).join(u", "_s)));
        QVERIFY(tab.showAndLoad());
        QVERIFY(tab.view->newButton()->isEnabled());
        QVERIFY(tab.view->model()->rowCount() >= 3);
        const QString selected = tab.themes->selectedThemeId();
        QVERIFY(!selected.isEmpty());
        const int selectedRow = tab.view->model()->rowOf(selected);
        QVERIFY(tab.view->model()->index(selectedRow, 0).data(models::EmailSourceListModel::MarkedRole).toBool());

        // Another theme: its source is read, and a sample is rendered inside it.
        QString other;
        for (const models::EmailSourceRow &row : tab.view->model()->rows()) {
            if (row.id != selected)
                other = row.id;
        }
        fixture.emulator->clearRecordedRequests();
        QVERIFY(clickItem(*tab.view, other));
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->editor()->text().contains(u"EmailTheme"_s), kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"sample"_s), kUiTimeoutMs);
        bool sawRender = false;
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.path == u"/emails/render-email")
                sawRender = request.body.contains("theme_tsx_source") && request.body.contains("template_tsx_source");
        }
        QVERIFY(sawRender);

        // Use for this project.
        QVERIFY(tab.view->useButton()->isEnabled());
        QTest::mouseClick(tab.view->useButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tab.themes->selectedThemeId(), other, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.themes->isWriting(), kUiTimeoutMs);
        QVERIFY(fixture.emulator->projectConfig(fixture.context.project.id).contains(other));
        QTRY_VERIFY_WITH_TIMEOUT(
            tab.view->model()->index(tab.view->model()->rowOf(other), 0).data(models::EmailSourceListModel::MarkedRole).toBool(),
            kUiTimeoutMs);
        QVERIFY(!tab.view->useButton()->isEnabled());

        // Edit and save the source.
        ui::CodeEditor *editor = tab.view->editor()->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        for (const QChar c : u"\n// tuned"_s)
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        bool done = false;
        auto *job = fixture.context.client()->send(api::emails::theme(fixture.context.scope(), other));
        QString source;
        QObject receiver;
        QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
            if (job->succeeded())
                source = job->value().tsxSource;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kUiTimeoutMs);
        QVERIFY(source.endsWith(u"// tuned"_s));

        // An emptied theme is not previewed (the server would use the project's theme instead).
        editor->setFocus();
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QVERIFY(tab.view->editor()->text().isEmpty());
        fixture.emulator->clearRecordedRequests();
        QTest::keyClick(editor, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"The theme is empty"_s), kUiTimeoutMs);
        QTest::qWait(ui::PreviewRenderer::pauseMs + 200);
        QVERIFY(tab.view->preview()->shownText().contains(u"The theme is empty"_s));
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests())
            QVERIFY2(request.path != u"/emails/render-email", request.body.constData());
        tab.view->discardAllEdits();
        QVERIFY(tab.view->editor()->text().endsWith(u"// tuned"_s));

        // New theme.
        QVERIFY(activate(*tab.view));
        bool named = false;
        answerNextNameDialog(tab.view.get(), &named, u"Autumn"_s);
        QTest::mouseClick(tab.view->newButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->currentName() == u"Autumn"_s, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.themes->themeName(tab.view->currentId()).isEmpty(), kUiTimeoutMs);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestThemesView)
#include "tst_ThemesView.moc"
