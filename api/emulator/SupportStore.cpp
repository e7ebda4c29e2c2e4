#include "SupportStore.h"

#include "Clock.h"
#include "ProjectRecord.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

ordered_json isoOrNull(const std::optional<qint64> &millis)
{
    if (!millis)
        return nullptr;
    return Clock::isoUtc(*millis).toStdString();
}

ordered_json iso(qint64 millis)
{
    return Clock::isoUtc(millis).toStdString();
}

ordered_json stringOrNull(const std::optional<std::string> &value)
{
    if (!value)
        return nullptr;
    return *value;
}

ordered_json textOrNull(const std::string &value)
{
    if (value.empty())
        return nullptr;
    return value;
}

std::optional<qint64> positiveMinutes(const ordered_json *value)
{
    if (!value || !value->is_number_integer())
        return std::nullopt;
    const auto minutes = value->get<qint64>();
    return minutes > 0 ? std::optional<qint64>(minutes) : std::nullopt;
}

bool containsCaseInsensitive(const std::string &haystack, const QString &needle)
{
    return !haystack.empty() && QString::fromStdString(haystack).contains(needle, Qt::CaseInsensitive);
}

bool matchesSearch(const ProjectRecord &project, const ConversationRecord &conversation, const QString &search)
{
    if (containsCaseInsensitive(conversation.subject, search))
        return true;
    if (const SupportMessage *latest = conversation.latestMessage(); latest && latest->body
        && containsCaseInsensitive(*latest->body, search)) {
        return true;
    }
    if (!conversation.userId)
        return false;
    const auto user = project.users.find(*conversation.userId);
    if (!user)
        return false;
    const UserRecord &record = project.users.at(*user);
    return containsCaseInsensitive(record.displayName, search) || containsCaseInsensitive(record.primaryEmail, search);
}

} // namespace

const char *conversationStatusId(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open: return "open";
    case ConversationStatus::Pending: return "pending";
    case ConversationStatus::Closed: return "closed";
    }
    return "open";
}

std::optional<ConversationStatus> conversationStatusFromId(std::string_view id)
{
    for (ConversationStatus status : {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Closed}) {
        if (id == conversationStatusId(status))
            return status;
    }
    return std::nullopt;
}

const char *conversationPriorityId(ConversationPriority priority)
{
    switch (priority) {
    case ConversationPriority::Low: return "low";
    case ConversationPriority::Normal: return "normal";
    case ConversationPriority::High: return "high";
    case ConversationPriority::Urgent: return "urgent";
    }
    return "normal";
}

std::optional<ConversationPriority> conversationPriorityFromId(std::string_view id)
{
    for (ConversationPriority priority : {ConversationPriority::Low, ConversationPriority::Normal,
                                          ConversationPriority::High, ConversationPriority::Urgent}) {
        if (id == conversationPriorityId(priority))
            return priority;
    }
    return std::nullopt;
}

const char *supportMessageTypeId(SupportMessageType type)
{
    switch (type) {
    case SupportMessageType::Message: return "message";
    case SupportMessageType::InternalNote: return "internal-note";
    case SupportMessageType::StatusChange: return "status-change";
    }
    return "message";
}

const char *supportSenderTypeId(SupportSenderType type)
{
    switch (type) {
    case SupportSenderType::User: return "user";
    case SupportSenderType::Agent: return "agent";
    case SupportSenderType::System: return "system";
    }
    return "system";
}

const SupportMessage *ConversationRecord::latestMessage() const
{
    return messages.empty() ? nullptr : &messages.back();
}

qint64 ConversationRecord::lastActivityAtMillis() const
{
    return messages.empty() ? createdAtMillis : messages.back().createdAtMillis;
}

SupportSla SupportSla::of(const ProjectRecord &project)
{
    SupportSla sla;
    sla.enabled = project.config.boolAt("support.sla.enabled", false);
    sla.firstResponseMinutes = positiveMinutes(project.config.valueAt("support.sla.firstResponseMinutes"));
    sla.nextResponseMinutes = positiveMinutes(project.config.valueAt("support.sla.nextResponseMinutes"));
    return sla;
}

ConversationRecord &SupportStore::add(ConversationRecord conversation)
{
    m_byId[conversation.id] = m_conversations.size();
    m_conversations.push_back(std::move(conversation));
    return m_conversations.back();
}

ConversationRecord *SupportStore::find(const Uuid &id)
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_conversations[it->second];
}

const ConversationRecord *SupportStore::find(const Uuid &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_conversations[it->second];
}

