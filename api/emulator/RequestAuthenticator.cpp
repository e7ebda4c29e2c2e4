#include "RequestAuthenticator.h"

#include "ApiKeyStore.h"
#include "Clock.h"
#include "DataStore.h"
#include "HttpRequest.h"
#include "KnownErrors.h"
#include "TokenIssuer.h"

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

RequestAuthenticator::RequestAuthenticator(DataStore &store, TokenIssuer &tokens)
    : m_store(store)
    , m_tokens(tokens)
{
}

std::variant<AuthContext, HttpResponse> RequestAuthenticator::authenticate(const HttpRequest &request) const
{
    const QByteArray accessType = request.stackHeader("access-type");
    const bool keyOrAdminToken = !request.stackHeader("publishable-client-key").isEmpty()
        || !request.stackHeader("secret-server-key").isEmpty()
        || !request.stackHeader("super-secret-admin-key").isEmpty()
        || !request.stackHeader("admin-access-token").isEmpty();
    if (accessType.isEmpty()) {
        if (keyOrAdminToken)
            return KnownErrors::projectKeyWithoutAccessType();
        return AuthContext{};
    }

    AuthContext auth;
    auth.present = true;
    if (accessType == "client")
        auth.type = AccessType::Client;
    else if (accessType == "server")
        auth.type = AccessType::Server;
    else if (accessType == "admin")
        auth.type = AccessType::Admin;
    else
        return KnownErrors::invalidAccessType(QString::fromUtf8(accessType));

    const QByteArray projectId = request.stackHeader("project-id");
    if (projectId.isEmpty())
        return KnownErrors::accessTypeWithoutProjectId(AuthContext::name(auth.type));

    std::optional<AccessTokenClaims> userClaims;
    const QByteArray accessToken = request.stackHeader("access-token");
    if (!accessToken.isEmpty()) {
        const TokenVerdict verdict = m_tokens.verify(accessToken.toStdString());
        if (verdict.status == TokenVerdict::Status::Unparsable)
            return KnownErrors::unparsableAccessToken();
        if (verdict.status == TokenVerdict::Status::Expired)
            return KnownErrors::accessTokenExpired(verdict.expiredAtMillis);
        if (verdict.claims.projectId != projectId.toStdString()) {
            return KnownErrors::invalidProjectForAccessToken(QString::fromUtf8(projectId),
                                                             QString::fromStdString(verdict.claims.projectId));
        }
        userClaims = verdict.claims;
    }

    auth.project = m_store.project(projectId.toStdString());
    if (!auth.project)
        return KnownErrors::currentProjectNotFound(QString::fromUtf8(projectId));

    const QByteArray branchId = request.stackHeader("branch-id");
    if (!branchId.isEmpty() && branchId != "main")
        return KnownErrors::branchDoesNotExist(QString::fromUtf8(branchId));

    const QByteArray adminToken = request.stackHeader("admin-access-token");
    const auto failure = adminToken.isEmpty() ? checkKey(request, auth.type, *auth.project)
                                              : checkAdminAccessToken(adminToken, *auth.project);
    if (failure)
        return *failure;

    if (userClaims) {
        auth.user = auth.project->users.find(userClaims->userId);
        auth.refreshTokenId = userClaims->refreshTokenId;
    }
    return auth;
}

std::optional<HttpResponse> RequestAuthenticator::checkAdminAccessToken(const QByteArray &token,
                                                                        const ProjectRecord &project) const
{
    const TokenVerdict verdict = m_tokens.verify(token.toStdString());
    if (verdict.status == TokenVerdict::Status::Unparsable)
        return KnownErrors::unparsableAdminAccessToken();
    if (verdict.status == TokenVerdict::Status::Expired)
        return KnownErrors::adminAccessTokenExpired(verdict.expiredAtMillis);
    if (verdict.claims.projectId != "internal")
        return KnownErrors::adminAccessTokenIsNotAdmin();
    const auto user = m_store.internalProject().users.find(verdict.claims.userId);
    if (!user) {
        return HttpResponse::text(401, u"The user associated with the admin access token is no longer valid. "
                                       "Please refresh the admin access token and try again."_s);
    }
    for (const ProjectRecord *managed : m_store.managedProjects(*user)) {
        if (managed == &project)
            return std::nullopt;
    }
    return KnownErrors::adminAccessTokenIsNotAdmin();
}

std::optional<HttpResponse> RequestAuthenticator::checkKey(const HttpRequest &request, AccessType type,
                                                           const ProjectRecord &project)
{
    const QString projectId = QString::fromStdString(project.id);
    switch (type) {
    case AccessType::Client: {
        const QByteArray key = request.stackHeader("publishable-client-key");
        if (key.isEmpty())
            return KnownErrors::clientAuthenticationRequired();
        if (!ApiKeyStore::acceptsKey(project, ProjectKeyKind::PublishableClient, key.toStdString(), Clock::nowMillis()))
            return KnownErrors::invalidPublishableClientKey(projectId);
        return std::nullopt;
    }
    case AccessType::Server: {
        const QByteArray key = request.stackHeader("secret-server-key");
        if (key.isEmpty())
            return KnownErrors::serverAuthenticationRequired();
        if (!ApiKeyStore::acceptsKey(project, ProjectKeyKind::SecretServer, key.toStdString(), Clock::nowMillis()))
            return KnownErrors::invalidSecretServerKey(projectId);
        return std::nullopt;
    }
    case AccessType::Admin: {
        const QByteArray key = request.stackHeader("super-secret-admin-key");
        if (key.isEmpty())
            return KnownErrors::adminAuthenticationRequired();
        if (!ApiKeyStore::acceptsKey(project, ProjectKeyKind::SuperSecretAdmin, key.toStdString(), Clock::nowMillis()))
            return KnownErrors::invalidSuperSecretAdminKey(projectId);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace hexclave::emulator
