#pragma once

#include "core/ApiError.h"
#include "core/Call.h"
#include "dto/Support.h"

#include <optional>

namespace hexclave::api::support {

// Support conversations are answered as a person: every call goes to the internal project with
// the dashboard account's client access (ProjectScope::internal()); the project the
// conversations belong to travels as `projectId` (query on GET, body otherwise). A project the
// account does not own answers 404 PROJECT_NOT_FOUND.

// GET /internal/conversations. Servers before paging refuse limit/offset with SCHEMA_ERROR:
// ask for the first page without them, and page only when the answer carried hasMore.
struct ConversationQuery
{
    QString projectId;
    QString search; // subject, latest message, user name and email; empty: none
    QString status; // "open" | "pending" | "closed"; empty: all
    QString userId;
    std::optional<int> limit;
    std::optional<int> offset;
};
Call<ConversationList> conversations(const ConversationQuery &query);

// GET /internal/conversations/{id}?projectId= — every message, oldest first, internal notes
// included. Unknown id: 404 plain text "Conversation not found.".
Call<ConversationDetail> conversation(const QString &projectId, const QString &conversationId);

// POST /internal/conversations → {conversationId}. The first message is the agent's.
struct NewConversation
{
    QString projectId;
    QString userId;
    QString subject;
    QString initialMessage;
    QString priority = QStringLiteral("normal");
    QString source; // empty: not sent (the server takes "manual")

    QByteArray toJson() const;
};
Call<CreatedConversation> createConversation(const NewConversation &conversation);

// PATCH /internal/conversations/{id}: each answers the whole conversation after the change.
// Never repeated automatically: the server has no idempotency key, so a repeated reply is a
// second reply.
Call<ConversationDetail> reply(const QString &projectId, const QString &conversationId, const QString &body);
Call<ConversationDetail> addInternalNote(const QString &projectId, const QString &conversationId, const QString &body);
// The same status again is refused with 400 "Conversation is already <status>.".
Call<ConversationDetail> setStatus(const QString &projectId, const QString &conversationId, const QString &status);
// The server clears an assignee or tags left out of the body, so all four are always sent.
struct ConversationAttributes
{
    QString assignedToUserId;      // empty: unassigned (null)
    QString assignedToDisplayName; // empty: null
    QString priority;
    QStringList tags; // trimmed, empty ones dropped, duplicates removed on the way out

    QByteArray toJson(const QString &projectId) const;
};
Call<ConversationDetail> updateAttributes(const QString &projectId, const QString &conversationId,
                                          const ConversationAttributes &attributes);

// A server built before support conversations answers the list route with a plain-text 404
// (fixture 46); a project the account cannot reach is a JSON PROJECT_NOT_FOUND instead.
// Both are a plain-text 404 without a code; they are told apart only by the route that answered.
bool isMissingSupportRoutes(const ApiError &error);
// The same plain-text 404 from a single conversation's route (detail, reply, note, status,
// metadata): that conversation was deleted or never existed in the project. Only meaningful for
// those routes: the list route answers it when the server has no support routes at all.
bool isConversationNotFound(const ApiError &error);

} // namespace hexclave::api::support