std::vector<const ConversationRecord *> SupportStore::list(const ProjectRecord &project, const ConversationFilter &filter) const
{
    const QString search = QString::fromStdString(filter.search);
    std::vector<const ConversationRecord *> result;
    for (const ConversationRecord &conversation : m_conversations) {
        if (filter.status && conversation.status != *filter.status)
            continue;
        if (filter.userId && conversation.userId != filter.userId)
            continue;
        if (!search.isEmpty() && !matchesSearch(project, conversation, search))
            continue;
        result.push_back(&conversation);
    }
    std::sort(result.begin(), result.end(), [](const ConversationRecord *a, const ConversationRecord *b) {
        const qint64 aAt = a->lastActivityAtMillis();
        const qint64 bAt = b->lastActivityAtMillis();
        if (aAt != bAt)
            return aAt > bAt;
        return a->id > b->id;
    });
    return result;
}

void SupportStore::appendMessage(ConversationRecord &conversation, SupportMessage message, const SupportSla &sla)
{
    const qint64 now = message.createdAtMillis;
    conversation.updatedAtMillis = now;
    if (message.type == SupportMessageType::Message) {
        if (message.sender.type == SupportSenderType::User) {
            conversation.lastCustomerReplyAtMillis = now;
            if (conversation.status == ConversationStatus::Pending) {
                conversation.status = ConversationStatus::Open;
                if (sla.enabled && sla.nextResponseMinutes)
                    conversation.nextResponseDueAtMillis = now + *sla.nextResponseMinutes * kMinuteMillis;
            }
        } else if (message.sender.type == SupportSenderType::Agent) {
            if (!conversation.firstResponseAtMillis && conversation.lastCustomerReplyAtMillis)
                conversation.firstResponseAtMillis = now;
            conversation.lastAgentReplyAtMillis = now;
            conversation.nextResponseDueAtMillis.reset();
            if (conversation.status == ConversationStatus::Open)
                conversation.status = ConversationStatus::Pending;
        }
    }
    conversation.messages.push_back(std::move(message));
}

void SupportStore::changeStatus(ConversationRecord &conversation, ConversationStatus status, const SupportSender &agent,
                                qint64 nowMillis)
{
    conversation.status = status;
    if (status == ConversationStatus::Closed)
        conversation.closedAtMillis = nowMillis;
    else
        conversation.closedAtMillis.reset();
    SupportMessage message;
    message.id = Uuid::randomFromSystem();
    message.type = SupportMessageType::StatusChange;
    message.sender = agent;
    message.createdAtMillis = nowMillis;
    message.newStatus = status;
    appendMessage(conversation, std::move(message), {});
}

std::optional<std::string> SupportStore::previewOf(const SupportMessage &message)
{
    if (message.body) {
        const QString trimmed = QString::fromStdString(*message.body).trimmed();
        if (!trimmed.isEmpty())
            return trimmed.toStdString();
    }
    if (message.type == SupportMessageType::StatusChange) {
        switch (message.newStatus.value_or(ConversationStatus::Open)) {
        case ConversationStatus::Closed: return "Conversation closed";
        case ConversationStatus::Open: return "Conversation reopened";
        case ConversationStatus::Pending: return "Conversation moved to pending";
        }
    }
    if (message.type == SupportMessageType::InternalNote)
        return "Internal note";
    return std::nullopt;
}

