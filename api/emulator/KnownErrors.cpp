#include "KnownErrors.h"

#include "Clock.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

const QString kDocsHint =
    u"\n\nFor more information, see the docs on REST API authentication: https://docs.stack-auth.com/rest-api/overview#authentication"_s;

ordered_json projectIdDetails(const QString &projectId)
{
    return ordered_json{{"project_id", projectId.toStdString()}};
}

QString expiredSuffix(std::optional<qint64> expiredAtMillis)
{
    if (!expiredAtMillis)
        return {};
    return u" (The access token expired at "_s + Clock::isoUtc(*expiredAtMillis) + u".)"_s;
}

ordered_json expiredDetails(std::optional<qint64> expiredAtMillis)
{
    ordered_json details = ordered_json::object();
    details["expired_at_millis"] = expiredAtMillis ? ordered_json(*expiredAtMillis) : ordered_json(nullptr);
    return details;
}

HttpResponse build(int status, const QByteArray &code, const QString &message, const ordered_json *details)
{
    ordered_json body = ordered_json::object();
    body["code"] = code.toStdString();
    if (details)
        body["details"] = *details;
    body["error"] = message.toStdString();
    HttpResponse response = HttpResponse::json(status, body, 2);
    response.setHeader("X-Stack-Known-Error", code);
    response.setHeader("X-Hexclave-Known-Error", code);
    return response;
}

} // namespace

HttpResponse KnownErrors::make(int status, const QByteArray &code, const QString &message)
{
    return build(status, code, message, nullptr);
}

HttpResponse KnownErrors::make(int status, const QByteArray &code, const QString &message, const ordered_json &details)
{
    return build(status, code, message, &details);
}

HttpResponse KnownErrors::schemaError(const QByteArray &method, const QString &pathname, const QStringList &problems)
{
    QString message = u"Request validation failed on "_s + QString::fromLatin1(method) + u' ' + pathname + u':';
    for (const QString &problem : problems)
        message += u"\n  - "_s + problem;
    return make(400, "SCHEMA_ERROR", message, ordered_json{{"message", message.toStdString()}});
}

HttpResponse KnownErrors::bodyParsingError(const QString &message)
{
    return make(400, "BODY_PARSING_ERROR", message);
}

HttpResponse KnownErrors::accessTypeRequired()
{
    return make(400, "ACCESS_TYPE_REQUIRED",
                u"You must specify an access level for this Stack project. Make sure project API keys are provided "
                "(eg. x-stack-publishable-client-key) and you set the x-stack-access-type header to 'client', "
                "'server', or 'admin'."_s + kDocsHint);
}

HttpResponse KnownErrors::projectKeyWithoutAccessType()
{
    return make(400, "PROJECT_KEY_WITHOUT_ACCESS_TYPE",
                u"Either an API key or an admin access token was provided, but the x-stack-access-type header is "
                "missing. Set it to 'client', 'server', or 'admin' as appropriate."_s);
}

HttpResponse KnownErrors::invalidAccessType(const QString &accessType)
{
    return make(400, "INVALID_ACCESS_TYPE",
                u"The x-stack-access-type header must be 'client', 'server', or 'admin', but was '"_s + accessType + u"'."_s);
}

HttpResponse KnownErrors::accessTypeWithoutProjectId(const QString &accessType)
{
    return make(400, "ACCESS_TYPE_WITHOUT_PROJECT_ID",
                u"The x-stack-access-type header was '"_s + accessType
                    + u"', but the x-stack-project-id header was not provided."_s + kDocsHint,
                ordered_json{{"request_type", accessType.toStdString()}});
}

HttpResponse KnownErrors::insufficientAccessType(const QString &actual, const QStringList &allowed)
{
    QStringList quoted;
    ordered_json allowedJson = ordered_json::array();
    for (const QString &type : allowed) {
        quoted.append(u'\'' + type + u'\'');
        allowedJson.push_back(type.toStdString());
    }
    ordered_json details = ordered_json::object();
    details["actual_access_type"] = actual.toStdString();
    details["allowed_access_types"] = allowedJson;
    return make(401, "INSUFFICIENT_ACCESS_TYPE",
                u"The x-stack-access-type header must be "_s + quoted.join(u" or "_s) + u", but was '"_s + actual + u"'."_s,
                details);
}

