#pragma once

#include "ProjectContext.h"
#include "dto/Support.h"
#include "support/ReplySender.h"
#include "support/SupportAgent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace hexclave::ui {

class ConversationHeader;
class ReplyComposer;
class ThreadView;

// The open support conversation: header (status, assignee, priority, tags), the thread and the
// reply / internal note composer. Replies are never sent twice: after an unknown outcome the
// thread is re-read and the view says whether the reply arrived.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(const ProjectContext &context, QWidget *parent = nullptr);
    ~ConversationView() override;

    void setAgent(const models::SupportAgent &me);
    void setKnownAssignees(const QList<models::SupportAgent> &assignees);
    void setKnownTags(const QStringList &tags);

    // Loads the thread.
    void showConversation(const api::ConversationSummary &summary);
    // Quiet re-read: keeps the scroll position (stays at the bottom if it was there), the
    // composer text and the focus.
    void refresh();
    void clear();
    QString conversationId() const;
    // A read of the thread (first or quiet) is in flight.
    bool isLoading() const;

    // Only a send or a header change in flight can be lost: the composer text is a draft that is
    // stored about a second after typing (and when the view goes), so it survives closing the app.
    bool hasUnsavedChanges() const;
    // Never deletes a draft; a change in flight cannot be called back, so there is nothing to do.
    void discardUnsavedChanges();
    // Whether the conversation has a reply or note draft.
    bool hasDraft(const QString &conversationId) const;
    void focusComposer();

    // The parts, for tests and screenshots.
    ReplyComposer *composer() const;
    ThreadView *threadView() const;
    ConversationHeader *header() const;

signals:
    // After a reply, note, status or metadata change: the inbox row is replaced with it.
    void conversationChanged(const hexclave::api::ConversationSummary &summary);
    void openUserRequested(const QString &userId);
    // The thread of a newly shown conversation is on screen (not emitted by refreshes).
    void conversationLoaded(const hexclave::api::ConversationSummary &summary);
    // A draft of some conversation was stored or removed.
    void draftsChanged();
    // A reply or note to a conversation no longer shown was refused, not sent or has an unknown
    // outcome; `message` is what to tell the user (its text is kept as that conversation's draft).
    void sendFailedElsewhere(const hexclave::api::ConversationSummary &summary, const QString &message);

private:
    void load(bool quietly);
    void applyDetail(const api::ConversationDetail &detail, bool scrollToEnd);
    void handleSendResult(const models::ReplySender::Result &result);
    void reportFailureElsewhere(const models::ReplySender::Result &result);
    bool eventFilter(QObject *watched, QEvent *event) override;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hexclave::ui
