#pragma once

#include "JsonParse.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::api {

// Support conversations (/internal/conversations, camelCase fields; see
// /work/notes/support-facts.md). Statuses: "open" (needs support), "pending" (waiting on the
// user), "closed" (resolved). Priorities: "low", "normal", "high", "urgent". Values this client
// does not know are kept as sent.
QStringList conversationStatuses();
QStringList conversationPriorities();

// Who wrote a message: "user" (the customer), "agent" (support staff) or "system".
struct ConversationSender
{
    QString type;
    QString id;
    QString displayName;
    QString primaryEmail;
};

struct ConversationMetadata
{
    QString assignedToUserId;      // empty: unassigned
    QString assignedToDisplayName; // empty when unknown
    QStringList tags;
    std::optional<qint64> firstResponseDueAtMillis;
    std::optional<qint64> firstResponseAtMillis;
    std::optional<qint64> nextResponseDueAtMillis;
    std::optional<qint64> lastCustomerReplyAtMillis;
    std::optional<qint64> lastAgentReplyAtMillis;
};

// A list row (also the `conversation` of the detail).
struct ConversationSummary
{
    QString conversationId;
    QString userId; // empty when the conversation has no user
    QString teamId;
    QString userDisplayName;
    QString userPrimaryEmail;
    QString userProfileImageUrl;
    QString subject;
    QString status;
    QString priority;
    QString source;          // "manual" | "chat" | "email" | "api"
    QString lastMessageType; // "message" | "internal-note" | "status-change"
    QString preview;         // may be an internal note's text
    qint64 lastActivityAtMillis = 0;
    std::optional<qint64> createdAtMillis; // newer servers only
    std::optional<qint64> closedAtMillis;
    ConversationMetadata metadata;

    // The SLA time that applies now: the first response while none was given, else the next
    // response after the customer's last message; nullopt when none is due.
    std::optional<qint64> responseDueAtMillis() const;
};

struct ConversationMessage
{
    enum class Kind { CustomerMessage, AgentReply, InternalNote, StatusChange, SystemMessage };

    QString id;
    QString messageType;
    QString body; // empty for status changes
    qint64 createdAtMillis = 0;
    ConversationSender sender;
    QString newStatus; // status changes: metadata.status

    Kind kind() const;
};

// GET /internal/conversations. Only the newest servers page (limit/offset) and say hasMore;
// older ones answer every conversation (up to 200) without it.
struct ConversationList
{
    QList<ConversationSummary> conversations;
    std::optional<bool> hasMore;
};

// GET /internal/conversations/{id}, and every PATCH's answer: the conversation after the change.
struct ConversationDetail
{
    ConversationSummary conversation;
    QList<ConversationMessage> messages; // oldest first
};

// POST /internal/conversations → {conversationId} (status 200).
struct CreatedConversation
{
    QString conversationId;
};

void from_json(const nlohmann::ordered_json &j, ConversationSender &sender);
void from_json(const nlohmann::ordered_json &j, ConversationMetadata &metadata);
void from_json(const nlohmann::ordered_json &j, ConversationSummary &summary);
void from_json(const nlohmann::ordered_json &j, ConversationMessage &message);
void from_json(const nlohmann::ordered_json &j, ConversationList &list);
void from_json(const nlohmann::ordered_json &j, ConversationDetail &detail);
void from_json(const nlohmann::ordered_json &j, CreatedConversation &created);

extern template ConversationList parseJson<ConversationList>(const QByteArray &);
extern template ConversationDetail parseJson<ConversationDetail>(const QByteArray &);
extern template CreatedConversation parseJson<CreatedConversation>(const QByteArray &);

} // namespace hexclave::api
