#include "SupportRoutes.h"

#include "Clock.h"
#include "DataStore.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"
#include "SupportStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

// Paging of the newest list route (the values are guesses: the newest lib is not indexed).
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100;
// Older servers answer at most this many conversations, without paging.
constexpr std::size_t kUnpagedCap = 200;
constexpr int kMaxCustomerMessageLength = 5000;

const QString kNotFound = u"Conversation not found."_s;

HttpResponse projectNotFound(const std::string &projectId)
{
    const QString id = QString::fromStdString(projectId);
    return KnownErrors::make(404, "PROJECT_NOT_FOUND",
                             u"Project "_s + id + u" not found or is not accessible with the current user."_s,
                             ordered_json{{"project_id", projectId}});
}

// internalDashboardAuthSchema: {type: any, user: defined, project: {id: oneOf ["internal"]}}.
void checkDashboardAuth(const RequestContext &context, QStringList &problems)
{
    if (!context.auth.user)
        problems.append(u"auth.user must be defined"_s);
    if (context.auth.project->id != "internal")
        problems.append(u"auth.project.id must be one of the following values: internal"_s);
}

// A yup `string().trim().min(1)` (optionally .max()): the trimmed text, or nothing with the problem added.
std::optional<std::string> trimmedText(InputValidator &input, const char *key, int maxLength = -1)
{
    const auto field = input.string(key);
    if (!field.hasValue())
        return std::nullopt;
    const QString trimmed = QString::fromStdString(field.value).trimmed();
    if (trimmed.isEmpty()) {
        input.addProblem(u"body."_s + QString::fromLatin1(key) + u" must be at least 1 characters"_s);
        return std::nullopt;
    }
    if (maxLength >= 0 && trimmed.size() > maxLength) {
        input.addProblem(u"body."_s + QString::fromLatin1(key) + u" must be at most "_s + QString::number(maxLength)
                         + u" characters"_s);
        return std::nullopt;
    }
    return trimmed.toStdString();
}

bool allDigits(const std::string &text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// limit/offset of the paged list: digits only, limit 1..kMaxLimit.
std::optional<int> pagingNumber(InputValidator &query, const char *key, int minimum, int maximum, const QString &rule)
{
    const auto field = query.string(key);
    if (!field.hasValue())
        return std::nullopt;
    if (allDigits(field.value) && field.value.size() <= 9) {
        const int value = std::stoi(field.value);
        if (value >= minimum && value <= maximum)
            return value;
    }
    query.addProblem(u"query."_s + QString::fromLatin1(key) + u' ' + rule);
    return std::nullopt;
}

// getManagedProjectTenancy: a project whose owner team the dashboard user belongs to.
ProjectRecord *managedProject(DataStore &store, quint32 internalUser, const std::string &projectId)
{
    for (ProjectRecord *managed : store.managedProjects(internalUser)) {
        if (managed->id == projectId)
            return managed;
    }
    return nullptr;
}

SupportSender agentOf(const RequestContext &context)
{
    const UserRecord &user = context.auth.project->users.at(*context.auth.user);
    return {SupportSenderType::Agent, user.id.toString(), user.displayName, user.primaryEmail};
}

SupportMessage newMessage(SupportMessageType type, std::optional<std::string> body, SupportSender sender, qint64 now)
{
    SupportMessage message;
    message.id = Uuid::randomFromSystem();
    message.type = type;
    message.body = std::move(body);
    message.sender = std::move(sender);
    message.createdAtMillis = now;
    return message;
}

// body.tags: an array of strings.
std::optional<std::vector<std::string>> tagList(InputValidator &input)
{
    const ordered_json *value = input.raw("tags");
    if (!value)
        return std::nullopt;
    if (!value->is_array()) {
        input.addProblem(u"body.tags must be a `array` type, but the final value was: `"_s + InputValidator::printValue(*value)
                         + u"`."_s);
        return std::nullopt;
    }
    std::vector<std::string> tags;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const ordered_json &tag = (*value)[i];
        if (!tag.is_string()) {
            input.addProblem(u"body.tags["_s + QString::number(i) + u"] must be a `string` type, but the final value was: `"_s
                             + InputValidator::printValue(tag) + u"`."_s);
            continue;
        }
        tags.push_back(tag.get<std::string>());
    }
    return tags;
}

std::string snakeCase(const std::string &key)
{
    std::string result;
    for (char c : key) {
        if (c >= 'A' && c <= 'Z') {
            result += '_';
            result += char(c - 'A' + 'a');
        } else {
            result += c;
        }
    }
    return result;
}

