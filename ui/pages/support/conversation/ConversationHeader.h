#pragma once

#include "ProjectContext.h"
#include "dto/Support.h"
#include "support/SupportAgent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace hexclave::api {
class ApiJob;
struct ApiError;
template <typename T> // not `class T`: lupdate then loses track of the namespaces
struct Call;
} // namespace hexclave::api

namespace hexclave::models {
class ConversationAttributesChange;
} // namespace hexclave::models

namespace hexclave::ui {

// The top of an open support conversation: subject, customer, status, assignee, priority and
// tags. Sends the status and metadata PATCHes itself (one at a time, every metadata change with
// all four fields) and shows their errors itself.
class ConversationHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationHeader(const ProjectContext &context, QWidget *parent = nullptr);
    ~ConversationHeader() override;

    void setAgent(const models::SupportAgent &me);
    void setKnownAssignees(const QList<models::SupportAgent> &assignees);
    void setKnownTags(const QStringList &tags);

    // Shows it; controls enabled.
    void setConversation(const api::ConversationSummary &summary);
    void clear();
    bool isBusy() const;

signals:
    // A status or metadata PATCH succeeded.
    void conversationChanged(const hexclave::api::ConversationDetail &detail);
    void openUserRequested(const QString &userId);

private:
    void sendAttributes(const models::ConversationAttributesChange &change, const QString &progress, const QString &failure);
    // One change at a time: the controls are disabled until the answer.
    void sendChange(api::Call<api::ConversationDetail> call, const QString &progress, const QString &failure);
    void showFailure(const QString &what, const api::ApiError &error);
    // Re-reads the conversation (the error banner's Refresh).
    void reload();
    void startBusy(api::ApiJob *job, const QString &progress);
    void endBusy();
    void restoreFocus();
    void showPriority();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hexclave::ui