HttpResponse KnownErrors::invalidPublishableClientKey(const QString &projectId)
{
    return make(401, "INVALID_PUBLISHABLE_CLIENT_KEY",
                u"The publishable key is not valid for the project \""_s + projectId
                    + u"\". Does the project and/or the key exist?"_s,
                projectIdDetails(projectId));
}

HttpResponse KnownErrors::invalidSecretServerKey(const QString &projectId)
{
    return make(401, "INVALID_SECRET_SERVER_KEY",
                u"The secret server key is not valid for the project \""_s + projectId
                    + u"\". Does the project and/or the key exist?"_s,
                projectIdDetails(projectId));
}

HttpResponse KnownErrors::invalidSuperSecretAdminKey(const QString &projectId)
{
    return make(401, "INVALID_SUPER_SECRET_ADMIN_KEY",
                u"The super secret admin key is not valid for the project \""_s + projectId
                    + u"\". Does the project and/or the key exist?"_s,
                projectIdDetails(projectId));
}

HttpResponse KnownErrors::clientAuthenticationRequired()
{
    return make(401, "CLIENT_AUTHENTICATION_REQUIRED", u"The publishable client key must be provided."_s);
}

HttpResponse KnownErrors::serverAuthenticationRequired()
{
    return make(401, "SERVER_AUTHENTICATION_REQUIRED", u"The secret server key must be provided."_s);
}

HttpResponse KnownErrors::adminAuthenticationRequired()
{
    return make(401, "ADMIN_AUTHENTICATION_REQUIRED", u"The super secret admin key must be provided."_s);
}

HttpResponse KnownErrors::unparsableAdminAccessToken()
{
    return make(401, "UNPARSABLE_ADMIN_ACCESS_TOKEN", u"Admin access token is not parsable."_s);
}

HttpResponse KnownErrors::adminAccessTokenExpired(std::optional<qint64> expiredAtMillis)
{
    return make(401, "ADMIN_ACCESS_TOKEN_EXPIRED",
                u"Admin access token has expired. Please refresh it and try again."_s + expiredSuffix(expiredAtMillis),
                expiredDetails(expiredAtMillis));
}

HttpResponse KnownErrors::adminAccessTokenIsNotAdmin()
{
    return make(401, "ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN",
                u"Admin access token does not have the required permissions to access this project."_s);
}

HttpResponse KnownErrors::expectedInternalProject()
{
    return make(401, "EXPECTED_INTERNAL_PROJECT", u"The project ID is expected to be internal."_s);
}

HttpResponse KnownErrors::currentProjectNotFound(const QString &projectId)
{
    return make(400, "CURRENT_PROJECT_NOT_FOUND",
                u"The current project with ID "_s + projectId
                    + u" was not found. Please check the value of the x-stack-project-id header."_s,
                projectIdDetails(projectId));
}

HttpResponse KnownErrors::branchDoesNotExist(const QString &branchId)
{
    return make(400, "BRANCH_DOES_NOT_EXIST", u"The branch with ID "_s + branchId + u" does not exist."_s,
                ordered_json{{"branch_id", branchId.toStdString()}});
}

HttpResponse KnownErrors::unparsableAccessToken()
{
    return make(401, "UNPARSABLE_ACCESS_TOKEN", u"Access token is not parsable."_s);
}

HttpResponse KnownErrors::accessTokenExpired(std::optional<qint64> expiredAtMillis)
{
    return make(401, "ACCESS_TOKEN_EXPIRED",
                u"Access token has expired. Please refresh it and try again."_s + expiredSuffix(expiredAtMillis),
                expiredDetails(expiredAtMillis));
}

