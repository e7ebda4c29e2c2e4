#pragma once

#include "CredentialKind.h"
#include "core/ApiRequest.h"

#include <optional>

class QNetworkRequest;

namespace hexclave::api {

// Puts the headers of one credential on outgoing requests (X-Stack-Access-Type and the key or
// token). ApiClient owns one and asks it for refreshes; it never logs what it holds.
class Authenticator
{
public:
    virtual ~Authenticator() = default;

    virtual CredentialKind kind() const = 0;
    // Adds the access type and credential headers for the request; false when this credential
    // cannot address the request's project (e.g. a project key and the internal project).
    virtual bool addHeaders(QNetworkRequest &request, const ApiRequest &call) const = 0;

    // Dashboard accounts refresh their short-lived access token; keys never need to.
    virtual std::optional<ApiRequest> refreshRequest() const { return std::nullopt; }
    virtual void acceptRefreshedAccessToken(const QString &accessToken) { Q_UNUSED(accessToken) }
    virtual bool accessTokenExpiresWithin(qint64 milliseconds) const
    {
        Q_UNUSED(milliseconds)
        return false;
    }
};

// Project id + super secret admin key, or project id + secret server key.
class ProjectKeyAuthenticator final : public Authenticator
{
public:
    ProjectKeyAuthenticator(CredentialKind kind, QString projectId, QString key);

    CredentialKind kind() const override { return m_kind; }
    bool addHeaders(QNetworkRequest &request, const ApiRequest &call) const override;
    const QString &projectId() const { return m_projectId; }
    void setKey(const QString &key) { m_key = key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    // The key's last four characters (what the server shows of a key once created): to tell
    // whether a key set about to be revoked is the one this connection uses.
    QString keyLastFour() const { return m_key.right(4); }

private:
    CredentialKind m_kind;
    QString m_projectId;
    QString m_key;
};

// A user of the internal project: client access with the publishable key on the internal
// project, admin access with the user's access token on the projects they own.
class DashboardAuthenticator final : public Authenticator
{
public:
    explicit DashboardAuthenticator(QString publishableClientKey);

    CredentialKind kind() const override { return CredentialKind::DashboardAccount; }
    bool addHeaders(QNetworkRequest &request, const ApiRequest &call) const override;
    std::optional<ApiRequest> refreshRequest() const override;
    void acceptRefreshedAccessToken(const QString &accessToken) override;
    bool accessTokenExpiresWithin(qint64 milliseconds) const override;

    void setTokens(const QString &accessToken, const QString &refreshToken);
    void clearTokens();
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    const QString &refreshToken() const { return m_refreshToken; }
    const QString &accessToken() const { return m_accessToken; }
    qint64 accessTokenExpiresAtMillis() const { return m_accessTokenExpiresAt; }

private:
    QString m_publishableClientKey;
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_accessTokenExpiresAt = 0;
};

} // namespace hexclave::api