ordered_json snakeCased(const ordered_json &value)
{
    if (value.is_array()) {
        ordered_json items = ordered_json::array();
        for (const ordered_json &item : value)
            items.push_back(snakeCased(item));
        return items;
    }
    if (!value.is_object())
        return value;
    ordered_json object = ordered_json::object();
    for (const auto &item : value.items())
        object[snakeCase(item.key())] = snakeCased(item.value());
    return object;
}

} // namespace

SupportRoutes::SupportRoutes(DataStore &store, SupportRoutesVersion version)
    : m_store(store)
    , m_version(version)
{
}

void SupportRoutes::registerRoutes(Router &router)
{
    // A server without support has none of them: the router's plain-text 404 answers (fixture 46).
    if (m_version == SupportRoutesVersion::Missing)
        return;
    router.add("GET", u"/internal/conversations"_s, Router::kAny, [this](RequestContext &c) { return listConversations(c); });
    router.add("POST", u"/internal/conversations"_s, Router::kAny, [this](RequestContext &c) { return createConversation(c); });
    router.add("GET", u"/internal/conversations/{conversationId}"_s, Router::kAny,
               [this](RequestContext &c) { return getConversation(c); });
    router.add("PATCH", u"/internal/conversations/{conversationId}"_s, Router::kAny,
               [this](RequestContext &c) { return updateConversation(c); });
    router.add("PATCH", u"/internal/dogfood/support/conversations/{conversationId}"_s, Router::kClient,
               [this](RequestContext &c) { return customerReply(c); });
}

void SupportRoutes::appendCustomerMessage(ProjectRecord &project, ConversationRecord &conversation, std::string body,
                                          qint64 nowMillis)
{
    SupportSender sender{SupportSenderType::User, {}, {}, {}};
    if (conversation.userId) {
        sender.id = conversation.userId->toString();
        if (const auto index = project.users.find(*conversation.userId)) {
            sender.displayName = project.users.at(*index).displayName;
            sender.primaryEmail = project.users.at(*index).primaryEmail;
        }
    }
    SupportStore::appendMessage(conversation, newMessage(SupportMessageType::Message, std::move(body), std::move(sender), nowMillis),
                                SupportSla::of(project));
}

