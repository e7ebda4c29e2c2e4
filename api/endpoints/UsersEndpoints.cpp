#include "UsersEndpoints.h"

#include "dto/JsonSupport.h"

#include <QCoreApplication>

namespace hexclave::api::users {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString userPath(const QString &userId)
{
    return QStringLiteral("/users/") + urlComponent(userId);
}

} // namespace

QUrlQuery ListQuery::toUrlQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), urlComponent(cursor));
    if (orderBy)
        query.addQueryItem(QStringLiteral("order_by"),
                           *orderBy == OrderBy::SignedUpAt ? QStringLiteral("signed_up_at") : QStringLiteral("last_active_at"));
    if (descending)
        query.addQueryItem(QStringLiteral("desc"), boolText(*descending));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("query"), urlComponent(search));
    if (!teamId.isEmpty())
        query.addQueryItem(QStringLiteral("team_id"), urlComponent(teamId));
    if (includeRestricted)
        query.addQueryItem(QStringLiteral("include_restricted"), boolText(true));
    if (includeAnonymous)
        query.addQueryItem(QStringLiteral("include_anonymous"), boolText(true));
    if (onlyAnonymous)
        query.addQueryItem(QStringLiteral("only_anonymous"), boolText(true));
    return query;
}

QByteArray NewUser::toJson(QString *error) const
{
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (primaryEmail)
        body["primary_email"] = json::toStd(*primaryEmail);
    if (primaryEmailVerified)
        body["primary_email_verified"] = *primaryEmailVerified;
    if (primaryEmailAuthEnabled)
        body["primary_email_auth_enabled"] = *primaryEmailAuthEnabled;
    if (displayName)
        body["display_name"] = json::toStd(*displayName);
    if (password)
        body["password"] = json::toStd(*password);
    if (serverMetadataJson) {
        auto metadata = nlohmann::ordered_json::parse(json::toStd(*serverMetadataJson), nullptr, false);
        if (metadata.is_discarded()) {
            *error = QCoreApplication::translate("hexclave::api::users", "The server metadata is not valid JSON.");
            return {};
        }
        body["server_metadata"] = std::move(metadata);
    }
    return QByteArray::fromStdString(body.dump());
}

Call<Page<User>> list(const ProjectScope &scope, const ListQuery &query)
{
    return {ApiRequest::get(QStringLiteral("/users"), scope, query.toUrlQuery())};
}

Call<User> get(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::get(userPath(userId), scope)};
}

Call<User> create(const ProjectScope &scope, const NewUser &user)
{
    QString error;
    ApiRequest request = ApiRequest::post(QStringLiteral("/users"), scope, user.toJson(&error));
    request.invalidBody = error;
    return {request};
}

Call<User> update(const ProjectScope &scope, const QString &userId, const QByteArray &patchJson)
{
    return {ApiRequest::patch(userPath(userId), scope, patchJson)};
}

Call<NoContent> remove(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::del(userPath(userId), scope)};
}

Call<User> currentDashboardUser()
{
    return {ApiRequest::get(QStringLiteral("/users/me"), ProjectScope::internal())};
}

} // namespace hexclave::api::users
