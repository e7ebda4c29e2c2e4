#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace hexclave::api {

// Where a session was last used from (last_used_at_end_user_ip_info); only `ip` is required.
struct IpInfo
{
    QString ip;
    std::optional<QString> countryCode;
    std::optional<QString> regionCode;
    std::optional<QString> cityName;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<QString> tzIdentifier;
};

// GET /auth/sessions?user_id= item. Sessions use `created_at` / `last_used_at` (ms), not *_millis.
struct UserSession
{
    QString id;
    QString userId;
    qint64 createdAtMillis = 0;
    std::optional<qint64> lastUsedAtMillis;
    bool isImpersonation = false;
    bool isCurrentSession = false;
    std::optional<IpInfo> lastUsedIpInfo;
};

// POST /auth/sessions → {access_token, refresh_token}. Secrets: shown once, never stored or logged.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
};

void from_json(const nlohmann::ordered_json &j, UserSession &session);
void from_json(const nlohmann::ordered_json &j, SessionTokens &tokens);

extern template Page<UserSession> parseJson<Page<UserSession>>(const QByteArray &);
extern template SessionTokens parseJson<SessionTokens>(const QByteArray &);

} // namespace hexclave::api
