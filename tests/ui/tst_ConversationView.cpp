// ConversationView against the emulator's demo inbox: opening a conversation shows its thread;
// Ctrl+Enter sends a reply once (a second Ctrl+Enter while in flight sends nothing) and the
// status becomes pending; note mode adds an internal note without changing the status; a
// lost answer re-reads the thread and keeps the text (or counts it sent when it arrived); drafts come back in a new view; a
// refresh keeps the scroll position (or the bottom) and offers "New messages ↓"; a deleted
// conversation says so; a thread that only grew appends the new messages to its document (the
// same document as built at once) and rebuilds it after any other change; a long thread opens
// with its latest 150 messages and "Show N earlier messages" puts the earlier ones in front,
// keeping the message being read in place. Light and dark screenshots (HEXCLAVE_SCREENSHOT_DIR=<dir> saves them).

#include "DemoProjectFixture.h"
#include "TestServer.h"
#include "UiTestHelpers.h"

#include "autosave/EditorAutosave.h"
#include "endpoints/SupportEndpoints.h"
#include "pages/support/conversation/ConversationHeader.h"
#include "pages/support/conversation/ConversationView.h"
#include "pages/support/conversation/ReplyComposer.h"
#include "pages/support/conversation/ThreadView.h"
#include "support/ConversationLabels.h"
#include "support/ConversationsModel.h"
#include "support/ReplyDrafts.h"
#include "support/ThreadModel.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using ui::ConversationView;
using ui::ReplyComposer;
using Mode = ReplyComposer::Mode;
using Kind = api::ConversationMessage::Kind;

template <class T>
std::optional<T> runWith(const ui::ProjectContext &context, api::Call<T> call)
{
    std::optional<T> result;
    bool done = false;
    api::Job<T> *job = context.client()->send(std::move(call));
    QObject receiver;
    QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
        if (job->succeeded())
            result = job->takeValue();
        done = true;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs);
    return result;
}

// A conversation of the demo inbox with `status` (and at least `minMessages` messages).
std::optional<api::ConversationSummary> conversationWith(const ui::ProjectContext &context, const QString &status)
{
    api::support::ConversationQuery query;
    query.projectId = context.project.id;
    query.status = status;
    const auto list = runWith(context, api::support::conversations(query));
    if (!list || list->conversations.isEmpty())
        return std::nullopt;
    return list->conversations.first();
}

std::optional<api::ConversationDetail> reread(const ui::ProjectContext &context, const QString &id)
{
    return runWith(context, api::support::conversation(context.project.id, id));
}

int countOf(const api::ConversationDetail &detail, Kind kind, const QString &body)
{
    int n = 0;
    for (const api::ConversationMessage &message : detail.messages)
        n += message.kind() == kind && message.body == body ? 1 : 0;
    return n;
}

int rows(ConversationView &view)
{
    return view.threadView()->model()->rowCount();
}

// Shows the conversation and waits for its thread.
bool open(ConversationView &view, const api::ConversationSummary &summary)
{
    view.showConversation(summary);
    return QTest::qWaitFor([&view] { return rows(view) > 0; }, kUiTimeoutMs);
}

api::ConversationMessage threadMessage(int n)
{
    api::ConversationMessage message;
    message.id = u"message-%1"_s.arg(n);
    message.createdAtMillis = 1'700'000'000'000 + qint64(n) * 60'000;
    switch (n % 4) {
    case 0:
        message.messageType = u"message"_s;
        message.sender = {u"user"_s, u"customer-1"_s, u"Dana Customer"_s, u"dana@example.com"_s};
        message.body = u"Customer message %1,\nwith a second line."_s.arg(n);
        break;
    case 1:
        message.messageType = u"message"_s;
        message.sender = {u"agent"_s, u"agent-1"_s, u"Sam Agent"_s, {}};
        message.body = u"Reply %1 from support."_s.arg(n);
        break;
    case 2:
        message.messageType = u"internal-note"_s;
        message.sender = {u"agent"_s, u"agent-1"_s, u"Sam Agent"_s, {}};
        message.body = u"Note %1 for the team."_s.arg(n);
        break;
    default:
        message.messageType = u"status-change"_s;
        message.sender = {u"agent"_s, u"agent-1"_s, u"Sam Agent"_s, {}};
        message.newStatus = n % 8 == 3 ? u"pending"_s : u"open"_s;
        break;
    }
    return message;
}

