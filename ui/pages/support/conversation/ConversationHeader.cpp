#include "ConversationHeader.h"

#include "AssigneeControl.h"
#include "ConversationFacts.h"
#include "FlowLayout.h"
#include "StatusControl.h"
#include "TagsEditor.h"
#include "core/ApiClient.h"
#include "endpoints/SupportEndpoints.h"
#include "support/ConversationAttributesChange.h"
#include "support/ConversationLabels.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// A caption and its control, kept together when the row wraps.
QWidget *group(QLabel *label, QWidget *control, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    label->setParent(widget);
    control->setParent(widget);
    layout->addWidget(label);
    layout->addWidget(control);
    return widget;
}

} // namespace

struct ConversationHeader::Private
{
    ProjectContext context;
    api::ConversationSummary summary;
    bool shown = false;
    QPointer<api::ApiJob> job;
    int generation = 0; // bumped when another conversation is shown: late answers are dropped
    QPointer<QWidget> focusBeforeBusy;
    QPointer<QWidget> focusFallback; // when that one is gone afterwards (a hidden button, a removed chip)
    bool clearTagInputOnSuccess = false;

    ConversationFacts *facts = nullptr;
    QWidget *controls = nullptr;
    StatusControl *status = nullptr;
    AssigneeControl *assignee = nullptr;
    QComboBox *priority = nullptr;
    TagsEditor *tags = nullptr;
    QWidget *busy = nullptr;
    QLabel *busyText = nullptr;
    ErrorBanner *banner = nullptr;
};