HttpResponse KnownErrors::invalidProjectForAccessToken(const QString &expected, const QString &actual)
{
    ordered_json details = ordered_json::object();
    details["expected_project_id"] = expected.toStdString();
    details["actual_project_id"] = actual.toStdString();
    return make(401, "INVALID_PROJECT_FOR_ACCESS_TOKEN",
                u"Access token not valid for this project. Expected project ID \""_s + expected
                    + u"\", but the token is for project ID \""_s + actual + u"\"."_s,
                details);
}

HttpResponse KnownErrors::refreshTokenNotFoundOrExpired()
{
    return make(401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED",
                u"Refresh token not found for this project, or the session has expired/been revoked."_s);
}

HttpResponse KnownErrors::userAuthenticationRequired()
{
    return make(401, "USER_AUTHENTICATION_REQUIRED", u"User authentication required for this endpoint."_s);
}

HttpResponse KnownErrors::cannotGetOwnUserWithoutUser()
{
    return make(400, "CANNOT_GET_OWN_USER_WITHOUT_USER",
                u"You have specified 'me' as a userId, but did not provide authentication for a user."_s);
}

HttpResponse KnownErrors::userNotFound()
{
    return make(404, "USER_NOT_FOUND", u"User not found."_s);
}

HttpResponse KnownErrors::userEmailAlreadyExists(const QString &email)
{
    ordered_json details = ordered_json::object();
    details["email"] = email.toStdString();
    details["would_work_if_email_was_verified"] = false;
    return make(409, "USER_EMAIL_ALREADY_EXISTS", u"A user with email \""_s + email + u"\" already exists."_s, details);
}

HttpResponse KnownErrors::emailPasswordMismatch()
{
    return make(400, "EMAIL_PASSWORD_MISMATCH", u"Wrong e-mail or password."_s);
}

HttpResponse KnownErrors::teamNotFound(const QString &teamId)
{
    return make(404, "TEAM_NOT_FOUND", u"Team "_s + teamId + u" not found."_s,
                ordered_json{{"team_id", teamId.toStdString()}});
}

HttpResponse KnownErrors::teamMembershipNotFound(const QString &teamId, const QString &userId)
{
    ordered_json details = ordered_json::object();
    details["team_id"] = teamId.toStdString();
    details["user_id"] = userId.toStdString();
    return make(404, "TEAM_MEMBERSHIP_NOT_FOUND",
                u"User "_s + userId + u" is not found in team "_s + teamId + u"."_s, details);
}

HttpResponse KnownErrors::invalidPollingCode()
{
    return make(400, "INVALID_POLLING_CODE", u"The polling code is invalid or does not exist."_s);
}

HttpResponse KnownErrors::userIdDoesNotExist(const QString &userId)
{
    return make(400, "USER_ID_DOES_NOT_EXIST", u"The given user with the ID "_s + userId + u" does not exist."_s,
                ordered_json{{"user_id", userId.toStdString()}});
}

HttpResponse KnownErrors::cannotDeleteCurrentSession()
{
    return make(400, "CANNOT_DELETE_CURRENT_SESSION", u"Cannot delete the current session."_s);
}

HttpResponse KnownErrors::teamMembershipAlreadyExists()
{
    return make(409, "TEAM_MEMBERSHIP_ALREADY_EXISTS", u"Team membership already exists."_s);
}

HttpResponse KnownErrors::teamPermissionRequired(const QString &teamId, const QString &userId, const QString &permissionId)
{
    ordered_json details = ordered_json::object();
    details["team_id"] = teamId.toStdString();
    details["user_id"] = userId.toStdString();
    details["permission_id"] = permissionId.toStdString();
    return make(401, "TEAM_PERMISSION_REQUIRED",
                u"User "_s + userId + u" does not have permission "_s + permissionId + u" in team "_s + teamId + u"."_s,
                details);
}

HttpResponse KnownErrors::permissionNotFound(const QString &permissionId)
{
    return make(404, "PERMISSION_NOT_FOUND",
                u"Permission \""_s + permissionId + u"\" not found. Make sure you created it on the dashboard."_s,
                ordered_json{{"permission_id", permissionId.toStdString()}});
}