QList<api::ConversationMessage> threadMessages(int from, int to)
{
    QList<api::ConversationMessage> messages;
    for (int n = from; n < to; ++n)
        messages.append(threadMessage(n));
    return messages;
}

// The document of a thread that shows `messages` from the start.
QString builtAtOnce(const QList<api::ConversationMessage> &messages, QSize size)
{
    ui::ThreadView thread;
    thread.resize(size);
    thread.show();
    thread.setMessages(messages, true);
    return thread.browser()->toHtml();
}

void pressCtrlEnter(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class TestConversationView : public QObject
{
    Q_OBJECT

    // Drafts go to <AppDataLocation>/autosave: a folder of this run's own, so that no other run
    // of this test (a second build's, a developer's) writes into it meanwhile.
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        QVERIFY(models::EditorAutosave::defaultDirectory().startsWith(m_home.path()));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void init()
    {
        QDir(models::EditorAutosave::defaultDirectory()).removeRecursively();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void opensTheThreadOfAConversation()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);
        const auto detail = reread(fixture.context, summary->conversationId);
        QVERIFY(detail);

        ConversationView view(fixture.context);
        view.resize(900, 700);
        view.show();
        QSignalSpy loaded(&view, &ConversationView::conversationLoaded);
        QVERIFY(open(view, *summary));
        QCOMPARE(view.conversationId(), summary->conversationId);
        QCOMPARE(rows(view), detail->messages.size());
        QCOMPARE(loaded.size(), 1);
        // Every message's text is in the selectable thread.
        const QString shown = view.threadView()->browser()->toPlainText();
        for (const api::ConversationMessage &message : detail->messages) {
            if (!message.body.isEmpty())
                QVERIFY2(shown.contains(message.body.left(40)), qPrintable(message.body));
        }
        QVERIFY(view.threadView()->browser()->textInteractionFlags() & Qt::TextSelectableByMouse);
        // Copy works (the text browser's context menu offers Copy and Select All).
        view.threadView()->browser()->selectAll();
        view.threadView()->browser()->copy();
        QVERIFY(QGuiApplication::clipboard()->text().contains(detail->messages.first().body.left(40)));
        QVERIFY(view.threadView()->isAtBottom()); // a newly opened conversation shows its latest message
        QVERIFY(!view.hasUnsavedChanges());
    }

    void ctrlEnterSendsTheReplyOnce()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);

        ConversationView view(fixture.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, *summary));
        const int before = rows(view);
        QSignalSpy changed(&view, &ConversationView::conversationChanged);

        ReplyComposer *composer = view.composer();
        QVERIFY(!composer->sendButton()->isEnabled()); // nothing typed yet
        QVERIFY(composer->sendButton()->toolTip().contains(u"Ctrl+Enter"_s));
        QVERIFY(composer->hintLabel()->text().contains(u"The customer will see this reply"_s));
        QPlainTextEdit *editor = composer->editor(Mode::Reply);
        const QString body = u"Thanks for waiting, it works again. "_s + TestServer::uniqueName(u"reply"_s);
        editor->setFocus();
        QTest::keyClicks(editor, body);
        QVERIFY(composer->sendButton()->isEnabled());
        QVERIFY(!view.hasUnsavedChanges()); // typed text is a draft, kept when the app closes

        pressCtrlEnter(editor);
        QVERIFY(composer->isBusy());
        QVERIFY(view.hasUnsavedChanges()); // a send in flight could be lost
        QVERIFY(!composer->sendButton()->isEnabled());
        pressCtrlEnter(editor); // the impatient second press
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kUiTimeoutMs);
        QCOMPARE(changed.first().first().value<api::ConversationSummary>().status, u"pending"_s);
        QCOMPARE(rows(view), before + 1);
        const QModelIndex last = view.threadView()->model()->index(before);
        QCOMPARE(last.data(models::ThreadModel::KindRole).toInt(), int(Kind::AgentReply));
        QCOMPARE(last.data(models::ThreadModel::BodyRole).toString(), body);
        QCOMPARE(editor->toPlainText(), QString()); // sent: the composer is empty again
        QVERIFY(!composer->isBusy());
        QVERIFY(!view.hasUnsavedChanges());

        // Another Ctrl+Enter on the empty composer sends nothing, and the server holds the reply once.
        pressCtrlEnter(editor);
        QVERIFY(!composer->isBusy()); // nothing went out
        QCOMPARE(changed.size(), 1);
        const auto stored = reread(fixture.context, summary->conversationId);
        QVERIFY(stored);
        QCOMPARE(countOf(*stored, Kind::AgentReply, body), 1);
        QCOMPARE(stored->conversation.status, u"pending"_s);
    }

    void noteModeAddsAnInternalNote()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);

        ConversationView view(fixture.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, *summary));
        const int before = rows(view);
        QSignalSpy changed(&view, &ConversationView::conversationChanged);

        ReplyComposer *composer = view.composer();
        QTest::mouseClick(composer->modeButton(Mode::Note), Qt::LeftButton);
        QCOMPARE(composer->mode(), Mode::Note);
        QVERIFY(composer->editor(Mode::Note)->isVisible());
        QVERIFY(!composer->editor(Mode::Reply)->isVisible());
        // One wording for notes: the composer hint and the thread's label.
        QCOMPARE(models::internalNoteLabel(), u"Internal note · only your team sees this"_s);
        QVERIFY(composer->hintLabel()->text().startsWith(models::internalNoteLabel()));
        QCOMPARE(composer->sendButton()->text(), u"Add note"_s);
        // Note mode looks different: the editor is tinted.
        QVERIFY(composer->editor(Mode::Note)->palette().color(QPalette::Base)
                != composer->editor(Mode::Reply)->palette().color(QPalette::Base));

        const QString note = u"Customer is on the enterprise plan. "_s + TestServer::uniqueName(u"note"_s);
        QTest::keyClicks(composer->editor(Mode::Note), note);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kUiTimeoutMs);
        QCOMPARE(changed.first().first().value<api::ConversationSummary>().status, u"open"_s); // unchanged
        QCOMPARE(rows(view), before + 1);
        QCOMPARE(view.threadView()->model()->index(before).data(models::ThreadModel::KindRole).toInt(),
                 int(Kind::InternalNote));
        QVERIFY(view.threadView()->browser()->toPlainText().contains(models::internalNoteLabel()));
    }

    void lostAnswersAreCheckedNeverResent()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);

        ConversationView view(fixture.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, *summary));
        const int before = rows(view);
        const auto patches = [&fixture] {
            int n = 0;
            for (const emulator::RecordedRequest &request : fixture.emulator->recordedRequests())
                n += request.method == u"PATCH" ? 1 : 0;
            return n;
        };

        // A 503 (a proxy in the way, say): unknown outcome; the re-read thread lacks the reply.
        emulator::Fault unavailable;
        unavailable.kind = emulator::Fault::Kind::Status;
        unavailable.status = 503;
        unavailable.method = u"PATCH"_s;
        unavailable.pathPattern = u"^/internal/conversations/"_s;
        fixture.emulator->addFault(unavailable);
        fixture.emulator->clearRecordedRequests();

        ReplyComposer *composer = view.composer();
        const QString body = u"Does this arrive? "_s + TestServer::uniqueName(u"lost"_s);
        QTest::keyClicks(composer->editor(Mode::Reply), body);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isBusy(), kUiTimeoutMs);

        QString shown = visibleLabelTexts(composer).join(u'\n');
        QVERIFY2(composer->banner()->isShowingError(), qPrintable(shown));
        QVERIFY2(shown.contains(u"Not sent — your text is kept; send again?"_s), qPrintable(shown));
        QCOMPARE(composer->editor(Mode::Reply)->toPlainText(), body);
        QCOMPARE(rows(view), before);
        QVERIFY(Screenshots().save(&view, u"conversation-view-not-sent"_s));
        QVERIFY(!QTest::qWaitFor([&patches] { return patches() > 1; }, 300)); // never sent again by itself

        // Sending again is the person's choice. This time the server stores it but the answer
        // arrives cut off: the re-read finds it, so it counts as sent.
        emulator::Fault truncated;
        truncated.kind = emulator::Fault::Kind::TruncatedBody;
        truncated.method = u"PATCH"_s;
        truncated.pathPattern = u"^/internal/conversations/"_s;
        fixture.emulator->addFault(truncated);
        QSignalSpy changed(&view, &ConversationView::conversationChanged);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kUiTimeoutMs);
        QCOMPARE(rows(view), before + 1);
        shown = visibleLabelTexts(composer).join(u'\n');
        QVERIFY2(shown.contains(u"Your reply arrived"_s), qPrintable(shown));
        QVERIFY(!composer->banner()->isShowingError());
        QCOMPARE(composer->editor(Mode::Reply)->toPlainText(), QString());
        QVERIFY(!QTest::qWaitFor([&patches] { return patches() > 2; }, 300));
        const auto stored = reread(fixture.context, summary->conversationId);
        QVERIFY(stored);
        QCOMPARE(countOf(*stored, Kind::AgentReply, body), 1);
    }

    void draftIsRestoredInANewView()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        const auto other = conversationWith(fixture.context, u"pending"_s);
        QVERIFY(summary && other);
        const QString reply = u"Half-written reply,\nsecond line"_s;
        const QString note = u"Half-written note"_s;
        const QString projectId = fixture.context.project.id;
        const auto stored = [&](Mode mode) {
            const auto entry = models::EditorAutosave(models::EditorAutosave::defaultDirectory())
                                   .find(models::ReplyDrafts::key(projectId, summary->conversationId,
                                                                  mode == Mode::Reply ? models::ReplyDrafts::Mode::Reply
                                                                                      : models::ReplyDrafts::Mode::Note));
            return entry ? entry->text : QString();
        };
        {
            ConversationView view(fixture.context);
            view.show();
            QVERIFY(open(view, *summary));
            QSignalSpy draftsChanged(&view, &ConversationView::draftsChanged);
            QVERIFY(!view.hasDraft(summary->conversationId));
            QTest::keyClicks(view.composer()->editor(Mode::Reply), reply.left(19));
            QTest::keyClick(view.composer()->editor(Mode::Reply), Qt::Key_Return); // a plain Enter is a new line
            QTest::keyClicks(view.composer()->editor(Mode::Reply), reply.mid(20));
            QCOMPARE(view.composer()->editor(Mode::Reply)->toPlainText(), reply);
            QTest::mouseClick(view.composer()->modeButton(Mode::Note), Qt::LeftButton);
            QTest::keyClicks(view.composer()->editor(Mode::Note), note);
            QVERIFY(view.hasDraft(summary->conversationId));
            QVERIFY(!view.hasUnsavedChanges()); // nothing to lose: closing the app does not ask

            // A crash runs no destructor: the text must be on disk about a second after typing,
            // while the view is still alive.
            QTRY_COMPARE_WITH_TIMEOUT(stored(Mode::Reply), reply, 1500);
            QTRY_COMPARE_WITH_TIMEOUT(stored(Mode::Note), note, 1500);
            QVERIFY(!draftsChanged.isEmpty());

            // Switching conversations keeps it too.
            QVERIFY(open(view, *other));
            QCOMPARE(view.composer()->editor(Mode::Reply)->toPlainText(), QString());
            QVERIFY(view.hasDraft(summary->conversationId));
            QVERIFY(!view.hasDraft(other->conversationId));
            QVERIFY(open(view, *summary));
            QCOMPARE(view.composer()->editor(Mode::Reply)->toPlainText(), reply);
        }
        // A new view (the next start of the app, or after a crash: the text was stored already).
        ConversationView later(fixture.context);
        QVERIFY(later.hasDraft(summary->conversationId)); // known before the conversation is opened
        later.show();
        QVERIFY(open(later, *summary));
        QCOMPARE(later.composer()->editor(Mode::Reply)->toPlainText(), reply);
        QCOMPARE(later.composer()->editor(Mode::Note)->toPlainText(), note);
        QVERIFY(!later.hasUnsavedChanges());
        // "Discard" on closing never deletes a draft.
        later.discardUnsavedChanges();
        QCOMPARE(stored(Mode::Reply), reply);

        ConversationView afterDiscard(fixture.context);
        QVERIFY(open(afterDiscard, *summary));
        QCOMPARE(afterDiscard.composer()->editor(Mode::Reply)->toPlainText(), reply);
    }

    void closingRightAfterTypingKeepsTheDraft()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);
        const QString reply = u"Typed just before closing"_s;
        {
            auto view = std::make_unique<ConversationView>(fixture.context);
            view->show();
            QVERIFY(open(*view, *summary));
            QTest::keyClicks(view->composer()->editor(Mode::Reply), reply);
            QVERIFY(!models::EditorAutosave(models::EditorAutosave::defaultDirectory())
                         .find(models::ReplyDrafts::key(fixture.context.project.id, summary->conversationId,
                                                        models::ReplyDrafts::Mode::Reply))); // not yet stored
        } // destroyed at once: the destructor stores the pending text
        ConversationView later(fixture.context);
        later.show();
        QVERIFY(open(later, *summary));
        QCOMPARE(later.composer()->editor(Mode::Reply)->toPlainText(), reply);
    }

    void failedSendElsewhereIsReportedAndKeptAsDraft()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto first = conversationWith(fixture.context, u"open"_s);
        const auto other = conversationWith(fixture.context, u"pending"_s);
        QVERIFY(first && other);
        const QString projectId = fixture.context.project.id;
        const auto storedReply = [&] {
            const auto entry = models::EditorAutosave(models::EditorAutosave::defaultDirectory())
                                   .find(models::ReplyDrafts::key(projectId, first->conversationId,
                                                                  models::ReplyDrafts::Mode::Reply));
            return entry ? entry->text : QString();
        };

        ConversationView view(fixture.context);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, *first));
        QSignalSpy failedElsewhere(&view, &ConversationView::sendFailedElsewhere);
        QSignalSpy changed(&view, &ConversationView::conversationChanged);

        // The server refuses the reply, but by then the agent has moved on to another conversation.
        emulator::Fault refused;
        refused.kind = emulator::Fault::Kind::Status;
        refused.status = 400;
        refused.method = u"PATCH"_s;
        refused.pathPattern = u"^/internal/conversations/"_s;
        fixture.emulator->addFault(refused);
        const QString body = u"Sorry for the wait, "_s + TestServer::uniqueName(u"elsewhere"_s);
        QTest::keyClicks(view.composer()->editor(Mode::Reply), body);
        QTest::mouseClick(view.composer()->sendButton(), Qt::LeftButton);
        QVERIFY(view.hasUnsavedChanges());
        view.showConversation(*other);

        QVERIFY(failedElsewhere.wait(kUiTimeoutMs));
        QCOMPARE(failedElsewhere.size(), 1);
        const auto reported = failedElsewhere.first().at(0).value<api::ConversationSummary>();
        const QString message = failedElsewhere.first().at(1).toString();
        QCOMPARE(reported.conversationId, first->conversationId);
        QVERIFY2(message.contains(u"Your reply to “%1” was not sent"_s.arg(first->subject)), qPrintable(message));
        QVERIFY2(message.contains(u"kept as a draft"_s), qPrintable(message));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(storedReply(), body); // on disk, as the message says
        QVERIFY(view.hasDraft(first->conversationId));
        // The conversation on screen shows nothing of it.
        QVERIFY(!view.composer()->banner()->isShowingError());
        QCOMPARE(view.conversationId(), other->conversationId);

        // Back there, the text is in the composer; this time it goes through while the agent is
        // elsewhere again: a success still updates the inbox row and removes the draft.
        QVERIFY(open(view, *first));
        QCOMPARE(view.composer()->editor(Mode::Reply)->toPlainText(), body);
        fixture.emulator->clearFaults();
        QTest::mouseClick(view.composer()->sendButton(), Qt::LeftButton);
        view.showConversation(*other);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kUiTimeoutMs);
        QCOMPARE(changed.first().first().value<api::ConversationSummary>().conversationId, first->conversationId);
        QCOMPARE(failedElsewhere.size(), 1);
        QCOMPARE(storedReply(), QString());
        QVERIFY(!view.hasDraft(first->conversationId));
        const auto stored = reread(fixture.context, first->conversationId);
        QVERIFY(stored);
        QCOMPARE(countOf(*stored, Kind::AgentReply, body), 1);
    }

    void refreshKeepsTheScrollPosition()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);
        for (int i = 0; i < 12; ++i) // enough to scroll in a small window
            QVERIFY(!fixture.emulator->appendCustomerMessage(fixture.context.project.id, summary->conversationId,
                                                             u"Earlier message %1 with a few more words to fill lines"_s.arg(i)).isEmpty());

        ConversationView view(fixture.context);
        view.resize(700, 500);
        view.show();
        QVERIFY(open(view, *summary));
        ui::ThreadView *thread = view.threadView();
        QScrollBar *bar = thread->browser()->verticalScrollBar();
        QVERIFY(bar->maximum() > 200);
        QVERIFY(thread->isAtBottom());

        // At the bottom: a new message keeps the view at the bottom.
        int before = rows(view);
        fixture.emulator->appendCustomerMessage(fixture.context.project.id, summary->conversationId, u"Hello again?"_s);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(rows(view), before + 1, kUiTimeoutMs);
        QVERIFY(thread->isAtBottom());
        QVERIFY(!thread->newMessagesButton()->isVisible());

        // Scrolled up: the position stays and "New messages ↓" appears.
        bar->setValue(bar->maximum() / 3);
        const int position = bar->value();
        const QString typed = u"kept while refreshing"_s;
        QTest::keyClicks(view.composer()->editor(Mode::Reply), typed);
        before = rows(view);
        fixture.emulator->appendCustomerMessage(fixture.context.project.id, summary->conversationId, u"Anyone there?"_s);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(rows(view), before + 1, kUiTimeoutMs);
        QCOMPARE(bar->value(), position);
        QVERIFY(thread->newMessagesButton()->isVisible());
        QCOMPARE(view.composer()->editor(Mode::Reply)->toPlainText(), typed);

        // A refresh with nothing new changes nothing.
        view.refresh();
        QVERIFY(view.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), kUiTimeoutMs);
        QCOMPARE(bar->value(), position);

        QTest::mouseClick(thread->newMessagesButton(), Qt::LeftButton);
        QVERIFY(thread->isAtBottom());
        QVERIFY(!thread->newMessagesButton()->isVisible());
    }

    void newMessagesAreAppendedToTheDocument()
    {
        ui::ThreadView thread;
        thread.resize(600, 400);
        thread.show();
        QList<api::ConversationMessage> messages = threadMessages(0, 40);
        thread.setMessages(messages, true);
        QTextDocument *document = thread.browser()->document();
        QVERIFY(thread.isAtBottom());
        QCOMPARE(thread.browser()->toHtml(), builtAtOnce(messages, thread.size()));

        // Every kind after every kind: only the end of the document changes.
        for (int added = 1; added <= 4; ++added) {
            const int oldEnd = document->characterCount() - 1;
            QSignalSpy changes(document, &QTextDocument::contentsChange);
            const int from = int(messages.size());
            messages += threadMessages(from, from + added);
            thread.setMessages(messages, false);
            QVERIFY(!changes.isEmpty());
            for (const QList<QVariant> &change : std::as_const(changes)) {
                QVERIFY2(change.at(0).toInt() >= oldEnd - 1 && change.at(1).toInt() <= 1,
                         qPrintable(u"position %1, removed %2, end %3"_s.arg(change.at(0).toInt()).arg(change.at(1).toInt()).arg(oldEnd)));
            }
            QCOMPARE(thread.browser()->toHtml(), builtAtOnce(messages, thread.size()));
            QCOMPARE(thread.model()->rowCount(), messages.size());
            QVERIFY(thread.isAtBottom());
        }

        // A status change after a status change, then a message after it.
        for (int n : {103, 107, 108}) {
            messages.append(threadMessage(n));
            thread.setMessages(messages, false);
            QCOMPARE(thread.browser()->toHtml(), builtAtOnce(messages, thread.size()));
        }

        // An earlier message changed: the document is built again, the same as at once.
        messages[5].body = u"Edited earlier message"_s;
        messages += threadMessage(int(messages.size()));
        QSignalSpy rebuilt(document, &QTextDocument::contentsChange);
        thread.setMessages(messages, false);
        QVERIFY(std::any_of(rebuilt.cbegin(), rebuilt.cend(), [](const QList<QVariant> &change) { return change.at(0).toInt() == 0; }));
        QVERIFY(thread.browser()->toPlainText().contains(u"Edited earlier message"_s));
        QCOMPARE(thread.browser()->toHtml(), builtAtOnce(messages, thread.size()));

        // A message gone: built again too.
        messages.removeAt(7);
        thread.setMessages(messages, false);
        QCOMPARE(thread.browser()->toHtml(), builtAtOnce(messages, thread.size()));
        QCOMPARE(thread.model()->rowCount(), messages.size());
    }

    void longThreadsOpenWithTheLatestMessages()
    {
        ui::ThreadView thread;
        thread.resize(600, 400);
        thread.show();
        QList<api::ConversationMessage> messages = threadMessages(0, 400);
        thread.setMessages(messages, true);
        QTextBrowser *browser = thread.browser();
        QPushButton *earlier = thread.earlierMessagesButton();
        QCOMPARE(thread.model()->rowCount(), 400);
        QCOMPARE(thread.firstShownRow(), 250);
        QVERIFY(browser->toPlainText().contains(u"Customer message 252,"_s));
        QVERIFY(!browser->toPlainText().contains(u"Customer message 248,"_s));
        QVERIFY(earlier->isVisible());
        QVERIFY(earlier->text().startsWith(u"Show 250 earlier message"_s)); // "(s)" without the English plurals
        QVERIFY(thread.isAtBottom());

        // At the top, reading the first shown message: it stays where it is.
        browser->verticalScrollBar()->setValue(0);
        const auto topOf = [browser](const QString &text) {
            return browser->cursorRect(browser->document()->find(text)).top();
        };
        const int readAt = topOf(u"Note 250 for the team."_s);
        QVERIFY(readAt >= 0 && readAt < browser->viewport()->height());
        QTest::mouseClick(earlier, Qt::LeftButton);
        QCOMPARE(thread.firstShownRow(), 100);
        QVERIFY(earlier->text().startsWith(u"Show 100 earlier message"_s)); // "(s)" without the English plurals
        QVERIFY(browser->toPlainText().contains(u"Customer message 100,"_s));
        QVERIFY(!browser->toPlainText().contains(u"Customer message 96,"_s));
        QVERIFY2(qAbs(topOf(u"Note 250 for the team."_s) - readAt) <= 2,
                 qPrintable(u"%1 → %2"_s.arg(readAt).arg(topOf(u"Note 250 for the team."_s))));
        QVERIFY(browser->verticalScrollBar()->value() > 0);
        QVERIFY(!thread.isAtBottom());

        // The batch in front is the same document as one built from it; a rebuild keeps it shown.
        const QString prepended = browser->toHtml();
        thread.setPalette(darkPalette());
        thread.setPalette(QApplication::style()->standardPalette());
        QCOMPARE(thread.firstShownRow(), 100);
        QCOMPARE(browser->toHtml(), prepended);

        // A refresh still appends at the end only.
        QTextDocument *document = browser->document();
        const int oldEnd = document->characterCount() - 1;
        QSignalSpy changes(document, &QTextDocument::contentsChange);
        messages += threadMessages(400, 402);
        thread.setMessages(messages, false);
        QVERIFY(!changes.isEmpty());
        for (const QList<QVariant> &change : std::as_const(changes))
            QVERIFY(change.at(0).toInt() >= oldEnd - 1 && change.at(1).toInt() <= 1);
        QCOMPARE(thread.model()->rowCount(), 402);
        QCOMPARE(thread.firstShownRow(), 100);
        QVERIFY(browser->toPlainText().contains(u"Customer message 400,"_s));
        QVERIFY(earlier->text().startsWith(u"Show 100 earlier message"_s)); // "(s)" without the English plurals

        // The last batch: everything is shown and the button goes.
        QTest::mouseClick(earlier, Qt::LeftButton);
        QCOMPARE(thread.firstShownRow(), 0);
        QVERIFY(!earlier->isVisible());
        QVERIFY(browser->toPlainText().trimmed().startsWith(u"Dana Customer"_s));
        QVERIFY(browser->toPlainText().contains(u"Customer message 0,"_s));
        const QString everything = browser->toHtml();
        thread.setPalette(darkPalette());
        thread.setPalette(QApplication::style()->standardPalette());
        QCOMPARE(browser->toHtml(), everything);

        // Another conversation opens with its latest messages again.
        thread.clear();
        thread.setMessages(threadMessages(1000, 1200), true);
        QCOMPARE(thread.firstShownRow(), 50);
        QVERIFY(earlier->text().startsWith(u"Show 50 earlier message"_s)); // "(s)" without the English plurals
        QVERIFY(thread.isAtBottom());
    }

    void closedConversationStillTakesReplies()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"closed"_s);
        QVERIFY(summary);
        ConversationView view(fixture.context);
        view.show();
        QVERIFY(open(view, *summary));
        QVERIFY(view.composer()->hintLabel()->text().contains(u"stays resolved"_s));
        QSignalSpy changed(&view, &ConversationView::conversationChanged);
        QTest::keyClicks(view.composer()->editor(Mode::Reply), u"One more thing"_s);
        pressCtrlEnter(view.composer()->editor(Mode::Reply));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kUiTimeoutMs);
        QCOMPARE(changed.first().first().value<api::ConversationSummary>().status, u"closed"_s);
    }

    void deletedConversationIsNotFound()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        api::ConversationSummary gone;
        gone.conversationId = u"00000000-0000-4000-8000-00000000dead"_s;
        gone.subject = u"Gone"_s;
        gone.status = u"open"_s;
        ConversationView view(fixture.context);
        view.show();
        view.showConversation(gone);
        QTRY_VERIFY_WITH_TIMEOUT(visibleLabelTexts(&view).contains(u"Conversation not found"_s), kUiTimeoutMs);
    }

    void failedLoadOffersRetry()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);
        emulator::Fault fault;
        fault.kind = emulator::Fault::Kind::Status;
        fault.status = 500;
        fault.method = u"GET"_s;
        fault.pathPattern = u"^/internal/conversations/"_s;
        fault.count = 3; // every attempt of the client's retries
        fixture.emulator->addFault(fault);

        ConversationView view(fixture.context);
        view.show();
        view.showConversation(*summary);
        const auto showsError = [&view] {
            const auto banners = view.findChildren<ui::ErrorBanner *>();
            return std::any_of(banners.cbegin(), banners.cend(),
                               [](const ui::ErrorBanner *banner) { return banner->isShowingError() && banner->isVisible(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsError(), kUiTimeoutMs);
        QPushButton *retry = findButton<QPushButton>(&view, u"Retry"_s);
        QVERIFY(retry);
        fixture.emulator->clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rows(view) > 0, kUiTimeoutMs);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto summary = conversationWith(fixture.context, u"open"_s);
        QVERIFY(summary);
        fixture.emulator->appendCustomerMessage(
            fixture.context.project.id, summary->conversationId,
            u"A long message to show wrapping: https://example.com/a/very/long/url/that/does/not/fit/on/one/line/"
            "at/all/and/keeps/going/and/going/?with=query&and=more plus some ordinary words after it."_s);
        QVERIFY(runWith(fixture.context, api::support::addInternalNote(fixture.context.project.id, summary->conversationId,
                                                                       u"Enterprise customer, SSO via Okta."_s)));
        QVERIFY(runWith(fixture.context,
                        api::support::setStatus(fixture.context.project.id, summary->conversationId, u"pending"_s)));
        ConversationView view(fixture.context);
        view.resize(900, 760);
        view.show();
        QVERIFY(open(view, *summary));
        QTest::mouseClick(view.composer()->modeButton(Mode::Note), Qt::LeftButton);
        QTest::keyClicks(view.composer()->editor(Mode::Note), u"Checked the logs: the SSO connection expired."_s);
        // Pending layout requests settle: the header is as tall as its wrapped content needs.
        ui::ConversationHeader *header = view.header();
        QTRY_VERIFY(header->height() >= header->heightForWidth(header->width()));
        // The thread gets most of the height; the composer about five lines.
        QVERIFY2(view.threadView()->height() > 2 * view.composer()->height(),
                 qPrintable(u"%1 %2"_s.arg(view.threadView()->height()).arg(view.composer()->height())));
        QVERIFY(Screenshots().save(&view, dark ? u"conversation-view-dark"_s : u"conversation-view"_s));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConversationView)
#include "tst_ConversationView.moc"
