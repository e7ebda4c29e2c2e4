#include "SessionsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::sessions {

namespace {

QUrlQuery userQuery(const QString &userId)
{
    return encodedQuery({{QStringLiteral("user_id"), userId}});
}

} // namespace

Call<Page<UserSession>> list(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::get(QStringLiteral("/auth/sessions"), scope, userQuery(userId))};
}

Call<SessionTokens> impersonate(const ProjectScope &scope, const QString &userId, qint64 expiresInMillis)
{
    json::Json body = json::Json::object();
    body["user_id"] = json::toStd(userId);
    body["expires_in_millis"] = expiresInMillis;
    body["is_impersonation"] = true;
    return {ApiRequest::post(QStringLiteral("/auth/sessions"), scope, json::compact(body))};
}

Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &sessionId)
{
    return {ApiRequest::del(resourcePath(QStringLiteral("/auth/sessions"), {sessionId}), scope, userQuery(userId))};
}

} // namespace hexclave::api::sessions
