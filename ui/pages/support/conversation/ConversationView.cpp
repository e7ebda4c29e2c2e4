#include "ConversationView.h"

#include "ConversationHeader.h"
#include "ReplyComposer.h"
#include "ThreadView.h"

#include "autosave/EditorAutosave.h"
#include "core/ApiClient.h"
#include "endpoints/SupportEndpoints.h"
#include "support/ReplyDrafts.h"
#include "support/ReplySender.h"
#include "support/ThreadModel.h"
#include "widgets/ErrorBanner.h"

#include <QLabel>
#include <QPointer>
#include <QEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

namespace {

using Mode = models::ReplyDrafts::Mode;
using Outcome = models::ReplySender::Outcome;

QLabel *centeredLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

struct ConversationView::Private
{
    ProjectContext context;
    api::ConversationSummary summary;
    bool loaded = false;
    // Every applied detail counts up, so that a re-read started before a send or a header
    // change does not put the older thread back.
    int detailVersion = 0;
    // The newest message shown: a reply found by the check after a lost answer must be newer.
    qint64 lastMessageAtMillis = 0;
    // The conversation a send in flight goes to (the view may show another one meanwhile).
    api::ConversationSummary sendingTo;
    bool splitterSized = false;
    QPointer<api::ApiJob> loadJob;

    QStackedWidget *stack = nullptr;
    QLabel *emptyPage = nullptr;
    QLabel *loadingPage = nullptr;
    QWidget *failedPage = nullptr;
    ErrorBanner *failedBanner = nullptr;
    QWidget *notFoundPage = nullptr;
    QWidget *contentPage = nullptr;
    ConversationHeader *header = nullptr;
    QSplitter *splitter = nullptr;
    ThreadView *thread = nullptr;
    ReplyComposer *composer = nullptr;

    models::EditorAutosave *autosave = nullptr;
    models::ReplyDrafts *drafts = nullptr;
    models::ReplySender *sender = nullptr;
};

ConversationView::ConversationView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->context = context;
    setAccessibleName(tr("Conversation"));

    d->autosave = new models::EditorAutosave(models::EditorAutosave::defaultDirectory(), this);
    d->drafts = new models::ReplyDrafts(d->autosave, context.project.id, this);
    d->sender = new models::ReplySender(context.client(), context.project.id, this);

    d->stack = new QStackedWidget(this);
    d->emptyPage = centeredLabel(tr("Select a conversation to read it and reply."), d->stack);
    d->loadingPage = centeredLabel(tr("Loading the conversation…"), d->stack);
    d->loadingPage->setAccessibleName(tr("Loading the conversation"));

    d->failedPage = new QWidget(d->stack);
    d->failedBanner = new ErrorBanner(d->failedPage);
    d->failedBanner->setRetryText(tr("Retry"));
    auto *failedLayout = new QVBoxLayout(d->failedPage);
    failedLayout->addWidget(d->failedBanner);
    failedLayout->addStretch();
    connect(d->failedBanner, &ErrorBanner::retryRequested, this, [this] { showConversation(d->summary); });

    d->notFoundPage = new QWidget(d->stack);
    auto *notFoundTitle = centeredLabel(tr("Conversation not found"), d->notFoundPage);
    QFont titleFont = notFoundTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    notFoundTitle->setFont(titleFont);
    auto *notFoundText =
        centeredLabel(tr("It may have been deleted meanwhile. Choose another conversation from the list."), d->notFoundPage);
    auto *notFoundLayout = new QVBoxLayout(d->notFoundPage);
    notFoundLayout->addStretch();
    notFoundLayout->addWidget(notFoundTitle);
    notFoundLayout->addWidget(notFoundText);
    notFoundLayout->addStretch();

