#pragma once

#include "JsonParse.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QString>

#include <optional>

namespace hexclave::api {

// These structs carry secrets: never log them, never write them anywhere but the keychain.

// POST /auth/password/sign-in → {access_token, refresh_token, user_id}
struct SignInTokens
{
    QString accessToken;
    QString refreshToken;
    QString userId;
};

// POST /auth/sessions/current/refresh → {access_token}
struct RefreshedAccessToken
{
    QString accessToken;
};

// POST /auth/cli → {polling_code, login_code, expires_at}
struct CliAuthSession
{
    QString pollingCode;
    QString loginCode;
    QDateTime expiresAt;
};

// POST /auth/cli/poll → {status: waiting|expired|used|success, refresh_token?}
struct CliAuthPoll
{
    enum class Status { Waiting, Expired, Used, Success, Unknown };
    Status status = Status::Unknown;
    QString refreshToken; // only with Success
};

void from_json(const nlohmann::ordered_json &j, SignInTokens &tokens);
void from_json(const nlohmann::ordered_json &j, RefreshedAccessToken &token);
void from_json(const nlohmann::ordered_json &j, CliAuthSession &session);
void from_json(const nlohmann::ordered_json &j, CliAuthPoll &poll);

extern template SignInTokens parseJson<SignInTokens>(const QByteArray &);
extern template RefreshedAccessToken parseJson<RefreshedAccessToken>(const QByteArray &);
extern template CliAuthSession parseJson<CliAuthSession>(const QByteArray &);
extern template CliAuthPoll parseJson<CliAuthPoll>(const QByteArray &);

// The claims of an access token (a JWT) that the client needs. Reading them does not verify
// the signature: the server does that; we only schedule refreshes and show who is signed in.
struct AccessTokenClaims
{
    QString userId;                    // sub
    std::optional<QString> email;      // email, when the server includes it
    std::optional<QString> name;       // name
    qint64 expiresAtMillis = 0;        // exp * 1000; 0 when absent
    qint64 issuedAtMillis = 0;         // iat * 1000; 0 when absent

    static std::optional<AccessTokenClaims> decode(const QString &accessToken);
};

} // namespace hexclave::api
