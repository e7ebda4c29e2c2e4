#include "Authenticator.h"

#include "dto/AuthTokens.h"

#include <QDateTime>
#include <QNetworkRequest>

namespace hexclave::api {

namespace {

void setHeader(QNetworkRequest &request, const char *name, const QString &value)
{
    request.setRawHeader(name, value.toUtf8());
}

} // namespace

ProjectKeyAuthenticator::ProjectKeyAuthenticator(CredentialKind kind, QString projectId, QString key)
    : m_kind(kind)
    , m_projectId(std::move(projectId))
    , m_key(std::move(key))
{
    Q_ASSERT(kind != CredentialKind::DashboardAccount);
}

bool ProjectKeyAuthenticator::addHeaders(QNetworkRequest &request, const ApiRequest &call) const
{
    if (call.scope.isInternal())
        return false;
    if (m_kind == CredentialKind::AdminKey) {
        request.setRawHeader("X-Stack-Access-Type", "admin");
        setHeader(request, "X-Stack-Super-Secret-Admin-Key", m_key);
    } else {
        request.setRawHeader("X-Stack-Access-Type", "server");
        setHeader(request, "X-Stack-Secret-Server-Key", m_key);
    }
    return true;
}

DashboardAuthenticator::DashboardAuthenticator(QString publishableClientKey)
    : m_publishableClientKey(std::move(publishableClientKey))
{
}

bool DashboardAuthenticator::addHeaders(QNetworkRequest &request, const ApiRequest &call) const
{
    using Tokens = ApiRequest::Tokens;
    if (call.scope.isInternal()) {
        request.setRawHeader("X-Stack-Access-Type", "client");
        setHeader(request, "X-Stack-Publishable-Client-Key", m_publishableClientKey);
        if (call.tokens == Tokens::AccessToken && !m_accessToken.isEmpty())
            setHeader(request, "X-Stack-Access-Token", m_accessToken);
        if (call.tokens == Tokens::RefreshToken && !m_refreshToken.isEmpty())
            setHeader(request, "X-Stack-Refresh-Token", m_refreshToken);
        return true;
    }
    if (m_accessToken.isEmpty())
        return false;
    request.setRawHeader("X-Stack-Access-Type", "admin");
    setHeader(request, "X-Stack-Admin-Access-Token", m_accessToken);
    return true;
}

std::optional<ApiRequest> DashboardAuthenticator::refreshRequest() const
{
    if (m_refreshToken.isEmpty())
        return std::nullopt;
    ApiRequest request = ApiRequest::post(QStringLiteral("/auth/sessions/current/refresh"), ProjectScope::internal());
    request.tokens = ApiRequest::Tokens::RefreshToken;
    request.repeatable = true; // a refresh changes nothing on the server
    return request;
}

void DashboardAuthenticator::acceptRefreshedAccessToken(const QString &accessToken)
{
    if (m_refreshToken.isEmpty())
        return; // signed out while the refresh was under way
    m_accessToken = accessToken;
    const auto claims = AccessTokenClaims::decode(accessToken);
    m_accessTokenExpiresAt = 0;
    if (claims && claims->expiresAtMillis > 0) {
        // Measured from our own clock when the server says when it issued the token, so that
        // a clock that runs ahead or behind does not make every request refresh first.
        m_accessTokenExpiresAt = claims->issuedAtMillis > 0
            ? QDateTime::currentMSecsSinceEpoch() + (claims->expiresAtMillis - claims->issuedAtMillis)
            : claims->expiresAtMillis;
    }
}

bool DashboardAuthenticator::accessTokenExpiresWithin(qint64 milliseconds) const
{
    if (m_refreshToken.isEmpty())
        return false;
    if (m_accessToken.isEmpty())
        return true;
    if (m_accessTokenExpiresAt == 0)
        return false;
    return m_accessTokenExpiresAt - QDateTime::currentMSecsSinceEpoch() < milliseconds;
}

void DashboardAuthenticator::setTokens(const QString &accessToken, const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_accessToken.clear();
    m_accessTokenExpiresAt = 0;
    acceptRefreshedAccessToken(accessToken);
}

void DashboardAuthenticator::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenExpiresAt = 0;
}

} // namespace hexclave::api