HttpResponse KnownErrors::wrongPermissionScope(const QString &permissionId, const QString &expectedScope,
                                               const QString &actualScope)
{
    ordered_json details = ordered_json::object();
    details["permission_id"] = permissionId.toStdString();
    details["expected_scope"] = expectedScope.toStdString();
    details["actual_scope"] = actualScope.toStdString();
    return make(404, "WRONG_PERMISSION_SCOPE",
                u"Permission \""_s + permissionId + u"\" not found. (It was found for a different scope \""_s + actualScope
                    + u"\", but scope \""_s + expectedScope + u"\" was expected.)"_s,
                details);
}

HttpResponse KnownErrors::permissionIdAlreadyExists(const QString &permissionId)
{
    return make(400, "PERMISSION_ID_ALREADY_EXISTS",
                u"Permission with ID \""_s + permissionId + u"\" already exists. Choose a different ID."_s,
                ordered_json{{"permission_id", permissionId.toStdString()}});
}

HttpResponse KnownErrors::containedPermissionNotFound(const QString &permissionId)
{
    return make(400, "CONTAINED_PERMISSION_NOT_FOUND",
                u"Contained permission with ID \""_s + permissionId + u"\" not found. Make sure you created it on the dashboard."_s,
                ordered_json{{"permission_id", permissionId.toStdString()}});
}

HttpResponse KnownErrors::teamPermissionNotFound(const QString &teamId, const QString &userId, const QString &permissionId)
{
    ordered_json details = ordered_json::object();
    details["team_id"] = teamId.toStdString();
    details["user_id"] = userId.toStdString();
    details["permission_id"] = permissionId.toStdString();
    return make(401, "TEAM_PERMISSION_NOT_FOUND",
                u"User "_s + userId + u" does not have permission "_s + permissionId + u" in team "_s + teamId + u"."_s,
                details);
}

HttpResponse KnownErrors::emailAlreadyVerified()
{
    return make(409, "EMAIL_ALREADY_VERIFIED", u"The e-mail is already verified."_s);
}

HttpResponse KnownErrors::contactChannelAlreadyUsedForAuthBySomeoneElse(const QString &type, const QString &value)
{
    ordered_json details = ordered_json::object();
    details["type"] = type.toStdString();
    details["contact_channel_value"] = value.isEmpty() ? ordered_json(nullptr) : ordered_json(value.toStdString());
    details["would_work_if_email_was_verified"] = false;
    const QString quoted = value.isEmpty() ? QString() : u"\"("_s + value + u")\""_s;
    return make(409, "CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE",
                u"This "_s + type + u' ' + quoted + u" is already used for authentication by another account."_s, details);
}

HttpResponse KnownErrors::oauthProviderAccountIdAlreadyUsedForSignIn()
{
    return make(400, "OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN",
                u"A provider with the same account ID is already used for signing in."_s);
}

HttpResponse KnownErrors::redirectUrlNotWhitelisted()
{
    return make(400, "REDIRECT_URL_NOT_WHITELISTED",
                u"Redirect URL not whitelisted. Did you forget to add this domain to the trusted domains list on the "
                "Stack Auth dashboard?"_s);
}

HttpResponse KnownErrors::apiKeyNotFound()
{
    return make(404, "API_KEY_NOT_FOUND", u"API key not found."_s);
}

HttpResponse KnownErrors::apiKeyRevoked()
{
    return make(401, "API_KEY_REVOKED", u"API key has been revoked."_s);
}

HttpResponse KnownErrors::apiKeyExpired()
{
    return make(401, "API_KEY_EXPIRED", u"API key has expired."_s);
}

HttpResponse KnownErrors::wrongApiKeyType(const QString &expectedType, const QString &actualType)
{
    ordered_json details = ordered_json::object();
    details["expected_type"] = expectedType.toStdString();
    details["actual_type"] = actualType.toStdString();
    return make(400, "WRONG_API_KEY_TYPE",
                u"This endpoint is for "_s + expectedType + u" API keys, but a "_s + actualType + u" API key was provided."_s,
                details);
}

} // namespace hexclave::emulator