ordered_json SupportStore::summaryJson(const ProjectRecord &project, const ConversationRecord &conversation,
                                       SupportWireShape shape)
{
    const UserRecord *user = nullptr;
    if (conversation.userId) {
        if (const auto index = project.users.find(*conversation.userId))
            user = &project.users.at(*index);
    }
    const SupportMessage *latest = conversation.latestMessage();
    const qint64 lastActivity = conversation.lastActivityAtMillis();

    ordered_json tags = ordered_json::array();
    for (const std::string &tag : conversation.tags)
        tags.push_back(tag);
    ordered_json metadata = ordered_json::object();
    metadata["assignedToUserId"] = stringOrNull(conversation.assignedToUserId);
    metadata["assignedToDisplayName"] = stringOrNull(conversation.assignedToDisplayName);
    metadata["tags"] = std::move(tags);
    metadata["firstResponseDueAt"] = isoOrNull(conversation.firstResponseDueAtMillis);
    metadata["firstResponseAt"] = isoOrNull(conversation.firstResponseAtMillis);
    metadata["nextResponseDueAt"] = isoOrNull(conversation.nextResponseDueAtMillis);
    metadata["lastCustomerReplyAt"] = isoOrNull(conversation.lastCustomerReplyAtMillis);
    metadata["lastAgentReplyAt"] = isoOrNull(conversation.lastAgentReplyAtMillis);

    ordered_json summary = ordered_json::object();
    summary["conversationId"] = conversation.id.toString();
    summary["userId"] = conversation.userId ? ordered_json(conversation.userId->toString()) : ordered_json(nullptr);
    summary["teamId"] = nullptr;
    summary["userDisplayName"] = user ? textOrNull(user->displayName) : ordered_json(nullptr);
    summary["userPrimaryEmail"] = user ? textOrNull(user->primaryEmail) : ordered_json(nullptr);
    const UserExtras *extras = user ? user->extrasOrNull() : nullptr;
    summary["userProfileImageUrl"] = extras ? textOrNull(extras->profileImageUrl) : ordered_json(nullptr);
    summary["subject"] = conversation.subject;
    summary["status"] = conversationStatusId(conversation.status);
    summary["priority"] = conversationPriorityId(conversation.priority);
    summary["source"] = conversation.source;
    summary["lastMessageType"] = supportMessageTypeId(latest ? latest->type : SupportMessageType::Message);
    summary["preview"] = latest ? stringOrNull(previewOf(*latest)) : ordered_json(nullptr);
    summary["lastActivityAt"] = iso(lastActivity);
    summary["metadata"] = std::move(metadata);
    if (shape == SupportWireShape::WithExtras) {
        summary["createdAt"] = iso(conversation.createdAtMillis);
        summary["updatedAt"] = iso(conversation.updatedAtMillis);
        summary["lastMessageAt"] = iso(lastActivity);
        summary["lastInboundAt"] = isoOrNull(conversation.lastCustomerReplyAtMillis);
        summary["lastOutboundAt"] = isoOrNull(conversation.lastAgentReplyAtMillis);
        summary["closedAt"] = isoOrNull(conversation.closedAtMillis);
        summary["recordMetadata"] = nullptr;
    }
    return summary;
}

ordered_json SupportStore::detailJson(const ProjectRecord &project, const ConversationRecord &conversation,
                                      SupportWireShape shape)
{
    const std::string conversationId = conversation.id.toString();
    const ordered_json userId = conversation.userId ? ordered_json(conversation.userId->toString()) : ordered_json(nullptr);
    ordered_json messages = ordered_json::array();
    for (const SupportMessage &message : conversation.messages) {
        ordered_json sender = ordered_json::object();
        sender["type"] = supportSenderTypeId(message.sender.type);
        sender["id"] = textOrNull(message.sender.id);
        sender["displayName"] = textOrNull(message.sender.displayName);
        sender["primaryEmail"] = textOrNull(message.sender.primaryEmail);
        ordered_json item = ordered_json::object();
        item["id"] = message.id.toString();
        item["conversationId"] = conversationId;
        item["userId"] = userId;
        item["teamId"] = nullptr;
        item["subject"] = conversation.subject;
        item["status"] = conversationStatusId(conversation.status);
        item["priority"] = conversationPriorityId(conversation.priority);
        item["source"] = conversation.source;
        item["messageType"] = supportMessageTypeId(message.type);
        item["body"] = stringOrNull(message.body);
        item["attachments"] = ordered_json::array();
        item["metadata"] = message.newStatus ? ordered_json{{"status", conversationStatusId(*message.newStatus)}}
                                             : ordered_json(nullptr);
        item["createdAt"] = iso(message.createdAtMillis);
        item["sender"] = std::move(sender);
        messages.push_back(std::move(item));
    }
    ordered_json detail = ordered_json::object();
    detail["conversation"] = summaryJson(project, conversation, shape);
    detail["messages"] = std::move(messages);
    if (shape == SupportWireShape::WithExtras) {
        ordered_json entryPoints = ordered_json::array();
        for (const SupportEntryPoint &entry : conversation.entryPoints) {
            entryPoints.push_back({{"id", entry.id.toString()},
                                   {"channelType", entry.channelType},
                                   {"adapterKey", entry.adapterKey},
                                   {"externalChannelId", nullptr},
                                   {"isEntryPoint", true},
                                   {"metadata", nullptr},
                                   {"createdAt", iso(entry.createdAtMillis)},
                                   {"updatedAt", iso(entry.createdAtMillis)}});
        }
        detail["entryPoints"] = std::move(entryPoints);
    }
    return detail;
}

} // namespace hexclave::emulator
