// The Drafts tab (DraftsView) against the emulator's demo project, as a person uses it: the list,
// New / Rename (F2) / Delete (Del) by clicking and typing, editing and saving with a theme (the
// PATCH always carries theme_id, a rename keeps the theme), the preview and a rendering error in
// it, autosave to disk and recovery after the view went away without saving (a crash), a failed
// save (a 500, or a proxy's page with 200) that keeps the edits, the empty state of a project
// without drafts, the splitter sizes kept in the settings. Screenshots in light and dark palettes.

#include "EmailSourcesTestHelpers.h"
#include "EnglishPlurals.h"

#include "autosave/EditorAutosave.h"
#include "endpoints/EmailsEndpoints.h"
#include "pages/emails/send/SendEmailDialog.h"
#include "pages/emails/sources/DraftsView.h"
#include "pages/emails/sources/EmailThemeChooser.h"
#include "pages/emails/sources/PreviewRenderer.h"
#include "widgets/EmailPreview.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Tab = SourcesTab<ui::DraftsView>;

// Types at the end of the source, as a person would.
void typeAtEnd(ui::DraftsView &view, const QString &text)
{
    ui::CodeEditor *editor = view.editor()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    // keyClicks() knows no braces; each character is a key press carrying its text.
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(editor, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Creates a draft through the view's New button and leaves it selected.
QString createDraft(ui::DraftsView &view, const QString &name)
{
    bool named = false;
    answerNextNameDialog(&view, &named, name);
    QTest::mouseClick(view.newButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return named && !idOfName(view, name).isEmpty() && view.currentName() == name; },
                         kUiTimeoutMs))
        return {};
    return view.currentId();
}

void savePicture(QWidget *widget, const QString &name)
{
    QTest::qWait(150);
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
}

} // namespace

class TestDraftsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(&m_plurals); // "3 days ago", as the app says it
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void init()
    {
        QDir(models::EditorAutosave::defaultDirectory()).removeRecursively();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void listsTheDemoDrafts()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        fixture.emulator->clearRecordedRequests();
        Tab tab(fixture.context);
        // Nothing is read before the tab is shown (the page builds all its tabs at once).
        QTest::qWait(300);
        QVERIFY2(emailRequests(*fixture.emulator).isEmpty(), qPrintable(emailRequests(*fixture.emulator).join(u", "_s)));
        QVERIFY(!tab.view->isLoaded());
        QVERIFY(tab.showAndLoad());
        // Loaded: the actions work at once.
        QVERIFY(tab.view->newButton()->isEnabled());
        QVERIFY(tab.view->renameButton()->isEnabled());
        QVERIFY(tab.view->sendButton()->isEnabled());
        QVERIFY(tab.view->deleteButton()->isEnabled());
        QVERIFY(!idOfName(*tab.view, u"November newsletter"_s).isEmpty());
        QVERIFY(!idOfName(*tab.view, u"Product launch: Teams 2.0"_s).isEmpty());
        // Sorted by name; the first is shown with its source and preview.
        QTreeView *list = tab.view->list();
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown << list->model()->index(row, 0).data(models::EmailSourceListModel::RawValueRole).toString();
        QStringList sorted = shown;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(shown, sorted);
        QVERIFY(!tab.view->currentId().isEmpty());
        QVERIFY(tab.view->editor()->text().contains(u"EmailTemplate"_s));
        // A sent draft says so.
        const QString sentId = idOfName(*tab.view, u"November newsletter"_s);
        const int row = tab.view->model()->rowOf(sentId);
        const QModelIndex note = tab.view->model()->index(row, models::EmailSourceListModel::NoteColumn);
        QVERIFY(note.data().toString().startsWith(u"Sent"_s));
        // Short in the list (relative), the date in full in the tooltip.
        QVERIFY2(note.data().toString().size() < 24, qPrintable(note.data().toString()));
        QVERIFY(note.data(Qt::ToolTipRole).toString().startsWith(u"Sent"_s));
        QVERIFY(note.data(Qt::ToolTipRole).toString() != note.data().toString());
        // The theme of "Product launch" (the dark theme) is chosen when it is selected.
        QVERIFY(clickItem(*tab.view, idOfName(*tab.view, u"Product launch: Teams 2.0"_s)));
        QCOMPARE(tab.view->themeChooser()->choice().kind, api::EmailThemeChoice::Kind::Theme);
        QVERIFY(tab.view->themeChooser()->currentText().contains(u"Dark"_s));
        // Search narrows the list.
        QTest::keyClicks(tab.view->searchField(), u"launch"_s);
        QCOMPARE(list->model()->rowCount(), 1);
    }

    void createRenameDelete()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());

        const QString id = createDraft(*tab.view, u"Spring sale"_s);
        QVERIFY(!id.isEmpty());
        // The server's default source, and a preview of it.
        QVERIFY(tab.view->editor()->text().contains(u"Subject"_s));
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"Hello"_s), kUiTimeoutMs);

        // Give it the dark theme on the server; a rename must keep it.
        const std::optional<api::EmailThemes> themes = run(fixture.context, api::emails::themes(fixture.context.scope()));
        QVERIFY(themes && !themes->themes.isEmpty());
        api::emails::DraftChange darkTheme;
        darkTheme.theme = {api::EmailThemeChoice::Kind::Theme, themes->themes.last().id};
        QVERIFY(run(fixture.context, api::emails::updateDraft(fixture.context.scope(), id, darkTheme)));
        tab.view->reload();
        QTRY_COMPARE_WITH_TIMEOUT(tab.view->themeChooser()->choice(), darkTheme.theme, kUiTimeoutMs);

        // Rename with F2 in the list.
        QVERIFY(activate(*tab.view));
        bool renamed = false;
        answerNextNameDialog(tab.view.get(), &renamed, u"Summer sale"_s);
        tab.view->list()->setFocus();
        QTest::keyClick(tab.view->list(), Qt::Key_F2);
        QTRY_VERIFY_WITH_TIMEOUT(renamed, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tab.view->currentName(), u"Summer sale"_s, kUiTimeoutMs);
        const std::optional<api::EmailDraft> afterRename = run(fixture.context, api::emails::draft(fixture.context.scope(), id));
        QVERIFY(afterRename);
        QCOMPARE(afterRename->displayName, u"Summer sale"_s);
        QCOMPARE(afterRename->theme, darkTheme.theme);

        // Delete with Del, confirming a question that names the draft.
        QVERIFY(activate(*tab.view));
        QVERIFY(clickItem(*tab.view, id));
        bool asked = false;
        answerNextQuestion(tab.view.get(), &asked, u"Summer sale"_s, u"Delete"_s);
        tab.view->list()->setFocus();
        QTest::keyClick(tab.view->list(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idOfName(*tab.view, u"Summer sale"_s).isEmpty(), kUiTimeoutMs);
        QVERIFY(tab.view->currentId() != id);
        QVERIFY(!run(fixture.context, api::emails::draft(fixture.context.scope(), id)));

        // Cancel keeps it.
        const QString kept = createDraft(*tab.view, u"Keep me"_s);
        QVERIFY(!kept.isEmpty());
        bool cancelled = false;
        answerNextQuestion(tab.view.get(), &cancelled, u"Keep me"_s, u"Cancel"_s);
        QTest::mouseClick(tab.view->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, kUiTimeoutMs);
        QTest::qWait(200);
        QCOMPARE(idOfName(*tab.view, u"Keep me"_s), kept);
    }

    void editAndSaveWithTheme()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = createDraft(*tab.view, u"Edited draft"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(!tab.view->saveButton()->isEnabled());
        QVERIFY(activate(*tab.view));

        typeAtEnd(*tab.view, u"\n// edited"_s);
        QVERIFY(tab.view->hasUnsavedChanges());
        QVERIFY(tab.view->saveButton()->isEnabled());
        QVERIFY(tab.view->model()->index(tab.view->model()->rowOf(id), 0).data(models::EmailSourceListModel::UnsavedRole).toBool());
        // "No theme", chosen with the keyboard (the project's theme is the first entry).
        ui::EmailThemeChooser *chooser = tab.view->themeChooser();
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->choice().kind, api::EmailThemeChoice::Kind::None);

        fixture.emulator->clearRecordedRequests();
        QTest::keySequence(tab.view->editor()->editor(), QKeySequence::Save);
        QTRY_VERIFY2_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(),
                                  qPrintable(tab.view->statusLabel()->text() + u" | "_s
                                             + visibleLabelTexts(tab.view->errorBanner()).join(u" / "_s)),
                                  kUiTimeoutMs);
        QVERIFY(!tab.view->editor()->isModified());
        const std::optional<api::EmailDraft> saved = run(fixture.context, api::emails::draft(fixture.context.scope(), id));
        QVERIFY(saved);
        QVERIFY(saved->tsxSource.endsWith(u"// edited"_s));
        QCOMPARE(saved->theme.kind, api::EmailThemeChoice::Kind::None);
        bool sawPatch = false;
        for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests()) {
            if (request.method == u"PATCH" && request.path.endsWith(id)) {
                QVERIFY2(request.body.contains("\"theme_id\":false"), request.body.constData());
                sawPatch = true;
            }
        }
        QVERIFY(sawPatch);

        // Back to the project's theme: sent as null, read back as the project's theme.
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Up);
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QCOMPARE(run(fixture.context, api::emails::draft(fixture.context.scope(), id))->theme.kind,
                 api::EmailThemeChoice::Kind::ProjectDefault);
    }

    void previewAndRenderingError()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        QVERIFY(clickItem(*tab.view, idOfName(*tab.view, u"Product launch: Teams 2.0"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->renderer()->isPending() && tab.view->preview()->shownText().contains(u"Teams"_s),
                                 kUiTimeoutMs);
        savePicture(tab.view.get(), u"sources-drafts-light"_s);

        // Broken TSX: the preview shows the server's message a moment after typing stops.
        typeAtEnd(*tab.view, u"\n{{{"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"could not be rendered"_s), kUiTimeoutMs);
        savePicture(tab.view.get(), u"sources-drafts-render-error"_s);

        // Ctrl+R renders at once after a fix.
        tab.view->discardButton()->setEnabled(true);
        QTest::keyClick(tab.view->editor()->editor(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(tab.view->editor()->editor(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->preview()->shownText().contains(u"Teams"_s), kUiTimeoutMs);

        // The shared-server refusal is explained.
        api::ApiError refused;
        refused.kind = api::ApiError::Kind::Http;
        refused.code = u"REQUIRES_CUSTOM_EMAIL_SERVER"_s;
        QVERIFY(ui::PreviewRenderer::describe(refused).second.contains(u"Email server tab"_s));
    }

    void darkScreenshot()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        QApplication::setPalette(darkPalette());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        QVERIFY(clickItem(*tab.view, idOfName(*tab.view, u"Product launch: Teams 2.0"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->renderer()->isPending() && tab.view->preview()->shownText().contains(u"Teams"_s),
                                 kUiTimeoutMs);
        typeAtEnd(*tab.view, u"\n// unsaved"_s);
        savePicture(tab.view.get(), u"sources-drafts-dark"_s);
    }

    void autosavedAndRecoveredAfterACrash()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        QString id;
        const QString key = fixture.context.project.id + u"/drafts/"_s;
        {
            Tab tab(fixture.context);
            QVERIFY(tab.showAndLoad());
            id = createDraft(*tab.view, u"Welcome"_s);
            QVERIFY(!id.isEmpty());
            typeAtEnd(*tab.view, u"\n// not saved yet"_s);
            // On disk about a second after typing stops, before anything closes.
            models::EditorAutosave disk;
            QTRY_VERIFY_WITH_TIMEOUT(disk.find(key + id).has_value(), 5000);
            QVERIFY(disk.find(key + id)->text.endsWith(u"// not saved yet"_s));
        } // the view goes without saving

        // Opening the tab again offers the edit; Restore brings it back, unsaved.
        Tab again(fixture.context);
        bool asked = false;
        answerNextQuestion(again.view.get(), &asked, u"Restore unsaved edits of “Welcome” from"_s, u"Restore"_s);
        QVERIFY(again.showAndLoad({1200, 720}, true));
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(again.view->hasUnsavedChanges(), kUiTimeoutMs);
        QCOMPARE(again.view->currentId(), id);
        QVERIFY(again.view->editor()->text().endsWith(u"// not saved yet"_s));
        QVERIFY(again.view->editor()->isModified());

        // Switching to another draft and back keeps the edit.
        QVERIFY(clickItem(*again.view, idOfName(*again.view, u"November newsletter"_s)));
        QVERIFY(clickItem(*again.view, id));
        QVERIFY(again.view->editor()->text().endsWith(u"// not saved yet"_s));

        // Saved: the entry on disk is gone.
        QTest::mouseClick(again.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!again.view->hasUnsavedChanges(), kUiTimeoutMs);
        QVERIFY(!models::EditorAutosave().find(key + id));
    }

    void discardedRecovery()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        QString id;
        const QString key = fixture.context.project.id + u"/drafts/"_s;
        {
            Tab tab(fixture.context);
            QVERIFY(tab.showAndLoad());
            id = idOfName(*tab.view, u"November newsletter"_s);
            QVERIFY(clickItem(*tab.view, id));
            typeAtEnd(*tab.view, u"\n// throw away"_s);
            QTRY_VERIFY_WITH_TIMEOUT(models::EditorAutosave().find(key + id).has_value(), 5000);
        }
        Tab again(fixture.context);
        bool asked = false;
        answerNextQuestion(again.view.get(), &asked, u"November newsletter"_s, u"Discard"_s);
        QVERIFY(again.showAndLoad({1200, 720}, true));
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QTest::qWait(100);
        QVERIFY(!again.view->hasUnsavedChanges());
        QVERIFY(!models::EditorAutosave().find(key + id));
    }

    void failedSaveKeepsTheEdits()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = idOfName(*tab.view, u"Scheduled maintenance notice"_s);
        QVERIFY(clickItem(*tab.view, id));
        typeAtEnd(*tab.view, u"\n// keep me"_s);
        const QString edited = tab.view->editor()->text();
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Status, .method = u"PATCH"_s,
                                    .pathPattern = u"^/internal/email-drafts/"_s, .status = 500,
                                    .message = u"Internal error"_s});
        QSignalSpy failed(tab.view.get(), &ui::EmailSourcesView::saveFailed);
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kUiTimeoutMs);
        QVERIFY(tab.view->errorBanner()->isShowingError());
        QVERIFY(showsText(tab.view->errorBanner(), u"was not saved"_s));
        QVERIFY(tab.view->hasUnsavedChanges());
        QCOMPARE(tab.view->editor()->text(), edited);
        QVERIFY(tab.view->saveButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(models::EditorAutosave().find(fixture.context.project.id + u"/drafts/"_s + id).has_value(), 5000);

        // Saved on the second try.
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QVERIFY(!tab.view->errorBanner()->isShowingError());
        QCOMPARE(run(fixture.context, api::emails::draft(fixture.context.scope(), id))->tsxSource, edited);
    }

    // A 200 whose body is not JSON (a proxy's error page; the server never saw the PATCH) is no
    // save: the edits stay and the banner says so.
    void proxyPageInsteadOfAnAnswerIsNoSave()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = idOfName(*tab.view, u"Scheduled maintenance notice"_s);
        QVERIFY(clickItem(*tab.view, id));
        const QString before = run(fixture.context, api::emails::draft(fixture.context.scope(), id))->tsxSource;
        typeAtEnd(*tab.view, u"\n// not through the proxy"_s);
        const QString edited = tab.view->editor()->text();
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::MalformedBody, .method = u"PATCH"_s,
                                    .pathPattern = u"^/internal/email-drafts/"_s});
        QSignalSpy failed(tab.view.get(), &ui::EmailSourcesView::saveFailed);
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kUiTimeoutMs);
        QVERIFY(tab.view->errorBanner()->isShowingError());
        QVERIFY(tab.view->hasUnsavedChanges());
        QCOMPARE(tab.view->editor()->text(), edited);
        QCOMPARE(run(fixture.context, api::emails::draft(fixture.context.scope(), id))->tsxSource, before);
    }

    void emptyStateAndLoadError()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        const ui::ProjectContext second = secondProjectContext(fixture);
        QVERIFY(second.isValid());
        Tab tab(second);
        QVERIFY(tab.showAndLoad());
        QCOMPARE(tab.view->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->emptyState()->isVisible(), kUiTimeoutMs);
        QVERIFY(tab.view->emptyState()->text().contains(u"No drafts yet"_s));
        savePicture(tab.view.get(), u"sources-drafts-empty"_s);
        // Its button creates the first draft.
        bool named = false;
        answerNextNameDialog(tab.view.get(), &named, u"First"_s);
        QTest::mouseClick(tab.view->emptyState()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!idOfName(*tab.view, u"First"_s).isEmpty(), kUiTimeoutMs);
        QVERIFY(!tab.view->emptyState()->isVisible());

        // A list that fails to load shows the error with Retry.
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Status, .method = u"GET"_s,
                                    .pathPattern = u"^/internal/email-drafts$"_s, .count = -1, .status = 503,
                                    .message = u"Unavailable"_s});
        Tab failing(fixture.context);
        QVERIFY(failing.showAndLoad());
        QTRY_VERIFY_WITH_TIMEOUT(failing.view->errorBanner()->isShowingError(), kUiTimeoutMs);
        fixture.emulator->clearFaults();
        failing.view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(failing.view->model()->rowCount() >= 3, kUiTimeoutMs);
        QVERIFY(!failing.view->errorBanner()->isShowingError());
    }

    // F5 in the Drafts tab reads the list again, also after a failed read (the server is back).
    void f5LoadsTheListAfterAFailedRead()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Status, .method = u"GET"_s,
                                    .pathPattern = u"^/internal/email-drafts$"_s, .count = 3, .status = 500});
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->errorBanner()->isShowingError(), kUiTimeoutMs);
        QCOMPARE(tab.view->model()->rowCount(), 0);
        fixture.emulator->clearFaults();
        tab.view->list()->setFocus();
        QTest::keyClick(tab.view->list(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(tab.view->model()->rowCount() >= 3, kUiTimeoutMs);
        QVERIFY(!tab.view->errorBanner()->isShowingError());
    }

    void sendSavesFirst()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = idOfName(*tab.view, u"Scheduled maintenance notice"_s);
        QVERIFY(clickItem(*tab.view, id));
        typeAtEnd(*tab.view, u"\n// before sending"_s);
        bool asked = false;
        answerNextQuestion(tab.view.get(), &asked, u"unsaved changes"_s, u"Save and send…"_s);
        QTest::mouseClick(tab.view->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        ui::SendEmailDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = tab.view->findChild<ui::SendEmailDialog *>()) && dialog->isVisible(), kUiTimeoutMs);
        QVERIFY(!tab.view->hasUnsavedChanges());
        QVERIFY(dialog->draft());
        QCOMPARE(dialog->draft()->id, id);
        QVERIFY(dialog->draft()->tsxSource.endsWith(u"// before sending"_s));
        // Its link to the Outbox reaches whoever shows the view (the page).
        QSignalSpy outbox(tab.view.get(), &ui::DraftsView::openOutboxRequested);
        Q_EMIT dialog->openOutboxRequested();
        QCOMPARE(outbox.size(), 1);
        dialog->reject();
    }

    void saveAndSendThatSavesNothingForgetsTheSend()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = idOfName(*tab.view, u"Scheduled maintenance notice"_s);
        QVERIFY(clickItem(*tab.view, id));
        typeAtEnd(*tab.view, u"\n// first"_s);
        // The edit is gone by the time "Save and send…" is clicked: no save starts.
        bool asked = false;
        onNextModal<QMessageBox>(tab.view.get(), &asked, [&tab, id](QMessageBox *box) {
            tab.view->edits()->discard(id);
            QTest::mouseClick(findButton<QPushButton>(box, u"Save and send…"_s), Qt::LeftButton);
        });
        QTest::mouseClick(tab.view->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QVERIFY(activate(*tab.view));
        // A later, unrelated save of the same draft must not open the send dialog.
        typeAtEnd(*tab.view, u"\n// later"_s);
        QVERIFY(tab.view->hasUnsavedChanges());
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QTest::qWait(200);
        QVERIFY(!tab.view->findChild<ui::SendEmailDialog *>());
    }

    void staleListAnswerIsDropped()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        // A slow reload is under way while a new draft is created (and the list read again).
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Latency, .method = u"GET"_s,
                                    .pathPattern = u"^/internal/email-drafts$"_s, .count = 1, .latencyMs = 1500});
        tab.view->reload();
        const QString id = createDraft(*tab.view, u"Fresh"_s);
        QVERIFY(!id.isEmpty());
        QTest::qWait(2000); // the slow, older answer has come by now
        QCOMPARE(idOfName(*tab.view, u"Fresh"_s), id);
        QCOMPARE(tab.view->currentId(), id);
    }

    void editsOfADraftDeletedElsewhere()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        const QString key = fixture.context.project.id + u"/drafts/"_s;
        Tab tab(fixture.context);
        QVERIFY(tab.showAndLoad());
        const QString id = createDraft(*tab.view, u"Doomed"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(activate(*tab.view));
        typeAtEnd(*tab.view, u"\n// mine"_s);
        const QString edited = tab.view->editor()->text();
        QVERIFY(run(fixture.context, api::emails::deleteDraft(fixture.context.scope(), id)));

        // The next list no longer has it: the edit is offered, not kept silently.
        bool asked = false;
        answerNextQuestion(tab.view.get(), &asked, u"“Doomed”, which no longer exists on the server"_s,
                           u"Keep as a new draft"_s);
        tab.view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!idOfName(*tab.view, u"Doomed"_s).isEmpty() && tab.view->currentName() == u"Doomed"_s,
                                 kUiTimeoutMs);
        const QString kept = tab.view->currentId();
        QVERIFY(kept != id);
        QCOMPARE(tab.view->editor()->text(), edited);
        QCOMPARE(tab.view->edits()->editedIds(), QStringList{kept});
        QVERIFY(!models::EditorAutosave().find(key + id));
        QVERIFY(activate(*tab.view));
        QTest::mouseClick(tab.view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QCOMPARE(run(fixture.context, api::emails::draft(fixture.context.scope(), kept))->tsxSource, edited);

        // Discard throws such an edit away, on disk too.
        const QString other = createDraft(*tab.view, u"Doomed too"_s);
        QVERIFY(!other.isEmpty());
        QVERIFY(activate(*tab.view));
        typeAtEnd(*tab.view, u"\n// not wanted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(models::EditorAutosave().find(key + other).has_value(), 5000);
        QVERIFY(run(fixture.context, api::emails::deleteDraft(fixture.context.scope(), other)));
        bool discarded = false;
        answerNextQuestion(tab.view.get(), &discarded, u"“Doomed too”"_s, u"Discard"_s);
        tab.view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(discarded, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QVERIFY(!models::EditorAutosave().find(key + other));
    }

    void autosavedEditOfADraftDeletedSince()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        const QString key = fixture.context.project.id + u"/drafts/"_s + u"deleted-meanwhile"_s;
        models::AutosavedText entry;
        entry.key = key;
        entry.title = u"Vanished"_s;
        entry.text = u"// kept from last time"_s;
        entry.extra = u"none"_s;
        QVERIFY(models::EditorAutosave().store(entry));
        // Opening the tab offers it: its draft is not on the server any more.
        Tab tab(fixture.context);
        bool asked = false;
        answerNextQuestion(tab.view.get(), &asked, u"“Vanished”, which no longer exists on the server"_s, u"Discard"_s);
        QVERIFY(tab.showAndLoad({1200, 720}, true));
        QTRY_VERIFY_WITH_TIMEOUT(asked, kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.view->hasUnsavedChanges(), kUiTimeoutMs);
        QVERIFY(!models::EditorAutosave().find(key));
    }

    void discardAllLeavesNothingOnDisk()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        const QString key = fixture.context.project.id + u"/drafts/"_s;
        QString id;
        {
            Tab tab(fixture.context);
            QVERIFY(tab.showAndLoad());
            id = idOfName(*tab.view, u"November newsletter"_s);
            QVERIFY(clickItem(*tab.view, id));
            typeAtEnd(*tab.view, u"\n// on disk"_s);
            QTRY_VERIFY_WITH_TIMEOUT(models::EditorAutosave().find(key + id).has_value(), 5000);
            typeAtEnd(*tab.view, u" and more"_s); // waits for the autosave delay
            // The person chose to discard the edits when closing the window.
            tab.view->discardAllEdits();
            QVERIFY(!tab.view->hasUnsavedChanges());
            QVERIFY(!tab.view->editor()->text().contains(u"on disk"_s));
        }
        QVERIFY(!models::EditorAutosave().find(key + id));
    }

    void themeOfADraftWhileThemesLoad()
    {
        ui::EmailThemeChooser chooser;
        chooser.setThemes({}, {}, ui::EmailThemeChooser::ThemesState::Loading);
        chooser.setChoice({api::EmailThemeChoice::Kind::Theme, u"0123456789abcdef"_s});
        QCOMPARE(chooser.currentText(), u"Theme 01234567 (loading…)"_s);
        chooser.setThemes({}, {}, ui::EmailThemeChooser::ThemesState::Unavailable);
        QCOMPARE(chooser.currentText(), u"Theme 01234567"_s);
        chooser.setThemes({}, {}, ui::EmailThemeChooser::ThemesState::Loaded);
        QVERIFY(chooser.currentText().contains(u"no longer exists"_s));
        QCOMPARE(chooser.choice().themeId, u"0123456789abcdef"_s);
    }

    void splitterSizesRemembered()
    {
        DemoProjectFixture fixture(5);
        QVERIFY(fixture.context.isValid());
        ui::AppSettings settings(nullptr);
        ui::ProjectContext context = fixture.context;
        context.settings = &settings;
        QByteArray state;
        {
            Tab tab(context);
            QVERIFY(tab.showAndLoad());
            auto *outer = tab.view->findChildren<QSplitter *>().first();
            outer->setSizes({400, 800});
            Q_EMIT outer->splitterMoved(400, 1);
            state = outer->saveState();
        }
        Tab again(context);
        QVERIFY(again.showAndLoad());
        QCOMPARE(again.view->findChildren<QSplitter *>().first()->saveState(), state);
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestDraftsView)
#include "tst_DraftsView.moc"
