#pragma once

#include "Emulator.h"
#include "HttpResponse.h"

#include <QString>

#include <optional>
#include <string>

namespace hexclave::emulator {

class DataStore;
class Router;
struct ConversationRecord;
struct ProjectRecord;
struct RequestContext;

// Support conversations (see /work/notes/support-facts.md), camelCase, times as toISOString():
// - dashboard (the internal project with a signed-in user, any access type; the managed
//   project in projectId): GET/POST /internal/conversations, GET/PATCH
//   /internal/conversations/{conversationId} (PATCH: reply, internal-note, status, metadata);
// - customer (client access of the managed project with that user's token, snake_case):
//   PATCH /internal/dogfood/support/conversations/{conversationId} {message}.
// The version decides paging (Paged), the older shapes (Unpaged) or no routes at all (Missing).
class SupportRoutes
{
public:
    SupportRoutes(DataStore &store, SupportRoutesVersion version);
    void registerRoutes(Router &router);

    // The customer-side PATCH's effect: a message of the conversation's user, with the
    // bookkeeping and the project's SLA.
    static void appendCustomerMessage(ProjectRecord &project, ConversationRecord &conversation, std::string body,
                                      qint64 nowMillis);

private:
    HttpResponse listConversations(RequestContext &context);
    HttpResponse createConversation(RequestContext &context);
    HttpResponse getConversation(RequestContext &context);
    HttpResponse updateConversation(RequestContext &context);
    HttpResponse customerReply(RequestContext &context);

    DataStore &m_store;
    SupportRoutesVersion m_version;
};

} // namespace hexclave::emulator
