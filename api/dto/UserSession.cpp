#include "UserSession.h"

#include "PageJson.h"

namespace hexclave::api {

namespace {

std::optional<double> optionalNumber(const nlohmann::ordered_json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

} // namespace

void from_json(const nlohmann::ordered_json &j, UserSession &session)
{
    session.id = json::requiredString(j, "id");
    session.userId = json::stringOrEmpty(j, "user_id");
    session.createdAtMillis = json::optionalMillis(j, "created_at").value_or(0);
    session.lastUsedAtMillis = json::optionalMillis(j, "last_used_at");
    session.isImpersonation = json::boolOr(j, "is_impersonation");
    session.isCurrentSession = json::boolOr(j, "is_current_session");
    session.lastUsedIpInfo.reset();
    if (const auto info = j.find("last_used_at_end_user_ip_info"); info != j.end() && info->is_object()) {
        IpInfo ip;
        ip.ip = json::stringOrEmpty(*info, "ip");
        ip.countryCode = json::optionalString(*info, "countryCode");
        ip.regionCode = json::optionalString(*info, "regionCode");
        ip.cityName = json::optionalString(*info, "cityName");
        ip.latitude = optionalNumber(*info, "latitude");
        ip.longitude = optionalNumber(*info, "longitude");
        ip.tzIdentifier = json::optionalString(*info, "tzIdentifier");
        session.lastUsedIpInfo = ip;
    }
}

void from_json(const nlohmann::ordered_json &j, SessionTokens &tokens)
{
    tokens.accessToken = json::requiredString(j, "access_token");
    tokens.refreshToken = json::requiredString(j, "refresh_token");
}

template Page<UserSession> parseJson<Page<UserSession>>(const QByteArray &);
template SessionTokens parseJson<SessionTokens>(const QByteArray &);

} // namespace hexclave::api