    d->contentPage = new QWidget(d->stack);
    d->header = new ConversationHeader(context, d->contentPage);
    // The thread gets most of the height; the composer about five lines, more by dragging.
    d->splitter = new QSplitter(Qt::Vertical, d->contentPage);
    d->splitter->setChildrenCollapsible(false);
    d->thread = new ThreadView(d->splitter);
    d->composer = new ReplyComposer(d->splitter);
    d->splitter->addWidget(d->thread);
    d->splitter->addWidget(d->composer);
    d->splitter->setStretchFactor(0, 1);
    d->splitter->setStretchFactor(1, 0);
    d->splitter->installEventFilter(this);
    auto *contentLayout = new QVBoxLayout(d->contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(d->header);
    contentLayout->addWidget(d->splitter, 1);

    for (QWidget *page : {static_cast<QWidget *>(d->emptyPage), static_cast<QWidget *>(d->loadingPage), d->failedPage,
                          d->notFoundPage, d->contentPage})
        d->stack->addWidget(page);
    d->stack->setCurrentWidget(d->emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->stack);

    connect(d->header, &ConversationHeader::conversationChanged, this,
            [this](const api::ConversationDetail &detail) {
                if (detail.conversation.conversationId != d->summary.conversationId)
                    return;
                applyDetail(detail, false);
                emit conversationChanged(detail.conversation);
            });
    connect(d->header, &ConversationHeader::openUserRequested, this, &ConversationView::openUserRequested);

    connect(d->composer, &ReplyComposer::textEdited, this, [this](Mode mode, const QString &text) {
        d->drafts->setText(d->summary.conversationId, mode, text, d->summary.subject);
    });
    connect(d->composer, &ReplyComposer::sendRequested, this, [this](Mode mode, const QString &text) {
        const auto kind = mode == Mode::Reply ? models::ReplySender::Kind::Reply : models::ReplySender::Kind::InternalNote;
        if (!d->sender->send(d->summary.conversationId, kind, text, d->lastMessageAtMillis))
            return;
        d->sendingTo = d->summary;
        d->composer->setBusy(true, mode == Mode::Reply ? tr("Sending…") : tr("Adding…"));
    });
    connect(d->sender, &models::ReplySender::checkingStarted, this, [this] {
        d->composer->setBusy(true, tr("No answer from the server — checking whether it arrived…"));
    });
    connect(d->sender, &models::ReplySender::finished, this, &ConversationView::handleSendResult);
    connect(d->drafts, &models::ReplyDrafts::storeFailed, this, [this](const QString &message) {
        d->composer->showMessage(tr("Your draft could not be saved on this computer: %1").arg(message));
    });
    connect(d->drafts, &models::ReplyDrafts::changed, this, &ConversationView::draftsChanged);
}

ConversationView::~ConversationView()
{
    // Whoever listens may be half destroyed already (the page owning this view).
    const QSignalBlocker blocker(d->drafts);
    d->drafts->flush();
}

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    // The first real height: the composer gets its default, the thread the rest. Later resizes
    // go to the thread only (stretch factors), and a dragged handle stays where it was put.
    if (watched == d->splitter && event->type() == QEvent::Resize && !d->splitterSized && d->splitter->height() > 0) {
        const int total = d->splitter->height() - d->splitter->handleWidth();
        const int composerHeight = std::min(d->composer->defaultHeight(), total / 2);
        d->splitter->setSizes({total - composerHeight, composerHeight});
        d->splitterSized = true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationView::setAgent(const models::SupportAgent &me)
{
    d->header->setAgent(me);
}

void ConversationView::setKnownAssignees(const QList<models::SupportAgent> &assignees)
{
    d->header->setKnownAssignees(assignees);
}

void ConversationView::setKnownTags(const QStringList &tags)
{
    d->header->setKnownTags(tags);
}

void ConversationView::showConversation(const api::ConversationSummary &summary)
{
    const bool sameConversation = summary.conversationId == d->summary.conversationId && d->loaded;
    if (!sameConversation) {
        d->drafts->flush();
        d->thread->clear();
        d->loaded = false;
        d->lastMessageAtMillis = 0;
        d->summary = summary;
        d->composer->clearMessage();
        // A send in flight belongs to the other conversation: its outcome is reported there no
        // more, but its text stays in that conversation's draft until it succeeds.
        d->composer->setBusy(d->sender->isBusy());
        const QString replyDraft = d->drafts->text(summary.conversationId, Mode::Reply);
        const QString noteDraft = d->drafts->text(summary.conversationId, Mode::Note);
        d->composer->setText(Mode::Reply, replyDraft);
        d->composer->setText(Mode::Note, noteDraft);
        d->composer->setMode(replyDraft.isEmpty() && !noteDraft.isEmpty() ? Mode::Note : Mode::Reply);
        d->composer->setConversationStatus(summary.status);
        d->header->setConversation(summary);
        d->stack->setCurrentWidget(d->loadingPage);
    }
    load(sameConversation);
}

void ConversationView::refresh()
{
    if (d->summary.conversationId.isEmpty())
        return;
    load(d->loaded);
}

void ConversationView::load(bool quietly)
{
    if (!d->context.client())
        return;
    if (d->loadJob)
        d->loadJob->abort();
    if (!quietly)
        d->stack->setCurrentWidget(d->loadingPage);

    const QString conversationId = d->summary.conversationId;
    const int versionAtStart = d->detailVersion;
    auto *job = d->context.client()->send(api::support::conversation(d->context.project.id, conversationId));
    d->loadJob = job;
    connect(job, &api::ApiJob::finished, this, [this, job, conversationId, versionAtStart, quietly] {
        if (conversationId != d->summary.conversationId || job->error().kind == api::ApiError::Kind::Cancelled)
            return;
        if (!job->succeeded()) {
            if (api::support::isConversationNotFound(job->error())) {
                d->loaded = false;
                d->stack->setCurrentWidget(d->notFoundPage);
            } else if (!quietly || !d->loaded) {
                d->failedBanner->showError(job->error());
                d->stack->setCurrentWidget(d->failedPage);
            }
            // A quiet re-read that fails keeps the thread on screen; the next one may work.
            return;
        }
        if (versionAtStart != d->detailVersion)
            return; // a send or a header change answered with a newer thread meanwhile
        const bool first = !d->loaded;
        applyDetail(job->value(), first);
        if (first)
            emit conversationLoaded(job->value().conversation);
    });
}

void ConversationView::applyDetail(const api::ConversationDetail &detail, bool scrollToEnd)
{
    ++d->detailVersion;
    d->loaded = true;
    d->summary = detail.conversation;
    d->header->setConversation(detail.conversation);
    d->composer->setConversationStatus(detail.conversation.status);
    d->stack->setCurrentWidget(d->contentPage);
    d->thread->setMessages(detail.messages, scrollToEnd);
    d->lastMessageAtMillis = 0;
    for (const api::ConversationMessage &message : detail.messages)
        d->lastMessageAtMillis = std::max(d->lastMessageAtMillis, message.createdAtMillis);
}

void ConversationView::handleSendResult(const models::ReplySender::Result &result)
{
    d->composer->setBusy(false);
    const Mode mode = result.kind == models::ReplySender::Kind::Reply ? Mode::Reply : Mode::Note;
    if (result.wasSent()) {
        d->drafts->discard(result.conversationId, mode);
        if (result.conversationId == d->summary.conversationId) {
            // Only the sent text goes: anything typed meanwhile would have been blocked (read-only).
            if (d->composer->text(mode) == result.body)
                d->composer->setText(mode, QString());
            applyDetail(*result.detail, true);
            if (result.outcome == Outcome::Arrived)
                d->composer->showMessage(mode == Mode::Reply
                                             ? tr("Your reply arrived. The server's answer was lost, so the "
                                                  "conversation was read again to make sure.")
                                             : tr("Your note arrived. The server's answer was lost, so the "
                                                  "conversation was read again to make sure."));
        }
        emit conversationChanged(result.detail->conversation);
        return;
    }
    if (result.conversationId != d->summary.conversationId) {
        reportFailureElsewhere(result);
        return;
    }
    switch (result.outcome) {
    case Outcome::Refused:
        d->composer->showError(mode == Mode::Reply ? tr("The reply was not sent; your text is kept.")
                                                   : tr("The note was not added; your text is kept."),
                               result.error);
        break;
    case Outcome::NotSent:
        applyDetail(*result.detail, false);
        d->composer->showError(mode == Mode::Reply ? tr("Not sent — your text is kept; send again?")
                                                   : tr("Not added — your text is kept; add it again?"),
                               result.error);
        break;
    default:
        d->composer->showError(tr("It is not known whether this arrived: the server's answer was lost and the "
                                  "conversation could not be read again. Your text is kept — reload the "
                                  "conversation and check before sending again."),
                               result.checkError.isError() ? result.checkError : result.error);
        break;
    }
    d->composer->focusEditor();
}

void ConversationView::reportFailureElsewhere(const models::ReplySender::Result &result)
{
    // The text was never removed from that conversation's draft (only a success removes it), and
    // switching away stored it; flush anyway so that "kept as a draft" is true on disk right now.
    d->drafts->flush();
    api::ConversationSummary summary = d->sendingTo;
    if (summary.conversationId != result.conversationId) {
        summary = {};
        summary.conversationId = result.conversationId;
    }
    if (result.detail)
        summary = result.detail->conversation;
    const QString subject = summary.subject.isEmpty() ? tr("a conversation") : summary.subject;
    const bool reply = result.kind == models::ReplySender::Kind::Reply;
    QString message;
    if (result.outcome == Outcome::Unknown)
        message = reply ? tr("It is not known whether your reply to “%1” arrived: the server's answer was lost. The "
                             "text is kept as a draft there; check that conversation before sending again.")
                              .arg(subject)
                        : tr("It is not known whether your note on “%1” was added: the server's answer was lost. The "
                             "text is kept as a draft there; check that conversation before adding it again.")
                              .arg(subject);
    else
        message = reply ? tr("Your reply to “%1” was not sent; the text is kept as a draft there.").arg(subject)
                        : tr("Your note on “%1” was not added; the text is kept as a draft there.").arg(subject);
    emit sendFailedElsewhere(summary, message);
}

void ConversationView::clear()
{
    d->drafts->flush();
    if (d->loadJob)
        d->loadJob->abort();
    d->summary = {};
    d->loaded = false;
    d->thread->clear();
    d->header->clear();
    d->composer->setText(Mode::Reply, QString());
    d->composer->setText(Mode::Note, QString());
    d->composer->clearMessage();
    d->stack->setCurrentWidget(d->emptyPage);
}

QString ConversationView::conversationId() const
{
    return d->summary.conversationId;
}

bool ConversationView::isLoading() const
{
    return d->loadJob && !d->loadJob->isFinished();
}

bool ConversationView::hasUnsavedChanges() const
{
    return d->sender->isBusy() || d->header->isBusy();
}

void ConversationView::discardUnsavedChanges()
{
    // Drafts stay: closing the app keeps them by design. Store what is still pending.
    d->drafts->flush();
}

bool ConversationView::hasDraft(const QString &conversationId) const
{
    return d->drafts->hasDraft(conversationId);
}

void ConversationView::focusComposer()
{
    d->composer->focusEditor();
}

ReplyComposer *ConversationView::composer() const
{
    return d->composer;
}

ThreadView *ConversationView::threadView() const
{
    return d->thread;
}

ConversationHeader *ConversationView::header() const
{
    return d->header;
}

} // namespace hexclave::ui
