#pragma once

#include "HttpResponse.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::emulator {

// The server's known errors: status, `X-Stack-Known-Error` header and {code, details?, error} body
// (pretty-printed with two spaces, as the server's JSON.stringify(…, undefined, 2) does).
class KnownErrors
{
public:
    static HttpResponse make(int status, const QByteArray &code, const QString &message);
    static HttpResponse make(int status, const QByteArray &code, const QString &message,
                             const nlohmann::ordered_json &details);

    // "Request validation failed on GET /api/v1/users/x:\n  - params.user_id must be a valid UUID"
    static HttpResponse schemaError(const QByteArray &method, const QString &pathname, const QStringList &problems);
    static HttpResponse bodyParsingError(const QString &message);

    static HttpResponse accessTypeRequired();
    static HttpResponse projectKeyWithoutAccessType();
    static HttpResponse invalidAccessType(const QString &accessType);
    static HttpResponse accessTypeWithoutProjectId(const QString &accessType);
    static HttpResponse insufficientAccessType(const QString &actual, const QStringList &allowed);
    static HttpResponse invalidPublishableClientKey(const QString &projectId);
    static HttpResponse invalidSecretServerKey(const QString &projectId);
    static HttpResponse invalidSuperSecretAdminKey(const QString &projectId);
    static HttpResponse clientAuthenticationRequired();
    static HttpResponse serverAuthenticationRequired();
    static HttpResponse adminAuthenticationRequired();
    static HttpResponse unparsableAdminAccessToken();
    static HttpResponse adminAccessTokenExpired(std::optional<qint64> expiredAtMillis);
    static HttpResponse adminAccessTokenIsNotAdmin();
    static HttpResponse expectedInternalProject();
    static HttpResponse currentProjectNotFound(const QString &projectId);
    static HttpResponse branchDoesNotExist(const QString &branchId);

    static HttpResponse unparsableAccessToken();
    static HttpResponse accessTokenExpired(std::optional<qint64> expiredAtMillis);
    static HttpResponse invalidProjectForAccessToken(const QString &expected, const QString &actual);
    static HttpResponse refreshTokenNotFoundOrExpired();
    static HttpResponse userAuthenticationRequired();
    static HttpResponse cannotGetOwnUserWithoutUser();

    static HttpResponse userNotFound();
    static HttpResponse userEmailAlreadyExists(const QString &email);
    static HttpResponse emailPasswordMismatch();
    static HttpResponse teamNotFound(const QString &teamId);
    static HttpResponse teamMembershipNotFound(const QString &teamId, const QString &userId);
    static HttpResponse invalidPollingCode();

    static HttpResponse userIdDoesNotExist(const QString &userId);
    static HttpResponse cannotDeleteCurrentSession();
    static HttpResponse teamMembershipAlreadyExists();
    static HttpResponse teamPermissionRequired(const QString &teamId, const QString &userId, const QString &permissionId);
    static HttpResponse permissionNotFound(const QString &permissionId);
    static HttpResponse wrongPermissionScope(const QString &permissionId, const QString &expectedScope,
                                             const QString &actualScope);
    static HttpResponse permissionIdAlreadyExists(const QString &permissionId);
    static HttpResponse containedPermissionNotFound(const QString &permissionId);
    static HttpResponse teamPermissionNotFound(const QString &teamId, const QString &userId, const QString &permissionId);
    static HttpResponse emailAlreadyVerified();
    // `value` empty: the server's wording without the address (and with its double space).
    static HttpResponse contactChannelAlreadyUsedForAuthBySomeoneElse(const QString &type, const QString &value);
    static HttpResponse oauthProviderAccountIdAlreadyUsedForSignIn();
    static HttpResponse redirectUrlNotWhitelisted();

    static HttpResponse apiKeyNotFound();
    static HttpResponse apiKeyRevoked();
    static HttpResponse apiKeyExpired();
    // "This endpoint is for <expected> API keys, but a <actual> API key was provided."
    static HttpResponse wrongApiKeyType(const QString &expectedType, const QString &actualType);
};

} // namespace hexclave::emulator
