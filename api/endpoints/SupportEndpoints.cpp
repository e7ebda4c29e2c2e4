#include "SupportEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::support {

namespace {

const QString conversationsPath = QStringLiteral("/internal/conversations");

QString conversationPath(const QString &conversationId)
{
    return resourcePath(conversationsPath, {conversationId});
}

Call<ConversationDetail> update(const QString &conversationId, const json::Json &body)
{
    return {ApiRequest::patch(conversationPath(conversationId), ProjectScope::internal(), json::compact(body))};
}

Call<ConversationDetail> message(const char *type, const QString &projectId, const QString &conversationId,
                                 const QString &body)
{
    return update(conversationId, {{"projectId", json::toStd(projectId)}, {"type", type}, {"body", json::toStd(body)}});
}

json::Json nullIfEmpty(const QString &value)
{
    if (value.isEmpty())
        return nullptr;
    return json::toStd(value);
}

} // namespace

Call<ConversationList> conversations(const ConversationQuery &query)
{
    QUrlQuery url = encodedQuery({{QStringLiteral("projectId"), query.projectId}});
    if (!query.search.trimmed().isEmpty())
        url.addQueryItem(QStringLiteral("query"), urlComponent(query.search.trimmed()));
    if (!query.status.isEmpty())
        url.addQueryItem(QStringLiteral("status"), urlComponent(query.status));
    if (!query.userId.isEmpty())
        url.addQueryItem(QStringLiteral("userId"), urlComponent(query.userId));
    if (query.limit)
        url.addQueryItem(QStringLiteral("limit"), QString::number(*query.limit));
    if (query.offset)
        url.addQueryItem(QStringLiteral("offset"), QString::number(*query.offset));
    return {ApiRequest::get(conversationsPath, ProjectScope::internal(), url)};
}

Call<ConversationDetail> conversation(const QString &projectId, const QString &conversationId)
{
    return {ApiRequest::get(conversationPath(conversationId), ProjectScope::internal(),
                            encodedQuery({{QStringLiteral("projectId"), projectId}}))};
}

QByteArray NewConversation::toJson() const
{
    json::Json body{{"projectId", json::toStd(projectId)},
                    {"userId", json::toStd(userId)},
                    {"subject", json::toStd(subject)},
                    {"initialMessage", json::toStd(initialMessage)},
                    {"priority", json::toStd(priority)}};
    if (!source.isEmpty())
        body["source"] = json::toStd(source);
    return json::compact(body);
}

Call<CreatedConversation> createConversation(const NewConversation &conversation)
{
    return {ApiRequest::post(conversationsPath, ProjectScope::internal(), conversation.toJson())};
}

Call<ConversationDetail> reply(const QString &projectId, const QString &conversationId, const QString &body)
{
    return message("reply", projectId, conversationId, body);
}

Call<ConversationDetail> addInternalNote(const QString &projectId, const QString &conversationId, const QString &body)
{
    return message("internal-note", projectId, conversationId, body);
}

Call<ConversationDetail> setStatus(const QString &projectId, const QString &conversationId, const QString &status)
{
    return update(conversationId,
                  {{"projectId", json::toStd(projectId)}, {"type", "status"}, {"status", json::toStd(status)}});
}

QByteArray ConversationAttributes::toJson(const QString &projectId) const
{
    json::Json tagList = json::Json::array();
    QStringList seen;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            continue;
        seen.append(trimmed);
        tagList.push_back(json::toStd(trimmed));
    }
    return json::compact({{"projectId", json::toStd(projectId)},
                          {"type", "metadata"},
                          {"assignedToUserId", nullIfEmpty(assignedToUserId)},
                          {"assignedToDisplayName", nullIfEmpty(assignedToDisplayName)},
                          {"priority", json::toStd(priority)},
                          {"tags", tagList}});
}

Call<ConversationDetail> updateAttributes(const QString &projectId, const QString &conversationId,
                                          const ConversationAttributes &attributes)
{
    return {ApiRequest::patch(conversationPath(conversationId), ProjectScope::internal(),
                              attributes.toJson(projectId))};
}

bool isMissingSupportRoutes(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404 && error.code.isEmpty();
}

bool isConversationNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404 && error.code.isEmpty();
}

} // namespace hexclave::api::support
