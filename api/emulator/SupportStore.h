#pragma once

#include "Uuid.h"

#include <QtGlobal>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

struct ProjectRecord;

// Support conversations (see /work/notes/support-facts.md). Ids of the enumerations below are
// the server's wire values.
enum class ConversationStatus : quint8 { Open, Pending, Closed };
enum class ConversationPriority : quint8 { Low, Normal, High, Urgent };
enum class SupportMessageType : quint8 { Message, InternalNote, StatusChange };
enum class SupportSenderType : quint8 { User, Agent, System };

const char *conversationStatusId(ConversationStatus status); // "open" | "pending" | "closed"
std::optional<ConversationStatus> conversationStatusFromId(std::string_view id);
const char *conversationPriorityId(ConversationPriority priority);
std::optional<ConversationPriority> conversationPriorityFromId(std::string_view id);
const char *supportMessageTypeId(SupportMessageType type); // "message" | "internal-note" | "status-change"
const char *supportSenderTypeId(SupportSenderType type);

// Who wrote a message, as it was when written. Empty strings are null.
struct SupportSender
{
    SupportSenderType type = SupportSenderType::Agent;
    std::string id;
    std::string displayName;
    std::string primaryEmail;
};

struct SupportMessage
{
    Uuid id;
    SupportMessageType type = SupportMessageType::Message;
    std::optional<std::string> body; // none for a status change
    SupportSender sender;
    qint64 createdAtMillis = 0;
    std::optional<ConversationStatus> newStatus; // status changes: metadata {"status": …}
};

// Where a conversation came in (B/C servers answer these as entryPoints).
struct SupportEntryPoint
{
    Uuid id;
    std::string channelType; // the conversation's source
    std::string adapterKey;  // "support-chat" | "support-dashboard"
    qint64 createdAtMillis = 0;
};

struct ConversationRecord
{
    Uuid id;
    std::optional<Uuid> userId;
    std::string subject;
    ConversationStatus status = ConversationStatus::Open;
    ConversationPriority priority = ConversationPriority::Normal;
    std::string source = "manual"; // manual | chat | email | api
    std::optional<std::string> assignedToUserId;
    std::optional<std::string> assignedToDisplayName;
    std::vector<std::string> tags;
    std::optional<qint64> firstResponseDueAtMillis;
    std::optional<qint64> firstResponseAtMillis;
    std::optional<qint64> nextResponseDueAtMillis;
    std::optional<qint64> lastCustomerReplyAtMillis; // also lastInboundAt
    std::optional<qint64> lastAgentReplyAtMillis;    // also lastOutboundAt
    std::optional<qint64> closedAtMillis;
    qint64 createdAtMillis = 0;
    qint64 updatedAtMillis = 0;
    std::vector<SupportMessage> messages; // createdAt ASC, id ASC
    std::vector<SupportEntryPoint> entryPoints;

    // The latest message's time (the creation time without messages): the list's order key.
    qint64 lastActivityAtMillis() const;
    const SupportMessage *latestMessage() const;
};

// A project's SLA targets (config support.sla.*): minutes, or none for "no target".
struct SupportSla
{
    bool enabled = false;
    std::optional<qint64> firstResponseMinutes;
    std::optional<qint64> nextResponseMinutes;

    static SupportSla of(const ProjectRecord &project);
};

struct ConversationFilter
{
    std::string search; // trimmed; empty: none
    std::optional<ConversationStatus> status;
    std::optional<Uuid> userId;
};

// Which wire shape the routes answer: the oldest servers (A) lack the B/C extra fields.
enum class SupportWireShape { WithoutExtras, WithExtras };

// A project's conversations. Not self-locking: the router holds the store lock.
class SupportStore
{
public:
    ConversationRecord &add(ConversationRecord conversation);
    ConversationRecord *find(const Uuid &id);
    const ConversationRecord *find(const Uuid &id) const;
    std::size_t size() const { return m_conversations.size(); }
    void reserve(std::size_t count) { m_conversations.reserve(count); }
    std::vector<ConversationRecord> &conversations() { return m_conversations; }

    // Matching conversations, latest activity first (then id descending).
    std::vector<const ConversationRecord *> list(const ProjectRecord &project, const ConversationFilter &filter) const;

    // appendConversationMessage: the message with the status workflow and the reply bookkeeping
    // (an agent message on open → pending, a user message on pending → open, closed stays;
    // first/next response times from `sla`).
    static void appendMessage(ConversationRecord &conversation, SupportMessage message, const SupportSla &sla);
    // A status change by `agent`: the status, closedAt, and a status-change message.
    static void changeStatus(ConversationRecord &conversation, ConversationStatus status, const SupportSender &agent,
                             qint64 nowMillis);

    static nlohmann::ordered_json summaryJson(const ProjectRecord &project, const ConversationRecord &conversation,
                                              SupportWireShape shape);
    static nlohmann::ordered_json detailJson(const ProjectRecord &project, const ConversationRecord &conversation,
                                             SupportWireShape shape);
    // The preview texts of the list (previewForSummary).
    static std::optional<std::string> previewOf(const SupportMessage &message);

private:
    std::vector<ConversationRecord> m_conversations;
    std::unordered_map<Uuid, std::size_t, UuidHash> m_byId;
};

} // namespace hexclave::emulator
