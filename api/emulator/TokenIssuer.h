#pragma once

#include "Uuid.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace hexclave::emulator {

struct ProjectRecord;
struct UserRecord;

struct AccessTokenClaims
{
    std::string projectId; // from `aud` (without the ":anon"/":restricted" suffix)
    Uuid userId;
    std::optional<Uuid> refreshTokenId;
    qint64 expiresAtSeconds = 0;
};

struct TokenVerdict
{
    enum class Status { Valid, Unparsable, Expired };
    Status status = Status::Unparsable;
    AccessTokenClaims claims;
    std::optional<qint64> expiredAtMillis;
};

// Access tokens as the server issues them (same claims), but signed HS256 with a per-instance
// secret instead of ES256, since nothing outside the emulator verifies them.
class TokenIssuer
{
public:
    explicit TokenIssuer(int lifetimeSeconds);

    void setApiRoot(const QString &apiRoot) { m_apiRoot = apiRoot; } // for `iss`
    std::string issue(const ProjectRecord &project, const UserRecord &user, const Uuid &refreshTokenId);
    TokenVerdict verify(std::string_view token) const;
    // Every token issued so far fails as expired from now on (tokens issued later are fine).
    void expireAll();

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_secret;
    int m_lifetimeSeconds;
    QString m_apiRoot;
    qint64 m_issued = 0;             // serial of the last token issued (its `jti`)
    qint64 m_expiredUpToSerial = 0;  // tokens up to this serial count as expired
    qint64 m_expiredAtMillis = 0;
};

} // namespace hexclave::emulator