HttpResponse SupportRoutes::listConversations(RequestContext &context)
{
    QStringList problems;
    checkDashboardAuth(context, problems);
    const bool paged = m_version == SupportRoutesVersion::Paged;
    // Older servers refuse limit/offset as unknown properties (noUnknownPathPrefixes).
    InputValidator query = paged
        ? InputValidator(context.query.get(), u"query"_s, {"projectId", "query", "status", "userId", "limit", "offset"})
        : InputValidator(context.query.get(), u"query"_s, {"projectId", "query", "status", "userId"});
    query.require("projectId");
    const auto projectId = query.string("projectId");
    const auto search = query.string("query");
    const auto status = query.oneOf("status", {"open", "pending", "closed"});
    const auto userId = query.uuid("userId");
    std::optional<int> limit;
    std::optional<int> offset;
    if (paged) {
        limit = pagingNumber(query, "limit", 1, kMaxLimit, u"must be an integer between 1 and "_s + QString::number(kMaxLimit));
        offset = pagingNumber(query, "offset", 0, std::numeric_limits<int>::max(), u"must be a non-negative integer"_s);
    }
    problems.append(query.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord *project = managedProject(m_store, *context.auth.user, projectId.value);
    if (!project)
        return projectNotFound(projectId.value);

    ConversationFilter filter;
    if (search.hasValue())
        filter.search = QString::fromStdString(search.value).trimmed().toStdString();
    if (status.hasValue())
        filter.status = conversationStatusFromId(status.value);
    if (userId.hasValue())
        filter.userId = userId.value;
    const std::vector<const ConversationRecord *> all = project->support.list(*project, filter);

    const SupportWireShape shape = paged ? SupportWireShape::WithExtras : SupportWireShape::WithoutExtras;
    const std::size_t first = paged ? std::min(all.size(), std::size_t(offset.value_or(0))) : 0;
    const std::size_t count = paged ? std::size_t(limit.value_or(kDefaultLimit)) : kUnpagedCap;
    const std::size_t end = std::min(all.size(), first + count);
    ordered_json conversations = ordered_json::array();
    for (std::size_t i = first; i < end; ++i)
        conversations.push_back(SupportStore::summaryJson(*project, *all[i], shape));
    ordered_json body = ordered_json::object();
    body["conversations"] = std::move(conversations);
    if (paged)
        body["hasMore"] = end < all.size();
    return HttpResponse::json(200, body);
}

HttpResponse SupportRoutes::createConversation(RequestContext &context)
{
    QStringList problems;
    checkDashboardAuth(context, problems);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    InputValidator body(context.body.get(), u"body"_s,
                        {"projectId", "userId", "subject", "initialMessage", "priority", "source"});
    for (const char *key : {"projectId", "userId", "subject", "initialMessage", "priority"})
        body.require(key);
    const auto projectId = body.string("projectId");
    const auto userId = body.uuid("userId");
    const auto subject = trimmedText(body, "subject");
    const auto initialMessage = trimmedText(body, "initialMessage");
    const auto priority = body.oneOf("priority", {"low", "normal", "high", "urgent"});
    const auto source = body.oneOf("source", {"manual", "chat", "email", "api"});
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord *project = managedProject(m_store, *context.auth.user, projectId.value);
    if (!project)
        return projectNotFound(projectId.value);
    if (!project->users.find(userId.value))
        return KnownErrors::userIdDoesNotExist(QString::fromStdString(userId.value.toString()));

    const qint64 now = Clock::nowMillis();
    ConversationRecord conversation;
    conversation.id = Uuid::randomFromSystem();
    conversation.userId = userId.value;
    conversation.subject = *subject;
    conversation.priority = *conversationPriorityFromId(priority.value);
    conversation.source = source.hasValue() ? source.value : std::string("manual");
    conversation.createdAtMillis = now;
    conversation.updatedAtMillis = now;
    // The agent opens it: it stays open, and no first-response target applies.
    conversation.lastAgentReplyAtMillis = now;
    conversation.messages.push_back(newMessage(SupportMessageType::Message, *initialMessage, agentOf(context), now));
    conversation.entryPoints.push_back({Uuid::randomFromSystem(), conversation.source,
                                        conversation.source == "chat" ? "support-chat" : "support-dashboard", now});
    const ConversationRecord &added = project->support.add(std::move(conversation));
    return HttpResponse::json(200, ordered_json{{"conversationId", added.id.toString()}});
}

HttpResponse SupportRoutes::getConversation(RequestContext &context)
{
    QStringList problems;
    checkDashboardAuth(context, problems);
    InputValidator query(context.query.get(), u"query"_s, {"projectId"});
    query.require("projectId");
    const auto projectId = query.string("projectId");
    problems.append(query.problems());
    const auto conversationId = Uuid::parse(context.param(u"conversationId"_s));
    if (!conversationId)
        problems.append(u"params.conversationId must be a valid UUID"_s);
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord *project = managedProject(m_store, *context.auth.user, projectId.value);
    if (!project)
        return projectNotFound(projectId.value);
    const ConversationRecord *conversation = project->support.find(*conversationId);
    if (!conversation || conversation->messages.empty())
        return HttpResponse::text(404, kNotFound);
    const SupportWireShape shape = m_version == SupportRoutesVersion::Paged ? SupportWireShape::WithExtras
                                                                             : SupportWireShape::WithoutExtras;
    return HttpResponse::json(200, SupportStore::detailJson(*project, *conversation, shape));
}

HttpResponse SupportRoutes::updateConversation(RequestContext &context)
{
    QStringList problems;
    checkDashboardAuth(context, problems);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    const auto conversationId = Uuid::parse(context.param(u"conversationId"_s));
    if (!conversationId)
        problems.append(u"params.conversationId must be a valid UUID"_s);

    std::string type;
    if (context.body && context.body->is_object()) {
        const auto it = context.body->find("type");
        if (it != context.body->end() && it->is_string())
            type = it->get<std::string>();
    }
    const bool message = type == "reply" || type == "internal-note";
    std::optional<InputValidator> body;
    if (message)
        body.emplace(context.body.get(), u"body"_s, std::initializer_list<const char *>{"projectId", "type", "body"});
    else if (type == "status")
        body.emplace(context.body.get(), u"body"_s, std::initializer_list<const char *>{"projectId", "type", "status"});
    else if (type == "metadata")
        body.emplace(context.body.get(), u"body"_s,
                     std::initializer_list<const char *>{"projectId", "type", "assignedToUserId", "assignedToDisplayName",
                                                         "priority", "tags"});
    if (!body) {
        if (context.body) {
            problems.append(u"body is not matched by any of the provided schemas:\n"
                            "    Schema 0:\n      body.type must be one of the following values: reply\n"
                            "    Schema 1:\n      body.type must be one of the following values: internal-note\n"
                            "    Schema 2:\n      body.type must be one of the following values: status\n"
                            "    Schema 3:\n      body.type must be one of the following values: metadata"_s);
        }
        return context.schemaError(problems);
    }
    body->require("projectId");
    const auto projectId = body->string("projectId");
    std::optional<std::string> text;
    Field<std::string> status;
    Field<std::string> assignee;
    Field<std::string> assigneeName;
    Field<std::string> priority;
    std::optional<std::vector<std::string>> tags;
    if (message) {
        body->require("body");
        text = trimmedText(*body, "body");
    } else if (type == "status") {
        body->require("status");
        status = body->oneOf("status", {"open", "pending", "closed"});
    } else {
        assignee = body->string("assignedToUserId", true);
        assigneeName = body->string("assignedToDisplayName", true);
        priority = body->oneOf("priority", {"low", "normal", "high", "urgent"});
        tags = tagList(*body);
    }
    problems.append(body->problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord *project = managedProject(m_store, *context.auth.user, projectId.value);
    if (!project)
        return projectNotFound(projectId.value);
    ConversationRecord *conversation = project->support.find(*conversationId);
    if (!conversation || conversation->messages.empty())
        return HttpResponse::text(404, kNotFound);

    const qint64 now = Clock::nowMillis();
    if (message) {
        const auto kind = type == "reply" ? SupportMessageType::Message : SupportMessageType::InternalNote;
        SupportStore::appendMessage(*conversation, newMessage(kind, std::move(text), agentOf(context), now),
                                    SupportSla::of(*project));
    } else if (type == "status") {
        const ConversationStatus wanted = *conversationStatusFromId(status.value);
        if (conversation->status == wanted)
            return HttpResponse::text(400, u"Conversation is already "_s + QString::fromStdString(status.value) + u'.');
        SupportStore::changeStatus(*conversation, wanted, agentOf(context), now);
    } else {
        // updateConversationAttributes (server B): the route passes all four keys, so an omitted
        // assignee becomes null and omitted tags become []; the priority changes only when given.
        conversation->assignedToUserId = assignee.hasValue() ? std::optional(assignee.value) : std::nullopt;
        conversation->assignedToDisplayName = assigneeName.hasValue() ? std::optional(assigneeName.value) : std::nullopt;
        conversation->tags = tags.value_or(std::vector<std::string>());
        if (priority.hasValue())
            conversation->priority = *conversationPriorityFromId(priority.value);
        conversation->updatedAtMillis = now;
    }
    const SupportWireShape shape = m_version == SupportRoutesVersion::Paged ? SupportWireShape::WithExtras
                                                                             : SupportWireShape::WithoutExtras;
    return HttpResponse::json(200, SupportStore::detailJson(*project, *conversation, shape));
}

HttpResponse SupportRoutes::customerReply(RequestContext &context)
{
    QStringList problems;
    if (!context.auth.user)
        problems.append(u"auth.user must be defined"_s);
    if (!context.body)
        problems.append(u"body must be defined"_s);
    const auto conversationId = Uuid::parse(context.param(u"conversationId"_s));
    if (!conversationId)
        problems.append(u"params.conversationId must be a valid UUID"_s);
    InputValidator body(context.body.get(), u"body"_s, {"message"});
    body.require("message");
    auto text = trimmedText(body, "message", kMaxCustomerMessageLength);
    problems.append(body.problems());
    if (!problems.isEmpty())
        return context.schemaError(problems);

    ProjectRecord &project = *context.auth.project;
    ConversationRecord *conversation = project.support.find(*conversationId);
    if (!conversation || conversation->userId != context.signedInUserId())
        return HttpResponse::text(404, kNotFound);
    appendCustomerMessage(project, *conversation, std::move(*text), Clock::nowMillis());

    // The customer never sees internal notes.
    ConversationRecord visible = *conversation;
    std::erase_if(visible.messages, [](const SupportMessage &m) { return m.type == SupportMessageType::InternalNote; });
    return HttpResponse::json(200, snakeCased(SupportStore::detailJson(project, visible, SupportWireShape::WithoutExtras)));
}

} // namespace hexclave::emulator
