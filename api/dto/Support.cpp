#include "Support.h"

#include "JsonSupport.h"

#include <QDateTime>

namespace hexclave::api {

namespace {

// The routes write Date.toISOString(); a number of milliseconds is read too.
std::optional<qint64> isoMillisAt(const json::Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (it->is_number())
        return it->get<qint64>();
    const QDateTime at = QDateTime::fromString(json::toQString(*it), Qt::ISODateWithMs);
    if (!at.isValid())
        throw std::runtime_error(std::string("\"") + key + "\" is not a date");
    return at.toMSecsSinceEpoch();
}

QStringList stringList(const json::Json &object, const char *key)
{
    QStringList list;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return list;
    if (!it->is_array())
        throw std::runtime_error(std::string("\"") + key + "\" is not a list");
    for (const auto &item : *it) {
        if (item.is_string())
            list.append(json::toQString(item));
    }
    return list;
}

} // namespace

QStringList conversationStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("closed")};
}

QStringList conversationPriorities()
{
    return {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
}

std::optional<qint64> ConversationSummary::responseDueAtMillis() const
{
    if (status == QLatin1String("closed"))
        return std::nullopt;
    if (!metadata.firstResponseAtMillis && metadata.firstResponseDueAtMillis)
        return metadata.firstResponseDueAtMillis;
    return metadata.nextResponseDueAtMillis;
}

ConversationMessage::Kind ConversationMessage::kind() const
{
    if (messageType == QLatin1String("status-change"))
        return Kind::StatusChange;
    if (messageType == QLatin1String("internal-note"))
        return Kind::InternalNote;
    if (sender.type == QLatin1String("user"))
        return Kind::CustomerMessage;
    if (sender.type == QLatin1String("agent"))
        return Kind::AgentReply;
    return Kind::SystemMessage;
}

void from_json(const nlohmann::ordered_json &j, ConversationSender &sender)
{
    sender.type = json::stringOrEmpty(j, "type");
    sender.id = json::stringOrEmpty(j, "id");
    sender.displayName = json::stringOrEmpty(j, "displayName");
    sender.primaryEmail = json::stringOrEmpty(j, "primaryEmail");
}

void from_json(const nlohmann::ordered_json &j, ConversationMetadata &metadata)
{
    metadata.assignedToUserId = json::stringOrEmpty(j, "assignedToUserId");
    metadata.assignedToDisplayName = json::stringOrEmpty(j, "assignedToDisplayName");
    metadata.tags = stringList(j, "tags");
    metadata.firstResponseDueAtMillis = isoMillisAt(j, "firstResponseDueAt");
    metadata.firstResponseAtMillis = isoMillisAt(j, "firstResponseAt");
    metadata.nextResponseDueAtMillis = isoMillisAt(j, "nextResponseDueAt");
    metadata.lastCustomerReplyAtMillis = isoMillisAt(j, "lastCustomerReplyAt");
    metadata.lastAgentReplyAtMillis = isoMillisAt(j, "lastAgentReplyAt");
}

void from_json(const nlohmann::ordered_json &j, ConversationSummary &summary)
{
    summary.conversationId = json::requiredString(j, "conversationId");
    summary.userId = json::stringOrEmpty(j, "userId");
    summary.teamId = json::stringOrEmpty(j, "teamId");
    summary.userDisplayName = json::stringOrEmpty(j, "userDisplayName");
    summary.userPrimaryEmail = json::stringOrEmpty(j, "userPrimaryEmail");
    summary.userProfileImageUrl = json::stringOrEmpty(j, "userProfileImageUrl");
    summary.subject = json::stringOrEmpty(j, "subject");
    summary.status = json::requiredString(j, "status");
    summary.priority = json::stringOrEmpty(j, "priority");
    summary.source = json::stringOrEmpty(j, "source");
    summary.lastMessageType = json::stringOrEmpty(j, "lastMessageType");
    summary.preview = json::stringOrEmpty(j, "preview");
    summary.createdAtMillis = isoMillisAt(j, "createdAt");
    summary.closedAtMillis = isoMillisAt(j, "closedAt");
    summary.lastActivityAtMillis = isoMillisAt(j, "lastActivityAt").value_or(summary.createdAtMillis.value_or(0));
    if (const auto it = j.find("metadata"); it != j.end() && it->is_object())
        summary.metadata = it->get<ConversationMetadata>();
}

void from_json(const nlohmann::ordered_json &j, ConversationMessage &message)
{
    message.id = json::requiredString(j, "id");
    message.messageType = json::requiredString(j, "messageType");
    message.body = json::stringOrEmpty(j, "body");
    message.createdAtMillis = isoMillisAt(j, "createdAt").value_or(0);
    if (const auto it = j.find("sender"); it != j.end() && it->is_object())
        message.sender = it->get<ConversationSender>();
    if (const auto it = j.find("metadata"); it != j.end() && it->is_object())
        message.newStatus = json::stringOrEmpty(*it, "status");
}

void from_json(const nlohmann::ordered_json &j, ConversationList &list)
{
    const auto &items = j.at("conversations");
    if (!items.is_array())
        throw std::runtime_error("\"conversations\" is not a list");
    list.conversations.reserve(qsizetype(items.size()));
    for (const auto &item : items)
        list.conversations.append(item.get<ConversationSummary>());
    if (const auto it = j.find("hasMore"); it != j.end() && it->is_boolean())
        list.hasMore = it->get<bool>();
}

void from_json(const nlohmann::ordered_json &j, ConversationDetail &detail)
{
    detail.conversation = j.at("conversation").get<ConversationSummary>();
    const auto &messages = j.at("messages");
    if (!messages.is_array())
        throw std::runtime_error("\"messages\" is not a list");
    detail.messages.reserve(qsizetype(messages.size()));
    for (const auto &item : messages)
        detail.messages.append(item.get<ConversationMessage>());
}

void from_json(const nlohmann::ordered_json &j, CreatedConversation &created)
{
    created.conversationId = json::requiredString(j, "conversationId");
}

template ConversationList parseJson<ConversationList>(const QByteArray &);
template ConversationDetail parseJson<ConversationDetail>(const QByteArray &);
template CreatedConversation parseJson<CreatedConversation>(const QByteArray &);

} // namespace hexclave::api