ConversationHeader::ConversationHeader(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->context = context;
    setObjectName(QStringLiteral("conversationHeader"));

    d->facts = new ConversationFacts(this);

    d->controls = new QWidget(this);
    d->status = new StatusControl(d->controls);
    d->assignee = new AssigneeControl(d->controls);
    d->priority = new QComboBox(d->controls);
    d->priority->setObjectName(QStringLiteral("priorityCombo"));
    d->priority->setAccessibleName(tr("Priority"));
    for (const QString &priority : api::conversationPriorities())
        d->priority->addItem(models::conversationPriorityLabel(priority), priority);
    d->tags = new TagsEditor(d->controls);

    d->busy = new QWidget(this);
    d->busyText = new QLabel(d->busy);
    auto *busyBar = new QProgressBar(d->busy);
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setMaximumSize(60, 10);
    busyBar->setAccessibleName(tr("Saving"));
    auto *busyLayout = new QHBoxLayout(d->busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(busyBar);
    busyLayout->addWidget(d->busyText);
    d->busy->hide();

    d->banner = new ErrorBanner(this);
    d->banner->setRetryText(tr("Refresh"));

    // Status, assignee and priority wrap onto more lines in a narrow pane.
    auto *fields = new FlowLayout(nullptr, 16);
    fields->addWidget(group(caption(tr("Status:"), d->status->statusButton(), d->controls), d->status, d->controls));
    fields->addWidget(group(caption(tr("Assignee:"), d->assignee->menuButton(), d->controls), d->assignee, d->controls));
    fields->addWidget(group(caption(tr("Priority:"), d->priority, d->controls), d->priority, d->controls));
    auto *tagsRow = new QHBoxLayout;
    tagsRow->setSpacing(6);
    QLabel *tagsCaption = caption(tr("Tags:"), d->tags->input(), d->controls);
    // Level with the first line of chips, also when they wrap onto more lines.
    tagsCaption->setMinimumHeight(d->tags->input()->sizeHint().height());
    tagsRow->addWidget(tagsCaption, 0, Qt::AlignTop);
    tagsRow->addWidget(d->tags, 1);
    auto *controlsLayout = new QVBoxLayout(d->controls);
    controlsLayout->setContentsMargins(0, 4, 0, 0);
    controlsLayout->addLayout(fields);
    controlsLayout->addLayout(tagsRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    layout->addWidget(d->facts);
    layout->addWidget(d->controls);
    layout->addWidget(d->busy);
    layout->addWidget(d->banner);

    connect(d->facts, &ConversationFacts::openUserRequested, this, &ConversationHeader::openUserRequested);
    connect(d->status, &StatusControl::statusRequested, this, [this](const QString &status) {
        const QString label = models::conversationStatusLabel(status);
        sendChange(api::support::setStatus(d->context.project.id, d->summary.conversationId, status),
                   status == u"closed" ? tr("Resolving…") : tr("Changing the status to “%1”…").arg(label),
                   tr("The status was not changed."));
    });
    connect(d->assignee, &AssigneeControl::assignRequested, this, [this](const models::SupportAgent &agent) {
        sendAttributes(models::ConversationAttributesChange(d->summary).assignedTo(agent), tr("Assigning…"),
                       tr("The conversation was not assigned."));
    });
    connect(d->assignee, &AssigneeControl::unassignRequested, this, [this] {
        sendAttributes(models::ConversationAttributesChange(d->summary).unassigned(), tr("Unassigning…"),
                       tr("The assignee was not removed."));
    });
    connect(d->priority, &QComboBox::activated, this, [this](int index) {
        sendAttributes(models::ConversationAttributesChange(d->summary).withPriority(d->priority->itemData(index).toString()),
                       tr("Changing the priority…"), tr("The priority was not changed."));
    });
    connect(d->tags, &TagsEditor::addRequested, this, [this](const QString &text) {
        const models::ConversationAttributesChange change = models::ConversationAttributesChange(d->summary).withTagAdded(text);
        if (!change.changesAnything()) {
            d->tags->clearInput(); // only tags it already has
            return;
        }
        d->clearTagInputOnSuccess = true;
        sendAttributes(change, tr("Adding the tag…"), tr("The tag was not added."));
    });
    connect(d->tags, &TagsEditor::removeRequested, this, [this](const QString &tag) {
        sendAttributes(models::ConversationAttributesChange(d->summary).withTagRemoved(tag), tr("Removing the tag…"),
                       tr("The tag was not removed."));
    });
    connect(d->banner, &ErrorBanner::retryRequested, this, &ConversationHeader::reload);

    clear();
}

ConversationHeader::~ConversationHeader() = default;

void ConversationHeader::setAgent(const models::SupportAgent &me)
{
    d->assignee->setAgent(me);
}

void ConversationHeader::setKnownAssignees(const QList<models::SupportAgent> &assignees)
{
    d->assignee->setKnownAssignees(assignees);
}

void ConversationHeader::setKnownTags(const QStringList &tags)
{
    d->tags->setKnownTags(tags);
}

void ConversationHeader::setConversation(const api::ConversationSummary &summary)
{
    if (!d->shown || summary.conversationId != d->summary.conversationId) {
        // Another conversation: what was typed or went wrong belongs to the previous one.
        ++d->generation;
        endBusy();
        d->banner->hide();
        d->tags->clearInput();
        d->clearTagInputOnSuccess = false;
    }
    d->summary = summary;
    d->shown = true;

    d->facts->setConversation(summary);
    d->status->setStatus(summary.status);
    d->assignee->setAssignee(summary.metadata.assignedToUserId, summary.metadata.assignedToDisplayName);
    showPriority();
    d->tags->setTags(models::normalizedTags(summary.metadata.tags));

    d->controls->show();
    d->controls->setEnabled(!isBusy());
}

void ConversationHeader::clear()
{
    ++d->generation;
    endBusy();
    d->summary = {};
    d->shown = false;
    d->banner->hide();
    d->tags->clearInput();
    d->clearTagInputOnSuccess = false;
    d->facts->clear();
    d->controls->hide();
}

bool ConversationHeader::isBusy() const
{
    return !d->job.isNull();
}

void ConversationHeader::showPriority()
{
    int index = d->priority->findData(d->summary.priority);
    if (index < 0 && !d->summary.priority.isEmpty()) {
        // A value this app does not know: show it as sent.
        d->priority->addItem(d->summary.priority, d->summary.priority);
        index = d->priority->count() - 1;
    }
    d->priority->setCurrentIndex(index);
}

void ConversationHeader::sendAttributes(const models::ConversationAttributesChange &change, const QString &progress,
                                        const QString &failure)
{
    if (!change.changesAnything()) {
        showPriority(); // a combo may show a choice that changes nothing
        return;
    }
    sendChange(api::support::updateAttributes(d->context.project.id, d->summary.conversationId, change.attributes()),
               progress, failure);
}

void ConversationHeader::sendChange(api::Call<api::ConversationDetail> call, const QString &progress, const QString &failure)
{
    api::ApiClient *client = d->context.client();
    if (!d->shown || isBusy() || !client)
        return;
    d->banner->hide();
    api::Job<api::ConversationDetail> *job = client->send(std::move(call));
    startBusy(job, progress);
    const int generation = d->generation;
    connect(job, &api::ApiJob::finished, this, [this, job, generation, failure] {
        if (generation != d->generation)
            return; // another conversation is shown now; the inbox's next refresh shows the change
        endBusy();
        if (job->succeeded()) {
            const api::ConversationDetail detail = job->takeValue();
            if (d->clearTagInputOnSuccess)
                d->tags->clearInput();
            d->clearTagInputOnSuccess = false;
            setConversation(detail.conversation);
            restoreFocus();
            Q_EMIT conversationChanged(detail);
            return;
        }
        d->clearTagInputOnSuccess = false;
        // Show what the conversation has (a combo may show the choice that failed).
        setConversation(d->summary);
        restoreFocus();
        if (job->error().kind == api::ApiError::Kind::Cancelled)
            return;
        showFailure(failure, job->error());
    });
}

void ConversationHeader::showFailure(const QString &what, const api::ApiError &error)
{
    // What to do follows the server's sentence (for HTTP errors that sentence is the message).
    api::ApiError shown = error;
    if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 400 && error.code.isEmpty()
        && error.message.startsWith(u"Conversation is already"))
        shown.message += u' ' + tr("Someone changed it meanwhile; Refresh shows its current state.");
    else if (api::support::isConversationNotFound(error))
        shown.message += u' ' + tr("It may have been deleted; refresh the list of conversations.");
    else if (error.kind == api::ApiError::Kind::Timeout)
        shown.message += u' ' + tr("The change may have been made anyway; Refresh shows the conversation as it is now.");
    d->banner->showActionError(what, shown, true);
}

void ConversationHeader::reload()
{
    api::ApiClient *client = d->context.client();
    if (!d->shown || isBusy() || !client)
        return;
    sendChange(api::support::conversation(d->context.project.id, d->summary.conversationId), tr("Refreshing…"),
               tr("The conversation could not be read."));
}

void ConversationHeader::startBusy(api::ApiJob *job, const QString &progress)
{
    d->job = job;
    QWidget *focused = focusWidget();
    const bool controlsHadFocus = focused && d->controls->isAncestorOf(focused);
    d->focusBeforeBusy = controlsHadFocus ? focused : nullptr;
    d->focusFallback = !controlsHadFocus                       ? nullptr
                       : d->assignee->isAncestorOf(focused) ? static_cast<QWidget *>(d->assignee->menuButton())
                       : d->status->isAncestorOf(focused)   ? static_cast<QWidget *>(d->status->statusButton())
                                                             : static_cast<QWidget *>(d->tags->input());
    d->busyText->setText(progress);
    d->busy->show();
    d->controls->setEnabled(false);
}

void ConversationHeader::endBusy()
{
    d->job.clear();
    d->busy->hide();
    d->controls->setEnabled(true);
}

void ConversationHeader::restoreFocus()
{
    // Disabling the controls moved the keyboard focus away; give it back to where it was, or
    // next to it when that is gone ("Assign to me" once assigned, a removed tag's chip).
    if (d->focusBeforeBusy && d->focusBeforeBusy->isVisible() && d->focusBeforeBusy->isEnabled())
        d->focusBeforeBusy->setFocus();
    else if (d->focusFallback)
        d->focusFallback->setFocus();
    d->focusBeforeBusy.clear();
    d->focusFallback.clear();
}

} // namespace hexclave::ui
