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
    return resourcePath(QStringLiteral("/users"), {userId});
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
    json::Json body = json::Json::object();
    if (primaryEmail)
        body["primary_email"] = json::toStd(*primaryEmail);
    json::putIfSet(body, "primary_email_verified", primaryEmailVerified);
    json::putIfSet(body, "primary_email_auth_enabled", primaryEmailAuthEnabled);
    if (displayName)
        body["display_name"] = json::toStd(*displayName);
    if (password)
        body["password"] = json::toStd(*password);
    if (!json::putAllMetadata(body, clientMetadataJson, clientReadOnlyMetadataJson, serverMetadataJson, error))
        return {};
    return json::compact(body);
}

UserPatch UserPatch::restrict(const QString &publicReason, const QString &privateDetails)
{
    UserPatch patch;
    patch.restrictedByAdmin = true;
    patch.restrictedByAdminReason = publicReason;
    patch.restrictedByAdminPrivateDetails = privateDetails;
    return patch;
}

UserPatch UserPatch::unrestrict()
{
    UserPatch patch;
    patch.restrictedByAdmin = false;
    return patch;
}

UserPatch UserPatch::withoutTwoFactor()
{
    UserPatch patch;
    patch.removeTwoFactor = true;
    return patch;
}

bool UserPatch::isEmpty() const
{
    QString ignored;
    return toJson(&ignored) == "{}";
}

QByteArray UserPatch::toJson(QString *error) const
{
    json::Json body = json::Json::object();
    json::putNullable(body, "display_name", displayName);
    json::putNullable(body, "primary_email", primaryEmail);
    json::putIfSet(body, "primary_email_verified", primaryEmailVerified);
    json::putIfSet(body, "primary_email_auth_enabled", primaryEmailAuthEnabled);
    json::putNullable(body, "password", password);
    json::putNullable(body, "profile_image_url", profileImageUrl);
    if (!json::putAllMetadata(body, clientMetadataJson, clientReadOnlyMetadataJson, serverMetadataJson, error))
        return {};
    if (restrictedByAdmin) {
        body["restricted_by_admin"] = *restrictedByAdmin;
        // The server requires both to be null unless the user is being restricted.
        const auto textOrNull = [this](const std::optional<QString> &text) -> json::Json {
            if (!*restrictedByAdmin || !text || text->trimmed().isEmpty())
                return nullptr;
            return json::toStd(*text);
        };
        body["restricted_by_admin_reason"] = textOrNull(restrictedByAdminReason);
        body["restricted_by_admin_private_details"] = textOrNull(restrictedByAdminPrivateDetails);
    }
    if (removeTwoFactor)
        body["totp_secret_base64"] = nullptr;
    return json::compact(body);
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

Call<User> update(const ProjectScope &scope, const QString &userId, const UserPatch &patch)
{
    QString error;
    ApiRequest request = ApiRequest::patch(userPath(userId), scope, patch.toJson(&error));
    request.invalidBody = error;
    return {request};
}

Call<NoContent> remove(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::del(userPath(userId), scope)};
}

namespace {

ApiRequest mailRequest(const QString &path, const ProjectScope &scope, const QString &email, const QString &callbackUrl)
{
    json::Json body = json::Json::object();
    body["email"] = json::toStd(email);
    body["callback_url"] = json::toStd(callbackUrl);
    return ApiRequest::post(path, scope, json::compact(body));
}

} // namespace

Call<NoContent> sendPasswordReset(const ProjectScope &scope, const QString &email, const QString &callbackUrl)
{
    return {mailRequest(QStringLiteral("/auth/password/send-reset-code"), scope, email, callbackUrl)};
}

Call<NoContent> sendSignInInvitation(const ProjectScope &scope, const QString &email, const QString &callbackUrl)
{
    return {mailRequest(QStringLiteral("/internal/send-sign-in-invitation"), scope, email, callbackUrl)};
}

Call<User> currentDashboardUser()
{
    return {ApiRequest::get(QStringLiteral("/users/me"), ProjectScope::internal())};
}

} // namespace hexclave::api::users
